/**
 * Citizens' words for procedures, matched to a procedure by its official
 * name: an entry applies to every procedure whose name holds the entry's
 * `procedure` words, folded (no marks, đ as d, any case), as whole words in
 * a row (so "đất" also matches "đạt": an entry names the words that tell its
 * procedure apart, "đăng ký đất đai" rather than "đất"). Pure; the table is read by src/data/search-vocabulary.ts, checked by
 * src/validation, and the phrases become the procedure page's `aliases`
 * metadata (src/lib/search.ts ranks them as a title).
 */
import type { VocabularyEntry } from '../schemas/search-vocabulary.ts';
import { foldedTitle } from './search-folding.ts';

/** The phrases of every entry whose procedure words are in `name`, once each, in table order. */
export function aliasesFor(name: string, entries: readonly VocabularyEntry[]): string[] {
  const inName = ` ${foldedTitle(name)} `;
  const procedures = foldedProcedures(entries);
  const phrases = entries.filter((_, i) => procedures[i] !== '' && inName.includes(` ${procedures[i]} `));
  return [...new Set(phrases.flatMap((e) => e.phrases))];
}

/** Each entry's procedure words folded, once per table: every procedure page asks of the same table. */
const folded = new WeakMap<readonly VocabularyEntry[], string[]>();
function foldedProcedures(entries: readonly VocabularyEntry[]): string[] {
  const known = folded.get(entries);
  if (known) return known;
  const words = entries.map((e) => foldedTitle(e.procedure));
  folded.set(entries, words);
  return words;
}
