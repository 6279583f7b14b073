/**
 * Field building blocks shared by every content schema. Each one normalises
 * Vietnamese text to NFC and carries a Vietnamese message naming what is
 * expected, so a clerk's mistake reads as an instruction, not a stack trace.
 */
import { z } from 'zod';
import { isoFromYamlDate, parseCalendarDate } from '../lib/dates.ts';
import { PROCEDURE_CODE } from '../lib/procedure-code.ts';
import { nfc, slugify } from '../lib/text.ts';
import { expected, urlMessages } from '../i18n/validation.ts';
import { LINK_SCHEMES, urlProblem, WEB_SCHEMES } from '../lib/safe-url.ts';
import './error-map.ts';

export const text = z
  .string({ error: expected.text })
  .transform((s) => nfc(s.trim()))
  .refine((s) => s.length > 0, { error: expected.nonEmpty });

export const optionalText = z
  .string({ error: expected.text })
  .transform((s) => nfc(s.trim()))
  .optional();

export const textList = z.array(text, { error: expected.textList });

/** A calendar day: YAML date, "2024-03-31" or "31/03/2024" → "2024-03-31". */
export const calendarDate = z.unknown().transform((value, ctx) => {
  if (value instanceof Date && !Number.isNaN(value.getTime())) return isoFromYamlDate(value);
  const parsed = typeof value === 'string' || typeof value === 'number' ? parseCalendarDate(String(value)) : null;
  if (parsed) return parsed;
  ctx.addIssue({ code: 'custom', message: expected.date, input: value });
  return z.NEVER;
});

export const year = z.number({ error: expected.year }).int({ error: expected.year }).min(2000, { error: expected.year }).max(2100, { error: expected.year });

/**
 * An absolute address whose scheme is one of `schemes` (src/lib/safe-url.ts):
 * javascript:, data:, vbscript: and the like are refused with a Vietnamese
 * reason. Built on z.url() so the CMS still offers a URL input.
 */
function urlOf(schemes: readonly string[], words: string) {
  return z.url({ error: words }).superRefine((value, ctx) => {
    const problem = urlProblem(value, schemes);
    // An address that does not parse at all is z.url()'s own issue, reported once.
    if (problem?.kind === 'scheme') ctx.addIssue({ code: 'custom', message: urlMessages.scheme(words, problem.scheme), input: value });
  });
}

/** A web page: https, or http for a government host without https. */
export const url = urlOf(WEB_SCHEMES, expected.url);
/** A way to reach someone: a web page, mailto: or tel:. */
export const contactUrl = urlOf(LINK_SCHEMES, expected.contactUrl);

export const email = z.email({ error: expected.email });

export const phone = z
  .string({ error: expected.phone })
  .trim()
  .regex(/^\+?[0-9 .()-]{3,20}$/, { error: expected.phone });

export const positiveCount = z.number({ error: expected.count }).int({ error: expected.count }).min(0, { error: expected.count });

/** Who signs a document: name, title and the authority signed under ("KT. Chủ tịch"). */
export const signer = z.strictObject({ name: text, title: text, authority: optionalText });

/** A document reference: number, issuer and date, e.g. a publishing decision. */
export const documentRef = z.strictObject({
  number: text,
  title: optionalText,
  issuer: optionalText,
  date: calendarDate.optional(),
  url: url.optional(),
});

/** An image beside the Markdown file, with the alt text screen readers need. */
export function imageField<S extends z.ZodType>(src: S) {
  return z.strictObject({
    src,
    alt: z
      .string({ error: expected.alt })
      .transform((s) => nfc(s.trim()))
      .refine((s) => s.length > 0, { error: expected.alt }),
  });
}

/** One of the keys of a label table from src/i18n, e.g. keyOf(procedureStatus). */
export function keyOf<T extends Record<string, string>>(labels: T) {
  const keys = Object.keys(labels) as [keyof T & string, ...(keyof T & string)[]];
  return z.enum(keys, { error: expected.oneOf(keys) });
}

/**
 * A key of a label table, also accepted as its label in any case, with or
 * without marks: documentKinds takes "nghi-quyet", "Nghị quyết" or "nghi quyet";
 * reformIndices takes "par-index" or "PAR INDEX". The output is the key.
 */
export function keyOrLabel<T extends Record<string, string>>(labels: T) {
  const keys = new Map<string, keyof T & string>();
  for (const [key, label] of Object.entries(labels)) {
    keys.set(slugify(key), key);
    keys.set(slugify(label), key);
  }
  const shown = Object.values(labels);
  return z.string({ error: expected.oneOf(shown) }).transform((value, ctx) => {
    const key = keys.get(slugify(value));
    if (key) return key;
    ctx.addIssue({ code: 'custom', message: expected.oneOf(shown), input: value });
    return z.NEVER;
  });
}

/** A national procedure code, "1.001193". */
export const procedureCode = z.string({ error: expected.procedureCode }).trim().regex(PROCEDURE_CODE, { error: expected.procedureCode });
