/** content/news/<slug>.md: a reform news article. */
import { z } from 'zod';
import { topics } from '../i18n/vi.ts';
import { expected } from '../i18n/validation.ts';
import { topicSlugFor } from '../lib/topics.ts';
import { calendarDate, imageField, optionalText, text } from './fields.ts';

/** "2024/3": task 3 of the 2024 plan. */
const TASK_REF = /^(\d{4})\/([\w.-]+)$/;
export const taskRef = z.string({ error: expected.taskRef }).trim().regex(TASK_REF, { error: expected.taskRef });

/** A clerk may write the topic's label ("Chuyển đổi số") or its slug. */
const topic = z.string({ error: expected.text }).transform((value, ctx) => {
  const slug = topicSlugFor(value);
  if (slug) return slug;
  ctx.addIssue({ code: 'custom', message: expected.oneOf(Object.values(topics)), input: value });
  return z.NEVER;
});

export function newsSchema<S extends z.ZodType>(image: S) {
  return z.strictObject({
    title: text,
    date: calendarDate,
    summary: text,
    topics: z.array(topic).min(1, { error: 'ít nhất một chủ đề' }),
    cover: imageField(image).optional(),
    author: optionalText,
    unit: optionalText,
    task: taskRef.optional(),
    draft: z.boolean({ error: expected.boolean }).default(false),
  });
}
