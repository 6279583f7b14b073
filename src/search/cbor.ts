/**
 * The little of CBOR (RFC 8949) that reading and rewriting a Pagefind bundle
 * needs: where an item ends, the items of an array, text and integers, and
 * writing array heads and text. Items are located by byte ranges and copied
 * as they are, never decoded and re-encoded, so what is not understood here
 * is still written back exactly. Pure: no files, no Pagefind knowledge.
 */

const UNSIGNED = 0;
const NEGATIVE = 1;
const BYTES = 2;
const TEXT = 3;
export const ARRAY = 4;
const MAP = 5;
const TAG = 6;
const SIMPLE = 7;
/** Closes an indefinite-length item. */
const BREAK = 0xff;

/**
 * The head last read by readHead(): its major type and its length or value
 * (-1 for an indefinite-length item). Module state rather than an object per
 * head: a bundle at 5000 pages has millions of items, and the objects cost
 * more than the reading (docs/benchmarks.md).
 */
let headMajor = 0;
let headValue = 0;

/** Reads the head at `at` into headMajor and headValue; returns the offset just after it. */
function readHead(bytes: Uint8Array, at: number): number {
  const first = bytes[at];
  if (first === undefined) throw new Error(`CBOR: hết dữ liệu ở byte ${at}`);
  headMajor = first >> 5;
  const info = first & 31;
  if (info < 24) {
    headValue = info;
    return at + 1;
  }
  if (info === 31) {
    headValue = -1;
    return at + 1;
  }
  const size = info === 24 ? 1 : info === 25 ? 2 : info === 26 ? 4 : info === 27 ? 8 : 0;
  if (size === 0) throw new Error(`CBOR: đầu mục không hợp lệ ở byte ${at}`);
  if (at + size >= bytes.length) throw new Error(`CBOR: hết dữ liệu ở byte ${at}`);
  let v = 0;
  for (let i = 1; i <= size; i++) v = v * 256 + bytes[at + i]!;
  headValue = v;
  return at + 1 + size;
}

/** Offset just after the CBOR item that starts at `at`. */
export function itemEnd(bytes: Uint8Array, at: number): number {
  const next = readHead(bytes, at);
  const kind = headMajor;
  const length = headValue;
  if (length === -1) {
    // Indefinite length: items (or key/value pairs) until the break.
    let end = next;
    while (bytes[end] !== BREAK) end = itemEnd(bytes, end);
    return end + 1;
  }
  switch (kind) {
    case UNSIGNED:
    case NEGATIVE:
    case SIMPLE:
      return next;
    case BYTES:
    case TEXT:
      if (next + length > bytes.length) throw new Error(`CBOR: hết dữ liệu ở byte ${at}`);
      return next + length;
    case ARRAY:
    case MAP: {
      let end = next;
      for (let i = (kind === MAP ? 2 : 1) * length; i > 0; i--) end = itemEnd(bytes, end);
      return end;
    }
    case TAG:
      return itemEnd(bytes, next);
    default:
      throw new Error(`CBOR: loại ${kind} không hợp lệ ở byte ${at}`);
  }
}

/** A CBOR item's place in its buffer: [start, end). */
export type Span = [number, number];

/** The items of the array that starts at `at`, as byte ranges. */
export function arrayItems(bytes: Uint8Array, at = 0): Span[] {
  const next = readHead(bytes, at);
  if (headMajor !== ARRAY) throw new Error(`CBOR: cần một danh sách ở byte ${at}`);
  const length = headValue;
  const items: Span[] = [];
  let start = next;
  while (length === -1 ? bytes[start] !== BREAK : items.length < length) {
    const end = itemEnd(bytes, start);
    items.push([start, end]);
    start = end;
  }
  return items;
}

const decoder = new TextDecoder();
const encoder = new TextEncoder();

export function readText(bytes: Uint8Array, at: number): string {
  const next = readHead(bytes, at);
  if (headMajor !== TEXT || headValue < 0) throw new Error(`CBOR: cần một chuỗi ở byte ${at}`);
  return decoder.decode(bytes.subarray(next, next + headValue));
}

export function readInteger(bytes: Uint8Array, at: number): number {
  readHead(bytes, at);
  if (headMajor === UNSIGNED) return headValue;
  if (headMajor === NEGATIVE) return -1 - headValue;
  throw new Error(`CBOR: cần một số nguyên ở byte ${at}`);
}

export function encodeHead(major: number, value: number): number[] {
  if (value < 24) return [(major << 5) | value];
  if (value < 0x100) return [(major << 5) | 24, value];
  if (value < 0x10000) return [(major << 5) | 25, value >> 8, value & 0xff];
  return [(major << 5) | 26, (value >>> 24) & 0xff, (value >>> 16) & 0xff, (value >>> 8) & 0xff, value & 0xff];
}

/** An integer, positive or negative. */
export function encodeInteger(value: number): number[] {
  return value < 0 ? encodeHead(NEGATIVE, -1 - value) : encodeHead(UNSIGNED, value);
}

export function concat(parts: readonly (Uint8Array | number[])[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((sum, p) => sum + p.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

export function encodeText(text: string): Uint8Array {
  const bytes = encoder.encode(text);
  return concat([encodeHead(TEXT, bytes.length), bytes]);
}

/** An array of items already encoded. */
export function encodeArray(items: readonly (Uint8Array | number[])[]): Uint8Array {
  return concat([encodeHead(ARRAY, items.length), ...items]);
}

/** Offset of the first item of the array that starts at `at`. */
export function firstItem(bytes: Uint8Array, at: number): number {
  const next = readHead(bytes, at);
  if (headMajor !== ARRAY) throw new Error(`CBOR: cần một danh sách ở byte ${at}`);
  return next;
}

/**
 * Reads a buffer item by item from an offset, for rewriting it in one pass
 * with a Writer: arrays are entered and closed, other items copied or read.
 */
export class Reader {
  at = 0;
  readonly bytes: Uint8Array;
  /** For each array entered and not yet closed: whether it ends with a break. */
  readonly #indefinite: boolean[] = [];
  constructor(bytes: Uint8Array) {
    this.bytes = bytes;
  }

  /** How many items the array here holds, without moving. */
  length(): number {
    const next = readHead(this.bytes, this.at);
    if (headMajor !== ARRAY) throw new Error(`CBOR: cần một danh sách ở byte ${this.at}`);
    if (headValue !== -1) return headValue;
    let count = 0;
    for (let at = next; this.bytes[at] !== BREAK; at = itemEnd(this.bytes, at)) count++;
    return count;
  }

  /** Moves into the array here; returns how many items it holds. Read them all, then close(). */
  enter(): number {
    const count = this.length();
    const next = readHead(this.bytes, this.at);
    this.#indefinite.push(headValue === -1);
    this.at = next;
    return count;
  }

  /** Moves past the end of the array last entered, its items read. */
  close(): void {
    if (!this.#indefinite.pop()) return;
    if (this.bytes[this.at] !== BREAK) throw new Error(`CBOR: thiếu dấu kết thúc ở byte ${this.at}`);
    this.at++;
  }

  /** Reads the integer here and moves past it. */
  integer(): number {
    const read = readInteger(this.bytes, this.at);
    this.at = readHead(this.bytes, this.at);
    return read;
  }

  /** Moves past the item here, writing it to `out` as it is. */
  copy(out: Writer): void {
    const start = this.at;
    this.at = itemEnd(this.bytes, start);
    out.copy(this.bytes, start, this.at);
  }
}

/** Writes CBOR into one growing buffer: heads, and items copied from another buffer. */
export class Writer {
  #buffer: Uint8Array;
  #at = 0;
  constructor(size: number) {
    this.#buffer = new Uint8Array(Math.max(size, 16));
  }

  #room(bytes: number): void {
    if (this.#at + bytes <= this.#buffer.length) return;
    const grown = new Uint8Array(Math.max(this.#buffer.length * 2, this.#at + bytes));
    grown.set(this.#buffer.subarray(0, this.#at));
    this.#buffer = grown;
  }

  head(major: number, value: number): void {
    const bytes = encodeHead(major, value);
    this.#room(bytes.length);
    for (const byte of bytes) this.#buffer[this.#at++] = byte;
  }

  copy(from: Uint8Array, start: number, end: number): void {
    this.#room(end - start);
    this.#buffer.set(from.subarray(start, end), this.#at);
    this.#at += end - start;
  }

  /** What was written. */
  done(): Uint8Array {
    return this.#buffer.slice(0, this.#at);
  }
}
