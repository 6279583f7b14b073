/**
 * Renders share images at build time with Noto Sans (self-hosted, from
 * @fontsource/noto-sans: WOFF, which opentype.js reads; the vietnamese,
 * latin and latin-ext subsets together cover every Vietnamese letter).
 * src/lib/share-card/ lays out and draws the card; this module gives it the
 * fonts, each glyph's outline and advance looked up once per build, and keeps
 * the images content-addressed under node_modules/.astro/share-images/, which
 * the CI templates keep between runs, so a rebuild only draws what changed.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { type Font, type Glyph, parse } from '@shuding/opentype.js';
import type { OutlineStep } from '../lib/share-card/atlas.ts';
import { drawShareCard, type Face, type Faces, type ShapedGlyph } from '../lib/share-card/draw.ts';
import { SHARE_STYLE, type ShareText } from '../lib/share-image.ts';

const require = createRequire(import.meta.url);
/** Each weight's subsets, in the order a letter is looked up: Vietnamese first, as the card's text is. */
const SUBSETS = ['vietnamese', 'latin', 'latin-ext'] as const;
/** Bump when the drawing changes, so cached cards are drawn again. */
const DRAWING_VERSION = 4;

/** A font made of subset files: each letter comes from the first subset that has it; kerning applies within a subset. */
function faceOf(fonts: Font[]): Face {
  const [first] = fonts as [Font];
  const glyphs = new Map<string, { font: Font; glyph: Glyph; outline: OutlineStep[] } | undefined>();
  const glyphOf = (char: string) => {
    if (!glyphs.has(char)) {
      // A subset maps letters it does not draw to glyph 0 (.notdef): look further.
      const font = fonts.find((f) => f.charToGlyphIndex(char) > 0);
      const glyph = font?.charToGlyph(char);
      // opentype.js builds a glyph's path on each read: keep it.
      glyphs.set(char, font && glyph && { font, glyph, outline: glyph.path.commands });
    }
    return glyphs.get(char);
  };
  return {
    unitsPerEm: first.unitsPerEm,
    ascender: first.ascender,
    descender: first.descender,
    shape(text) {
      const found = [...text].map(glyphOf).filter((g) => g !== undefined);
      return found.map(({ font, glyph, outline }, i): ShapedGlyph => {
        const next = found[i + 1];
        const kerning = next?.font === font ? font.getKerningValue(glyph, next.glyph) : 0;
        return { advance: (glyph.advanceWidth ?? 0) + kerning, outline };
      });
    },
  };
}

let faces: Faces | undefined;
let fontHash = '';

/** The card's two weights, loaded once per build. */
export function shareFaces(): Faces {
  if (faces) return faces;
  const dir = join(dirname(require.resolve('@fontsource/noto-sans/package.json')), 'files');
  const hash = createHash('sha1').update(`${DRAWING_VERSION}${JSON.stringify(SHARE_STYLE)}`);
  const load = (weight: number) =>
    faceOf(
      SUBSETS.map((subset) => {
        const data = readFileSync(join(dir, `noto-sans-${subset}-${weight}-normal.woff`));
        hash.update(data);
        return parse(data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength) as ArrayBuffer);
      }),
    );
  faces = { regular: load(400), bold: load(700) };
  fontHash = hash.digest('hex');
  return faces;
}

/** Under Astro's cache folder, which the CI templates keep between runs (tests/unit/pipeline.test.ts). */
export const SHARE_IMAGE_CACHE = 'node_modules/.astro/share-images';
const CACHE = resolve(SHARE_IMAGE_CACHE);

/** A PNG of SHARE_WIDTH × SHARE_HEIGHT for these words. */
export function renderShareImage(text: ShareText): Buffer {
  const loaded = shareFaces();
  // The key covers the fonts, the drawing (its version and look) and the words.
  const key = createHash('sha1').update(fontHash).update(JSON.stringify(text)).digest('hex');
  const cached = join(CACHE, `${key}.png`);
  if (existsSync(cached)) return readFileSync(cached);
  const png = drawShareCard(loaded, text);
  mkdirSync(CACHE, { recursive: true });
  const temporary = `${cached}.${process.pid}`;
  writeFileSync(temporary, png);
  renameSync(temporary, cached);
  return png;
}
