/**
 * Vietnamese typed without its marks ("Dang ky khai sinh cho tre em"): pasted
 * from an SMS or a keyboard without a Vietnamese input method. It reads as
 * broken to citizens and search cannot tell "ma" (mã) from "mà". A text is
 * judged toneless when it is long enough to judge, nearly every word has the
 * shape of a Vietnamese syllable, and almost none carries a mark. English has
 * too many words Vietnamese spelling cannot make ("procedure", "is") to pass,
 * and codes, addresses and acronyms are not counted as words.
 */

/** Onset, vowel nucleus and coda of a Vietnamese syllable written without marks. */
const SYLLABLE = /^(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnprstvx])?(?:[aeiouy]{1,3})(?:ng|nh|ch|[cmnpt])?$/;
/** A letter only Vietnamese writes: a vowel with a mark, or đ. */
const MARKED = /[àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ]/;

interface Judged {
  words: number;
  marked: number;
  syllables: number;
  /** Different syllables: "a a a a" is not a sentence. */
  distinct: number;
}

/**
 * Words as a reader sees them: runs of letters between spaces; anything with digits, @, / or inner hyphens, and all-capitals acronyms, is not counted.
 * Undefined as soon as more than `enoughMarked` words carry a mark: the text is then Vietnamese written with
 * its marks, and real Vietnamese says so within its first few words, so a long text is not read to its end.
 */
function judge(words: readonly string[], enoughMarked: number): Judged | undefined {
  const result: Judged = { words: 0, marked: 0, syllables: 0, distinct: 0 };
  const seen = new Set<string>();
  for (const raw of words) {
    const word = raw.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '');
    if (!word || /[^\p{L}]/u.test(word) || (word.length > 1 && word === word.toUpperCase())) continue;
    const lower = word.toLowerCase();
    result.words++;
    if (MARKED.test(lower)) {
      if (++result.marked > enoughMarked) return undefined;
    } else if (SYLLABLE.test(lower)) {
      result.syllables++;
      seen.add(lower);
    }
  }
  result.distinct = seen.size;
  return result;
}

/**
 * True when `text` reads as Vietnamese written without its marks. `minWords`
 * is the shortest text worth judging: a title of four words, a paragraph of eight.
 */
export function looksToneless(text: string, minWords: number): boolean {
  const tokens = text.normalize('NFC').split(/\s+/);
  // Too few tokens for `minWords` different syllables (a name, a code, a short line): nothing to judge.
  if (tokens.length < minWords) return false;
  // Real Vietnamese marks about two words in three; one or two marked words (a name pasted in) do not make a text Vietnamese.
  // Each token is at most one word, so more marked words than this bound can never pass the test below.
  const judged = judge(tokens, Math.max(2, tokens.length * 0.05));
  if (!judged) return false;
  const { words, marked, syllables, distinct } = judged;
  const unmarked = words - marked;
  if (distinct < minWords) return false;
  return marked <= Math.max(2, words * 0.05) && syllables >= unmarked * 0.9;
}
