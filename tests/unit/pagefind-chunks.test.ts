/**
 * Re-splitting Pagefind's word index (src/search/word-chunks.ts) and the
 * Pagefind 1.6 format it goes through (src/search/cbor.ts,
 * src/search/pagefind/format.ts), on CBOR written here by hand in the shape
 * Pagefind 1.6 writes. The real bundle is checked in
 * tests/build/search-index.test.ts and tests/build/search-index-paths.test.ts,
 * and searched in tests/e2e/search.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { arrayItems, itemEnd } from '../../src/search/cbor.ts';
import {
  checkVersion,
  chunkWords,
  encodeChunk,
  entryPages,
  pack,
  PagefindVersionError,
  readEntry,
  readMeta,
  unpack,
  withChunks,
} from '../../src/search/pagefind/format.ts';
import { boundaries, chunkFor, groupWords, splitWords } from '../../src/search/word-chunks.ts';

type Value = number | string | Value[] | { indefinite: Value[] };

/** A small CBOR encoder for the test data: integers, text, definite and indefinite arrays. */
function cbor(value: Value): number[] {
  const head = (major: number, n: number): number[] =>
    n < 24
      ? [(major << 5) | n]
      : n < 256
        ? [(major << 5) | 24, n]
        : n < 65536
          ? [(major << 5) | 25, n >> 8, n & 255]
          : [(major << 5) | 26, n >>> 24, (n >> 16) & 255, (n >> 8) & 255, n & 255];
  if (typeof value === 'number') return value >= 0 ? head(0, value) : head(1, -1 - value);
  if (typeof value === 'string') {
    const bytes = [...new TextEncoder().encode(value)];
    return [...head(3, bytes.length), ...bytes];
  }
  if (Array.isArray(value)) return [...head(4, value.length), ...value.flatMap(cbor)];
  return [0x9f, ...value.indefinite.flatMap(cbor), 0xff];
}
const bytes = (value: Value) => Uint8Array.from(cbor(value));

/** A word entry as Pagefind writes it: [word, pages as written, [[variant, pages]]], each page [page, positions, meta positions]. */
/** A word entry on pages 0, 1, 2… (each page number written as its difference from the one before, as Pagefind 1.6 does). */
const entry = (word: string, pages: number): Value => [word, [], [[word, Array.from({ length: pages }, (_, i) => [i === 0 ? 0 : 1, [-25, i * 7 + 300], []])]]];

describe('reading CBOR', () => {
  it('finds where an item ends: integers of every width, text, nested and indefinite arrays', () => {
    for (const value of [0, 23, 24, 255, 256, 70000, -1, -25, -300, 'đăng', ['a', [1, [2, 3]]], { indefinite: [1, 'x', [2]] }] as Value[]) {
      const data = bytes([value, 'after']);
      const [first, second] = arrayItems(data);
      expect(first![1], JSON.stringify(value)).toBe(cbor(value).length + 1);
      expect(itemEnd(data, second![0])).toBe(data.length);
    }
  });

  it('refuses truncated data and a non-list where a list is needed', () => {
    expect(() => itemEnd(Uint8Array.from([0x83, 1]), 0)).toThrow(/hết dữ liệu/);
    expect(() => arrayItems(bytes('chữ'))).toThrow(/cần một danh sách/);
    expect(() => itemEnd(Uint8Array.from([0x19, 1]), 0), 'a two-byte integer cut short').toThrow(/hết dữ liệu/);
    expect(() => itemEnd(Uint8Array.from([0x65, 0x61]), 0), 'a five-byte text cut short').toThrow(/hết dữ liệu/);
  });
});

describe('splitting word chunks', () => {
  const chunk = bytes([[entry('ban', 40), entry('bao', 2), entry('cong', 300), entry('cu', 1), entry('đang', 5)]]);

  it('reads every word entry with its exact bytes', () => {
    const words = chunkWords(chunk);
    expect(words.map((w) => w.word)).toEqual(['ban', 'bao', 'cong', 'cu', 'đang']);
    expect([...words[2]!.bytes]).toEqual(cbor(entry('cong', 300)));
  });

  it('groups words in order up to the size limit, a bigger word alone', () => {
    const words = chunkWords(chunk);
    const limit = words[0]!.bytes.length + words[1]!.bytes.length;
    const groups = groupWords(words, limit);
    expect(groups.map((g) => g.map((w) => w.word))).toEqual([['ban', 'bao'], ['cong'], ['cu', 'đang']]);
    for (const g of groups) expect(g.length === 1 || g.reduce((n, w) => n + w.bytes.length, 0) <= limit).toBe(true);
  });

  it('writes chunks Pagefind reads back to the same entries', () => {
    const words = chunkWords(chunk);
    const groups = groupWords(words, 100);
    const again = groups.flatMap((g) => chunkWords(encodeChunk(g)));
    expect(again.map((w) => [w.word, [...w.bytes]])).toEqual(words.map((w) => [w.word, [...w.bytes]]));
  });

  it('gives each chunk a range that holds its own words, and each word being typed one chunk', () => {
    const words = chunkWords(bytes([[entry('ban', 40), entry('bao', 2), entry('con', 1), entry('cong', 300), entry('cu', 1), entry('đang', 5)]]));
    const groups = groupWords(words, words[0]!.bytes.length + words[1]!.bytes.length + words[2]!.bytes.length);
    expect(groups.map((g) => g.map((w) => w.word))).toEqual([['ban', 'bao', 'con'], ['cong'], ['cu', 'đang']]);
    const ranges = boundaries(groups);
    // Whole last words; firsts cut to what tells them from the previous chunk.
    expect(ranges).toEqual([
      { from: 'b', to: 'con' },
      { from: 'cong', to: 'cong' },
      { from: 'cu', to: 'đang' },
    ]);
    // The browser's lookup: the first chunk with from ≤ word ≤ to.
    const lookup = (word: string) => ranges.findIndex((r) => word >= r.from && word <= r.to);
    for (const [i, g] of groups.entries()) for (const w of g) expect(lookup(w.word), w.word).toBe(i);
    for (const [typed, chunk] of [
      ['ba', 0],
      ['co', 0],
      ['cong', 1],
      ['cu', 2],
      ['đa', 2],
    ] as const)
      expect(lookup(typed), typed).toBe(chunk);
    expect(ranges.map((_, i) => chunkFor(ranges, groups[i]![0]!.word))).toEqual([0, 1, 2]);
    expect(splitWords(words, words[0]!.bytes.length + words[1]!.bytes.length + words[2]!.bytes.length)).toEqual(ranges.map((r, i) => ({ ...r, words: groups[i] })));
  });

  it('reads the pages of a word entry, under the word as written and under each spelling', () => {
    // "khai" as Pagefind wrote it for pages 0 and 3, and pages 3 and 5 under a marked spelling:
    // each list's page numbers are differences from the page before (0, +3; 3, +2).
    const khai: Value = [
      'khai',
      [
        [0, [-25, 6], []],
        [3, [-25, 7, -169, 2], [-1, 2]],
      ],
      [
        [
          'khải',
          [
            [3, [9], []],
            [2, [1], []],
          ],
        ],
      ],
    ];
    expect(entryPages(chunkWords(bytes([[khai]]))[0]!)).toEqual([0, 3, 5]);
    expect(entryPages(chunkWords(bytes([[entry('ban', 3)]]))[0]!)).toEqual([0, 1, 2]);
  });
});

describe('the bundle metadata', () => {
  const meta = (version: string) =>
    bytes([
      version,
      [
        ['vi_aaaaaaa', 120, ''],
        ['vi_bbbbbbb', 80, ''],
      ],
      [
        ['a', 'c', 'vi_1111111'],
        ['d', 'z', 'vi_2222222'],
      ],
      [['type', 'vi_3333333']],
      [],
      ['code', 'title'],
    ]);

  it('reads the chunk table of Pagefind 1.6', () => {
    expect(readMeta(meta('1.6.0'))).toEqual({
      version: '1.6.0',
      pages: ['vi_aaaaaaa', 'vi_bbbbbbb'],
      chunks: [
        { from: 'a', to: 'c', hash: 'vi_1111111' },
        { from: 'd', to: 'z', hash: 'vi_2222222' },
      ],
    });
  });

  it('refuses another Pagefind version, whose format has not been checked', () => {
    expect(() => readMeta(meta('1.7.0'))).toThrow(/Pagefind 1\.7\.0 chưa được kiểm tra/);
    for (const version of ['1.5.2', '2.0.0', '1.60.0', '']) expect(() => checkVersion(version), version).toThrow(PagefindVersionError);
    for (const version of ['1.6.0', '1.6.3']) expect(() => checkVersion(version), version).not.toThrow();
    const entryFile = (version: string) => JSON.stringify({ version, languages: { vi: { hash: 'vi_0123456789', page_count: 2 } } });
    expect(readEntry(entryFile('1.6.1')).languages.vi!.hash).toBe('vi_0123456789');
    // A clerk reads the first line in the build log; the maintainer the rest.
    let error = new Error('not thrown');
    try {
      readEntry(entryFile('1.7.0'));
    } catch (thrown) {
      error = thrown as Error;
    }
    expect(error.message.split('\n')[0]).toMatch(/^Không tạo được chỉ mục tìm kiếm: Pagefind 1\.7\.0 .*không phải lỗi của nội dung/);
    expect(error.message).toContain('src/search/pagefind/format.ts');
  });

  it('replaces the chunk table and keeps every other field byte for byte', () => {
    const before = meta('1.6.0');
    const table = [
      { from: 'a', to: 'b', hash: 'vi_4444444' },
      { from: 'ba', to: 'đang', hash: 'vi_5555555' },
      { from: 'đi', to: 'z', hash: 'vi_6666666' },
    ];
    const after = withChunks(before, table);
    expect(readMeta(after).chunks).toEqual(table);
    const parts = (data: Uint8Array) => arrayItems(data).map(([s, e]) => [...data.subarray(s, e)]);
    const [old, now] = [parts(before), parts(after)];
    expect(now).toHaveLength(old.length);
    for (const i of [0, 1, 3, 4, 5]) expect(now[i], `field ${i}`).toEqual(old[i]);
  });
});

describe('Pagefind files', () => {
  it('are gzip of a signature and the data, and a file without the signature is refused', async () => {
    const data = bytes(['1.6.0', []]);
    expect([...unpack(pack(data))]).toEqual([...data]);
    const { gzipSync } = await import('node:zlib');
    expect(() => unpack(gzipSync(data))).toThrow(/chữ ký pagefind_dcd/);
  });
});
