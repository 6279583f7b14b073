/**
 * Draws the share card (src/lib/share-image.ts says what it shows) straight
 * to an indexed PNG: text broken into lines by the font's own advances, each
 * glyph's coverage mask (rasterised once per build, atlas.ts) copied onto
 * the card's unchanging parts (drawn once per build), every pixel one of a
 * fixed palette. The layout follows the flexbox card it replaces (satori's
 * line boxes and baselines, justify-content: space-between), so the picture
 * is the same; tests/unit/share-card.test.ts holds the two side by side.
 */
import { SHARE_HEIGHT, SHARE_STYLE as S, SHARE_WIDTH, type ShareText, clampTitle, titleSize } from '../share-image.ts';
import { GlyphAtlas, type OutlineStep, PHASES } from './atlas.ts';
import { indexedPng, scanlines } from './png.ts';

/** A glyph ready to place: its advance (with kerning toward the next glyph) and outline, in font units. */
export interface ShapedGlyph {
  advance: number;
  /** The same array each time the glyph is shaped: the atlas keeps the glyph's masks by it. */
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

/** Coverage steps per ink: 32 keep an edge pixel within 1/64 of its exact blend (4 of 255 at most), and 3 inks fit a 256-colour palette. */
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

const atlas = new GlyphAtlas(LEVELS);
const STRIDE = SHARE_WIDTH + 1;

/**
 * Copies the block's glyph masks onto the card's scanlines in palette indices
 * of `ink`, each at its pen position rounded to the atlas's sub-pixel step.
 * Where two glyphs overlap (kerned pairs) their coverage adds up to full, as
 * the outlines filled together would.
 */
function fill(pixels: Uint8Array, b: Block, left: number, top: number, ink: number): void {
  const scale = b.size / b.face.unitsPerEm;
  const base = baseline(b.face, b.size, b.line);
  const first = inkBase(ink);
  const last = first + LEVELS - 1;
  for (let i = 0; i < b.lines.length; i++) {
    const ySteps = Math.round((top + i * b.line + base) * PHASES);
    const y0 = Math.floor(ySteps / PHASES);
    let x = left;
    for (const g of b.lines[i]!) {
      const xSteps = Math.round(x * PHASES);
      const x0 = Math.floor(xSteps / PHASES);
      const { spans, levels } = atlas.mask(g.outline, b.size, b.face.unitsPerEm, xSteps - x0 * PHASES, ySteps - y0 * PHASES);
      let next = 0;
      for (let r = 0; r < spans.length; r += 3) {
        const y = y0 + spans[r]!;
        let from = x0 + spans[r + 1]!;
        const to = Math.min(from + spans[r + 2]!, SHARE_WIDTH);
        let level = next;
        next += spans[r + 2]!;
        // Clipped to the picture: a glyph past an edge (a word longer than a line) loses only what lies outside.
        if (y < 0 || y >= SHARE_HEIGHT) continue;
        if (from < 0) {
          level -= from;
          from = 0;
        }
        const row = y * STRIDE + 1;
        for (let px = row + from; px < row + to; px++) {
          const p = pixels[px]!;
          const sum = (p >= first && p <= last ? p - first + 1 : 0) + levels[level++]!;
          pixels[px] = first + Math.min(sum, LEVELS) - 1;
        }
      }
      x += g.advance * scale + b.letterSpacing;
    }
  }
}

/**
 * What every card shares, the background and the two bands, drawn once; and
 * the one picture every card is drawn on in turn, reset from it (copying
 * into a buffer already in memory costs a fraction of allocating a new one).
 * Drawing is synchronous and the PNG is a compressed copy, so one is enough.
 */
let template: Uint8Array | undefined;
let canvas: Uint8Array | undefined;
function blankCard(): Uint8Array {
  if (!template || !canvas) {
    template = scanlines(SHARE_WIDTH, SHARE_HEIGHT); // index 0: the background
    for (let y = 0; y < S.topBand.width; y++) template.fill(inkBase(0) + LEVELS - 1, y * STRIDE + 1, (y + 1) * STRIDE);
    for (let y = SHARE_HEIGHT - S.bottomBand.width; y < SHARE_HEIGHT; y++) template.fill(BAND, y * STRIDE + 1, (y + 1) * STRIDE);
    canvas = scanlines(SHARE_WIDTH, SHARE_HEIGHT);
  }
  canvas.set(template);
  return canvas;
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

  const pixels = blankCard();
  for (let y = ruleTop; y < ruleTop + S.rule.width; y++) pixels.fill(RULE, y * STRIDE + 1 + S.padX, y * STRIDE + 1 + SHARE_WIDTH - S.padX);
  fill(pixels, kicker, S.padX, top, 0);
  fill(pixels, heading, S.padX, headingTop, 1);
  let factTop = factsTop;
  for (const fact of facts) {
    fill(pixels, fact, S.padX, factTop, 1);
    factTop += heightOf(fact) + S.facts.gap;
  }
  if (agency) fill(pixels, agency, S.padX, agencyTop, 1);
  fill(pixels, place, S.padX, placeTop, 2);
  return indexedPng(SHARE_WIDTH, SHARE_HEIGHT, PALETTE, pixels);
}
