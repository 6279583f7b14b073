/**
 * Draws the share card (src/lib/share-image.ts says what it shows) straight
 * to an indexed PNG: text broken into lines by the font's own advances,
 * glyph outlines filled by a coverage rasteriser, every pixel one of a fixed
 * palette. The layout follows the flexbox card it replaces (satori's line
 * boxes and baselines, justify-content: space-between), so the picture is
 * the same; tests/unit/share-card.test.ts holds the two side by side.
 */
import { SHARE_HEIGHT, SHARE_STYLE as S, SHARE_WIDTH, type ShareText, clampTitle, titleSize } from '../share-image.ts';
import { indexedPng, scanlines } from './png.ts';
import { Coverage } from './raster.ts';

/** One step of a glyph outline in font units, y up (opentype.js's path commands). */
export interface OutlineStep {
  type: 'M' | 'L' | 'Q' | 'C' | 'Z';
  x?: number;
  y?: number;
  x1?: number;
  y1?: number;
  x2?: number;
  y2?: number;
}

/** A glyph ready to place: its advance (with kerning toward the next glyph) and outline, in font units. */
export interface ShapedGlyph {
  advance: number;
  outline: readonly OutlineStep[];
}

/** What the card needs of a font at one weight. */
export interface Face {
  unitsPerEm: number;
  ascender: number;
  /** Negative, below the baseline. */
  descender: number;
  shape(text: string): ShapedGlyph[];
}

export interface Faces {
  regular: Face;
  bold: Face;
}

type Rgb = readonly [number, number, number];
const rgb = (hex: string): Rgb => [1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16)) as unknown as Rgb;

/** Coverage steps per ink: 80 keeps every edge within half a percent of the exact blend, and 3 inks fit a 256-colour palette. */
const LEVELS = 32;
const INKS = [S.kicker.color, S.title.color, S.place.color] as const;

const RULE = 1;
const BAND = 2;
const inkBase = (ink: number) => 3 + ink * LEVELS;
const PALETTE: Rgb[] = [
  rgb(S.background),
  rgb(S.rule.color),
  rgb(S.bottomBand.color),
  ...INKS.flatMap((hex) => {
    const ink = rgb(hex);
    const paper = rgb(S.background);
    return Array.from({ length: LEVELS }, (_, i) => {
      const a = (i + 1) / LEVELS;
      return ink.map((c, k) => Math.round(paper[k]! * (1 - a) + c * a)) as unknown as Rgb;
    });
  }),
];

interface Block {
  face: Face;
  size: number;
  /** Line height in pixels. */
  line: number;
  letterSpacing: number;
  lines: ShapedGlyph[][];
}

/** Satori's line box: "normal" is the font's ascent plus descent; a number multiplies the size. */
function lineHeight(face: Face, size: number, factor?: number): number {
  return factor === undefined ? ((face.ascender - face.descender) / face.unitsPerEm) * size : size * factor;
}

/** Where the baseline sits in a line box, rounded as satori rounds it. */
function baseline(face: Face, size: number, line: number): number {
  const ascent = Math.round((face.ascender / face.unitsPerEm) * size);
  const descent = Math.round((-face.descender / face.unitsPerEm) * size);
  return ascent + Math.floor((line - ascent - descent) / 2);
}

const widthOf = (glyphs: ShapedGlyph[], scale: number, spacing: number) => glyphs.reduce((w, g) => w + g.advance * scale + spacing, 0);

/** Greedy line breaking at spaces, as a browser does for Vietnamese (words are space-separated syllables). */
function breakLines(face: Face, text: string, size: number, maxWidth: number, letterSpacing = 0): ShapedGlyph[][] {
  const scale = size / face.unitsPerEm;
  const lines: ShapedGlyph[][] = [];
  let current = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = current ? `${current} ${word}` : word;
    if (current && widthOf(face.shape(candidate), scale, letterSpacing) > maxWidth) {
      lines.push(face.shape(current));
      current = word;
    } else current = candidate;
  }
  if (current) lines.push(face.shape(current));
  return lines;
}

function block(face: Face, text: string, size: number, maxWidth: number, lineFactor?: number, letterSpacing = 0): Block {
  return { face, size, line: lineHeight(face, size, lineFactor), letterSpacing, lines: breakLines(face, text.normalize('NFC'), size, maxWidth, letterSpacing) };
}

/** Yoga, under satori, lays boxes out on whole pixels. */
const heightOf = (b: Block) => Math.round(b.lines.length * b.line);

function fill(canvas: Coverage, b: Block, left: number, top: number): void {
  const scale = b.size / b.face.unitsPerEm;
  const base = baseline(b.face, b.size, b.line);
  b.lines.forEach((glyphs, i) => {
    const y0 = top + i * b.line + base;
    let x0 = left;
    for (const g of glyphs) {
      const X = (x: number) => x0 + x * scale;
      const Y = (y: number) => y0 - y * scale;
      let startX = 0;
      let startY = 0;
      let penX = 0;
      let penY = 0;
      for (const s of g.outline) {
        if (s.type === 'M') {
          if (penX !== startX || penY !== startY) canvas.line(penX, penY, startX, startY);
          startX = penX = X(s.x!);
          startY = penY = Y(s.y!);
          continue;
        }
        if (s.type === 'Z') {
          canvas.line(penX, penY, startX, startY);
          penX = startX;
          penY = startY;
          continue;
        }
        const x = X(s.x!);
        const y = Y(s.y!);
        if (s.type === 'L') canvas.line(penX, penY, x, y);
        else if (s.type === 'Q') canvas.quad(penX, penY, X(s.x1!), Y(s.y1!), x, y);
        else canvas.cubic(penX, penY, X(s.x1!), Y(s.y1!), X(s.x2!), Y(s.y2!), x, y);
        penX = x;
        penY = y;
      }
      if (penX !== startX || penY !== startY) canvas.line(penX, penY, startX, startY);
      x0 += g.advance * scale + b.letterSpacing;
    }
  });
}

/** The card as a PNG of SHARE_WIDTH × SHARE_HEIGHT. */
export function drawShareCard(faces: Faces, text: ShareText): Buffer {
  const factLines = text.facts ?? [];
  const title = clampTitle(text.title, factLines.length > 0);
  const inner = SHARE_WIDTH - 2 * S.padX;
  const kicker = block(faces.bold, text.kicker, S.kicker.size, inner, undefined, S.kicker.letterSpacing);
  const heading = block(faces.bold, title, titleSize(title), inner, S.title.lineHeight);
  const facts = factLines.map((line) => block(faces.regular, line, S.facts.size, inner));
  const agency = text.agency ? block(faces.bold, text.agency, S.agency.size, inner) : undefined;
  const place = block(faces.regular, text.place, S.place.size, inner);

  // Flexbox column, space-between: the kicker at the top, the footer at the bottom, the title (and the facts) between.
  const top = S.topBand.width + S.padTop;
  const bottom = SHARE_HEIGHT - S.bottomBand.width - S.padBottom;
  const agencyHeight = agency ? heightOf(agency) + S.place.gap : 0;
  const footer = S.rule.width + S.rule.gap + agencyHeight + heightOf(place);
  const factsHeight = facts.reduce((h, b) => h + heightOf(b), 0) + S.facts.gap * Math.max(0, facts.length - 1);
  const gap = (bottom - top - heightOf(kicker) - heightOf(heading) - factsHeight - footer) / (facts.length > 0 ? 3 : 2);
  const headingTop = Math.round(top + heightOf(kicker) + gap);
  const factsTop = Math.round(top + heightOf(kicker) + gap + heightOf(heading) + gap);
  const ruleTop = bottom - footer;
  const agencyTop = ruleTop + S.rule.width + S.rule.gap;
  const placeTop = agencyTop + agencyHeight;

  const canvas = new Coverage(SHARE_WIDTH, SHARE_HEIGHT);
  fill(canvas, kicker, S.padX, top);
  fill(canvas, heading, S.padX, headingTop);
  let factTop = factsTop;
  for (const fact of facts) {
    fill(canvas, fact, S.padX, factTop);
    factTop += heightOf(fact) + S.facts.gap;
  }
  if (agency) fill(canvas, agency, S.padX, agencyTop);
  fill(canvas, place, S.padX, placeTop);

  // Blocks never share a row, so each row takes the ink of the block it is nearest to (the facts and the agency share the title's ink).
  const titleFrom = (top + heightOf(kicker) + headingTop) / 2;
  const placeFrom = agency ? placeTop - S.place.gap / 2 : placeTop;
  const pixels = scanlines(SHARE_WIDTH, SHARE_HEIGHT); // index 0: the background
  const stride = SHARE_WIDTH + 1;
  const paint = (index: number, y: number, from = 0, to = SHARE_WIDTH) => pixels.fill(index, y * stride + 1 + from, y * stride + 1 + to);
  for (let y = 0; y < S.topBand.width; y++) paint(inkBase(0) + LEVELS - 1, y);
  for (let y = SHARE_HEIGHT - S.bottomBand.width; y < SHARE_HEIGHT; y++) paint(BAND, y);
  for (let y = ruleTop; y < ruleTop + S.rule.width; y++) paint(RULE, y, S.padX, SHARE_WIDTH - S.padX);
  const coverage = new Float32Array(SHARE_WIDTH);
  const [inkTop, inkBottom] = canvas.inkRows;
  for (let y = inkTop; y <= inkBottom; y++) {
    const base = inkBase(y < titleFrom ? 0 : y < placeFrom ? 1 : 2);
    const row = y * stride + 1;
    canvas.row(y, coverage);
    for (let x = 0; x < SHARE_WIDTH; x++) {
      const level = Math.round(coverage[x]! * LEVELS);
      if (level > 0) pixels[row + x] = base + level - 1;
    }
  }
  return indexedPng(SHARE_WIDTH, SHARE_HEIGHT, PALETTE, pixels);
}
