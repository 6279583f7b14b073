/** Plan helpers: how a task's timing and target read, and which plan is current. */
import { periodUnits, planUi, targetKinds } from '../i18n/vi.ts';
import type { Target, Timing } from '../schemas/plan.ts';
import { formatDate, romanQuarter, type Quarter } from './dates.ts';

function monthOrDateLabel(value: string): string {
  return /^\d{4}-\d{2}$/.test(value) ? `tháng ${value.slice(5, 7)}/${value.slice(0, 4)}` : formatDate(value);
}

/** "Thường xuyên", "Định kỳ hằng quý", "Tháng 4/2024", "Quý IV/2024", … */
export function timingLabel(timing: Timing, year: number): string {
  switch (timing.kind) {
    case 'ongoing':
      return planUi.ongoing;
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
