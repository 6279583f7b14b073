/**
 * Smaller word-index chunks for a Pagefind 1.6 bundle.
 *
 * Pagefind splits its word index into chunks of at least 20 000 word
 * positions (a constant in its source, not an option). The browser fetches
 * one whole chunk per query word, so at a few thousand pages every query word
 * costs 10–60 KB, most of it other words. This module re-splits the same word
 * entries into chunks of at most `maxBytes` and rewrites the chunk table in the
 * bundle's metadata; nothing else changes, and the entries themselves are
 * copied byte for byte.
 *
 * The bytes here are Pagefind's CBOR after decompression, without the
 * "pagefind_dcd" signature (the integration reads and writes the files):
 * - metadata: [version, pages, chunks, filters, sorts, meta fields], where
 *   chunks is a list of [from, to, hash];
 * - a word chunk: [[entry, …]], each entry a list that starts with its word,
 *   in the order of the chunk table.
 * The browser loads, for each query word, the chunk whose range holds it
 * (`boundaries()`).
 */

/** The Pagefind release whose format this module reads; another one must be checked first. */
const PAGEFIND_FORMAT = '1.6.';

const ARRAY = 4;
const TEXT = 3;

interface Head {
  major: number;
  /** The length or value, or -1 for an indefinite-length item. */
  value: number;
  /** Offset just after the head. */
  next: number;
}

function head(bytes: Uint8Array, at: number): Head {
  const first = bytes[at];
  if (first === undefined) throw new Error(`CBOR: hết dữ liệu ở byte ${at}`);
  const major = first >> 5;
  const info = first & 31;
  if (info < 24) return { major, value: info, next: at + 1 };
  if (info === 31) return { major, value: -1, next: at + 1 };
  const size = info === 24 ? 1 : info === 25 ? 2 : info === 26 ? 4 : info === 27 ? 8 : 0;
  if (size === 0) throw new Error(`CBOR: đầu mục không hợp lệ ở byte ${at}`);
  let value = 0;
  for (let i = 1; i <= size; i++) value = value * 256 + bytes[at + i]!;
  return { major, value, next: at + 1 + size };
}

/** Offset just after the CBOR item that starts at `at`. */
export function itemEnd(bytes: Uint8Array, at: number): number {
  const { major, value, next } = head(bytes, at);
  if (value === -1) {
    // Indefinite length: items (or key/value pairs) until the 0xff break.
    let at2 = next;
    while (bytes[at2] !== 0xff) at2 = itemEnd(bytes, at2);
    return at2 + 1;
  }
  switch (major) {
    case 0: case 1: case 7: return next;
    case 2: case 3: return next + value;
    case 4: { let end = next; for (let i = 0; i < value; i++) end = itemEnd(bytes, end); return end; }
    case 5: { let end = next; for (let i = 0; i < 2 * value; i++) end = itemEnd(bytes, end); return end; }
    case 6: return itemEnd(bytes, next);
    default: throw new Error(`CBOR: loại ${major} không hợp lệ ở byte ${at}`);
  }
}

/** The items of the array that starts at `at`, as byte ranges. */
export function arrayItems(bytes: Uint8Array, at = 0): [number, number][] {
  const { major, value, next } = head(bytes, at);
  if (major !== ARRAY) throw new Error(`CBOR: cần một danh sách ở byte ${at}`);
  const items: [number, number][] = [];
  let start = next;
  while (value === -1 ? bytes[start] !== 0xff : items.length < value) {
    const end = itemEnd(bytes, start);
    items.push([start, end]);
    start = end;
  }
  return items;
}

const decoder = new TextDecoder();
const encoder = new TextEncoder();

function readText(bytes: Uint8Array, at: number): string {
  const { major, value, next } = head(bytes, at);
  if (major !== TEXT || value < 0) throw new Error(`CBOR: cần một chuỗi ở byte ${at}`);
  return decoder.decode(bytes.subarray(next, next + value));
}

function encodeHead(major: number, value: number): number[] {
  if (value < 24) return [(major << 5) | value];
  if (value < 0x100) return [(major << 5) | 24, value];
  if (value < 0x10000) return [(major << 5) | 25, value >> 8, value & 0xff];
  return [(major << 5) | 26, (value >>> 24) & 0xff, (value >>> 16) & 0xff, (value >>> 8) & 0xff, value & 0xff];
}

function concat(parts: (Uint8Array | number[])[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((sum, p) => sum + p.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

function encodeText(text: string): Uint8Array {
  const bytes = encoder.encode(text);
  return concat([encodeHead(TEXT, bytes.length), bytes]);
}

/** One word's entry in a chunk, as Pagefind wrote it. */
export interface WordEntry {
  word: string;
  bytes: Uint8Array;
}

/** The word entries of one decoded chunk, in order. */
export function chunkWords(chunk: Uint8Array): WordEntry[] {
  const [list] = arrayItems(chunk);
  if (!list) throw new Error('CBOR: khối chỉ mục rỗng');
  return arrayItems(chunk, list[0]).map(([start, end]) => {
    const [word] = arrayItems(chunk, start);
    return { word: readText(chunk, word![0]), bytes: chunk.subarray(start, end) };
  });
}

/** Word entries grouped in order, each group at most `maxBytes` (an entry bigger than that is a group of its own). */
export function groupWords(words: readonly WordEntry[], maxBytes: number): WordEntry[][] {
  const groups: WordEntry[][] = [];
  let group: WordEntry[] = [];
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

/** A chunk's bytes: [[entry, …]]. */
export function encodeChunk(group: readonly WordEntry[]): Uint8Array {
  return concat([encodeHead(ARRAY, 1), encodeHead(ARRAY, group.length), ...group.map((e) => e.bytes)]);
}

export interface ChunkRange {
  from: string;
  to: string;
}

/**
 * The from/to of each group, as the browser looks them up: a query word
 * loads the first chunk with from ≤ word ≤ to.
 * - to is the group's last word. (Pagefind cuts it to the shortest prefix
 *   that tells it from the next chunk, which gives a one-word chunk "cong"
 *   the range "cong"–"con": no word is ever looked up there.)
 * - from is the shortest prefix of the group's first word that sorts after
 *   the previous group's last word, as Pagefind writes it, so that a word
 *   still being typed ("kh" before "khai") falls in exactly one chunk. A word
 *   in no range makes the browser load every chunk that could hold a word
 *   starting with it, a dozen for a single letter.
 */
export function boundaries(groups: readonly WordEntry[][]): ChunkRange[] {
  return groups.map((group, i) => {
    const first = [...group[0]!.word];
    const previous = i > 0 ? [...groups[i - 1]!.at(-1)!.word] : [];
    let common = 0;
    while (common < previous.length && first[common] === previous[common]) common++;
    return { from: first.slice(0, common + 1).join(''), to: group.at(-1)!.word };
  });
}

export interface BundleMeta {
  version: string;
  /** The chunk table, in order. */
  chunks: (ChunkRange & { hash: string })[];
}

export function readMeta(meta: Uint8Array): BundleMeta {
  const items = arrayItems(meta);
  const version = readText(meta, items[0]![0]);
  if (!version.startsWith(PAGEFIND_FORMAT)) {
    throw new Error(`Chỉ mục tìm kiếm: Pagefind ${version} chưa được kiểm tra với src/lib/pagefind-chunks.ts (viết cho ${PAGEFIND_FORMAT}x)`);
  }
  const chunks = arrayItems(meta, items[2]![0]).map(([start]) => {
    const [from, to, hash] = arrayItems(meta, start).map(([at]) => readText(meta, at));
    return { from: from!, to: to!, hash: hash! };
  });
  return { version, chunks };
}

/** The metadata with its chunk table replaced; every other field is kept byte for byte. */
export function withChunks(meta: Uint8Array, chunks: readonly (ChunkRange & { hash: string })[]): Uint8Array {
  const items = arrayItems(meta);
  const table = concat([
    encodeHead(ARRAY, chunks.length),
    ...chunks.map((c) => concat([encodeHead(ARRAY, 3), encodeText(c.from), encodeText(c.to), encodeText(c.hash)])),
  ]);
  return concat([
    encodeHead(ARRAY, items.length),
    ...items.map(([start, end], i) => (i === 2 ? table : meta.subarray(start, end))),
  ]);
}
