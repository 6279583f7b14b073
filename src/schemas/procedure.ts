/**
 * content/procedures/<slug>.md: one administrative procedure, with the
 * national one-stop data fields (see REFERENCE.md) in English names.
 */
import { z } from 'zod';
import { onlineLevels, procedureLevels, procedureStatus } from '../i18n/vi.ts';
import { expected } from '../i18n/validation.ts';
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
  channels: z.strictObject({
    inPerson: z.boolean({ error: expected.boolean }).default(true),
    online: keyOf(onlineLevels).default('none'),
    postal: z.boolean({ error: expected.boolean }).default(false),
  }),
  processingTime: text,
  fees: z.array(fee).default([]),
  exemptions: optionalText,
  cases: z.array(procedureCase).min(1, { error: 'ít nhất một trường hợp (cases) có hồ sơ và các bước' }),
  applicants: textList.min(1, { error: 'ít nhất một đối tượng thực hiện' }),
  agency: text,
  competentAuthority: optionalText,
  result: text,
  conditions: textList.default([]),
  legalBasis: z.array(documentRef.extend({ effective: calendarDate.optional() })).default([]),
  decision: documentRef,
  status: z
    .strictObject({
      state: keyOf(procedureStatus),
      since: calendarDate.optional(),
    })
    .default({ state: 'in-force' }),
  related: z.array(procedureCode).default([]),
  portalUrl: url.optional(),
  updated: calendarDate,
});

export type Procedure = z.output<typeof procedureSchema>;
