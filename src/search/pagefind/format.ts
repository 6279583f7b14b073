/**
 * Pagefind 1.6's private bundle format, in bytes. Pure: no files (./bundle.ts
 * names and reads them). Together the two files are the only code that knows
 * Pagefind's internals; everything else uses their typed functions.
 *
 * Pagefind documents its HTML attributes and its Node API, not the files it
 * writes. We rewrite its word index (src/search/word-chunks.ts says why), so
 * we depend on this layout (all CBOR after gunzip and the 12-byte signature
 * "pagefind_dcd"):
 * - pagefind-entry.json: { version, languages: { <lang>: { hash, page_count } } }
 * - pagefind.<hash>.pf_meta: [version, pages, chunks, filters, sorts, meta fields],
 *   pages a list of [fragment hash, word count, …], chunks a list of
 *   [from, to, chunk hash];
 * - index/<hash>.pf_index: [[entry, …]], entries in word order, each
 *   [word, [[page, …], …], [[variant, [[page, …], …]], …]], page a position in
 *   the metadata's page list, written as its difference from the page before
 *   it in the same list;
 * - fragment/<hash>.pf_fragment: JSON { url, content, meta, filters, … },
 *   fetched by the page's name in the metadata.
 * Pagefind names each file by the language and the start of its content's
 * SHA-256; counterNames() below renames the chunks and pages, the metadata
 * keeps a hash of 10 hex digits.
 *
 * When Pagefind is upgraded (package.json pins ~1.6.0 for this reason):
 * 1. The build stops at checkVersion() until SUPPORTED_VERSION below names the
 *    new release. Do not just change it.
 * 2. Read Pagefind's changelog and, in its source (pagefind/src/fossick,
 *    pagefind/src/output, pagefind_web/src), the structs written to the
 *    files above: field order of the metadata, a chunk, a word entry, the
 *    signature, the naming. Change this file and ./bundle.ts to match.
 * 3. Run tests/unit/pagefind-chunks.test.ts (this layout, written by hand),
 *    tests/build/search-index.test.ts and tests/build/search-index-paths.test.ts
 *    (real bundles: every word inside its chunk's range, no chunk left from
 *    Pagefind, both indexing paths equal) and tests/e2e/search.test.ts (the
 *    browser's own Pagefind searching the rewritten bundle). A changed layout
 *    shows as CBOR errors or words outside their ranges; a changed lookup in
 *    the browser as failed queries in the e2e test.
 * 4. Re-measure the search (docs/search.md, `npm run bench:search`).
 */
import { createHash } from 'node:crypto';
import { gunzipSync, gzipSync } from 'node:zlib';
import { ARRAY, arrayItems, concat, encodeArray, encodeHead, encodeInteger, encodeText, firstItem, Reader, readInteger, readText, Writer } from '../cbor.ts';
import type { ChunkRange } from '../word-chunks.ts';

/** The Pagefind release whose format this adapter reads: 1.6.x. */
const SUPPORTED_VERSION = '1.6.';

/** A bundle written by a Pagefind whose format this adapter has not been checked against. */
export class PagefindVersionError extends Error {
  readonly found: string;
  constructor(found: string) {
    super(
      // The first line is what a clerk sees in the build log; the rest is for the maintainer who upgraded Pagefind.
      `Không tạo được chỉ mục tìm kiếm: Pagefind ${found} chưa được kiểm tra với cổng này (cần Pagefind ${SUPPORTED_VERSION}x). ` +
        'Đây không phải lỗi của nội dung: hãy báo người phụ trách kỹ thuật.\n' +
        `Maintainers: src/search/pagefind/format.ts reads Pagefind ${SUPPORTED_VERSION}x's private files; follow its header comment before allowing ${found}.`,
    );
    this.name = 'PagefindVersionError';
    this.found = found;
  }
}

/** Refuses any Pagefind but the supported release. */
export function checkVersion(version: string): void {
  if (!version.startsWith(SUPPORTED_VERSION)) throw new PagefindVersionError(version);
}

/** Every binary file starts, after gunzip, with this signature. */
const SIGNATURE = new TextEncoder().encode('pagefind_dcd');

/** The CBOR (or JSON) data of a Pagefind file. */
export function unpack(file: Uint8Array): Uint8Array {
  const data = gunzipSync(file);
  if (!SIGNATURE.every((byte, i) => data[i] === byte)) throw new Error('Pagefind: tệp chỉ mục không có chữ ký pagefind_dcd');
  return data.subarray(SIGNATURE.length);
}

/** A Pagefind file holding `data`. */
export function pack(data: Uint8Array): Uint8Array {
  return gzipSync(concat([SIGNATURE, data]), { level: 9 });
}

export const contentHash = (data: Uint8Array | string): string => createHash('sha256').update(data).digest('hex');

/** The hash that names a language's metadata (one file a language: no clash to resolve). */
export const metaHash = (language: string, meta: Uint8Array): string => `${language}_${contentHash(meta).slice(0, 10)}`;

/**
 * Short names for a bundle's pages or word chunks, in order:
 * "<language>_<role><stamp>.<n>", n in base 36. Pagefind names each by a
 * hash of its content, and the metadata, which a first search fetches
 * whole, lists every name: at 5000 pages, hashes of 7 random hex digits
 * cost 17 KB of its 34 KB on the wire, a counter about a third of that.
 * The stamp, a hash of every item's content hash, changes with any item,
 * so a name never stands for two contents, as with Pagefind's own names;
 * `role` tells apart two bundles of one site, whose results the search
 * page merges.
 */
export function counterNames(language: string, role: string, hashes: readonly string[]): string[] {
  const stamp = contentHash(hashes.join('\n')).slice(0, 5);
  return hashes.map((_, n) => `${language}_${role}${stamp}.${n.toString(36)}`);
}

/** Positions of the metadata's fields. */
const META = { version: 0, pages: 1, chunks: 2 } as const;

/** One row of the chunk table: a range and the hash that names the chunk's file. */
export type ChunkRow = ChunkRange & { hash: string };

export interface BundleMeta {
  version: string;
  /** The fragment hash of each page, in the order word entries refer to them. */
  pages: string[];
  /** The chunk table, in order. */
  chunks: ChunkRow[];
}

export function readMeta(meta: Uint8Array): BundleMeta {
  const items = arrayItems(meta);
  const version = readText(meta, items[META.version]![0]);
  checkVersion(version);
  const pages = arrayItems(meta, items[META.pages]![0]).map(([start]) => readText(meta, arrayItems(meta, start)[0]![0]));
  const chunks = arrayItems(meta, items[META.chunks]![0]).map(([start]) => {
    const [from, to, hash] = arrayItems(meta, start).map(([at]) => readText(meta, at));
    return { from: from!, to: to!, hash: hash! };
  });
  return { version, pages, chunks };
}

/**
 * A page's word count, rounded to a step of 5% (within 4%; up to 40 exact): Pagefind ranks by it (longer
 * pages' matches count for less) and lists it for every page in the
 * metadata; a few dozen distinct values compress to half the bytes of
 * exact ones, and the ranking cannot tell them apart.
 */
export function roundedWordCount(count: number): number {
  return count <= 40 ? count : Math.round(1.05 ** Math.round(Math.log(count) / Math.log(1.05)));
}

/**
 * The metadata with its pages renamed (`names`, in order), their word counts
 * rounded, and its chunk table replaced; every other field is kept byte for
 * byte.
 */
export function rewriteMeta(meta: Uint8Array, names: readonly string[], chunks: readonly ChunkRow[]): Uint8Array {
  const pages = arrayItems(meta, arrayItems(meta)[META.pages]![0]).map(([start], n) => {
    const [, count, ...rest] = arrayItems(meta, start);
    const words = encodeInteger(roundedWordCount(readInteger(meta, count![0])));
    return encodeArray([encodeText(names[n]!), words, ...rest.map(([from, to]) => meta.subarray(from, to))]);
  });
  const table = encodeArray(chunks.map((c) => encodeArray([encodeText(c.from), encodeText(c.to), encodeText(c.hash)])));
  const fields: Record<number, Uint8Array> = { [META.pages]: encodeArray(pages), [META.chunks]: table };
  return encodeArray(arrayItems(meta).map(([start, end], i) => fields[i] ?? meta.subarray(start, end)));
}

/** One word's entry in a chunk, as Pagefind wrote it: its bytes are copied, never re-encoded. */
export interface WordEntry {
  word: string;
  bytes: Uint8Array;
}

/** The word entries of one chunk, in order. */
export function chunkWords(chunk: Uint8Array): WordEntry[] {
  const [list] = arrayItems(chunk);
  if (!list) throw new Error('CBOR: khối chỉ mục rỗng');
  return arrayItems(chunk, list[0]).map(([start, end]) => ({ word: readText(chunk, firstItem(chunk, start)), bytes: chunk.subarray(start, end) }));
}

/** A chunk's bytes: [[entry, …]]. */
export function encodeChunk(words: readonly WordEntry[]): Uint8Array {
  return concat([encodeHead(ARRAY, 1), encodeHead(ARRAY, words.length), ...words.map((e) => e.bytes)]);
}

/**
 * The entry with at most `max` positions kept per page and weight: the
 * first ones, in page order. A page's positions are [weight, position,
 * difference, difference, …, weight, position, …]: a negative number is a
 * weight (−weight − 1), and the position after it is counted from the page's
 * start again. What a page's positions give the browser is the word's
 * weighted count (its ranking, which saturates after a few) and where it
 * stands for a phrase and an excerpt; the search page reads excerpts and
 * checks phrases against the page's own text (src/lib/search-query.ts), so
 * long texts (a procedure's guidance says "khai" 26 times) need only their
 * first few. The metadata's positions (the list after the page's) are kept.
 */
export function capPositions(entry: WordEntry, max: number): WordEntry {
  // One pass: each item read once, kept items copied as they are into one buffer (at 5000 pages, millions of positions).
  const read = new Reader(entry.bytes);
  const out = new Writer(entry.bytes.length);
  const copyRest = (from: number, count: number) => {
    for (let i = from; i < count; i++) read.copy(out);
  };
  const positions = () => {
    const count = read.enter();
    const start = read.at;
    let inGroup = 0;
    const kept = () => {
      const value = read.integer();
      if (value < 0) inGroup = 0;
      else if (inGroup++ >= max) return false;
      return true;
    };
    let keeping = 0;
    for (let i = 0; i < count; i++) if (kept()) keeping++;
    out.head(ARRAY, keeping);
    read.at = start;
    inGroup = 0;
    for (let i = 0; i < count; i++) {
      const at = read.at;
      if (kept()) out.copy(entry.bytes, at, read.at);
    }
    read.close();
  };
  const page = () => {
    const fields = read.length();
    if (fields < 2) return read.copy(out);
    out.head(ARRAY, read.enter());
    read.copy(out);
    positions();
    copyRest(2, fields);
    read.close();
  };
  const pages = () => {
    const count = read.enter();
    out.head(ARRAY, count);
    for (let i = 0; i < count; i++) page();
    read.close();
  };
  const fields = read.enter();
  out.head(ARRAY, fields);
  read.copy(out);
  if (fields > 1) pages();
  if (fields > 2) {
    const variants = read.enter();
    out.head(ARRAY, variants);
    for (let i = 0; i < variants; i++) {
      const parts = read.enter();
      if (parts < 2) throw new Error(`CBOR: biến thể của "${entry.word}" không có danh sách trang`);
      out.head(ARRAY, parts);
      read.copy(out);
      pages();
      copyRest(2, parts);
      read.close();
    }
    read.close();
  }
  copyRest(3, fields);
  read.close();
  return { word: entry.word, bytes: out.done() };
}

/**
 * The pages (positions in BundleMeta.pages) a word entry lists, under the
 * word itself or any spelling of it. Each list stores a page as its
 * difference from the page before it in the list (the first as it is).
 */
export function entryPages(entry: WordEntry): number[] {
  const { bytes } = entry;
  const [, exact, variants] = arrayItems(bytes);
  const pagesIn = (list: number) => {
    let page = 0;
    return arrayItems(bytes, list).map(([start]) => (page += readInteger(bytes, arrayItems(bytes, start)[0]![0])));
  };
  const spelled = variants ? arrayItems(bytes, variants[0]).flatMap(([start]) => pagesIn(arrayItems(bytes, start)[1]![0])) : [];
  return [...new Set([...(exact ? pagesIn(exact[0]) : []), ...spelled])].sort((a, b) => a - b);
}

/** What Pagefind keeps of an indexed page, shown with a result. */
export interface Fragment {
  url: string;
  content: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}

export function readFragment(data: Uint8Array): Fragment {
  return JSON.parse(new TextDecoder().decode(data)) as Fragment;
}

/** pagefind-entry.json: the bundle's version and, per language, the hash of its metadata. */
export interface BundleEntry {
  version: string;
  languages: Record<string, { hash: string; page_count: number }>;
}

export function readEntry(json: string): BundleEntry {
  const entry = JSON.parse(json) as BundleEntry;
  checkVersion(entry.version);
  return entry;
}
