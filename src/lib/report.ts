/**
 * A period report for whoever receives it (Sở Nội vụ of the province since
 * 1 July 2025; a district's Phòng Nội vụ on a historic site): for each task of the
 * plan, what was done in the period, with dates and links, and what is
 * behind. One model feeds the printable page, the CSV and the JSON, and the
 * same functions serve the build and `npm run report`, so their files are
 * identical byte for byte.
 */
import { itemKindLabels, periodUnits, progressStatus, progressUi, reportCsvColumns, reportUi, targetKinds } from '../i18n/vi.ts';
import { collection } from '../collections/registry.ts';
import type { PlanGroup, Target } from '../schemas/plan.ts';
import { compareDates, daysInMonth, formatDate, parts, quarterOf, romanQuarter, type IsoDate } from './dates.ts';
import { addDays } from './late-files.ts';
import { paths, withBase } from './paths.ts';
import { targetLabel, timingLabel } from './plans.ts';
import {
  behindFor,
  PERIOD_SLUGS,
  periodCode,
  statusCounts,
  within,
  type ItemKind,
  type Period,
  type PlanItem,
  type PlanProgress,
  type NotCounted,
  type PeriodProgress,
  type Slot,
  type SlotProgress,
  type Span,
  type Status,
  type TaskLike,
  yearShortfall,
} from './progress.ts';
import { slugify } from './text.ts';
import { districtOf, reportsToOf, unitName } from './unit.ts';

const REPORT_FORMAT = 'cchc-portal/bao-cao-ke-hoach';

export interface ReportCommune {
  name: string;
  kind: string;
  agency: string;
  district?: string | undefined;
  province: string;
  reportsTo?: string | undefined;
  /** Public origin and base path, for absolute links in the files. */
  url: string;
  base: string;
}

export interface ReportTask extends TaskLike {
  content: string;
  lead: string;
  /** The appendix group the task sits under (src/lib/plans.ts planTasks). */
  group?: PlanGroup | null;
}

export interface ReportPlan {
  number: string;
  title: string;
  year: number;
  issued: IsoDate;
}

interface ReportItem {
  kind: ItemKind;
  kindLabel: string;
  id: string;
  title: string;
  date: IsoDate;
  /** Site path without base; null when the kind has no page. */
  path: string | null;
  url: string | null;
  /** The unit that did it, as the item names it; null when it names none. */
  unit: string | null;
  counts: boolean;
  /** Why it does not count: another kind, or a unit outside the target's list. */
  why: NotCounted | null;
}

interface ReportUnit {
  unit: string;
  status: Status;
  statusLabel: string;
  counted: number;
  target: number;
}

/** A month, quarter or deadline not met: what the report names as behind. */
interface ReportSlot {
  label: string;
  start: IsoDate;
  end: IsoDate;
  unit: string | null;
  status: Status;
  counted: number;
  count: number;
}

interface ReportRow {
  /** The full id ("II.1" in a grouped appendix). */
  id: string;
  /** The group's heading and unit; null when the appendix has no groups. */
  group: PlanGroup | null;
  content: string;
  lead: string;
  timing: string;
  /** The plan's numeric target, if it has one. */
  target: Target | null;
  /** The target as words; for a task without one, what it is measured by. */
  targetLabel: string | null;
  /** What the target is measured against: this period, or the year so far. */
  scope: 'period' | 'to-date';
  needed: number | null;
  done: number;
  counted: number;
  expected: number | null;
  /** Behind for this period: what its slots asked by the report date and is not there; null when nothing is measured. */
  behind: number | null;
  /** Short of the year's target: what the year's slots still lack on the report date, later slots included; null when nothing is measured. */
  yearShort: number | null;
  /** What the missing items are: "tin bài", "hoạt động", or "sản phẩm" for any kind. */
  missingKind: string;
  status: Status;
  statusLabel: string;
  path: string;
  items: ReportItem[];
  /** Per unit, for a target set for each of several units; null otherwise. */
  units: ReportUnit[] | null;
  /** The slots of the period not met (behind or overdue): empty months, units behind, a missed deadline. */
  missed: ReportSlot[];
  /** In this report because a deadline before the period was missed. */
  carried: boolean;
  /** Done, but after a deadline: the day. */
  doneLate: IsoDate | null;
  /** The per-unit figures, missed slots and lateness in words (the CSV's last column). */
  note: string | null;
}

export interface PeriodReport {
  format: typeof REPORT_FORMAT;
  /** 2: `missing` gave way to `behind` and `yearShort`, and `unposted` was added. */
  version: 2;
  /**
   * `unit` is the unit with its kind ("thị xã Kiến Tường"), `district` only a
   * real district (never the unit itself), `reportsTo` who receives the report.
   */
  commune: { name: string; kind: string; unit: string; agency: string; district: string | undefined; province: string; reportsTo: string; url: string };
  plan: ReportPlan & { url: string };
  period: {
    code: string;
    key: Period['key'];
    slug: string;
    label: string;
    start: IsoDate;
    end: IsoDate;
    state: 'not-started' | 'in-progress' | 'closed';
    url: string;
  };
  /** The day the figures stop: the earlier of the build date and the period's end. */
  asOf: IsoDate;
  today: IsoDate;
  summary: Record<Status, number>;
  tasks: ReportRow[];
  /** Items of this plan dated outside its year: shown, never counted. */
  outside: ReportItem[];
  /** Activities (events) of the period recorded without a news item about them (unposted). */
  unposted: ReportItem[];
}

/**
 * What a task is measured by, in words: its target ("4 tin bài/năm"), or
 * for a task without one "ít nhất 1 sản phẩm" (one-off) or "ít nhất 1 sản
 * phẩm/quý" (recurring); null for an ongoing task with nothing to measure.
 */
export function measureLabel(task: TaskLike, slots: readonly Slot[]): string | null {
  if (task.target) return targetLabel(task.target);
  if (slots.length === 0) return null;
  return task.timing.kind === 'recurring' ? progressUi.impliedEvery(periodUnits[task.timing.every]) : progressUi.impliedOnce;
}

/** The page of a plan item (without base); null when its kind has no pages. */
export function itemPath(item: Pick<PlanItem, 'kind' | 'id'>): string | null {
  return collection(item.kind).address?.(item.id) ?? null;
}

function absoluteUrl(commune: Pick<ReportCommune, 'url' | 'base'>, path: string): string {
  return new URL(withBase(commune.base, path), commune.url).href;
}

function reportItem(commune: ReportCommune, item: PlanItem & { counts?: boolean; why?: NotCounted | null }): ReportItem {
  const path = itemPath(item);
  return {
    kind: item.kind,
    kindLabel: itemKindLabels[item.kind],
    id: item.id,
    title: item.title,
    date: item.date,
    path,
    url: path && absoluteUrl(commune, path),
    unit: item.unit ?? null,
    counts: item.counts ?? false,
    why: item.why ?? null,
  };
}

/** "tháng 5/2024", "quý II/2024", or the dates of any other stretch. */
function slotLabel(slot: Pick<Slot, 'start' | 'end'>): string {
  const from = parts(slot.start);
  const to = parts(slot.end);
  const wholeMonths = from.day === 1 && to.day === daysInMonth(to.year, to.month) && from.year === to.year;
  if (wholeMonths && from.month === to.month) return progressUi.slotMonth(from.month, from.year);
  if (wholeMonths && to.month - from.month === 2 && from.month % 3 === 1) return progressUi.slotQuarter(romanQuarter(quarterOf(slot.start)), from.year);
  return progressUi.slotRange(formatDate(slot.start), formatDate(slot.end));
}

function reportSlot({ slot, status, counted }: SlotProgress): ReportSlot {
  return { label: slotLabel(slot), start: slot.start, end: slot.end, unit: slot.unit, status, counted, count: slot.count };
}

/**
 * The figures a sum hides, in words: "1/4 đơn vị đạt; chưa đạt: Phường 2, …",
 * "chưa đạt trong tháng 5/2024", "hạn 31/03/2024 đã qua, còn tồn từ kỳ trước",
 * "hoàn thành muộn ngày 10/05/2024"; null when there is nothing to add.
 */
function progressNote(row: Pick<PeriodProgress, 'period' | 'units' | 'slots' | 'carried' | 'doneLate'>): string | null {
  const notes: string[] = [];
  if (row.units) {
    const behind = row.units.filter((u) => u.status !== 'done');
    notes.push(progressUi.unitsMet(row.units.length - behind.length, row.units.length));
    if (behind.length > 0) notes.push(progressUi.unitsBehind(behind.map((u) => u.unit).join(', ')));
  }
  // Months or quarters missed or behind: slots inside the period, one of several for their unit
  // (a yearly quota, a carried deadline or a one-off window speak through the figure and the status).
  const open = row.slots.filter(
    (j) =>
      (j.status === 'overdue' || j.status === 'behind') &&
      within(row.period, j.slot.start) &&
      within(row.period, j.slot.end) &&
      row.slots.filter((k) => k.slot.unit === j.slot.unit && within(row.period, k.slot.start)).length > 1,
  );
  const labels = [...new Set(open.map((j) => slotLabel(j.slot)))];
  if (labels.length > 0) notes.push(progressUi.slotsMissed(labels.join(', ')));
  const carried = row.slots.find((j) => j.slot.makeUp && j.status === 'overdue');
  if (row.carried && carried) notes.push(progressUi.carried(formatDate(carried.slot.end)));
  if (row.doneLate) notes.push(progressUi.doneLate(formatDate(row.doneLate)));
  return notes.length > 0 ? notes.join('; ') : null;
}

/** Days after an activity within which a news item of the same task is taken to be its post. */
const POST_WINDOW_DAYS = 14;

/**
 * Activities of the period that never became a post: events with no news
 * item of the same task dated on the day or within POST_WINDOW_DAYS after.
 * An event does not name its article, so the task (written in any case) and the dates pair them;
 * the report lists these so the province sees work that is recorded but
 * was not published as news.
 */
export function unpostedActivities<I extends Pick<PlanItem, 'kind' | 'task' | 'date'>>(items: readonly I[], span: Span): I[] {
  const news = items.filter((i) => i.kind === 'news');
  return items.filter(
    (e) =>
      e.kind === 'events' &&
      within(span, e.date) &&
      !news.some(
        (n) => n.task.toLowerCase() === e.task.toLowerCase() && compareDates(e.date, n.date) <= 0 && compareDates(n.date, addDays(e.date, POST_WINDOW_DAYS)) <= 0,
      ),
  );
}

export function periodReport<T extends ReportTask>(commune: ReportCommune, plan: ReportPlan, progress: PlanProgress<T>, period: Period): PeriodReport {
  const slug = PERIOD_SLUGS[period.key];
  const { today } = progress;
  const state = compareDates(today, period.start) < 0 ? 'not-started' : compareDates(today, period.end) > 0 ? 'closed' : 'in-progress';
  const { name, kind, agency, province } = commune;
  const asOf = compareDates(today, period.end) < 0 ? today : period.end;
  return {
    format: REPORT_FORMAT,
    version: 2,
    commune: {
      name,
      kind,
      unit: unitName(commune),
      agency,
      district: districtOf(commune),
      province,
      reportsTo: reportsToOf(commune),
      url: absoluteUrl(commune, paths.home),
    },
    plan: { number: plan.number, title: plan.title, year: plan.year, issued: plan.issued, url: absoluteUrl(commune, paths.plan(plan.year)) },
    period: {
      code: periodCode(period),
      key: period.key,
      slug,
      label: reportUi.periodLabel(period.key, period.year),
      start: period.start,
      end: period.end,
      state,
      url: absoluteUrl(commune, paths.report(plan.year, slug)),
    },
    asOf,
    today,
    summary: statusCounts(progress, period.key),
    tasks: progress.tasks.map(({ task, slots, of, periods, items }): ReportRow => {
      const row = periods[period.key];
      return {
        id: task.id,
        group: task.group ?? null,
        content: task.content,
        lead: task.lead,
        timing: timingLabel(task.timing, plan.year),
        target: task.target ?? null,
        targetLabel: measureLabel(task, slots),
        scope: row.scope,
        needed: row.target,
        done: row.done,
        counted: row.counted,
        expected: row.expected,
        behind: behindFor(row, asOf),
        yearShort: yearShortfall({ slots, items }, asOf),
        missingKind: of ? targetKinds[of] : reportUi.anyItem,
        status: row.status,
        statusLabel: progressStatus[row.status],
        path: paths.task(plan.year, task.id),
        items: row.items.map((i) => reportItem(commune, i)),
        units: row.units?.map((u) => ({ ...u, statusLabel: progressStatus[u.status] })) ?? null,
        missed: row.slots.filter((j) => j.status === 'overdue' || j.status === 'behind').map(reportSlot),
        carried: row.carried,
        doneLate: row.doneLate,
        note: progressNote(row),
      };
    }),
    outside: progress.outside.map((i) => reportItem(commune, i)),
    unposted: unpostedActivities(
      progress.tasks.flatMap((t) => t.items),
      period,
    ).map((i) => reportItem(commune, i)),
  };
}

/** File name for a download: "xa-bang-ca-2024-quy-2.csv". */
export function reportFileName(
  commune: Pick<ReportCommune, 'kind' | 'name'>,
  report: Pick<PeriodReport, 'plan' | 'period'>,
  ext: 'csv' | 'json' | 'xlsx' | 'docx',
): string {
  return `${slugify(unitName(commune))}-${report.plan.year}-${report.period.slug}.${ext}`;
}

/**
 * One CSV cell (RFC 4180). Text that a spreadsheet would run as a formula
 * (=, +, -, @ first) gets a leading apostrophe; cells with a separator
 * (comma, or the semicolon some Excel locales use), a quote or a line break
 * are quoted, quotes doubled.
 */
export function csvCell(value: string | number | null): string {
  if (value === null) return '';
  if (typeof value === 'number') return String(value);
  const text = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",;\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** "không tính vào chỉ tiêu", with the reason when it is the item's unit. */
export function notCountedLabel(why: NotCounted | null): string {
  return why === 'unit' ? progressUi.notCountedUnit : progressUi.notCounted;
}

function itemLine(item: ReportItem): string {
  const link = item.url ? ` – ${item.url}` : '';
  const note = item.counts ? '' : ` (${notCountedLabel(item.why)})`;
  return `${formatDate(item.date)} – ${item.kindLabel}: ${item.title}${link}${note}`;
}

export type ReportCell = string | number | null;

/**
 * The report's table: the column headings, then one row per task. The CSV
 * and the XLSX annex are both written from it, so their numbers agree.
 * Dates are ISO (2024-06-30), which Excel reads as dates in every locale.
 */
export function reportRows(report: PeriodReport): ReportCell[][] {
  return [
    [...reportCsvColumns],
    ...report.tasks.map((t) => [
      report.commune.agency,
      report.commune.district ?? '',
      report.commune.province,
      report.commune.reportsTo,
      report.plan.number,
      report.period.label,
      report.period.start,
      report.period.end,
      report.asOf,
      t.id,
      t.content,
      t.lead,
      t.timing,
      t.targetLabel,
      t.needed === null ? null : t.scope === 'period' ? reportUi.scopePeriod : reportUi.scopeToDate,
      t.needed,
      t.expected,
      t.done,
      t.needed === null ? null : t.counted,
      t.behind,
      t.yearShort,
      t.statusLabel,
      t.items.map(itemLine).join('\n'),
      // One line per item, beside its line in the previous column, so the province can break it down by unit.
      t.items.map((i) => i.unit ?? '').join('\n'),
      t.note,
    ]),
  ];
}

/**
 * The report as CSV for Excel: UTF-8 with a byte-order mark (so Excel reads
 * Vietnamese as UTF-8), CRLF between records, one row per task.
 */
export function reportCsv(report: PeriodReport): string {
  const rows = reportRows(report);
  return `\uFEFF${rows.map((r) => r.map(csvCell).join(',')).join('\r\n')}\r\n`;
}

export function reportJson(report: PeriodReport): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}

/**
 * A progress cell as words: "1/4 (lũy kế)" and "Chậm tiến độ"; "2 sản
 * phẩm" for a task without a target; no figure when the period does not apply.
 */
export function progressFigure(
  row: Pick<PeriodProgress, 'status' | 'target' | 'counted' | 'done' | 'scope'> & { units: readonly { status: Status }[] | null },
): string | null {
  if (row.status === 'not-applicable' || (row.status === 'upcoming' && row.done === 0)) return null;
  if (row.target === null) return progressUi.items(row.done);
  const units = row.units ? `, ${progressUi.unitsMet(row.units.filter((u) => u.status === 'done').length, row.units.length)}` : '';
  return `${row.counted}/${row.target}${row.scope === 'to-date' ? ` (${progressUi.toDate})` : ''}${units}`;
}
