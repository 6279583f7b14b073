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
  if (at + size >= bytes.length) throw new Error(`CBOR: hết dữ liệu ở byte ${at}`);
  let value = 0;
  for (let i = 1; i <= size; i++) value = value * 256 + bytes[at + i]!;
  return { major, value, next: at + 1 + size };
}

/** Offset just after the CBOR item that starts at `at`. */
export function itemEnd(bytes: Uint8Array, at: number): number {
  const { major, value, next } = head(bytes, at);
  if (value === -1) {
    // Indefinite length: items (or key/value pairs) until the break.
    let end = next;
    while (bytes[end] !== BREAK) end = itemEnd(bytes, end);
    return end + 1;
  }
  switch (major) {
    case UNSIGNED:
    case NEGATIVE:
    case SIMPLE:
      return next;
    case BYTES:
    case TEXT:
      if (next + value > bytes.length) throw new Error(`CBOR: hết dữ liệu ở byte ${at}`);
      return next + value;
    case ARRAY:
    case MAP: {
      let end = next;
      for (let i = 0; i < (major === MAP ? 2 : 1) * value; i++) end = itemEnd(bytes, end);
      return end;
    }
    case TAG:
      return itemEnd(bytes, next);
    default:
      throw new Error(`CBOR: loại ${major} không hợp lệ ở byte ${at}`);
  }
}

/** A CBOR item's place in its buffer: [start, end). */
export type Span = [number, number];

/** The items of the array that starts at `at`, as byte ranges. */
export function arrayItems(bytes: Uint8Array, at = 0): Span[] {
  const { major, value, next } = head(bytes, at);
  if (major !== ARRAY) throw new Error(`CBOR: cần một danh sách ở byte ${at}`);
  const items: Span[] = [];
  let start = next;
  while (value === -1 ? bytes[start] !== BREAK : items.length < value) {
    const end = itemEnd(bytes, start);
    items.push([start, end]);
    start = end;
  }
  return items;
}

const decoder = new TextDecoder();
const encoder = new TextEncoder();

export function readText(bytes: Uint8Array, at: number): string {
  const { major, value, next } = head(bytes, at);
  if (major !== TEXT || value < 0) throw new Error(`CBOR: cần một chuỗi ở byte ${at}`);
  return decoder.decode(bytes.subarray(next, next + value));
}

export function readInteger(bytes: Uint8Array, at: number): number {
  const { major, value } = head(bytes, at);
  if (major === UNSIGNED) return value;
  if (major === NEGATIVE) return -1 - value;
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
