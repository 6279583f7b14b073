/**
 * Chart geometry for the reform-index pages: a series of yearly values laid
 * out on a fixed canvas, drawn by the page as inline SVG at build time (no
 * client JavaScript). Pure arithmetic, no wording: the caller labels it.
 *
 * - Years run on the x axis from the first to the last year with data, one
 *   band each; a year without a value keeps its band (and tick) and breaks
 *   the line, so a gap is never drawn as if the value were known.
 * - Scores run from 0 at the bottom to the scale's maximum (100 for a
 *   percentage, the index's own maximum when known, else a round number
 *   above the largest value): the axis never starts above 0, which would
 *   exaggerate small differences.
 * - Ranks run from 1 at the top to the number of units ranked at the bottom:
 *   a lower rank is better, so better is up, as it is for scores.
 * - A single point sits in the middle of the plot.
 */

export type Measure = 'score' | 'rank';

export interface ChartDatum {
  year: number;
  value: number | null;
  /** Drawn hollow and joined with a dashed line: not an official figure. */
  illustrative?: boolean;
}

export interface ChartOptions {
  measure: Measure;
  /**
   * score: the top of the scale (100 for percentages, an index's maximum);
   * rank: how many units were ranked (the bottom of the axis).
   * Unknown: derived from the data.
   */
  max?: number | undefined;
  width?: number;
  height?: number;
}

interface Tick {
  value: number;
  /** Position on the canvas (x for years, y for values). */
  at: number;
}

interface PlacedPoint {
  year: number;
  value: number;
  x: number;
  y: number;
  illustrative: boolean;
}

interface Segment {
  from: PlacedPoint;
  to: PlacedPoint;
  /** Dashed when either end is illustrative. */
  illustrative: boolean;
}

export interface ChartLayout {
  measure: Measure;
  width: number;
  height: number;
  plot: { left: number; top: number; right: number; bottom: number };
  /** Value at the top and at the bottom of the plot. */
  domain: { top: number; bottom: number };
  /** Whether the bottom of a rank axis is the known number of units ranked. */
  knownBottom: boolean;
  years: Tick[];
  values: Tick[];
  points: PlacedPoint[];
  segments: Segment[];
  /** Years inside the range that have no value. */
  missing: number[];
}

export const CHART_WIDTH = 360;
export const CHART_HEIGHT = 220;
/** Room for the value axis labels (left), the year labels (bottom) and point labels (top). */
const MARGIN = { left: 40, right: 12, top: 24, bottom: 30 };

/** A linear map from [d0, d1] onto [r0, r1]; a zero-width domain maps to the middle of the range. */
export function linearScale(d0: number, d1: number, r0: number, r1: number): (value: number) => number {
  if (d0 === d1) return () => (r0 + r1) / 2;
  return (value) => r0 + ((value - d0) / (d1 - d0)) * (r1 - r0);
}

/** A round step (1, 2, 2.5 or 5 × 10ⁿ) that cuts `span` into about `count` parts. */
export function niceStep(span: number, count = 5): number {
  if (!(span > 0)) return 1;
  const raw = span / count;
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const norm = raw / magnitude;
  const factor = norm <= 1 ? 1 : norm <= 2 ? 2 : norm <= 2.5 ? 2.5 : norm <= 5 ? 5 : 10;
  return factor * magnitude;
}

/** Removes floating-point dust: 0.30000000000000004 → 0.3. */
function clean(value: number): number {
  return Number(value.toPrecision(12));
}

/** The smallest multiple of a round step that is at least `value` (never 0). */
export function niceCeiling(value: number, count = 5): number {
  if (!(value > 0)) return 1;
  const step = niceStep(value, count);
  return clean(Math.ceil(clean(value / step)) * step);
}

/** Ticks from 0 to `top` in round steps; `top` itself is always a tick. */
export function scoreTicks(top: number, count = 5): number[] {
  const step = niceStep(top, count);
  const ticks: number[] = [];
  for (let i = 0; clean(i * step) < top - step / 2; i++) ticks.push(clean(i * step));
  return [...ticks, top];
}

/**
 * Rank ticks: 1 (the best) at the top, round multiples in between and the
 * bottom rank, without a multiple crowding the bottom: 1, 20, 40, 63.
 */
export function rankTicks(bottom: number, count = 4): number[] {
  if (bottom <= 1) return [1];
  const step = Math.max(1, Math.round(niceStep(bottom - 1, count)));
  const ticks = [1];
  for (let v = step; v < bottom; v += step) if (v > 1 && bottom - v >= step / 2) ticks.push(v);
  return [...ticks, bottom];
}

/** Every year from the first to the last that has a value; empty when none has. */
export function yearRange(data: readonly ChartDatum[]): number[] {
  const years = data.filter((d) => d.value !== null).map((d) => d.year);
  if (years.length === 0) return [];
  const first = Math.min(...years);
  const last = Math.max(...years);
  return Array.from({ length: last - first + 1 }, (_, i) => first + i);
}

/** The values a series would show, checked: finite, scores ≥ 0, ranks whole and ≥ 1. */
function usable(measure: Measure, value: number | null): value is number {
  if (value === null || !Number.isFinite(value)) return false;
  return measure === 'score' ? value >= 0 : Number.isInteger(value) && value >= 1;
}

/** Lays a series out; null when it has no usable value at all. */
export function layoutChart(data: readonly ChartDatum[], options: ChartOptions): ChartLayout | null {
  const { measure } = options;
  const width = options.width ?? CHART_WIDTH;
  const height = options.height ?? CHART_HEIGHT;
  const byYear = new Map<number, ChartDatum>();
  for (const d of data) if (usable(measure, d.value)) byYear.set(d.year, d);
  const years = yearRange([...byYear.values()]);
  if (years.length === 0) return null;
  const values = [...byYear.values()].map((d) => d.value as number);

  const plot = { left: MARGIN.left, top: MARGIN.top, right: width - MARGIN.right, bottom: height - MARGIN.bottom };
  const band = (plot.right - plot.left) / years.length;
  const xOf = (year: number) => plot.left + (years.indexOf(year) + 0.5) * band;

  let domain: { top: number; bottom: number };
  let valueTicks: number[];
  let knownBottom = true;
  if (measure === 'score') {
    const top = options.max !== undefined && options.max > 0 ? Math.max(options.max, ...values) : niceCeiling(Math.max(...values));
    domain = { top, bottom: 0 };
    valueTicks = scoreTicks(top);
  } else {
    knownBottom = options.max !== undefined && options.max >= 1;
    const bottom = Math.max(knownBottom ? options.max! : 1, ...values, 2);
    domain = { top: 1, bottom };
    valueTicks = rankTicks(bottom);
  }
  const yOf = linearScale(domain.bottom, domain.top, plot.bottom, plot.top);

  const points: PlacedPoint[] = years
    .filter((year) => byYear.has(year))
    .map((year) => {
      const d = byYear.get(year)!;
      return { year, value: d.value as number, x: xOf(year), y: yOf(d.value as number), illustrative: Boolean(d.illustrative) };
    });
  const segments: Segment[] = [];
  for (let i = 1; i < points.length; i++) {
    const from = points[i - 1]!;
    const to = points[i]!;
    if (to.year === from.year + 1) segments.push({ from, to, illustrative: from.illustrative || to.illustrative });
  }
  return {
    measure,
    width,
    height,
    plot,
    domain,
    knownBottom,
    years: years.map((year) => ({ value: year, at: xOf(year) })),
    values: valueTicks.map((value) => ({ value, at: yOf(value) })),
    points,
    segments,
    missing: years.filter((year) => !byYear.has(year)),
  };
}

/** Coordinates rounded for the SVG source (a tenth of a unit is finer than any screen shows). */
export function coordinate(n: number): string {
  return String(Math.round(n * 10) / 10);
}
