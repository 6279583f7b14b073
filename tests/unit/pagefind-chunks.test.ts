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
  capPositions,
  checkVersion,
  chunkWords,
  encodeChunk,
  entryPages,
  pack,
  PagefindVersionError,
  counterNames,
  readEntry,
  readMeta,
  rewriteMeta,
  roundedWordCount,
  unpack,
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

  it('renames the pages, rounds their word counts, replaces the chunk table and keeps every other field byte for byte', () => {
    const before = meta('1.6.0');
    const table = [
      { from: 'a', to: 'b', hash: 'vi_4444444' },
      { from: 'ba', to: 'đang', hash: 'vi_5555555' },
      { from: 'đi', to: 'z', hash: 'vi_6666666' },
    ];
    const after = rewriteMeta(before, ['vi_pabcde.0', 'vi_pabcde.1'], table);
    expect(readMeta(after)).toEqual({ version: '1.6.0', pages: ['vi_pabcde.0', 'vi_pabcde.1'], chunks: table });
    const parts = (data: Uint8Array) => arrayItems(data).map(([s, e]) => [...data.subarray(s, e)]);
    const [old, now] = [parts(before), parts(after)];
    expect(now).toHaveLength(old.length);
    for (const i of [0, 3, 4, 5]) expect(now[i], `field ${i}`).toEqual(old[i]);
    // Each page: its new name, its rounded word count, the rest as it was.
    expect(now[1]).toEqual(
      cbor([
        ['vi_pabcde.0', roundedWordCount(120), ''],
        ['vi_pabcde.1', roundedWordCount(80), ''],
      ]),
    );
  });

  it('names pages and chunks short, apart for two bundles, and anew when any one changes', () => {
    const pages = ['vi_aaaaaaa', 'vi_bbbbbbb', 'vi_ccccccc'];
    const names = counterNames('vi', 'p', pages);
    expect(names).toHaveLength(3);
    expect(new Set(names).size).toBe(3);
    for (const [n, name] of names.entries()) expect(name).toMatch(new RegExp(`^vi_p[0-9a-f]{5}\\.${n.toString(36)}$`));
    expect(counterNames('vi', 'p', pages)).toEqual(names);
    const other = counterNames('vi', 't', pages);
    expect(other.some((name) => names.includes(name))).toBe(false);
    const changed = counterNames('vi', 'p', ['vi_aaaaaaa', 'vi_bbbbbbd', 'vi_ccccccc']);
    expect(changed.some((name) => names.includes(name))).toBe(false);
    expect(
      counterNames(
        'vi',
        'p',
        Array.from({ length: 5000 }, (_, i) => `vi_${i}`),
      ).at(-1),
    ).toMatch(/\.3uv$/);
  });

  it('rounds word counts to within 4%, small ones exact', () => {
    for (const count of [0, 1, 7, 20, 40]) expect(roundedWordCount(count)).toBe(count);
    for (let count = 41; count < 200_000; count = Math.ceil(count * 1.013)) {
      expect(Math.abs(roundedWordCount(count) - count) / count, String(count)).toBeLessThanOrEqual(0.04);
    }
    const distinct = new Set(Array.from({ length: 5000 }, (_, i) => roundedWordCount(30 + i)));
    expect(distinct.size).toBeLessThan(150);
  });
});

describe('positions in a word entry', () => {
  // [weight, position, difference…] per weight: −25 is weight 24, −145 weight 144 (Pagefind's scale).
  const many: Value = [
    'khai',
    [
      [0, [-25, 15, 15, 13, 3, 29, -145, 2, 40, 3, 1], [-1, 2, 4, 6]],
      [4, [-25, 6], []],
    ],
    [['khải', [[2, [-25, 9, 1, 1, 1, 1], []]]]],
  ];

  it('keeps the first few of each weight, each weight and its first position, and the metadata positions', () => {
    const [entry] = chunkWords(bytes([[many]]));
    const capped = capPositions(entry!, 3);
    expect(capped.word).toBe('khai');
    expect([...capped.bytes]).toEqual(
      cbor([
        'khai',
        [
          [0, [-25, 15, 15, 13, -145, 2, 40, 3], [-1, 2, 4, 6]],
          [4, [-25, 6], []],
        ],
        [['khải', [[2, [-25, 9, 1, 1], []]]]],
      ]),
    );
    // The same pages, read back as Pagefind lays them out.
    expect(entryPages(capped)).toEqual(entryPages(entry!));
    expect([...capPositions(entry!, 100).bytes]).toEqual([...entry!.bytes]);
  });

  it('reads arrays of indefinite length, copies a page without positions and every field it does not know', () => {
    const written: Value = [
      'khai',
      { indefinite: [[0, { indefinite: [-25, 15, 15, 13, 3] }, []], [4], [1, [-25, 6, 7, 8], [], 'x']] },
      { indefinite: [['khải', [[2, [-25, 9, 1, 1, 1], []]], 'y']] },
      'z',
    ];
    const [entry] = chunkWords(bytes([[written]]));
    // Rebuilt arrays get their length written; what is copied keeps its own encoding.
    expect([...capPositions(entry!, 2).bytes]).toEqual(
      cbor(['khai', [[0, [-25, 15, 15], []], [4], [1, [-25, 6, 7], [], 'x']], [['khải', [[2, [-25, 9, 1], []]], 'y']], 'z']),
    );
    expect(() => capPositions({ word: 'khai', bytes: bytes(['khai', [], [['khải']]]) }, 2)).toThrow(/không có danh sách trang/);
    expect(() => capPositions({ word: 'khai', bytes: Uint8Array.from([...cbor(['khai', [[0, [-25]]]]).slice(0, -1)]) }, 2)).toThrow(/hết dữ liệu/);
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
