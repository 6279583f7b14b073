/**
 * A coverage rasteriser for glyph outlines: each line segment adds its signed
 * area to a buffer and a running sum along each row turns that into how much
 * of every pixel the shape covers (the accumulation method of font-rs and
 * stb_truetype). It gives the same anti-aliased edges as a vector renderer
 * for text, at a fraction of the cost of laying out and rasterising an SVG,
 * and needs no state beyond one Float32Array the size of what it fills (a
 * glyph: atlas.ts keeps the result).
 */

export class Coverage {
  readonly width: number;
  readonly height: number;
  /** One spare column: a segment at the right edge writes one cell past it. */
  private readonly stride: number;
  private readonly area: Float32Array;

  constructor(width: number, height: number) {
    this.width = width;
    this.height = height;
    this.stride = width + 2;
    this.area = new Float32Array(this.stride * height);
  }

  /** Adds the edge from (x0, y0) to (x1, y1); a closed outline adds up to its coverage. */
  line(x0: number, y0: number, x1: number, y1: number): void {
    if (y0 === y1) return;
    let dir = 1;
    if (y0 > y1) {
      [x0, y0, x1, y1] = [x1, y1, x0, y0];
      dir = -1;
    }
    const a = this.area;
    const dxdy = (x1 - x0) / (y1 - y0);
    let x = x0;
    if (y0 < 0) x -= y0 * dxdy;
    const yEnd = Math.min(this.height, Math.ceil(y1));
    const yStart = Math.max(0, Math.floor(y0));
    for (let y = yStart; y < yEnd; y++) {
      const row = y * this.stride;
      const dy = Math.min(y + 1, y1) - Math.max(y, y0);
      const xNext = x + dxdy * dy;
      const d = dy * dir;
      // Clamp to the picture so a glyph past an edge only loses what lies outside.
      const left = Math.min(Math.max(Math.min(x, xNext), 0), this.width);
      const right = Math.min(Math.max(Math.max(x, xNext), 0), this.width);
      const leftCell = Math.floor(left);
      const rightCell = Math.ceil(right);
      if (rightCell <= leftCell + 1) {
        const mid = 0.5 * (left + right) - leftCell;
        a[row + leftCell]! += d - d * mid;
        a[row + leftCell + 1]! += d * mid;
      } else {
        const s = 1 / (right - left);
        const leftFrac = left - leftCell;
        const a0 = 0.5 * s * (1 - leftFrac) ** 2;
        const rightFrac = right - rightCell + 1;
        const am = 0.5 * s * rightFrac ** 2;
        a[row + leftCell]! += d * a0;
        if (rightCell === leftCell + 2) {
          a[row + leftCell + 1]! += d * (1 - a0 - am);
        } else {
          const a1 = s * (1.5 - leftFrac);
          a[row + leftCell + 1]! += d * (a1 - a0);
          for (let cell = leftCell + 2; cell < rightCell - 1; cell++) a[row + cell]! += d * s;
          const a2 = a1 + (rightCell - leftCell - 3) * s;
          a[row + rightCell - 1]! += d * (1 - a2 - am);
        }
        a[row + rightCell]! += d * am;
      }
      x = xNext;
    }
  }

  /** A quadratic Bézier, cut into as many lines as its bend needs to stay within a tenth of a pixel. */
  quad(x0: number, y0: number, cx: number, cy: number, x1: number, y1: number): void {
    const bend = Math.hypot(x0 - 2 * cx + x1, y0 - 2 * cy + y1);
    this.polyline(x0, y0, Math.ceil(Math.sqrt(bend * 1.25)), (t, u) => [u * u * x0 + 2 * u * t * cx + t * t * x1, u * u * y0 + 2 * u * t * cy + t * t * y1]);
  }

  /** A cubic Bézier (CFF outlines), cut by the same rule. */
  cubic(x0: number, y0: number, c1x: number, c1y: number, c2x: number, c2y: number, x1: number, y1: number): void {
    const bend = Math.max(Math.hypot(x0 - 2 * c1x + c2x, y0 - 2 * c1y + c2y), Math.hypot(c1x - 2 * c2x + x1, c1y - 2 * c2y + y1));
    this.polyline(x0, y0, Math.ceil(Math.sqrt(bend * 1.9)), (t, u) => [
      u * u * u * x0 + 3 * u * u * t * c1x + 3 * u * t * t * c2x + t * t * t * x1,
      u * u * u * y0 + 3 * u * u * t * c1y + 3 * u * t * t * c2y + t * t * t * y1,
    ]);
  }

  /** Lines through `at` from t = 0 to 1 in n ≥ 1 steps (u = 1 − t). */
  private polyline(x0: number, y0: number, n: number, at: (t: number, u: number) => [number, number]): void {
    const steps = Math.max(1, n);
    let px = x0;
    let py = y0;
    for (let i = 1; i <= steps; i++) {
      const [qx, qy] = at(i / steps, 1 - i / steps);
      this.line(px, py, qx, qy);
      px = qx;
      py = qy;
    }
  }

  /**
   * Row y's coverage, from 0 to 1 per pixel, into `out` (width long).
   * Overlapping contours of the same winding (common in fonts instanced from
   * variable ones) clamp at 1.
   */
  row(y: number, out: Float32Array): Float32Array {
    let sum = 0;
    const from = y * this.stride;
    for (let x = 0; x < this.width; x++) {
      sum += this.area[from + x]!;
      out[x] = Math.min(1, Math.abs(sum));
    }
    return out;
  }
}
