/**
 * Close spellings of a word typed (src/lib/search-query.ts has the rest of
 * the query side): the likeliest misspellings of a syllable and the words of
 * the pages found that are one edit away. Pure. The search page loads this
 * module only when a query needs a respelling, so a first search that does
 * not carries none of it.
 */
import { fold } from './text.ts';
import { iyAlternate, words } from './search-folding.ts';
import { isSyllable } from './search-query.ts';

/** Neighbouring keys on a QWERTY phone keyboard, the slips of a thumb. */
const ROWS = ['qwertyuiop', 'asdfghjkl', 'zxcvbnm'];
function neighbours(c: string): string[] {
  const row = ROWS.findIndex((r) => r.includes(c));
  if (row < 0) return [];
  const at = ROWS[row]!.indexOf(c);
  const out = [ROWS[row]![at - 1], ROWS[row]![at + 1]];
  for (const other of [ROWS[row - 1], ROWS[row + 1]]) if (other) out.push(other[at - 1], other[at], other[at + 1]);
  return out.filter((k): k is string => k !== undefined);
}

/** Sounds that regional speech and spelling mix up: the likeliest misspellings, tried first. */
const CONFUSIONS: [RegExp, string][] = [
  [/ng$/, 'n'],
  [/n$/, 'ng'],
  [/nh$/, 'n'],
  [/n$/, 'nh'],
  [/ng$/, 'nh'],
  [/nh$/, 'ng'],
  [/t$/, 'c'],
  [/c$/, 't'],
  [/ch$/, 't'],
  [/t$/, 'ch'],
  [/c$/, 'ch'],
  [/ch$/, 'c'],
  [/^s/, 'x'],
  [/^x/, 's'],
  [/^ch/, 'tr'],
  [/^tr/, 'ch'],
  [/^d/, 'gi'],
  [/^gi/, 'd'],
  [/^r/, 'd'],
  [/^d/, 'r'],
  [/^l/, 'n'],
  [/^n/, 'l'],
  // Spelling rules broken (ngh, gh, k before i, e, ê; c before the others) and English habits (-ck, -k).
  [/^ng(?=[eiy])/, 'ngh'],
  [/^g(?=[eiy])/, 'gh'],
  [/^c(?=[eiy])/, 'k'],
  [/ck$/, 'ch'],
  [/k$/, 'c'],
];

/**
 * Valid syllables one edit from a folded word, likeliest first: the other
 * i/y spelling, regional confusions (n/ng, c/t, s/x, ch/tr, d/gi/r, l/n),
 * two letters swapped, a letter dropped or doubled, a neighbouring key.
 * "hong" → "hon" early; "nuio" → "nuoi". `likelyOnly`: the i/y spelling and
 * the confusions alone, for a word that finds pages as typed ("thai" is a
 * word; "thia" is only a slip of "thai").
 */
export function respellings(word: string, likelyOnly = false): string[] {
  const w = fold(word);
  const out = new Set<string>();
  const alternate = iyAlternate(w);
  if (alternate) out.add(alternate);
  for (const [from, to] of CONFUSIONS) if (from.test(w)) out.add(w.replace(from, to));
  if (likelyOnly) {
    out.delete(w);
    return [...out].filter(isSyllable);
  }
  for (let i = 0; i + 1 < w.length; i++) out.add(w.slice(0, i) + w[i + 1] + w[i] + w.slice(i + 2));
  for (let i = 0; i < w.length; i++) out.add(w.slice(0, i) + w.slice(i + 1));
  for (let i = 0; i < w.length; i++) out.add(w.slice(0, i + 1) + w[i] + w.slice(i + 1));
  for (let i = 0; i < w.length; i++) for (const k of neighbours(w[i]!)) out.add(w.slice(0, i) + k + w.slice(i + 1));
  out.delete(w);
  return [...out].filter(isSyllable);
}

/** Two folded words one edit apart: a letter changed, dropped, added, or two neighbours swapped. */
export function oneEditApart(a: string, b: string): boolean {
  if (a === b || Math.abs(a.length - b.length) > 1) return false;
  if (a.length === b.length) {
    const diff = [...a].flatMap((c, i) => (c === b[i] ? [] : [i]));
    return diff.length === 1 || (diff.length === 2 && diff[1] === diff[0]! + 1 && a[diff[0]!] === b[diff[1]!] && a[diff[1]!] === b[diff[0]!]);
  }
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  for (let i = 0; i < long.length; i++) if (long.slice(0, i) + long.slice(i + 1) === short) return true;
  return false;
}

/**
 * Words of the pages found so far that are one edit from a word typed
 * ("karaoky" → "karaoke", "ngeo" → "ngheo"), most frequent first: Pagefind
 * shrinks a word it cannot find to a prefix and so often fetches the very
 * page whose word was meant. Folded, as the index compares them.
 */
export function nearWords(word: string, texts: readonly string[]): string[] {
  const target = fold(word);
  const counts = new Map<string, number>();
  for (const text of texts)
    for (const w of words(text)) {
      const f = fold(w);
      if (oneEditApart(target, f)) counts.set(f, (counts.get(f) ?? 0) + 1);
    }
  return [...counts].sort((a, b) => b[1] - a[1]).map(([w]) => w);
}
