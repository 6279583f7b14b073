/**
 * The citizens' vocabulary for site search: the portal's reviewed table
 * (./search-vocabulary.yaml, inlined at build time) followed by the
 * commune's own content/search-vocabulary.yaml, when it has one. The commune's
 * file is checked with the rest of the content (src/validation) before the
 * build starts, so here a bad one is only a programming error.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { VOCABULARY_FILE, vocabularySchema, type VocabularyEntry } from '../schemas/search-vocabulary.ts';
import portalTable from './search-vocabulary.yaml?raw';
import { contentDir } from './site.ts';

let loaded: VocabularyEntry[] | undefined;

/** Both tables, read once per build. */
export function loadVocabulary(): VocabularyEntry[] {
  if (loaded) return loaded;
  const own = join(contentDir(), VOCABULARY_FILE);
  const tables = [portalTable, existsSync(own) ? readFileSync(own, 'utf8') : ''];
  loaded = tables.flatMap((text) => vocabularySchema.parse(parse(text) ?? []));
  return loaded;
}
