/**
 * Citizens' words for procedures: what people say ("giấy độc thân", "sổ đỏ")
 * mapped to the words of the procedure's official name ("xác nhận tình trạng
 * hôn nhân"). The portal ships a reviewed table (src/data/search-vocabulary.yaml);
 * a commune adds its own in content/search-vocabulary.yaml, same shape.
 * Matching is by name, not by code, so one table serves every commune's list.
 */
import { z } from 'zod';
import { text } from './fields.ts';

const vocabularyEntrySchema = z.strictObject({
  /** The procedure field the entry was reviewed for ("Hộ tịch", "Đất đai"…). */
  field: text,
  /** Words of the official name, matched without marks as a phrase inside it: "xác nhận tình trạng hôn nhân". */
  procedure: text,
  /** What citizens type or say for it. */
  phrases: z.array(text).min(1),
});

export const vocabularySchema = z.array(vocabularyEntrySchema);

/** The commune's own table, in its content folder. */
export const VOCABULARY_FILE = 'search-vocabulary.yaml';
export type VocabularyEntry = z.infer<typeof vocabularyEntrySchema>;
