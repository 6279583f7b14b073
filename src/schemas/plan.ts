/** content/plans/<year>.md: the annual CCHC communication plan and its appendix. */
import { z } from 'zod';
import { cadenceUnits, periodUnits, targetKinds } from '../i18n/vi.ts';
import { expected } from '../i18n/validation.ts';
import { calendarDate, keyOf, optionalText, positiveCount, text, textList, year } from './fields.ts';

const periodUnit = keyOf(periodUnits);

/** "2024-01" (a month) or a calendar day; used for the start and end of a task. */
const monthOrDate = z.union([z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/), calendarDate], {
  error: expected.monthOrDate,
});

const timingSchema = z.discriminatedUnion(
  'kind',
  [
    z.strictObject({ kind: z.literal('ongoing') }),
    z.strictObject({ kind: z.literal('recurring'), every: periodUnit }),
    z.strictObject({ kind: z.literal('year') }),
    z.strictObject({
      kind: z.literal('month'),
      month: z.number({ error: expected.month }).int().min(1, { error: expected.month }).max(12, { error: expected.month }),
    }),
    z.strictObject({
      kind: z.literal('quarter'),
      quarter: z.number({ error: expected.quarter }).int().min(1, { error: expected.quarter }).max(4, { error: expected.quarter }),
    }),
    z.strictObject({ kind: z.literal('date'), date: calendarDate }),
    z.strictObject({ kind: z.literal('range'), from: monthOrDate, to: monthOrDate }),
  ],
  { error: expected.oneOf(['ongoing', 'recurring', 'year', 'month', 'quarter', 'date', 'range']) },
);

/** "1 each month" on top of a longer quota: judged month by month (or quarter by quarter). */
const cadenceSchema = z.strictObject({
  count: positiveCount,
  every: keyOf(cadenceUnits),
});

const targetSchema = z.strictObject({
  count: positiveCount,
  of: keyOf(targetKinds),
  per: periodUnit,
  /** The quota applies to each of these units, counted from each item's `unit`. */
  each: textList.min(1, { error: expected.textList }).optional(),
  cadence: cadenceSchema.optional(),
});

const taskSchema = z.strictObject({
  id: z.union([z.string(), z.number()], { error: expected.text }).transform(String),
  content: text,
  form: text,
  lead: text,
  partners: textList.default([]),
  timing: timingSchema,
  target: targetSchema.optional(),
  notes: optionalText,
});

export const planSchema = z.strictObject({
  number: text,
  title: text,
  year,
  issued: calendarDate,
  issuer: text,
  signer: z.strictObject({ name: text, title: text, authority: optionalText }),
  basis: textList.default([]),
  recipients: textList.default([]),
  tasks: z.array(taskSchema, { error: 'một danh sách nhiệm vụ' }).default([]),
});

export type Plan = z.output<typeof planSchema>;
export type Timing = z.output<typeof timingSchema>;
export type Target = z.output<typeof targetSchema>;
