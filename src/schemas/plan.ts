/** content/plans/<year>.md: the annual CCHC communication plan and its appendix. */
import { z } from 'zod';
import { cadenceUnits, periodUnits, targetKinds } from '../i18n/vi.ts';
import { expected, planMessages } from '../i18n/validation.ts';
import { calendarDate, keyOf, optionalText, positiveCount, signer, text, textList, year } from './fields.ts';

const periodUnit = keyOf(periodUnits);

/** "2024-01" (a month) or a calendar day; used for the start and end of a task. */
const monthOrDate = z.union([z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/), calendarDate], {
  error: expected.monthOrDate,
});

const timingSchema = z.discriminatedUnion(
  'kind',
  [
    z.strictObject({ kind: z.literal('ongoing') }),
    // "Khi có yêu cầu", "Khi có kế hoạch của thị xã": done when the higher level asks, so never late.
    z.strictObject({ kind: z.literal('on-request'), note: optionalText }),
    // The appendix leaves the time blank: nothing to judge it by.
    z.strictObject({ kind: z.literal('unspecified') }),
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
  { error: expected.oneOf(['ongoing', 'on-request', 'unspecified', 'recurring', 'year', 'month', 'quarter', 'date', 'range']) },
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

/** A number as the document prints it: "1", "II"; YAML may read 1 as a number. */
const printedId = z.union([z.string(), z.number()], { error: expected.text }).transform((v) => String(v).trim());

/** A heading of the appendix ("II. Văn phòng HĐND và UBND") and the unit responsible for its tasks. */
const groupSchema = z.strictObject({
  id: printedId,
  title: text,
  unit: optionalText,
});

const taskSchema = z.strictObject({
  /** As the appendix numbers it; restarts in each group. */
  id: printedId,
  /** The id of the group the task sits under, if the appendix has groups. */
  group: printedId.optional(),
  content: text,
  form: optionalText,
  lead: text,
  partners: textList.default([]),
  timing: timingSchema,
  target: targetSchema.optional(),
  notes: optionalText,
});

export const planSchema = z
  .strictObject({
    number: text,
    title: text,
    year,
    issued: calendarDate,
    issuer: text,
    signer,
    basis: textList.default([]),
    recipients: textList.default([]),
    groups: z.array(groupSchema, { error: 'một danh sách nhóm nhiệm vụ' }).default([]),
    tasks: z.array(taskSchema, { error: 'một danh sách nhiệm vụ' }).default([]),
  })
  .superRefine((plan, ctx) => {
    const groupIds = plan.groups.map((g) => g.id);
    plan.groups.forEach((g, i) => {
      if (groupIds.indexOf(g.id) !== i) ctx.addIssue({ code: 'custom', path: ['groups', i, 'id'], message: planMessages.duplicateGroup(g.id), input: g.id });
    });
    // Full ids ("II.1") repeated are reported by the cross-file checks, where references are matched.
    plan.tasks.forEach((task, i) => {
      if (task.group !== undefined && !groupIds.includes(task.group)) {
        ctx.addIssue({ code: 'custom', path: ['tasks', i, 'group'], message: planMessages.unknownGroup(groupIds), input: task.group });
      }
    });
  });

export type Plan = z.output<typeof planSchema>;
export type Timing = z.output<typeof timingSchema>;
export type PlanGroup = z.output<typeof groupSchema>;
export type Task = z.output<typeof taskSchema>;
export type Target = z.output<typeof targetSchema>;
