/**
 * Reform index results (content/indices/): grouped into series (one index at
 * one scope over the years), the latest results for the home page, the
 * charts' data and the sentences that describe them to a screen reader.
 */
import { indexScopes, indicesUi, reformIndices, type IndexScope, type ReformIndex } from '../i18n/vi.ts';
import { layoutChart, type ChartDatum, type ChartLayout, type Measure } from './chart.ts';
import { districtOf, unitName } from './unit.ts';

const INDEX_KEYS = Object.keys(reformIndices) as ReformIndex[];
const SCOPES = Object.keys(indexScopes) as IndexScope[];

export interface IndexResult {
  index: ReformIndex;
  year: number;
  scope: IndexScope;
  score?: number | undefined;
  scoreUnit: 'percent' | 'points';
  maxScore?: number | undefined;
  rank?: number | undefined;
  of?: number | undefined;
  illustrative: boolean;
  source: { title: string; issuer?: string | undefined; date?: string | undefined; url?: string | undefined };
  commentary?: string | undefined;
}

/** One index at one scope, oldest year first. */
export interface IndexSeries<R extends IndexResult = IndexResult> {
  index: ReformIndex;
  scope: IndexScope;
  results: R[];
}

/** Whose result a scope is: the commune itself, its district, its province. */
export type ScopeNames = Record<IndexScope, string>;

/**
 * A district-level result on a site that has no district (a unit of the
 * two-tier country, or a thị xã that is its own district) can only be from
 * before the reform, and is named so.
 */
export function scopeNames(site: { kind: string; name: string; district?: string | undefined; province: string }): ScopeNames {
  return { commune: unitName(site), district: districtOf(site) ?? indicesUi.formerDistrict, province: site.province };
}

/** Series of one index, in scope order (xã, huyện, tỉnh). */
export function seriesOf<R extends IndexResult>(results: readonly R[], index: ReformIndex): IndexSeries<R>[] {
  return SCOPES.map((scope) => ({
    index,
    scope,
    results: results.filter((r) => r.index === index && r.scope === scope).sort((a, b) => a.year - b.year),
  })).filter((s) => s.results.length > 0);
}

/** The indices that have at least one result, in the order of the label table. */
export function indicesWithResults(results: readonly IndexResult[]): ReformIndex[] {
  return INDEX_KEYS.filter((key) => results.some((r) => r.index === key));
}

export interface LatestResults<R extends IndexResult = IndexResult> {
  index: ReformIndex;
  year: number;
  /** That year's results, in scope order. */
  results: R[];
}

/** For each index, its most recent year and that year's results: what the home page shows. */
export function latestResults<R extends IndexResult>(results: readonly R[]): LatestResults<R>[] {
  return indicesWithResults(results).map((index) => {
    const mine = results.filter((r) => r.index === index);
    const year = Math.max(...mine.map((r) => r.year));
    const ofYear = mine.filter((r) => r.year === year).sort((a, b) => SCOPES.indexOf(a.scope) - SCOPES.indexOf(b.scope));
    return { index, year, results: ofYear };
  });
}

/** The scale of a series' scores: 100 for percentages, else the largest maxScore written. */
function scoreMax(results: readonly IndexResult[]): number | undefined {
  const maxima = results.map((r) => r.maxScore).filter((m): m is number => m !== undefined);
  if (maxima.length) return Math.max(...maxima);
  return results.some((r) => r.scoreUnit === 'percent') ? 100 : undefined;
}

/** The number of units ranked: the largest `of` written, if any. */
function rankBottom(results: readonly IndexResult[]): number | undefined {
  const counts = results.map((r) => r.of).filter((n): n is number => n !== undefined);
  return counts.length ? Math.max(...counts) : undefined;
}

function data(results: readonly IndexResult[], measure: Measure): ChartDatum[] {
  return results.map((r) => ({ year: r.year, value: (measure === 'score' ? r.score : r.rank) ?? null, illustrative: r.illustrative }));
}

/** The chart of a series' scores or ranks; null when the series has none. */
export function seriesChart(series: IndexSeries, measure: Measure): ChartLayout | null {
  const max = measure === 'score' ? scoreMax(series.results) : rankBottom(series.results);
  return layoutChart(data(series.results, measure), { measure, max });
}

/** "92,18%", "73,4/100 điểm"; null without a score. */
function scoreText(r: IndexResult): string | null {
  return r.score === undefined ? null : indicesUi.scoreText(r.score, r.scoreUnit, r.maxScore);
}

/** "hạng 1/63"; null without a rank. */
function rankText(r: IndexResult): string | null {
  return r.rank === undefined ? null : indicesUi.rankWords(r.rank, r.of);
}

/** "92,18%, hạng 1/63" */
export function resultText(r: IndexResult): string {
  return [scoreText(r), rankText(r)].filter(Boolean).join(', ');
}

/** "2021, 2022 và 2023" */
function yearList(years: readonly number[]): string {
  if (years.length <= 1) return years.join('');
  return `${years.slice(0, -1).join(', ')} và ${years[years.length - 1]}`;
}

/** The chart's text alternative: every value by year, the gaps, what is illustrative, and the axis. */
export function chartDescription(series: IndexSeries, measure: Measure, chart: ChartLayout): string {
  const byYear = new Map(series.results.map((r) => [r.year, r]));
  const sentences = chart.points.map((p) => {
    const r = byYear.get(p.year)!;
    const value = measure === 'score' ? indicesUi.scoreText(p.value, r.scoreUnit, r.maxScore) : indicesUi.rankWords(p.value, r.of);
    return indicesUi.descPoint(p.year, value);
  });
  if (chart.missing.length) sentences.push(indicesUi.descMissing(yearList(chart.missing)));
  const illustrative = chart.points.filter((p) => p.illustrative).map((p) => p.year);
  if (illustrative.length) sentences.push(indicesUi.descIllustrative(yearList(illustrative)));
  sentences.push(
    measure === 'score'
      ? indicesUi.descAxisScore(series.results.some((r) => r.scoreUnit === 'percent') ? `${indicesUi.number(chart.domain.top)}%` : indicesUi.number(chart.domain.top))
      : indicesUi.descAxisRank(chart.domain.bottom, chart.knownBottom),
  );
  return `${sentences.join('. ')}.`;
}

/** The label drawn above a point: "92,18%" or "1". */
export function pointLabel(series: IndexSeries, measure: Measure, year: number, value: number): string {
  const r = series.results.find((x) => x.year === year);
  return measure === 'score' ? indicesUi.scoreShort(value, r?.scoreUnit ?? 'points') : String(value);
}
