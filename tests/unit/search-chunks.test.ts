/**
 * The lookup words that make Pagefind load every chunk a half-typed word's
 * extensions may sit in (src/lib/search-chunks.ts), against Pagefind's own
 * chunk lookup (the first chunk whose range holds a word). The browser test
 * is tests/e2e/search-prefixes.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { isLookupWord, lastQueryWord, pagefindWord, prefixLookups } from '../../src/lib/search-chunks.ts';
import { boundaries, chunkFor, groupWords } from '../../src/search/word-chunks.ts';

const sized = (word: string) => ({ word, bytes: { length: 10 } });
// Five chunks of two words each, as the indexer cuts them.
const WORDS = ['ba', 'cach', 'cai', 'can', 'cap', 'chinh', 'chu', 'khai', 'tra', 'trach', 'truong', 'tu', 'đang', 'đi'];
const groups = groupWords(WORDS.map(sized), 20);
const ranges = boundaries(groups);
const starts = ranges.map((r) => r.from);

/** The chunks Pagefind loads when the lookup words are preloaded: one each. */
const loaded = (lookups: string[]) => lookups.map((w) => chunkFor(ranges, w));
/** The chunks holding a word that starts with `prefix`. */
const holding = (prefix: string) => [...new Set(groups.flatMap((g, i) => (g.some((w) => w.word.startsWith(prefix)) ? [i] : [])))];

describe('prefixLookups', () => {
  it('names one word per chunk that may hold an extension of the prefix, each found in its own chunk', () => {
    expect(groups.map((g) => g.map((w) => w.word))).toEqual([
      ['ba', 'cach'],
      ['cai', 'can'],
      ['cap', 'chinh'],
      ['chu', 'khai'],
      ['tra', 'trach'],
      ['truong', 'tu'],
      ['đang', 'đi'],
    ]);
    for (const prefix of ['c', 'ca', 'cap', 'ch', 'chu', 'k', 'kh', 't', 'tr', 'tru', 'đ', 'b', 'x', 'a', 'zz', 'ơ']) {
      const chunks = loaded(prefixLookups(starts, prefix));
      expect(
        chunks.every((c) => c >= 0),
        prefix,
      ).toBe(true);
      for (const needed of holding(prefix)) expect(chunks, prefix).toContain(needed);
    }
    expect(prefixLookups(starts, 'c')).toEqual(['b', 'cai', 'cap', 'chu']);
    expect(prefixLookups(starts, 'tr')).toEqual(['t', 'tru']);
    expect(prefixLookups(starts, 'đ')).toEqual(['đ']);
    expect(prefixLookups(starts, '')).toEqual([]);
  });

  it('planted fault: Pagefind alone loads one chunk and misses the others', () => {
    const alone = (prefix: string) => [chunkFor(ranges, prefix)];
    expect(holding('c').filter((c) => !alone('c').includes(c))).not.toEqual([]);
    expect(holding('tr').filter((c) => !alone('tr').includes(c))).not.toEqual([]);
  });
});

describe("Pagefind's folding of a query word", () => {
  it('lower-cases, strips marks and punctuation, keeps đ', () => {
    expect(pagefindWord('Đăng')).toBe('đang');
    expect(pagefindWord('KHAI')).toBe('khai');
    expect(pagefindWord('“chính”')).toBe('chinh');
    expect(pagefindWord('1.001193')).toBe('1001193');
    expect(lastQueryWord('  đăng ký  KH ')).toBe('kh');
    expect(lastQueryWord(' ')).toBe('');
  });

  it('a chunk never starts at a word the browser would look up elsewhere', () => {
    expect(isLookupWord('chinh')).toBe(true);
    expect(isLookupWord('chinh”')).toBe(false);
    expect(isLookupWord('')).toBe(false);
    // "chinh”" sorts right after "chinh": cut there, its start would be "chinh”", looked up as "chinh";
    // the cut moves back before "chinh", and no group grows past its size.
    const cut = groupWords(['ba', 'chinh', 'chinh”', 'chu'].map(sized), 20);
    expect(cut.map((g) => g.map((w) => w.word))).toEqual([['ba'], ['chinh', 'chinh”'], ['chu']]);
    expect(
      boundaries(cut)
        .map((r) => r.from)
        .every(isLookupWord),
    ).toBe(true);
  });
});
