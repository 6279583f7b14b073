/**
 * Vietnamese matching for site search: the one place that makes Pagefind find
 * what citizens type.
 *
 * Pagefind 1.6 already folds tone and vowel marks on both sides ("chung thuc"
 * finds "chứng thực") and, when a query carries the right marks, ranks exact
 * matches first (ranking.diacriticSimilarity). It does not fold đ: "Đăng" is
 * indexed as "đang", so "dang ky" misses "Đăng ký" and "Duc" misses "Đức".
 *
 * The fix is at index time, in searchable metadata, so that the page text,
 * its excerpts and titles keep their original spelling:
 * - FOLDED_TITLE holds a title with đ folded whole ("dang ky khai sinh"),
 *   so a query typed without marks matches it as a phrase, as strongly as
 *   one typed with marks matches the title itself (a title without đ needs
 *   nothing: Pagefind reaches it already);
 * - FOLDED_WORDS holds, once each, the folded form of every word of the page
 *   that contains đ ("dang duc doi"), the only words Pagefind cannot match
 *   from a query typed with d.
 * A query typed with đ is left alone, so it still prefers exact spelling.
 *
 * The browser side uses the same fold() to mark matched words in titles and
 * excerpts, because Pagefind's own <mark>s miss words matched through these
 * fields.
 */
import { remembered } from './remembered.ts';
import { fold, nfc } from './text.ts';

/** Pagefind metadata keys, shared by the indexer and the search page. */
export const FOLDED_TITLE = 'title_folded';
export const FOLDED_WORDS = 'words_folded';

/** Letters and digits, with marks (NFD input) and inner dots of codes like 1.001193. */
const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:\.[\p{N}]+)*/gu;

export function words(text: string): string[] {
  return nfc(text).match(WORD) ?? [];
}

/** The whole text folded, in words: "Đăng ký khai sinh." → "dang ky khai sinh". */
export function foldedTitle(title: string): string {
  return words(title).map(fold).join(' ');
}

/**
 * Names for a searchable metadata field: each as written, and folded whole
 * when it has đ, as FOLDED_TITLE does for a title (a query typed with đ
 * must meet the đ, one typed with d the folded form):
 * ["xã Bằng Cả", "xã Đồng Sơn"] → "xã Bằng Cả, xã Đồng Sơn, xa dong son".
 */
export function searchableNames(names: readonly string[]): string {
  return [...names, ...names.filter(needsFolding).map(foldedTitle)].join(', ');
}

/** True for the words Pagefind cannot reach from a query typed with d. */
export function needsFolding(word: string): boolean {
  return /[đĐ]/.test(word);
}

/**
 * The words of a page Pagefind cannot reach from a query spelled otherwise,
 * once each, in order of first use: the folded form of every word with đ
 * ("Ông Đức, ông Đức đi" → "duc di"), and the other spelling of every i/y
 * syllable ("Đăng ký" → "dang ki"), so "dang ki" finds "Đăng ký" and "ky"
 * finds "kí".
 */
export function foldedWords(text: string): string {
  const seen = new Set<string>();
  for (const word of words(text)) for (const added of wordAdditions(word)) seen.add(added);
  return [...seen].join(' ');
}

/**
 * What each word adds to foldedWords(), remembered: an index reads thousands
 * of pages of the same few thousand words, and folding them is most of its
 * cost.
 */
const wordAdditions = remembered(100_000, (word: string): readonly string[] => {
  const folded = fold(word);
  const other = iyAlternate(folded);
  return [...(needsFolding(word) ? [folded] : []), ...(other ? [other] : [])];
});

/**
 * The FOLDED_TITLE field of a title, or "" when Pagefind reaches it without
 * one: the title folded whole when it has đ, and again with each i/y
 * syllable spelled the other way when it has one ("Đăng ký khai sinh" →
 * "dang ky khai sinh, dang ki khai sinh"), so the other spelling matches the
 * title, also as a phrase, with a title's weight.
 */
export function foldedTitleField(title: string): string {
  const folded = words(title).map(fold);
  const other = folded.map((w) => iyAlternate(w) ?? w);
  const forms = [needsFolding(title) ? folded.join(' ') : '', other.some((w, i) => w !== folded[i]) ? other.join(' ') : ''];
  return forms.filter(Boolean).join(', ');
}

/** True when the text carries any Vietnamese mark or đ: "Đức", "chứng" yes; "duc", "DUC" no. */
export function hasMarks(text: string): boolean {
  return fold(text) !== nfc(text).toLowerCase();
}

/** Longest query we pass on; longer input is cut at a word boundary. */
export const MAX_QUERY_LENGTH = 200;

/** A query as typed, tidied: NFC, single spaces, trimmed, bounded. */
export function normaliseQuery(query: string): string {
  const tidy = nfc(query).replace(/\s+/g, ' ').trim();
  if (tidy.length <= MAX_QUERY_LENGTH) return tidy;
  const cut = tidy.slice(0, MAX_QUERY_LENGTH);
  return cut.slice(0, cut.lastIndexOf(' ') > 0 ? cut.lastIndexOf(' ') : undefined);
}

/** The query's words, folded, in the order typed: "Đăng KÝ" → ["dang", "ky"]. */
export function queryTerms(query: string): string[] {
  return words(normaliseQuery(query)).map(fold);
}

export interface Segment {
  text: string;
  mark: boolean;
}

/**
 * Which query word a word of a result matches, compared folded, or -1: a
 * whole query word, or the start of a word for the last one, which the
 * citizen may still be typing ("khai si" → "sinh"), as Pagefind does.
 */
function termMatcher(query: string): (word: string) => number {
  const terms = queryTerms(query);
  const last = terms.length - 1;
  return (word) => {
    const folded = fold(word);
    const whole = terms.indexOf(folded);
    if (whole >= 0) return whole;
    return last >= 0 && folded.startsWith(terms[last]!) ? last : -1;
  };
}

export function wordMatcher(query: string): (word: string) => boolean {
  const match = termMatcher(query);
  return (word) => match(word) >= 0;
}

/**
 * Splits text into plain and marked runs for display, marking the words that
 * match the query. The text itself comes back exactly as given, so titles and
 * excerpts keep their original spelling.
 */
export function markMatches(text: string, query: string): Segment[] {
  const matches = wordMatcher(query);
  const segments: Segment[] = [];
  const push = (piece: string, mark: boolean) => {
    if (!piece) return;
    const last = segments.at(-1);
    if (last && !last.mark && !mark) last.text += piece;
    else segments.push({ text: piece, mark });
  };
  let at = 0;
  for (const m of text.matchAll(WORD)) {
    push(text.slice(at, m.index), false);
    push(m[0], matches(m[0]));
    at = m.index + m[0].length;
  }
  push(text.slice(at), false);
  return segments;
}

export interface Excerpt {
  segments: Segment[];
  /** Text was cut before or after the excerpt. */
  before: boolean;
  after: boolean;
}

/** Words shown around the matches, as Pagefind's excerptLength. */
const EXCERPT_WORDS = 30;

/**
 * The part of a page's text that best shows why it matched: the run of
 * words with the most different query words in it, then the most matches,
 * starting a few words before the first. Chosen with the same folding as the
 * index, so a page found through "dang" shows its "Đăng"; Pagefind's own
 * excerpt cannot see matches made through the folded metadata.
 */
export function excerptOf(text: string, query: string, size = EXCERPT_WORDS): Excerpt {
  const found = [...text.matchAll(WORD)];
  if (found.length === 0) return { segments: [], before: false, after: false };
  const match = termMatcher(query);
  const hits = found.map((m) => match(m[0]));
  const score = (from: number) => {
    const window = hits.slice(from, from + size).filter((h) => h >= 0);
    return new Set(window).size * 1000 + window.length;
  };
  let best = 0;
  let bestScore = score(0);
  for (let from = 1; from < found.length; from++) {
    if (hits[from]! < 0) continue; // a better window starts on a match
    const s = score(from);
    if (s > bestScore) [best, bestScore] = [from, s];
  }
  const start = bestScore > 0 ? Math.max(0, Math.min(best - 4, found.length - size)) : 0;
  const end = Math.min(found.length, start + size);
  const from = found[start]!.index;
  const last = found[end - 1]!;
  const to = end < found.length ? last.index + last[0].length : text.length;
  return { segments: markMatches(text.slice(from, to).trim(), query), before: start > 0, after: end < found.length };
}

/**
 * Onsets after which Vietnamese writes a final i or y either way (kí/ký,
 * lí/lý, mĩ/mỹ, sĩ/sỹ, tí/tý, hi/hy, qui/quy): the same word to a citizen,
 * two words to the index.
 */
const IY_ONSET = /^(h|k|l|m|s|t|qu)([iy])$/;

/** The other spelling of a folded syllable ending in i/y ("ki" → "ky", "ly" → "li"), or null: "ti" → "ty", "thi", "chi" → null. */
export function iyAlternate(foldedWord: string): string | null {
  const m = IY_ONSET.exec(foldedWord);
  return m ? `${m[1]}${m[2] === 'i' ? 'y' : 'i'}` : null;
}
