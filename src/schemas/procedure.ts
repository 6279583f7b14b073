/**
 * content/procedures/<slug>.md: one administrative procedure, with the
 * national one-stop data fields (see REFERENCE.md) in English names.
 * Only code, name and field are required: a procedure imported from the
 * province's list alone is published (the commune must list all it handles),
 * and `check` warns what it still lacks (src/lib/procedures.ts missingParts).
 */
import { z } from 'zod';
import { onlineLevels, procedureLevels, procedureStatus } from '../i18n/vi.ts';
import { expected, procedureMessages } from '../i18n/validation.ts';
import { isDeadPortalLink } from '../lib/procedures.ts';
import { calendarDate, documentRef, keyOf, optionalText, positiveCount, procedureCode, text, textList, url } from './fields.ts';

const documentItem = z.strictObject({
  name: text,
  originals: positiveCount.default(1),
  copies: positiveCount.default(0),
  form: optionalText,
  formUrl: url.optional(),
});

const procedureCase = z.strictObject({
  name: optionalText,
  documents: z.array(documentItem).default([]),
  steps: textList.default([]),
});

const fee = z.strictObject({
  name: text,
  /** Amount in đồng; 0 means free. Leave out when it varies and explain in note. */
  amount: positiveCount.optional(),
  note: optionalText,
});

export const procedureSchema = z.strictObject({
  code: procedureCode,
  name: text,
  field: text,
  level: keyOf(procedureLevels).default('commune'),
  summary: optionalText,
  /** Left out (a list that does not say): in person only, as every procedure is at the service center. */
  channels: z
    .strictObject({
      inPerson: z.boolean({ error: expected.boolean }).default(true),
      online: keyOf(onlineLevels).default('none'),
      postal: z.boolean({ error: expected.boolean }).default(false),
    })
    .prefault({}),
  processingTime: optionalText,
  /** Left out: not yet published here. An empty list: no fee. */
  fees: z.array(fee).optional(),
  exemptions: optionalText,
  cases: z.array(procedureCase).default([]),
  applicants: textList.default([]),
  agency: optionalText,
  competentAuthority: optionalText,
  result: optionalText,
  conditions: textList.default([]),
  legalBasis: z.array(documentRef.extend({ effective: calendarDate.optional() })).default([]),
  decision: documentRef.optional(),
  status: z
    .strictObject({
      state: keyOf(procedureStatus),
      since: calendarDate.optional(),
    })
    .default({ state: 'in-force' }),
  related: z.array(procedureCode).default([]),
  /** The procedure's own address on a portal; without it the page links the national search for its code. */
  portalUrl: url.refine((u) => !isDeadPortalLink(u), { error: procedureMessages.deadPortalLink }).optional(),
  updated: calendarDate,
});

export type Procedure = z.output<typeof procedureSchema>;
