/**
 * content/reports/<year>-<period>.md: the clerk's part of a period report
 * (báo cáo): the document's number, date, place, signer and recipients in
 * the front matter, and in the body the sections the numbers cannot say
 * (results beyond the figures, limitations and their causes, next period's
 * tasks, proposals). The figures and the annex are generated
 * (src/lib/report.ts); the document is assembled by src/lib/report-document.ts.
 */
import { z } from 'zod';
import { periodNames } from '../i18n/vi.ts';
import { PERIOD_KEYS, PERIOD_SLUGS } from '../lib/progress.ts';
import { calendarDate, keyOf, optionalText, signer, text, textList, year } from './fields.ts';

/** The period slugs the report routes use (quy-1 … quy-4, 6-thang, nam), with their names for the CMS. */
export const periodSlugLabels = Object.fromEntries(PERIOD_KEYS.map((key) => [PERIOD_SLUGS[key], periodNames[key]])) as Record<string, string>;

export const reportNarrativeSchema = z.strictObject({
  year,
  period: keyOf(periodSlugLabels),
  number: text,
  date: calendarDate,
  /** Where the document is issued ("Hòa An"); the unit's name when left out. */
  place: optionalText,
  signer,
  recipients: textList.min(1, { error: 'ít nhất một nơi nhận' }),
  /** A subject line of the clerk's own, instead of the usual one. */
  subject: optionalText,
});

export type ReportNarrative = z.output<typeof reportNarrativeSchema>;
