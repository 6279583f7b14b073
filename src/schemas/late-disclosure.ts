/**
 * content/late-disclosures/<file>.md: one quarter's disclosure of files
 * processed late: how many files were processed in the quarter, and each
 * late one with its procedure, dates, reason, who handled it and whether an
 * apology letter was sent. The Markdown body may explain causes and remedies.
 */
import { z } from 'zod';
import { expected, transparencyMessages as m } from '../i18n/validation.ts';
import { disclosureProblems, quarterLabel, type Disclosure } from '../lib/late-files.ts';
import { formatDate, type Quarter } from '../lib/dates.ts';
import { calendarDate, optionalText, positiveCount, procedureCode, text, year } from './fields.ts';

const lateCase = z.strictObject({
  procedure: procedureCode,
  received: calendarDate,
  due: calendarDate,
  returned: calendarDate,
  daysLate: positiveCount.optional(),
  reason: text,
  official: z.strictObject({ position: text, name: optionalText }),
  apology: z.boolean({ error: expected.boolean }),
  apologyDate: calendarDate.optional(),
});

export const lateDisclosureSchema = z
  .strictObject({
    year,
    quarter: z.number({ error: expected.quarter }).int({ error: expected.quarter }).min(1, { error: expected.quarter }).max(4, { error: expected.quarter }),
    processed: positiveCount,
    published: calendarDate.optional(),
    holidays: z.array(calendarDate, { error: expected.textList }).default([]),
    cases: z.array(lateCase, { error: 'một danh sách hồ sơ trễ hạn (để trống: cases: [])' }).default([]),
  })
  .superRefine((d, ctx) => {
    // A quarter out of range is reported by its own field; nothing else can be checked against it.
    if (![1, 2, 3, 4].includes(d.quarter)) return;
    const label = `quý ${quarterLabel(d.year, d.quarter as Quarter).roman}/${d.year}`;
    for (const p of disclosureProblems(d as Disclosure)) {
      const at = 'index' in p && p.kind !== 'holidayOutsideQuarter' ? ['cases', p.index, p.field] : 'index' in p ? [p.field, p.index] : [p.field];
      const message = (() => {
        switch (p.kind) {
          case 'processedTooFew':
            return m.processedTooFew(p.late);
          case 'holidayOutsideQuarter':
            return m.holidayOutsideQuarter(label);
          case 'receivedAfterDue':
            return m.receivedAfterDue(formatDate(p.received));
          case 'returnedBeforeReceived':
            return m.returnedBeforeReceived(formatDate(p.received));
          case 'notLate':
            return m.notLate(formatDate(p.due));
          case 'outsideQuarter':
            return m.outsideQuarter(label, formatDate(p.span.start), formatDate(p.span.end));
          case 'daysLateMismatch':
            return m.daysLateMismatch(p.computed);
          case 'apologyDateWithoutApology':
            return m.apologyDateWithoutApology;
          case 'apologyBeforeReceipt':
            return m.apologyBeforeReceipt(formatDate(p.received));
        }
      })();
      ctx.addIssue({ code: 'custom', path: at, message, input: p.value });
    }
  });
