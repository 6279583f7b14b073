/**
 * content/events/<slug>.md: something that happened but is not an article:
 * a conference, a dialogue with businesses, a training, a radio segment.
 * Every event counts toward a plan task, so `task` is required.
 */
import { z } from 'zod';
import { eventKinds } from '../i18n/vi.ts';
import { expected } from '../i18n/validation.ts';
import { calendarDate, imageField, keyOf, optionalText, positiveCount, text } from './fields.ts';
import { taskRef } from './news.ts';

export function eventSchema<S extends z.ZodType>(image: S) {
  return z.strictObject({
    title: text,
    date: calendarDate,
    kind: keyOf(eventKinds),
    task: taskRef,
    summary: text,
    place: optionalText,
    unit: optionalText,
    participants: positiveCount.optional(),
    photos: z.array(imageField(image), { error: expected.photoList }).default([]),
    draft: z.boolean({ error: expected.boolean }).default(false),
  });
}
