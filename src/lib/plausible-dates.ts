/**
 * Dates a clerk most likely mistyped: a news item of 2204, a decision of
 * 1024. Such a date is valid, so the schema takes it, but it sorts the item
 * to the top or bottom of every list for ever; a warning asks the clerk to
 * look again. Pure.
 */
import type { CollectionName } from '../collections/registry.ts';
import { yearOf, type IsoDate } from './dates.ts';

/** How far from today a date may lie before it looks like a typing mistake. */
export const PLAUSIBLE = {
  /** Years ahead of today: a plan for next year is normal, further is not. */
  ahead: 1,
  /** Years before today for what the commune itself did (news, events, commendations, postings). */
  behind: 10,
  /** The oldest year a guiding document can have: the state's first legal documents. */
  oldestDocument: 1945,
} as const;

export interface DateProblem {
  field: string;
  value: IsoDate;
  kind: 'farAhead' | 'farBehind';
}

/** Date fields of each collection, and whether they record the commune's own recent work. */
const DATE_FIELDS: Partial<Record<CollectionName, readonly { field: string; own: boolean }[]>> = {
  news: [{ field: 'date', own: true }],
  events: [{ field: 'date', own: true }],
  commendations: [{ field: 'date', own: true }],
  documents: [
    { field: 'date', own: false },
    { field: 'effective', own: false },
    { field: 'posted', own: true },
  ],
};

export function implausibleDates(collection: CollectionName, data: Record<string, unknown>, today: IsoDate): DateProblem[] {
  const now = yearOf(today);
  return (DATE_FIELDS[collection] ?? []).flatMap(({ field, own }): DateProblem[] => {
    const value = data[field];
    if (typeof value !== 'string') return [];
    const year = yearOf(value);
    if (year > now + PLAUSIBLE.ahead) return [{ field, value, kind: 'farAhead' }];
    if (year < (own ? now - PLAUSIBLE.behind : PLAUSIBLE.oldestDocument)) return [{ field, value, kind: 'farBehind' }];
    return [];
  });
}
