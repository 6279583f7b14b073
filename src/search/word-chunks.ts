/**
 * How the word index is cut into chunks the browser fetches: pure, no files
 * and no bytes (the Pagefind adapter, ./pagefind/, reads and writes them).
 *
 * Pagefind closes a chunk only after 20 000 word positions (a constant in its
 * source, not an option). The browser fetches one whole chunk per query word,
 * so at a few thousand pages every query word cost 10–60 KB, most of it other
 * words. Here the same word entries, in the same order, are grouped into
 * chunks of at most CHUNK_BYTES, and each chunk gets the range the browser
 * looks a word up by.
 */
import { isLookupWord } from '../lib/search-chunks.ts';

/** Largest word chunk before compression (a single bigger word stays whole): about 3 KB on the wire. */
export const CHUNK_BYTES = 8 * 1024;

/** What grouping needs of a word's entry: the word, and its size. */
export interface SizedWord {
  word: string;
  bytes: { length: number };
}

/**
 * Word entries grouped in order, each group at most `maxBytes` (an entry
 * bigger than that is a group of its own). A group never starts where its
 * range start would be a word Pagefind's query folding changes ("chinh”"
 * right after "chinh": the start "chinh”" is looked up as "chinh", in the
 * chunk before): the search page looks every chunk up by its start
 * (src/lib/search-chunks.ts), so the cut moves back to the last place it may
 * be made.
 */
export function groupWords<W extends SizedWord>(words: readonly W[], maxBytes: number): W[][] {
  const groups: W[][] = [];
  let group: W[] = [];
  let size = 0;
  const canStart = (before: W, first: W) => isLookupWord(startBetween(before.word, first.word));
  for (const entry of words) {
    if (group.length > 0 && size + entry.bytes.length > maxBytes) {
      let cut = group.length;
      if (!canStart(group[cut - 1]!, entry)) {
        cut--;
        while (cut > 0 && !canStart(group[cut - 1]!, group[cut]!)) cut--;
      }
      // No place at all (a group of nothing but such words): it grows instead.
      if (cut > 0) {
        groups.push(group.slice(0, cut));
        group = group.slice(cut);
        size = group.reduce((n, w) => n + w.bytes.length, 0);
      }
    }
    group.push(entry);
    size += entry.bytes.length;
  }
  if (group.length > 0) groups.push(group);
  return groups;
}

/** The words a chunk may hold, as the browser looks them up: the first chunk with from ≤ word ≤ to. */
export interface ChunkRange {
  from: string;
  to: string;
}

/**
 * The from/to of each group:
 * - to is the group's last word. (Pagefind cuts it to the shortest prefix
 *   that tells it from the next chunk, which gives a one-word chunk "cong"
 *   the range "cong"–"con": no word is ever looked up there.)
 * - from is the shortest prefix of the group's first word that sorts after
 *   the previous group's last word, as Pagefind writes it. Pagefind loads
 *   one chunk per query word; a word still being typed whose words span
 *   several chunks is covered by the search page, which preloads one lookup
 *   word per chunk from the chunk-starts table (src/lib/search-chunks.ts).
 */
export function boundaries(groups: readonly (readonly SizedWord[])[]): ChunkRange[] {
  return groups.map((group, i) => ({ from: startBetween(groups[i - 1]?.at(-1)?.word, group[0]!.word), to: group.at(-1)!.word }));
}

/** The shortest prefix of `first` that sorts after `previous` (the word before it, if any). */
function startBetween(previous: string | undefined, first: string): string {
  const letters = [...first];
  const before = [...(previous ?? '')];
  let common = 0;
  while (common < before.length && letters[common] === before[common]) common++;
  return letters.slice(0, common + 1).join('');
}

/** The index of the chunk the browser loads for `word`, or -1 (Pagefind's own lookup: the first range that holds it). */
export function chunkFor(ranges: readonly ChunkRange[], word: string): number {
  return ranges.findIndex((r) => word >= r.from && word <= r.to);
}

/** The word index cut into chunks of at most `maxBytes`, each with its range. */
export function splitWords<W extends SizedWord>(words: readonly W[], maxBytes = CHUNK_BYTES): (ChunkRange & { words: W[] })[] {
  const groups = groupWords(words, maxBytes);
  return boundaries(groups).map((range, i) => ({ ...range, words: groups[i]! }));
}
