/**
 * Vietnamese text helpers: NFC normalisation, mark folding, slugs and collation.
 *
 * `đ`/`Đ` have no Unicode decomposition, so stripping combining marks alone
 * leaves them intact; citizens type `d`, so every fold maps them explicitly.
 */

export function nfc(text: string): string {
  return text.normalize('NFC');
}

/** Lower-case, strip tone and vowel marks, map đ→d: "Đăng ký" → "dang ky". */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase();
}

/** URL slug without marks: "Đăng ký khai sinh" → "dang-ky-khai-sinh". */
export function slugify(text: string): string {
  return fold(text)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
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
 * Heuristic for text mis-decoded from legacy 8-bit encodings (TCVN3/ABC, VNI).
 * Those encodings put Vietnamese letters in Latin-1 slots, so decoded text
 * shows runs of characters that never occur in real Vietnamese.
 */
const LEGACY_MARKERS = /[¸¹»¼½¾ÆÇÌÎÏÑ×Øßæçñ÷øþ]|Ã[¡-¿]|Ä[\u0080-\u00BF]|Æ°|Ä‘/u;

export function looksLikeLegacyEncoding(text: string): boolean {
  return LEGACY_MARKERS.test(text);
}
