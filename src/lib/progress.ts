/**
 * Plan progress: for each task of a year's plan and each reporting period
 * (quý I–IV, 6 tháng, năm), what was expected, what was done and how that
 * stands on a given day. Pure: the caller passes the plan, the published
 * items (news, events, commendations, …) and "now", the build date in
 * Asia/Ho_Chi_Minh, so a past report can be rebuilt exactly.
 *
 * How a task's timing and target become expectations ("slots"):
 * - target {count, of, per}: `count` items of kind `of` in every month,
 *   quarter or year of the plan's year that the task's timing covers;
 *   with `each`, those slots once for every unit named, filled only by
 *   items of that unit; with `cadence`, also `cadence.count` items in every
 *   month or quarter (judged, not added to the figures);
 * - no target, recurring every month/quarter/year: one item of any kind
 *   in each of those units;
 * - no target, one-off (a date, month, quarter, range or the year): one
 *   item of any kind within that window, due at its end;
 * - no target, ongoing: nothing to measure; items are still counted.
 * - on request ("khi có kế hoạch của thị xã") or no time given: measured
 *   like ongoing, against the year when there is a target, but never late:
 *   the plan sets no time to be late against.
 *
 * Items count from the day they are dated, in the plan's year, and only
 * when that day is not after "now": an event announced for next week has
 * not happened yet, and a rebuilt past report must not see later work.
 *
 * Every slot is judged on its own: an empty May is missed even when April
 * had two items, and one unit's four items fill only that unit's quota. A
 * one-off task's single slot is its deadline: items after it still complete
 * it (late), and a later period of the year carries it, overdue until done.
 */
import type { CollectionName } from '../collections/registry.ts';
import type { Target, Timing } from '../schemas/plan.ts';
import { compareDates, daysInMonth, isoDateInVietnam, parts, type IsoDate } from './dates.ts';
import { refKey, sameRef, taskRef } from './references.ts';
import { nameKey } from './text.ts';

/** The collections whose entries can count toward a plan task: those with a `task` field (held to the registry by tests/unit/collections.test.ts). */
export const ITEM_KINDS = ['news', 'events', 'commendations', 'documents'] as const satisfies readonly CollectionName[];
export type ItemKind = (typeof ITEM_KINDS)[number];

/** A published item that points at a plan task ("2024/4"). */
export interface PlanItem {
  kind: ItemKind;
  /** The item's address segment (file name slug). */
  id: string;
  title: string;
  date: IsoDate;
  task: string;
  /** The unit that did it (a commune, an office), for quotas set per unit. */
  unit?: string | undefined;
}

/** Why an item does not count: another kind than the target's, or a unit outside the target's `each`. */
export type NotCounted = 'kind' | 'unit';

interface CountedItem extends PlanItem {
  /** False when the task's target counts another kind (an event on a news target) or other units. */
  counts: boolean;
  why: NotCounted | null;
}

export const PERIOD_KEYS = ['Q1', 'Q2', 'Q3', 'Q4', 'H1', 'Y'] as const;
export type PeriodKey = (typeof PERIOD_KEYS)[number];

export interface Span {
  start: IsoDate;
  end: IsoDate;
}

export interface Period extends Span {
  year: number;
  key: PeriodKey;
}

const pad = (n: number) => String(n).padStart(2, '0');
const monthStart = (year: number, month: number): IsoDate => `${year}-${pad(month)}-01`;
const monthEnd = (year: number, month: number): IsoDate => `${year}-${pad(month)}-${pad(daysInMonth(year, month))}`;
const minDate = (a: IsoDate, b: IsoDate) => (compareDates(a, b) <= 0 ? a : b);
const maxDate = (a: IsoDate, b: IsoDate) => (compareDates(a, b) >= 0 ? a : b);

const MONTHS: Record<PeriodKey, [number, number]> = { Q1: [1, 3], Q2: [4, 6], Q3: [7, 9], Q4: [10, 12], H1: [1, 6], Y: [1, 12] };

export function period(year: number, key: PeriodKey): Period {
  const [first, last] = MONTHS[key];
  return { year, key, start: monthStart(year, first), end: monthEnd(year, last) };
}

export function periodsOf(year: number): Period[] {
  return PERIOD_KEYS.map((key) => period(year, key));
}

/** "2024-Q2", "2024-H1", "2024": the code of the report command. */
export function periodCode(p: Period): string {
  return p.key === 'Y' ? String(p.year) : `${p.year}-${p.key}`;
}

export function parsePeriodCode(code: string): Period | null {
  const m = /^(\d{4})(?:-(Q[1-4]|H1))?$/i.exec(code.trim());
  if (!m) return null;
  return period(Number(m[1]), (m[2]?.toUpperCase() ?? 'Y') as PeriodKey);
}

/** Address segment of a period's report: quy-1 … quy-4, 6-thang, nam. */
export const PERIOD_SLUGS: Record<PeriodKey, string> = { Q1: 'quy-1', Q2: 'quy-2', Q3: 'quy-3', Q4: 'quy-4', H1: '6-thang', Y: 'nam' };

export function periodFromSlug(year: number, slug: string): Period | null {
  const key = PERIOD_KEYS.find((k) => PERIOD_SLUGS[k] === slug);
  return key ? period(year, key) : null;
}

export function within(span: Span, date: IsoDate): boolean {
  return compareDates(span.start, date) <= 0 && compareDates(date, span.end) <= 0;
}

function overlaps(a: Span, b: Span): boolean {
  return compareDates(a.start, b.end) <= 0 && compareDates(b.start, a.end) <= 0;
}

/** The part of the year a task's timing covers. */
export function taskWindow(timing: Timing, year: number): Span {
  const whole = period(year, 'Y');
  const bounds = (value: string): Span => {
    if (/^\d{4}-\d{2}$/.test(value)) {
      const [y, m] = value.split('-').map(Number) as [number, number];
      return { start: monthStart(y, m), end: monthEnd(y, m) };
    }
    return { start: value, end: value };
  };
  switch (timing.kind) {
    case 'ongoing':
    case 'on-request':
    case 'unspecified':
    case 'recurring':
    case 'year':
      return whole;
    case 'month':
      return { start: monthStart(year, timing.month), end: monthEnd(year, timing.month) };
    case 'quarter':
      return period(year, `Q${timing.quarter}` as PeriodKey);
    case 'date':
      return { start: minDate(whole.start, timing.date), end: timing.date };
    case 'range':
      return { start: bounds(timing.from).start, end: bounds(timing.to).end };
  }
}

/** Timings without a time to be late against: each shows its own status (named as the kind) instead of a judgement. */
function untimedStatus(timing: Timing): Status | null {
  return timing.kind === 'on-request' || timing.kind === 'unspecified' ? timing.kind : null;
}

/** When a one-off task falls due; null for ongoing, recurring and untimed tasks. */
function dueDate(timing: Timing, year: number): IsoDate | null {
  return timing.kind === 'ongoing' || timing.kind === 'recurring' || untimedStatus(timing) ? null : taskWindow(timing, year).end;
}

/** A stretch of time in which `count` items are expected. */
export interface Slot extends Span {
  count: number;
  /** Kind of item that counts; null: any kind. */
  of: ItemKind | null;
  /** The unit (one of the target's `each`) whose items fill it; null: any unit. */
  unit: string | null;
  /** A cadence slot on top of the quota: judged, but not added to the figures. */
  cadence: boolean;
  /** The task's one deadline: items after its end still fill it (late), and later periods carry it. */
  makeUp: boolean;
}

function unitsOf(year: number, per: Target['per']): Span[] {
  if (per === 'year') return [period(year, 'Y')];
  if (per === 'quarter') return (['Q1', 'Q2', 'Q3', 'Q4'] as const).map((q) => period(year, q));
  return Array.from({ length: 12 }, (_, i) => ({ start: monthStart(year, i + 1), end: monthEnd(year, i + 1) }));
}

export interface TaskLike {
  id: string;
  timing: Timing;
  target?: Target | undefined;
}

/** What a task expects, as slots within the plan's year (see the module note). */
export function slotsOf(task: TaskLike, year: number): Slot[] {
  const window = taskWindow(task.timing, year);
  const whole = period(year, 'Y');
  // Untimed tasks (on request, blank) have no deadline to carry.
  const oneOff = dueDate(task.timing, year) !== null;
  const spans = (per: Target['per']): Span[] =>
    unitsOf(year, per)
      .filter((u) => overlaps(u, window))
      .map((u) => ({ start: maxDate(u.start, window.start), end: minDate(u.end, window.end) }));
  const { target } = task;
  if (target) {
    const quota = spans(target.per);
    // A one-off task whose quota covers its whole window has one deadline, which can be met late.
    const makeUp = oneOff && quota.length === 1;
    const cadence = target.cadence ? spans(target.cadence.every).map((s) => ({ ...s, count: target.cadence!.count })) : [];
    return (target.each ?? [null]).flatMap((unit) => [
      ...quota.map((s) => ({ ...s, count: target.count, of: target.of, unit, cadence: false, makeUp })),
      ...cadence.map((s) => ({ ...s, of: target.of, unit, cadence: true, makeUp: false })),
    ]);
  }
  const any = { of: null, unit: null, cadence: false };
  if (task.timing.kind === 'ongoing' || untimedStatus(task.timing)) return [];
  if (task.timing.kind === 'recurring') return spans(task.timing.every).map((s) => ({ ...s, count: 1, ...any, makeUp: false }));
  if (!overlaps(window, whole)) return [];
  return [{ start: maxDate(window.start, whole.start), end: minDate(window.end, whole.end), count: 1, ...any, makeUp: true }];
}

/** Calendar months a span touches, as [year, month]. */
function monthsOf(span: Span): [number, number][] {
  const from = parts(span.start);
  const to = parts(span.end);
  const months: [number, number][] = [];
  for (let i = from.year * 12 + from.month - 1; i <= to.year * 12 + to.month - 1; i++) {
    months.push([Math.floor(i / 12), (i % 12) + 1]);
  }
  return months;
}

/**
 * How many of a slot's items should exist by `asOf`: all of them once the
 * slot has ended, otherwise its share of the whole months already over.
 * A quarterly item is expected when its quarter ends, four a year means two
 * by the end of June, and nothing is late in the middle of a month.
 */
export function expectedBy(slot: Span & Pick<Slot, 'count'>, asOf: IsoDate): number {
  if (compareDates(asOf, slot.end) >= 0) return slot.count;
  if (compareDates(asOf, slot.start) < 0) return 0;
  const months = monthsOf(slot);
  const over = months.filter(([y, m]) => compareDates(monthEnd(y, m), asOf) <= 0).length;
  return Math.floor((slot.count * over) / months.length);
}

export type Status = 'done' | 'on-track' | 'behind' | 'overdue' | 'upcoming' | 'ongoing' | 'on-request' | 'unspecified' | 'not-applicable';
export const STATUSES: readonly Status[] = ['done', 'on-track', 'behind', 'overdue', 'upcoming', 'ongoing', 'on-request', 'unspecified', 'not-applicable'];

export interface PeriodProgress {
  period: Period;
  status: Status;
  /**
   * 'period': the target is what falls within this period (four quarterly
   * dialogues in the year, one in quý II). 'to-date': the target spans a
   * longer stretch (4 news a year seen in quý II) and is measured from its
   * start to the end of this period.
   */
  scope: 'period' | 'to-date';
  /** Items expected; null when the task has nothing to measure. */
  target: number | null;
  /** Counting items dated within the period. */
  done: number;
  /** What is compared with the target: `done`, or the count to date. */
  counted: number;
  /** Items that should exist by the report date (the earlier of now and the period's end). */
  expected: number | null;
  /** How many are still missing against the target (0 when met). */
  missing: number;
  /** Every item of the task dated within the period, counting or not. */
  items: CountedItem[];
  /** Each slot the period judges, a carried deadline first; empty when there is nothing to measure. */
  slots: SlotProgress[];
  /** Per unit, for a target set for `each` of several units; null otherwise. */
  units: UnitProgress[] | null;
  /** True when the task is here because it missed a deadline before this period. */
  carried: boolean;
  /** When the task is done but a deadline was met after it: the day it was met. */
  doneLate: IsoDate | null;
}

type SlotStatus = 'done' | 'on-track' | 'behind' | 'overdue' | 'upcoming';

export interface SlotProgress {
  slot: Slot;
  /** Items filling the slot: in it, or for a deadline also after it, up to the period's end. */
  counted: number;
  status: SlotStatus;
  /** The day a deadline slot was met after its end; null otherwise. */
  doneLate: IsoDate | null;
}

interface UnitProgress {
  unit: string;
  status: Status;
  target: number;
  counted: number;
}

interface TaskProgress<T extends TaskLike = TaskLike> {
  task: T;
  slots: Slot[];
  /** Kind of item that counts toward the target; null: any. */
  of: ItemKind | null;
  due: IsoDate | null;
  /** Items of the task in the plan's year up to now, oldest first. */
  items: CountedItem[];
  periods: Record<PeriodKey, PeriodProgress>;
}

export interface PlanProgress<T extends TaskLike = TaskLike> {
  year: number;
  /** "Now": the build date in Asia/Ho_Chi_Minh. */
  today: IsoDate;
  tasks: TaskProgress<T>[];
  /** Items that point at this plan's tasks but are dated in another year: never counted. */
  outside: PlanItem[];
  /** Items of this plan's year dated after today: not counted yet. */
  later: PlanItem[];
}

function sortItems<I extends PlanItem>(items: I[]): I[] {
  return items.sort((a, b) => compareDates(a.date, b.date) || a.kind.localeCompare(b.kind) || a.id.localeCompare(b.id));
}

/** Whether an item fills a slot: it counts for the task, and comes from the slot's unit. */
function fills(slot: Slot, item: Pick<CountedItem, 'counts' | 'unit'>): boolean {
  return item.counts && (slot.unit === null || nameKey(item.unit ?? '') === nameKey(slot.unit));
}

function judgeSlot(slot: Slot, p: Period, items: readonly CountedItem[], today: IsoDate): SlotProgress {
  const until = slot.makeUp ? p.end : minDate(slot.end, p.end);
  const filling = items.filter((i) => fills(slot, i) && within({ start: slot.start, end: until }, i.date));
  const counted = filling.length;
  let status: SlotStatus;
  if (counted >= slot.count) status = 'done';
  else if (compareDates(today, slot.start) < 0) status = 'upcoming';
  else if (compareDates(today, slot.end) > 0 && compareDates(slot.end, p.end) <= 0) status = 'overdue';
  else status = counted >= expectedBy(slot, minDate(today, p.end)) ? 'on-track' : 'behind';
  const metOn = status === 'done' && slot.count > 0 ? filling[slot.count - 1]!.date : null;
  return { slot, counted, status, doneLate: metOn && compareDates(metOn, slot.end) > 0 ? metOn : null };
}

/** One status for several judged slots: done when all are, else the worst open one. */
function overall(judged: readonly SlotProgress[]): Status {
  if (judged.every((j) => j.status === 'done')) return 'done';
  const open = new Set(judged.map((j) => j.status));
  if (open.has('overdue')) return 'overdue';
  if (open.has('behind')) return 'behind';
  return judged.every((j) => j.status === 'upcoming') ? 'upcoming' : 'on-track';
}

/** The slots a figure sums: the quota's, or the cadence's for a task with only a cadence (the two are never added up). */
function quotaOf<J extends { slot: Slot }>(judged: readonly J[]): readonly J[] {
  return judged.some((j) => !j.slot.cadence) ? judged.filter((j) => !j.slot.cadence) : judged;
}

/** Target, counted and expected of judged slots; a slot's surplus does not fill another slot. */
function figures(judged: readonly SlotProgress[], asOf: IsoDate) {
  const quota = quotaOf(judged);
  const sum = (f: (j: SlotProgress) => number) => quota.reduce((n, j) => n + f(j), 0);
  return { quota, target: sum((j) => j.slot.count), counted: sum((j) => Math.min(j.counted, j.slot.count)), expected: sum((j) => expectedBy(j.slot, asOf)) };
}

/**
 * Behind for a period: what each of its quota slots expected by `asOf` and
 * does not hold (a slot's surplus does not fill another); null when the
 * period measures nothing. The report's first shortfall, apart from the year's.
 */
export function behindFor(row: Pick<PeriodProgress, 'target' | 'slots'>, asOf: IsoDate): number | null {
  if (row.target === null) return null;
  return quotaOf(row.slots).reduce((n, j) => n + Math.max(0, expectedBy(j.slot, asOf) - j.counted), 0);
}

/**
 * Short of the year's target on `asOf`: each quota slot of the year, later
 * ones included, less the items that fill it by then (from its unit, never
 * another slot's surplus); null for a task with nothing to measure. The
 * report's second shortfall.
 */
export function yearShortfall(task: { slots: readonly Slot[]; items: readonly Pick<CountedItem, 'counts' | 'unit' | 'date'>[] }, asOf: IsoDate): number | null {
  if (task.slots.length === 0) return null;
  const filled = (slot: Slot) => task.items.filter((i) => fills(slot, i) && within(slot, i.date) && compareDates(i.date, asOf) <= 0).length;
  return quotaOf(task.slots.map((slot) => ({ slot }))).reduce((n, { slot }) => n + Math.max(0, slot.count - filled(slot)), 0);
}

/** `untimed`: the status of a task the plan gives no time to (on request, blank), never judged late; null otherwise. */
function periodProgress(
  p: Period,
  slots: readonly Slot[],
  items: readonly CountedItem[],
  today: IsoDate,
  untimed: Status | null,
  each: readonly string[] | undefined,
): PeriodProgress {
  const inPeriod = items.filter((i) => within(p, i.date));
  const done = inPeriod.filter((i) => i.counts).length;
  const base = { period: p, done, counted: done, items: inPeriod, scope: 'period' as const, slots: [], units: null, carried: false, doneLate: null };
  const notYet = compareDates(today, p.start) < 0;

  if (slots.length === 0) {
    return { ...base, status: untimed ?? (notYet ? 'upcoming' : 'ongoing'), target: null, expected: null, missing: 0 };
  }
  // A deadline missed before this period stays in its report until met (and then shows when).
  const missedBefore = (s: Slot) => s.makeUp && compareDates(s.end, p.start) < 0 && items.filter((i) => fills(s, i) && within(s, i.date)).length < s.count;
  const carried = notYet ? [] : slots.filter(missedBefore);
  const relevant = [...carried, ...slots.filter((s) => overlaps(s, p))];
  if (relevant.length === 0) {
    return { ...base, status: 'not-applicable', target: null, expected: null, missing: 0 };
  }

  const asOf = minDate(today, p.end);
  const judged = relevant.map((s) => judgeSlot(s, p, items, today));
  const { quota, target, counted, expected } = figures(judged, asOf);
  const judge = (some: readonly SlotProgress[]): Status => (untimed ? (some.every((j) => j.status === 'done') ? 'done' : untimed) : notYet ? 'upcoming' : overall(some));
  const status = judge(judged);
  const late = judged.map((j) => j.doneLate).filter((d): d is IsoDate => d !== null);
  // Only the units judged here: a unit that met a carried deadline on time is not in a later report.
  const units =
    each?.flatMap((unit): UnitProgress[] => {
      const mine = judged.filter((j) => j.slot.unit === unit);
      if (mine.length === 0) return [];
      const f = figures(mine, asOf);
      return [{ unit, status: judge(mine), target: f.target, counted: f.counted }];
    }) ?? null;
  return {
    ...base,
    // 'to-date': measured from a slot's start before the period (a yearly quota, a carried deadline).
    scope: quota.some((j) => compareDates(j.slot.start, p.start) < 0 || compareDates(j.slot.end, p.end) > 0) ? 'to-date' : 'period',
    status,
    target,
    counted,
    expected,
    missing: target - counted,
    slots: judged,
    units,
    carried: carried.length > 0,
    doneLate: status === 'done' && late.length > 0 ? late.sort(compareDates).at(-1)! : null,
  };
}

/**
 * Progress of every task of a plan. `items` may hold anything published:
 * items of other years' tasks are ignored, items of this plan dated in
 * another year are returned in `outside`, items dated after `now` in `later`.
 */
export function planProgress<T extends TaskLike>(plan: { year: number; tasks: readonly T[] }, items: readonly PlanItem[], now: IsoDate | Date): PlanProgress<T> {
  const today = now instanceof Date ? isoDateInVietnam(now) : now;
  const { year } = plan;
  const whole = period(year, 'Y');
  const ids = new Set(plan.tasks.map((t) => refKey(taskRef(year, t.id))));
  const mine = items.filter((i) => ids.has(refKey(i.task)));
  const outside = sortItems(mine.filter((i) => !within(whole, i.date)));
  const later = sortItems(mine.filter((i) => within(whole, i.date) && compareDates(i.date, today) > 0));
  const counting = mine.filter((i) => within(whole, i.date) && compareDates(i.date, today) <= 0);

  const tasks = plan.tasks.map((task): TaskProgress<T> => {
    const slots = slotsOf(task, year);
    const of = slots[0]?.of ?? null;
    const each = task.target?.each;
    const units = each && new Set(each.map(nameKey));
    const why = (i: PlanItem): NotCounted | null => (of !== null && i.kind !== of ? 'kind' : units && !units.has(nameKey(i.unit ?? '')) ? 'unit' : null);
    const taskItems = sortItems(
      counting
        .filter((i) => sameRef(i.task, taskRef(year, task.id)))
        .map((i): CountedItem => {
          const reason = why(i);
          return { ...i, counts: reason === null, why: reason };
        }),
    );
    const periods = Object.fromEntries(periodsOf(year).map((p) => [p.key, periodProgress(p, slots, taskItems, today, untimedStatus(task.timing), each)])) as Record<
      PeriodKey,
      PeriodProgress
    >;
    return { task, slots, of, due: dueDate(task.timing, year), items: taskItems, periods };
  });
  return { year, today, tasks, outside, later };
}

/** How many tasks are in each status for one period. */
export function statusCounts(progress: PlanProgress, key: PeriodKey): Record<Status, number> {
  const counts = Object.fromEntries(STATUSES.map((s) => [s, 0])) as Record<Status, number>;
  for (const t of progress.tasks) counts[t.periods[key].status]++;
  return counts;
}

/** The quarter a report should show on `today`, or the year once it is over. */
export function currentPeriod(year: number, today: IsoDate): Period {
  const { year: y, month } = parts(today);
  if (y < year) return period(year, 'Q1');
  if (y > year) return period(year, 'Y');
  return period(year, `Q${Math.floor((month - 1) / 3) + 1}` as PeriodKey);
}

/** A published entry as a plan item; null for drafts and entries without a task. */
export function toPlanItem(
  kind: ItemKind,
  id: string,
  data: { title: string; date: IsoDate; task?: string | undefined; unit?: string | undefined; draft?: boolean | undefined },
): PlanItem | null {
  if (!data.task || data.draft) return null;
  return { kind, id, title: data.title, date: data.date, task: data.task, ...(data.unit ? { unit: data.unit } : {}) };
}
