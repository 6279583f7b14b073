/** Plan helpers: a task's full id and group, how its timing and target read, and which plan is current. */
import { periodUnits, planUi, targetKinds } from '../i18n/vi.ts';
import type { PlanGroup, Target, Task, Timing } from '../schemas/plan.ts';
import { formatDate, romanQuarter, type Quarter } from './dates.ts';
import { nameKey, sortByVi } from './text.ts';

function monthOrDateLabel(value: string): string {
  return /^\d{4}-\d{2}$/.test(value) ? `tháng ${value.slice(5, 7)}/${value.slice(0, 4)}` : formatDate(value);
}

/**
 * The id a task is referred to by ("2024/II.1" names task II.1): its number
 * within its group, after the group's id, as numbering restarts in each group.
 */
function fullTaskId(task: Pick<Task, 'id' | 'group'>): string {
  return task.group === undefined ? task.id : `${task.group}.${task.id}`;
}

/**
 * A task as everything but the appendix table uses it: `id` is the full id
 * (what news and events write after the year, the page anchor, the key of
 * its progress), `number` the number as the appendix prints it, `group` the
 * group it sits under (null when the appendix has none).
 */
export interface PlanTask extends Omit<Task, 'id' | 'group'> {
  id: string;
  number: string;
  group: PlanGroup | null;
}

/** A plan's tasks with their full ids and groups, in the appendix's order: the one way every consumer (progress, reports, checks, the CMS) reads them. */
export function planTasks(plan: { groups?: readonly PlanGroup[] | undefined; tasks: readonly Task[] }): PlanTask[] {
  const groups = new Map((plan.groups ?? []).map((g) => [g.id, g]));
  return plan.tasks.map(({ id, group, ...rest }) => ({ ...rest, id: fullTaskId({ id, group }), number: id, group: (group !== undefined && groups.get(group)) || null }));
}

/**
 * Tasks in runs under their group, in the appendix's order, for tables with a
 * heading per group; one run with group null when the appendix has no groups.
 */
export function tasksByGroup<T extends { group: PlanGroup | null }>(tasks: readonly T[]): { group: PlanGroup | null; tasks: T[] }[] {
  const runs: { group: PlanGroup | null; tasks: T[] }[] = [];
  for (const task of tasks) {
    const last = runs.at(-1);
    if (last && last.group === task.group) last.tasks.push(task);
    else runs.push({ group: task.group, tasks: [task] });
  }
  return runs;
}

/** "II. Văn phòng HĐND và UBND", the heading of a group as the appendix prints it. */
export function groupHeading(group: PlanGroup): string {
  return `${group.id}. ${group.title}`;
}

/** "Thường xuyên", "Định kỳ hằng quý", "Tháng 4/2024", "Quý IV/2024", … */
export function timingLabel(timing: Timing, year: number): string {
  switch (timing.kind) {
    case 'ongoing':
      return planUi.ongoing;
    case 'on-request':
      return timing.note ?? planUi.onRequest;
    case 'unspecified':
      return planUi.unspecified;
    case 'recurring':
      return planUi.every[timing.every];
    case 'year':
      return `Năm ${year}`;
    case 'month':
      return `Tháng ${timing.month}/${year}`;
    case 'quarter':
      return `Quý ${romanQuarter(timing.quarter as Quarter)}/${year}`;
    case 'date':
      return `Trước ${formatDate(timing.date)}`;
    case 'range':
      return `Từ ${monthOrDateLabel(timing.from)} đến ${monthOrDateLabel(timing.to)}`;
  }
}

/** "1 hoạt động/quý", "4 tin bài/năm cho mỗi đơn vị (6 đơn vị), mỗi quý ít nhất 1" */
export function targetLabel(target: Target): string {
  return (
    planUi.perPeriod(target.count, targetKinds[target.of], periodUnits[target.per]) +
    (target.each ? planUi.eachUnit(target.each.length) : '') +
    (target.cadence ? planUi.cadence(target.cadence.count, periodUnits[target.cadence.every]) : '')
  );
}

interface HasYear {
  data: { year: number };
}

export function plansNewestFirst<T extends HasYear>(plans: readonly T[]): T[] {
  return [...plans].sort((a, b) => b.data.year - a.data.year);
}

/** This year's plan, or the latest earlier one; null when there is none. */
export function currentPlan<T extends HasYear>(plans: readonly T[], year: number): T | null {
  return plansNewestFirst(plans).find((p) => p.data.year <= year) ?? plansNewestFirst(plans)[0] ?? null;
}

/**
 * Every unit the plans name, once each (spelling variants of one name are
 * one unit, src/lib/text.ts nameKey), in Vietnamese order: the groups' units,
 * the tasks' leads and partners and the units of per-unit quotas.
 */
export function planUnits(plans: readonly { groups?: readonly PlanGroup[] | undefined; tasks: readonly Task[] }[]): string[] {
  const units = new Map<string, string>();
  const add = (name: string | undefined) => {
    const key = name ? nameKey(name) : '';
    if (key && !units.has(key)) units.set(key, name!.trim());
  };
  for (const plan of plans) {
    for (const group of plan.groups ?? []) add(group.unit);
    for (const task of plan.tasks) [task.lead, ...task.partners, ...(task.target?.each ?? [])].forEach(add);
  }
  return sortByVi([...units.values()], (u) => u);
}
