/**
 * A word still being typed must find every page with a word that starts with
 * it. Pure: shared by the indexer (src/search/word-chunks.ts, which cuts the
 * word index) and the search page (src/client/search-prefix.ts).
 *
 * Pagefind's browser code loads, for each query word, ONE chunk of the word
 * index (the first whose range holds the word), then matches the word as a
 * prefix against every word of every chunk loaded so far. A prefix whose
 * words spread over several chunks ("tr": tra…, trach…, truong…) therefore
 * found only the pages in the one chunk it was looked up in. The indexer
 * writes the first word (range start) of every chunk next to the bundle, and
 * the page, before searching, preloads one lookup word per chunk that could
 * hold a word starting with the prefix: that chunk's start.
 */

/** The file, in Pagefind's bundle folder, of each language's chunk starts, in order: { "vi": ["0", "a", "an", …] }. */
export const CHUNK_STARTS = 'chunk-starts.json';
export type ChunkStarts = Record<string, string[]>;

/**
 * What Pagefind 1.6's pagefind.js does to a query word before it looks it up
 * (coupled_search.ts, then normalizeDiacritics): lower case, punctuation
 * (dashes, brackets, quotes, other) dropped, marks stripped. đ is a letter,
 * not a mark, so it stays: "Đăng" → "đang". Its index words are folded the
 * same way.
 */
export function pagefindWord(word: string): string {
  return word
    .toLocaleLowerCase()
    .replace(/[\p{Pd}\p{Pe}\p{Pf}\p{Pi}\p{Po}\p{Ps}\s]/gu, '')
    .normalize('NFD')
    .replace(/\p{M}/gu, '');
}

/** A chunk start the browser can look up as it is: Pagefind's folding leaves it unchanged. */
export function isLookupWord(start: string): boolean {
  return start !== '' && pagefindWord(start) === start;
}

/**
 * The words to preload so that Pagefind loads every chunk that could hold a
 * word starting with `prefix` (already folded by pagefindWord), given each
 * chunk's start in order (chunk i holds words from starts[i] up to, not
 * including, starts[i + 1]). One word per chunk: its start, which lies in its
 * own range and after every earlier range. Empty for an empty prefix.
 */
export function prefixLookups(starts: readonly string[], prefix: string): string[] {
  if (prefix === '') return [];
  return starts.filter((start, i) => {
    const next = starts[i + 1];
    const beginsBefore = start < prefix || start.startsWith(prefix);
    const endsAfter = next === undefined || next > prefix;
    return beginsBefore && endsAfter;
  });
}

/** The last word of a query as Pagefind will look it up ("dang ky kh" → "kh"), or "" when there is none. */
export function lastQueryWord(query: string): string {
  const words = query.split(/\s+/).map(pagefindWord).filter(Boolean);
  return words.at(-1) ?? '';
}
