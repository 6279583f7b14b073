/**
 * Before a search, make Pagefind load every chunk of the word index that
 * could hold a word starting with the query's last word, which the citizen
 * may still be typing (src/lib/search-chunks.ts says why Pagefind alone
 * loads one), from the chunk starts the indexer wrote beside the bundle.
 */
import { CHUNK_STARTS, lastQueryWord, prefixLookups, type ChunkStarts } from '../lib/search-chunks.ts';

interface Preloads {
  preload(query: string): Promise<void>;
}

/**
 * A function to await before each search of `pagefind`, whose bundle is at
 * `bundle` (ending in /). The table is fetched at once, alongside Pagefind's
 * own start: under 1 KB on the wire at 5000 entries (docs/search.md).
 */
export function prefixCover(bundle: string, pagefind: Preloads, language: string): (query: string) => Promise<void> {
  const starts = fetch(`${bundle}${CHUNK_STARTS}`)
    .then((response) => (response.ok ? (response.json() as Promise<ChunkStarts>) : {}))
    .then((table: ChunkStarts) => table[language] ?? Object.values(table)[0] ?? [])
    // Without the table the search still runs, as Pagefind alone would.
    .catch(() => [] as string[]);
  return async (query) => {
    const prefix = lastQueryWord(query);
    if (!prefix) return;
    const lookups = prefixLookups(await starts, prefix);
    if (lookups.length > 0) await pagefind.preload(lookups.join(' '));
  };
}
