/** content/commendations/<slug>.md: an exemplary person or unit. */
import { z } from 'zod';
import { commendationReasons, recipientKinds } from '../i18n/vi.ts';
import { calendarDate, documentRef, keyOf, imageField, optionalText, text } from './fields.ts';
import { taskRef } from './news.ts';

export function commendationSchema<S extends z.ZodType>(image: S) {
  return z.strictObject({
    title: text,
    recipient: text,
    recipientKind: keyOf(recipientKinds),
    unit: optionalText,
    reason: keyOf(commendationReasons),
    summary: text,
    date: calendarDate,
    decision: documentRef.optional(),
    photo: imageField(image).optional(),
    task: taskRef.optional(),
  });
}
