/**
 * Quarterly disclosure of files processed late (content/late-disclosures/):
 * days late, the checks a disclosure must pass, and the totals and on-time
 * rates per quarter and per year. Pure; dates are "YYYY-MM-DD" calendar days.
 *
 * Days late are working days, as processing times are: the days after the
 * due date up to the day the result was returned, without Saturdays,
 * Sundays and the holidays the disclosure lists. The return day always
 * counts, even on a Saturday morning at the one-stop desk: a file returned
 * after its due date is at least one day late.
 */
import { compareDates, formatDate, parts, romanQuarter, type IsoDate, type Quarter } from './dates.ts';
import { period, within, type Span } from './progress.ts';

export interface LateCase {
  procedure: string;
  received: IsoDate;
  due: IsoDate;
  returned: IsoDate;
  daysLate?: number | undefined;
  reason: string;
  official: { position: string; name?: string | undefined };
  apology: boolean;
  apologyDate?: IsoDate | undefined;
}

export interface Disclosure<C extends LateCase = LateCase> {
  year: number;
  quarter: Quarter;
  /** Files processed (results returned) in the quarter, late or not. */
  processed: number;
  holidays: IsoDate[];
  cases: C[];
}

const DAY_MS = 24 * 60 * 60 * 1000;

function toUtc(date: IsoDate): number {
  const { year, month, day } = parts(date);
  return Date.UTC(year, month - 1, day);
}

function fromUtc(ms: number): IsoDate {
  const d = new Date(ms);
  return `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, '0')}-${String(d.getUTCDate()).padStart(2, '0')}`;
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return fromUtc(toUtc(date) + days * DAY_MS);
}

/** 0 Sunday … 6 Saturday. */
export function weekday(date: IsoDate): number {
  return new Date(toUtc(date)).getUTCDay();
}

function isWorkingDay(date: IsoDate, holidays: ReadonlySet<IsoDate>): boolean {
  const day = weekday(date);
  return day !== 0 && day !== 6 && !holidays.has(date);
}

/** Working days late (see the module note); 0 when returned on or before the due date. */
export function daysLate(due: IsoDate, returned: IsoDate, holidays: readonly IsoDate[] = []): number {
  if (compareDates(returned, due) <= 0) return 0;
  const off = new Set(holidays);
  let count = 1; // the return day
  for (let d = addDays(due, 1); compareDates(d, returned) < 0; d = addDays(d, 1)) if (isWorkingDay(d, off)) count++;
  return count;
}

/** The quarter a disclosure covers. */
function quarterSpan(year: number, quarter: Quarter): Span {
  return period(year, `Q${quarter}`);
}

/** Address segment of a quarter's page: "2024-quy-2". */
export function disclosureSlug(year: number, quarter: number): string {
  return `${year}-quy-${quarter}`;
}

type CaseProblem =
  | { kind: 'receivedAfterDue'; index: number; field: 'due'; value: IsoDate; received: IsoDate }
  | { kind: 'returnedBeforeReceived'; index: number; field: 'returned'; value: IsoDate; received: IsoDate }
  | { kind: 'notLate'; index: number; field: 'returned'; value: IsoDate; due: IsoDate }
  | { kind: 'outsideQuarter'; index: number; field: 'returned'; value: IsoDate; span: Span }
  | { kind: 'daysLateMismatch'; index: number; field: 'daysLate'; value: number; computed: number }
  | { kind: 'apologyDateWithoutApology'; index: number; field: 'apology'; value: boolean }
  | { kind: 'apologyBeforeReceipt'; index: number; field: 'apologyDate'; value: IsoDate; received: IsoDate };

export type DisclosureProblem =
  | CaseProblem
  | { kind: 'processedTooFew'; field: 'processed'; value: number; late: number }
  | { kind: 'holidayOutsideQuarter'; index: number; field: 'holidays'; value: IsoDate; span: Span };

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
const isDay = (value: unknown): value is IsoDate => typeof value === 'string' && ISO_DAY.test(value);

/**
 * Everything wrong with a disclosure's dates and counts, in file order.
 * Values that are not days or quarters at all are the schema's to report;
 * they are skipped here.
 */
export function disclosureProblems(d: Disclosure): DisclosureProblem[] {
  if (![1, 2, 3, 4].includes(d.quarter) || !Number.isInteger(d.year)) return [];
  const span = quarterSpan(d.year, d.quarter);
  const problems: DisclosureProblem[] = [];
  if (d.processed < d.cases.length) problems.push({ kind: 'processedTooFew', field: 'processed', value: d.processed, late: d.cases.length });
  d.holidays.forEach((h, index) => {
    if (isDay(h) && !within(span, h)) problems.push({ kind: 'holidayOutsideQuarter', index, field: 'holidays', value: h, span });
  });
  d.cases.forEach((c, index) => {
    if (![c.received, c.due, c.returned].every(isDay) || (c.apologyDate !== undefined && !isDay(c.apologyDate))) return;
    if (compareDates(c.due, c.received) < 0) problems.push({ kind: 'receivedAfterDue', index, field: 'due', value: c.due, received: c.received });
    if (compareDates(c.returned, c.received) < 0) {
      problems.push({ kind: 'returnedBeforeReceived', index, field: 'returned', value: c.returned, received: c.received });
    } else if (compareDates(c.returned, c.due) <= 0) {
      problems.push({ kind: 'notLate', index, field: 'returned', value: c.returned, due: c.due });
    } else if (!within(span, c.returned)) {
      problems.push({ kind: 'outsideQuarter', index, field: 'returned', value: c.returned, span });
    } else if (c.daysLate !== undefined) {
      const computed = daysLate(c.due, c.returned, d.holidays.filter(isDay));
      if (computed !== c.daysLate) problems.push({ kind: 'daysLateMismatch', index, field: 'daysLate', value: c.daysLate, computed });
    }
    if (c.apologyDate !== undefined && !c.apology) problems.push({ kind: 'apologyDateWithoutApology', index, field: 'apology', value: c.apology });
    if (c.apologyDate !== undefined && compareDates(c.apologyDate, c.received) < 0) {
      problems.push({ kind: 'apologyBeforeReceipt', index, field: 'apologyDate', value: c.apologyDate, received: c.received });
    }
  });
  return problems;
}

export interface LateTotals {
  processed: number;
  late: number;
  onTime: number;
  /** Per cent on time, rounded down to a tenth (never 100 while one file was late); null when nothing was processed. */
  onTimeRate: number | null;
  apologies: number;
  daysLate: number;
  maxDaysLate: number;
}

/** Per cent, rounded down to a tenth, so 9 999 of 10 000 on time reads 99,9 % and not 100 %. */
export function rate(part: number, whole: number): number | null {
  if (whole <= 0) return null;
  return Math.floor((part * 1000) / whole) / 10;
}

export function totals(disclosures: readonly Disclosure[]): LateTotals {
  const processed = disclosures.reduce((n, d) => n + d.processed, 0);
  const cases = disclosures.flatMap((d) => d.cases.map((c) => ({ c, days: daysLate(c.due, c.returned, d.holidays) })));
  const late = cases.length;
  return {
    processed,
    late,
    onTime: processed - late,
    onTimeRate: rate(processed - late, processed),
    apologies: cases.filter(({ c }) => c.apology).length,
    daysLate: cases.reduce((n, { days }) => n + days, 0),
    maxDaysLate: cases.reduce((n, { days }) => Math.max(n, days), 0),
  };
}

const percent = new Intl.NumberFormat('vi-VN', { minimumFractionDigits: 1, maximumFractionDigits: 1 });

/** "98,5%" */
export function formatRate(value: number): string {
  return `${percent.format(value)}%`;
}

/** Disclosures grouped by year, newest year first, quarters in order within a year. */
export function byYear<D extends { year: number; quarter: number }>(list: readonly D[]): { year: number; items: D[] }[] {
  const years = [...new Set(list.map((d) => d.year))].sort((a, b) => b - a);
  return years.map((year) => ({ year, items: list.filter((d) => d.year === year).sort((a, b) => a.quarter - b.quarter) }));
}

/** "I", "II", … and the quarter's dates as written on documents. */
export function quarterLabel(year: number, quarter: Quarter): { roman: string; from: string; to: string } {
  const span = quarterSpan(year, quarter);
  return { roman: romanQuarter(quarter), from: formatDate(span.start), to: formatDate(span.end) };
}

/** Who handled a file, as the site's privacy setting allows: the position, or the name and position. */
export function officialText(official: LateCase['official'], show: 'position' | 'name'): string {
  return show === 'name' && official.name ? `${official.name} – ${official.position}` : official.position;
}
