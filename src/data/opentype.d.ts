/** The part of opentype.js (satori's fork, which parses WOFF) that the share card uses. */
declare module '@shuding/opentype.js' {
  import type { OutlineStep } from '../lib/share-card/draw.ts';

  export interface Glyph {
    index: number;
    advanceWidth?: number;
    path: { commands: OutlineStep[] };
  }
  export interface Font {
    unitsPerEm: number;
    ascender: number;
    descender: number;
    charToGlyphIndex(c: string): number;
    charToGlyph(c: string): Glyph;
    getKerningValue(left: Glyph, right: Glyph): number;
  }
  export function parse(buffer: ArrayBuffer): Font;
}
