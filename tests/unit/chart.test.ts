/** Chart geometry of the reform-index pages (src/lib/chart.ts): scales, ticks, ranks, gaps, one point. */
import { describe, expect, it } from 'vitest';
import { CHART_HEIGHT, CHART_WIDTH, coordinate, layoutChart, linearScale, niceCeiling, niceStep, rankTicks, scoreTicks, yearRange } from '../../src/lib/chart.ts';

describe('scales and ticks', () => {
  it('maps a domain onto a range linearly, and a zero-width domain to the middle', () => {
    const y = linearScale(0, 100, 190, 24);
    expect(y(0)).toBe(190);
    expect(y(100)).toBe(24);
    expect(y(50)).toBe(107);
    expect(linearScale(5, 5, 0, 10)(5)).toBe(5);
  });

  it('picks round steps and ceilings', () => {
    expect(niceStep(100)).toBe(20);
    expect(niceStep(80)).toBe(20);
    expect(niceStep(1)).toBe(0.2);
    expect(niceStep(62, 4)).toBe(20);
    expect(niceStep(0)).toBe(1);
    expect(niceCeiling(73.4)).toBe(80);
    expect(niceCeiling(0.64)).toBe(0.8);
    expect(niceCeiling(0)).toBe(1);
  });

  it('ticks scores from 0 to the top, without floating-point dust', () => {
    expect(scoreTicks(100)).toEqual([0, 20, 40, 60, 80, 100]);
    expect(scoreTicks(80)).toEqual([0, 20, 40, 60, 80]);
    expect(scoreTicks(1)).toEqual([0, 0.2, 0.4, 0.6, 0.8, 1]);
  });

  it('ticks ranks from 1 to the number ranked, no multiple crowding the bottom', () => {
    expect(rankTicks(63)).toEqual([1, 20, 40, 63]);
    expect(rankTicks(13)).toEqual([1, 5, 10, 13]);
    expect(rankTicks(33)).toEqual([1, 10, 20, 33]);
    expect(rankTicks(2)).toEqual([1, 2]);
    expect(rankTicks(1)).toEqual([1]);
  });
});

describe('a series laid out', () => {
  it('puts a single data point in the middle of the plot', () => {
    const chart = layoutChart([{ year: 2019, value: 73.4 }], { measure: 'score', max: 100 })!;
    expect(chart.years.map((t) => t.value)).toEqual([2019]);
    expect(chart.points).toHaveLength(1);
    expect(chart.points[0]!.x).toBeCloseTo((chart.plot.left + chart.plot.right) / 2);
    expect(chart.segments).toEqual([]);
    expect(chart.missing).toEqual([]);
    expect([chart.width, chart.height]).toEqual([CHART_WIDTH, CHART_HEIGHT]);
  });

  it('keeps a missing year on the axis and breaks the line there', () => {
    const chart = layoutChart(
      [
        { year: 2020, value: 1 },
        { year: 2022, value: 1 },
        { year: 2023, value: 2 },
      ],
      { measure: 'rank', max: 63 },
    )!;
    expect(chart.years.map((t) => t.value)).toEqual([2020, 2021, 2022, 2023]);
    expect(chart.missing).toEqual([2021]);
    expect(chart.points.map((p) => p.year)).toEqual([2020, 2022, 2023]);
    // Only 2022–2023 are joined: no line is drawn across the gap.
    expect(chart.segments.map((s) => [s.from.year, s.to.year])).toEqual([[2022, 2023]]);
    // Years are evenly spaced, the gap included.
    const xs = chart.years.map((t) => t.at);
    expect(xs[1]! - xs[0]!).toBeCloseTo(xs[3]! - xs[2]!);
  });

  it('treats a null value like a missing year, and ignores values that cannot be drawn', () => {
    const chart = layoutChart(
      [
        { year: 2021, value: 80 },
        { year: 2022, value: null },
        { year: 2023, value: Number.NaN },
        { year: 2024, value: 90 },
      ],
      { measure: 'score' },
    )!;
    expect(chart.missing).toEqual([2022, 2023]);
    expect(layoutChart([{ year: 2021, value: 0.5 }], { measure: 'rank' })).toBeNull();
    expect(layoutChart([{ year: 2021, value: null }], { measure: 'score' })).toBeNull();
    expect(layoutChart([], { measure: 'score' })).toBeNull();
  });

  it('draws ranks upside down: rank 1 at the top, the last place at the bottom', () => {
    const chart = layoutChart(
      [
        { year: 2021, value: 14 },
        { year: 2022, value: 9 },
        { year: 2023, value: 1 },
      ],
      { measure: 'rank', max: 33 },
    )!;
    expect(chart.domain).toEqual({ top: 1, bottom: 33 });
    const y = Object.fromEntries(chart.points.map((p) => [p.value, p.y]));
    expect(y[1]).toBe(chart.plot.top);
    expect(y[1]!).toBeLessThan(y[9]!);
    expect(y[9]!).toBeLessThan(y[14]!);
    expect(chart.values.map((t) => t.value)).toEqual([1, 10, 20, 33]);
    expect(chart.values.at(-1)!.at).toBe(chart.plot.bottom);
    expect(chart.knownBottom).toBe(true);
  });

  it('draws a better score higher too, from 0 at the bottom', () => {
    const chart = layoutChart(
      [
        { year: 2022, value: 87.59 },
        { year: 2023, value: 90.61 },
      ],
      { measure: 'score', max: 100 },
    )!;
    expect(chart.domain).toEqual({ top: 100, bottom: 0 });
    expect(chart.values[0]).toEqual({ value: 0, at: chart.plot.bottom });
    expect(chart.points[1]!.y).toBeLessThan(chart.points[0]!.y);
  });

  it('derives the top of a score scale, and the bottom of a rank scale, when they are not known', () => {
    expect(layoutChart([{ year: 2023, value: 0.64 }], { measure: 'score' })!.domain.top).toBe(0.8);
    const ranks = layoutChart([{ year: 2023, value: 3 }], { measure: 'rank' })!;
    expect(ranks.domain).toEqual({ top: 1, bottom: 3 });
    expect(ranks.knownBottom).toBe(false);
    // Rank 1 of an unknown number still has an axis below it.
    expect(layoutChart([{ year: 2023, value: 1 }], { measure: 'rank' })!.domain.bottom).toBe(2);
  });

  it('dashes the segments that touch an illustrative point', () => {
    const chart = layoutChart(
      [
        { year: 2021, value: 80, illustrative: true },
        { year: 2022, value: 85 },
        { year: 2023, value: 88 },
      ],
      { measure: 'score', max: 100 },
    )!;
    expect(chart.points.map((p) => p.illustrative)).toEqual([true, false, false]);
    expect(chart.segments.map((s) => s.illustrative)).toEqual([true, false]);
  });

  it('keeps a year only once, the last value written winning', () => {
    const chart = layoutChart(
      [
        { year: 2023, value: 2 },
        { year: 2023, value: 1 },
      ],
      { measure: 'rank', max: 13 },
    )!;
    expect(chart.points.map((p) => p.value)).toEqual([1]);
    expect(
      yearRange([
        { year: 2024, value: 1 },
        { year: 2021, value: 2 },
      ]),
    ).toEqual([2021, 2022, 2023, 2024]);
  });

  it('writes coordinates to a tenth', () => {
    expect(coordinate(91.33333)).toBe('91.3');
    expect(coordinate(24)).toBe('24');
  });
});
