/**
 * communes/<slug>/content/procedure-notes.yaml: a commune's local notes on
 * the province's shared procedures, keyed by procedure code, so a commune
 * says where and when it receives a file, and what differs locally, without
 * copying the procedure (src/build/province.ts).
 */
import { z } from 'zod';
import { expected } from '../i18n/validation.ts';
import { optionalText, procedureCode } from './fields.ts';

const procedureNoteSchema = z
  .strictObject({
    /** Where this commune receives the file, when not at its service center (a point in a former commune's office). */
    place: optionalText,
    /** That place's address. */
    address: optionalText,
    /** Its hours, when they differ from the service center's. */
    hours: optionalText,
    /** A local note on the fee (an exemption the commune applies, where to pay). */
    fee: optionalText,
    /** Anything else the citizen should know here. */
    note: optionalText,
  })
  .refine((n) => Object.values(n).some((v) => v !== undefined), { error: expected.nonEmpty });

export const procedureNotesSchema = z.record(procedureCode, procedureNoteSchema, {
  error: expected.procedureNotes,
});

export type ProcedureNote = z.output<typeof procedureNoteSchema>;
export type ProcedureNotes = z.output<typeof procedureNotesSchema>;
