/**
 * content/documents/<file>.md: a guiding document (Nghị quyết, Quyết định,
 * Kế hoạch, Chỉ thị, …) the commune's reform work rests on: its number,
 * kind, issuer, date, title and a summary, with a link to the full text or
 * a PDF beside the file (copied into the site). A document posted for a plan
 * task ("đăng tải các văn bản mới ban hành") names the task and counts toward it.
 */
import { z } from 'zod';
import { documentKinds } from '../i18n/vi.ts';
import { transparencyMessages as m } from '../i18n/validation.ts';
import { calendarDate, keyOrLabel, text, url } from './fields.ts';
import { taskRef } from './news.ts';

export const documentSchema = z.strictObject({
  number: text,
  kind: keyOrLabel(documentKinds),
  issuer: text,
  date: calendarDate,
  title: text,
  summary: text,
  effective: calendarDate.optional(),
  url: url.optional(),
  /** A PDF beside the Markdown file, e.g. ./tep/76-nq-cp.pdf; published at /van-ban/<slug>/<file>.pdf. */
  file: z
    .string({ error: m.pdfFile })
    .trim()
    .regex(/^(?!\/|[a-z]+:)[^\\]+\.pdf$/i, { error: m.pdfFile })
    .optional(),
  /** The day it was posted on the portal, when that is what a plan task counts (else the issue date). */
  posted: calendarDate.optional(),
  task: taskRef.optional(),
});
