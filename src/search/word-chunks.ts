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

/** Largest word chunk before compression (a single bigger word stays whole): about 3 KB on the wire. */
export const CHUNK_BYTES = 8 * 1024;

/** What grouping needs of a word's entry: the word, and its size. */
export interface SizedWord {
  word: string;
  bytes: { length: number };
}

/** Word entries grouped in order, each group at most `maxBytes` (an entry bigger than that is a group of its own). */
export function groupWords<W extends SizedWord>(words: readonly W[], maxBytes: number): W[][] {
  const groups: W[][] = [];
  let group: W[] = [];
  let size = 0;
  for (const entry of words) {
    if (group.length > 0 && size + entry.bytes.length > maxBytes) {
      groups.push(group);
      group = [];
      size = 0;
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
 *   the previous group's last word, as Pagefind writes it, so that a word
 *   still being typed ("kh" before "khai") falls in exactly one chunk. A word
 *   in no range makes the browser load every chunk that could hold a word
 *   starting with it, a dozen for a single letter.
 */
export function boundaries(groups: readonly (readonly SizedWord[])[]): ChunkRange[] {
  return groups.map((group, i) => {
    const first = [...group[0]!.word];
    const previous = i > 0 ? [...groups[i - 1]!.at(-1)!.word] : [];
    let common = 0;
    while (common < previous.length && first[common] === previous[common]) common++;
    return { from: first.slice(0, common + 1).join(''), to: group.at(-1)!.word };
  });
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
