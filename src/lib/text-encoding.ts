/**
 * Which text encoding a file was saved in. Content files must be UTF-8 (Astro
 * reads them as such; anything else becomes replacement characters on the
 * page); a byte-order mark is harmless and dropped. Spreadsheets exported by
 * Excel for Vietnamese Windows are Windows-1258 or UTF-16, so the importer
 * also accepts those when they decode cleanly.
 */
import iconv from 'iconv-lite';
import { utf16ByteOrder } from './media-types.ts';

type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1258';

export type Decoded =
  | { ok: true; text: string; encoding: Encoding }
  /** `guess` names the encoding the bytes look like, when one decodes cleanly. */
  | { ok: false; guess?: Encoding | undefined };

const utf8 = new TextDecoder('utf-8', { fatal: true });
/** Control characters other than tab and line breaks: a sign of binary data or a wrong guess. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFD]/;
/** Letters only Vietnamese uses; a Windows-1258 guess must produce at least one. */
// biome-ignore lint/suspicious/noMisleadingCharacterClass: the combining marks are matched on their own, as a decomposed text has them
const VIETNAMESE = /[ăâđêôơưĂÂĐÊÔƠƯ\u0300\u0301\u0303\u0309\u0323]/;

function strictUtf8(bytes: Uint8Array): string | undefined {
  try {
    return utf8.decode(bytes);
  } catch {
    return undefined;
  }
}

function windows1258(bytes: Uint8Array): string | undefined {
  const text = iconv.decode(Buffer.from(bytes), 'windows-1258');
  return !CONTROL.test(text) && VIETNAMESE.test(text) ? text.normalize('NFC') : undefined;
}

/**
 * UTF-8 with or without a byte-order mark; UTF-16 only with its mark;
 * Windows-1258 only when `legacy` is allowed and the bytes read as Vietnamese.
 */
export function decodeText(bytes: Uint8Array, options: { legacy?: boolean } = {}): Decoded {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    const text = strictUtf8(bytes.subarray(3));
    return text === undefined ? { ok: false } : { ok: true, text, encoding: 'utf-8' };
  }
  const utf16 = utf16ByteOrder(bytes);
  if (utf16) {
    if (!options.legacy) return { ok: false, guess: utf16 };
    const text = iconv.decode(Buffer.from(bytes.subarray(2)), utf16);
    return CONTROL.test(text) ? { ok: false } : { ok: true, text, encoding: utf16 };
  }
  const text = strictUtf8(bytes);
  if (text !== undefined) return { ok: true, text, encoding: 'utf-8' };
  const legacy = windows1258(bytes);
  if (legacy === undefined) return { ok: false };
  return options.legacy ? { ok: true, text: legacy, encoding: 'windows-1258' } : { ok: false, guess: 'windows-1258' };
}
