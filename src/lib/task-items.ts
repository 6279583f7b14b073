/**
 * How pages show the items of a plan task. The plan page and the period
 * reports give each task its counts and only its newest few items, so they
 * weigh the same at any number of items (at 5,000 entries they had grown to
 * 507 KB and 702 KB of HTML by listing every one); every item is on the
 * task's own pages, newest first, a page at a time like the news list. The
 * report's DOCX, XLSX, CSV and JSON are files, not pages, and keep every item.
 */
import { compareDates, type IsoDate } from './dates.ts';
import { paginate, type Page } from './pagination.ts';

/** Items a task shows on the plan page and on a report before "see all". */
export const TASK_ITEMS_SHOWN = 3;

/** Items on one of a task's own pages: one line each, so more than the news list's cards. */
export const TASK_ITEMS_PER_PAGE = 20;

/** Oldest first, as the plan and reports have always listed them; items of one day keep the order given (progress's kind-then-id order). */
function byDate<T extends { date: IsoDate }>(items: readonly T[]): T[] {
  return items
    .map((item, i) => ({ item, i }))
    .sort((a, b) => compareDates(a.item.date, b.item.date) || a.i - b.i)
    .map(({ item }) => item);
}

/** Newest first, like the news list: the exact reverse of the date order. */
export function newestFirst<T extends { date: IsoDate }>(items: readonly T[]): T[] {
  return byDate(items).reverse();
}

/** What a bounded list shows: the newest TASK_ITEMS_SHOWN items, in date order, and how many it leaves to the task's pages. */
export function newestItems<T extends { date: IsoDate }>(items: readonly T[]): { shown: T[]; more: number } {
  return { shown: byDate(items).slice(-TASK_ITEMS_SHOWN), more: Math.max(0, items.length - TASK_ITEMS_SHOWN) };
}

/** A task's own pages: every item, newest first, TASK_ITEMS_PER_PAGE a page (one empty page when it has none). */
export function taskItemPages<T extends { date: IsoDate }>(items: readonly T[]): Page<T>[] {
  return paginate(newestFirst(items), TASK_ITEMS_PER_PAGE);
}
