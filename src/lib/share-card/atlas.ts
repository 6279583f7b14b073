/**
 * Glyphs rasterised once and reused: a card of 200 letters draws perhaps 40
 * different ones, and a build's cards the same few hundred at a handful of
 * sizes, so each (glyph, size, sub-pixel position) is filled once by the
 * coverage rasteriser into a small mask of coverage levels, and every card
 * after that only copies masks. The position is kept to an eighth of a
 * pixel across and down: an edge moves by at most a sixteenth of a pixel
 * from where an exact fill would put it, a difference of anti-aliasing only.
 */
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

/**
 * A glyph's coverage as runs of covered pixels, relative to the pixel its
 * origin falls in: run i starts at (spans[3i + 1], spans[3i]) and covers
 * spans[3i + 2] pixels, whose levels (1 to the atlas's `levels`, full) follow
 * one another in `levels`. Only covered pixels are kept: most of a glyph's
 * box is paper, and copying runs skips it.
 */
interface Mask {
  spans: Int32Array;
  levels: Uint8Array;
}

/** Sub-pixel steps per pixel, across and down. */
export const PHASES = 8;

const EMPTY: Mask = { spans: new Int32Array(0), levels: new Uint8Array(0) };

/** Fills the outline scaled by `scale` with its origin at (ox, oy) into `canvas` (pixels, y down). */
function fillOutline(canvas: Coverage, outline: readonly OutlineStep[], scale: number, ox: number, oy: number): void {
  const X = (x: number) => ox + x * scale;
  const Y = (y: number) => oy - y * scale;
  let startX = 0;
  let startY = 0;
  let penX = 0;
  let penY = 0;
  for (const s of outline) {
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
}

/** The outline's box in font units, control points included (a Bézier stays inside its control polygon). */
function bounds(outline: readonly OutlineStep[]): [number, number, number, number] {
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const s of outline) {
    for (const [x, y] of [
      [s.x, s.y],
      [s.x1, s.y1],
      [s.x2, s.y2],
    ] as const) {
      if (x === undefined || y === undefined) continue;
      minX = Math.min(minX, x);
      maxX = Math.max(maxX, x);
      minY = Math.min(minY, y);
      maxY = Math.max(maxY, y);
    }
  }
  return [minX, minY, maxX, maxY];
}

/** The mask of `outline` at `size` pixels to the em, its origin `phaseX`/PHASES, `phaseY`/PHASES into its pixel. */
function rasterise(outline: readonly OutlineStep[], size: number, unitsPerEm: number, phaseX: number, phaseY: number, levels: number): Mask {
  if (outline.length === 0) return EMPTY;
  const scale = size / unitsPerEm;
  const ox = phaseX / PHASES;
  const oy = phaseY / PHASES;
  const [minX, minY, maxX, maxY] = bounds(outline);
  const left = Math.floor(ox + minX * scale);
  const top = Math.floor(oy - maxY * scale);
  const width = Math.ceil(ox + maxX * scale) - left + 1;
  const height = Math.ceil(oy - minY * scale) - top + 1;
  const canvas = new Coverage(width, height);
  fillOutline(canvas, outline, scale, ox - left, oy - top);
  const spans: number[] = [];
  const kept: number[] = [];
  const row = new Float32Array(width);
  for (let y = 0; y < height; y++) {
    canvas.row(y, row);
    let run = -1;
    for (let x = 0; x <= width; x++) {
      const level = x < width ? Math.round(row[x]! * levels) : 0;
      if (level > 0) {
        if (run < 0) run = spans.push(top + y, left + x, 0) - 1;
        spans[run]!++;
        kept.push(level);
      } else run = -1;
    }
  }
  return { spans: Int32Array.from(spans), levels: Uint8Array.from(kept) };
}

/** Masks of the glyphs of one build, by outline (a font gives each glyph one outline array), size and phase. */
export class GlyphAtlas {
  private readonly levels: number;
  /** Per outline, per size: the masks by phase (PHASES × PHASES). */
  private readonly masks = new WeakMap<readonly OutlineStep[], Map<number, Mask[]>>();

  /** `levels`: coverage steps a mask holds, as the picture's palette has them. */
  constructor(levels: number) {
    this.levels = levels;
  }

  mask(outline: readonly OutlineStep[], size: number, unitsPerEm: number, phaseX: number, phaseY: number): Mask {
    let bySize = this.masks.get(outline);
    if (!bySize) {
      bySize = new Map();
      this.masks.set(outline, bySize);
    }
    let byPhase = bySize.get(size);
    if (!byPhase) {
      byPhase = [];
      bySize.set(size, byPhase);
    }
    const key = phaseX * PHASES + phaseY;
    let mask = byPhase[key];
    if (!mask) {
      mask = rasterise(outline, size, unitsPerEm, phaseX, phaseY, this.levels);
      byPhase[key] = mask;
    }
    return mask;
  }
}
