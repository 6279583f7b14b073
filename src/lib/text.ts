/**
 * Vietnamese text helpers: NFC normalisation, mark folding, slugs and collation.
 *
 * `đ`/`Đ` have no Unicode decomposition, so stripping combining marks alone
 * leaves them intact; citizens type `d`, so every fold maps them explicitly.
 */

import { remembered } from './remembered.ts';

export function nfc(text: string): string {
  return text.normalize('NFC');
}

/** Lower-case, strip tone and vowel marks, map đ→d: "Đăng ký" → "dang ky". */
export function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').replace(/[đĐ]/g, 'd').toLowerCase();
}

/**
 * A name as a comparison key: "Phường  1", "phường 1" and a decomposed (NFD)
 * "Phường 1" are one unit, and so are "Hòa An" and "Hoà An" (old and new
 * tone placement on oa, oe, uy). Marks stay: "Hòa" and "Hóa" are two names.
 * Remembered: every page names the site's unit, district and province again
 * (ICU's lower-casing is slow).
 */
export const nameKey = remembered(10_000, (text: string): string =>
  text
    .normalize('NFD')
    .replace(/([oO])([\u0300\u0301\u0303\u0309\u0323])([aAeE])/g, '$1$3$2')
    .replace(/([uU])([\u0300\u0301\u0303\u0309\u0323])([yY])/g, '$1$3$2')
    .normalize('NFC')
    .toLocaleLowerCase('vi')
    .replace(/\s+/g, ' ')
    .trim(),
);

/** URL slug without marks: "Đăng ký khai sinh" → "dang-ky-khai-sinh". */
export function slugify(text: string): string {
  return fold(text)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** A file name stem from a title: a slug kept to a readable length. */
export function fileSlug(title: string, maxLength = 80): string {
  return slugify(title).slice(0, maxLength).replace(/-+$/, '');
}

const collator = new Intl.Collator('vi', { sensitivity: 'base', numeric: true });

/** Compare in Vietnamese alphabetical order (a ă â b c d đ e ê …). */
export function compareVi(a: string, b: string): number {
  return collator.compare(a, b);
}

export function sortByVi<T>(items: readonly T[], key: (item: T) => string): T[] {
  return [...items].sort((x, y) => compareVi(key(x), key(y)));
}

/**
 * Heuristic for text mis-decoded from legacy 8-bit encodings (TCVN3/ABC, VNI)
 * or UTF-8 read as Latin-1. Those put Vietnamese letters in Latin-1 slots that
 * real Vietnamese never uses (« ® ¸ Ö Ã´ …), and they land inside words:
 * "th«ng", "®iÖn". Symbols used on purpose (©, 30°, «trích dẫn») sit beside
 * a space or a digit, so only signs between two letters count, and it takes two.
 */
const NOT_VIETNAMESE_LATIN1 =
  /(?<=\p{L})[\u00A1-\u00BF\u00C4-\u00C7\u00CB\u00CE-\u00D1\u00D6-\u00D8\u00DB\u00DC\u00DE\u00DF\u00E4-\u00E7\u00EB\u00EE-\u00F1\u00F6-\u00F8\u00FB\u00FC\u00FE\u00FF](?=\p{L})/gu;

export function looksLikeLegacyEncoding(text: string): boolean {
  return (text.match(NOT_VIETNAMESE_LATIN1)?.length ?? 0) >= 2;
}

/**
 * A label inside a sentence: only its first letter lower-cased, so the names
 * in it keep their capitals ("Đối thoại với Nhân dân" → "đối thoại với Nhân dân").
 */
export function lowerFirst(text: string): string {
  return text.charAt(0).toLocaleLowerCase('vi') + text.slice(1);
}

/** A one-line excerpt of at most `max` characters, cut at a word and marked with "…". */
export function shortText(text: string, max = 110): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max + 1);
  const space = cut.lastIndexOf(' ');
  // A word longer than the whole label is cut where it must be.
  return `${(space > max / 2 ? cut.slice(0, space) : flat.slice(0, max)).replace(/[\s,;:.–-]+$/, '')}…`;
}

/** Text made safe inside a double-quoted HTML attribute, or as an element's text, written by hand. */
export function escapeAttr(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}
