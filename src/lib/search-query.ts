/**
 * What a citizen's query means, before Pagefind sees it (pure; the search
 * page in src/client/search-ui.ts runs the searches this plans):
 * - keyboard leftovers: a word that is not a Vietnamese syllable as typed
 *   but is one once read as Telex ("ddang", "kys", "nhaapj") or VNI ("da9ng",
 *   "ky1") is converted; a word that already is a syllable ("xa", "co",
 *   "sang") never is, and codes and numbers have no letters to convert;
 * - filler words of questions ("tôi muốn", "gì", "như thế nào") are dropped,
 *   and the question words that say what is asked ("bao nhiêu tiền", "bao
 *   lâu", "ở đâu", "giấy tờ gì") are kept as an intent, not as required words;
 * - a procedure code in the query (1.001193) is searched on its own first;
 * - the fallbacks when the words together find nothing good: close spellings
 *   of a word (one edit on the same syllable, the likeliest first) and
 *   subsets of the words, ranked by how many words a page has and how many
 *   of them are in its title or metadata, so a long plan does not win by
 *   containing every common word.
 * Everything compares folded (src/lib/text.ts fold()), as the index does.
 */
import { iyAlternate, words } from './search-folding.ts';
import { fold, nfc } from './text.ts';

// ---------------------------------------------------------------- syllables

/** Onsets of written Vietnamese, folded (đ → d), longest first so "ngh" is tried before "ng". */
const ONSETS = ['ngh', 'ch', 'gh', 'gi', 'kh', 'ng', 'nh', 'ph', 'qu', 'th', 'tr', 'b', 'c', 'd', 'g', 'h', 'k', 'l', 'm', 'n', 'p', 'r', 's', 't', 'v', 'x', ''];

/**
 * Rhymes (medial + nucleus + coda) of written Vietnamese, folded: ă, â → a;
 * ê → e; ô, ơ → o; ư → u. "uo" covers uô, ươ and uơ (thuở).
 */
const RHYMES = new Set(
  (
    'a ac ach ai am an ang anh ao ap at au ay e ec ech em en eng enh eo ep et eu ' +
    'i ia ich iec iem ien ieng iep iet ieu im in inh ip it iu ' +
    'o oa oac oach oai oam oan oang oanh oao oap oat oay oc oe oem oen oeo oet oi om on ong ooc oong op ot ' +
    'u ua uan uang uat uay uc ue uech uenh ui um un ung uo uoc uoi uom uon uong uop uot uou up ut uu ' +
    'uy uya uych uyen uyet uyn uynh uyp uyt uyu y yem yen yet yeu'
  ).split(' '),
);

/** Spelling rules of the onsets: k, gh, ngh only before i, e, y; c, g, ng never before them. */
function fits(onset: string, rhyme: string): boolean {
  if (onset === 'qu') return RHYMES.has(`u${rhyme}`) || RHYMES.has(`o${rhyme}`); // quốc ~ uôc, quanh ~ oanh, quyên ~ uyên
  if (/^y./.test(rhyme) && onset !== '') return false; // yên, yêu stand alone; after an onset it is iê
  if (!RHYMES.has(rhyme)) return false;
  const front = /^[iey]/.test(rhyme);
  if (onset === 'k' || onset === 'gh' || onset === 'ngh') return front;
  if (onset === 'c' || onset === 'ng') return !front;
  if (onset === 'g') return !/^[ey]/.test(rhyme);
  if (onset === 'gi') return !/^[iy]/.test(rhyme);
  return true;
}

export interface Syllable {
  onset: string;
  rhyme: string;
}

/** The onset and rhyme of a folded syllable, or null when it is not one: "nghieng" → ngh + ieng; "kys", "coo" → null. */
export function parseSyllable(word: string): Syllable | null {
  const w = fold(word);
  if (!/^[a-z]+$/.test(w)) return null;
  for (const onset of ONSETS) if (w.startsWith(onset) && fits(onset, w.slice(onset.length))) return { onset, rhyme: w.slice(onset.length) };
  return null;
}

/** True when the word, folded, is a syllable Vietnamese spelling allows: "xa", "nghieng", "quoc" yes; "kys", "coo", "ci" no. */
export function isSyllable(word: string): boolean {
  return parseSyllable(word) !== null;
}

/**
 * True when the word, folded, starts some syllable: what a word still being
 * typed looks like ("th", "ngh", "tru", "kh"), not a slip to respell.
 */
export function isSyllableStart(word: string): boolean {
  const w = fold(word);
  if (!/^[a-z]+$/.test(w)) return false;
  if (ONSETS.some((onset) => onset.startsWith(w))) return true;
  return ONSETS.some((onset) => w.startsWith(onset) && [...RHYMES].some((rhyme) => rhyme.startsWith(w.slice(onset.length)) && fits(onset, rhyme)));
}

// ------------------------------------------------------ Telex and VNI leftovers

const TONES = { s: '\u0301', f: '\u0300', r: '\u0309', x: '\u0303', j: '\u0323' } as const;
const VNI_TONES = ['\u0301', '\u0300', '\u0309', '\u0303', '\u0323'];
const STOP_CODA = /(?:c|ch|p|t)$/;

interface Marks {
  tone?: string;
  d?: boolean;
  hat?: boolean; // â ê ô
  horn?: boolean; // ơ ư, ươ (Telex w, VNI 7); ă in Telex
  breve?: boolean; // ă (VNI 8)
}

/**
 * Writes a folded syllable with the marks a keyboard asked for, or null when
 * they do not fit it (a hat on no a/e/o, a huyền on a stop coda).
 */
function compose(base: string, marks: Marks): string | null {
  const parts = parseSyllable(base);
  if (!parts) return null;
  const onset = marks.d ? parts.onset.replace(/^d/, 'đ') : parts.onset;
  if (marks.d && !parts.onset.startsWith('d')) return null;
  const vowels = /^[aeiouy]+/.exec(parts.rhyme)![0];
  const coda = parts.rhyme.slice(vowels.length);
  let v = vowels;
  if (marks.hat) {
    const at = Math.max(v.lastIndexOf('a'), v.lastIndexOf('e'), v.lastIndexOf('o'));
    if (at < 0) return null;
    v = v.slice(0, at) + { a: 'â', e: 'ê', o: 'ô' }[v[at] as 'a' | 'e' | 'o'] + v.slice(at + 1);
  }
  if (marks.horn) {
    if (v.includes('uo')) v = v.replace('uo', 'ươ');
    else if (v.includes('oa')) v = v.replace('oa', 'oă');
    else if (v.includes('u')) v = v.replace('u', 'ư');
    else if (v.includes('o')) v = v.replace('o', 'ơ');
    else if (v.includes('a')) v = v.replace('a', 'ă');
    else return null;
  }
  if (marks.breve) {
    if (!v.includes('a')) return null;
    v = v.replace('a', 'ă');
  }
  if (marks.tone) {
    if (STOP_CODA.test(coda) && marks.tone !== TONES.s && marks.tone !== TONES.j) return null;
    const at = toneIndex(v, coda !== '');
    v = v.slice(0, at + 1) + marks.tone + v.slice(at + 1);
  }
  return nfc(onset + v + coda);
}

/** Which vowel carries the tone (the older placement the portals use: hòa, thủy). */
function toneIndex(vowels: string, closed: boolean): number {
  const ow = vowels.indexOf('ơ');
  if (ow >= 0) return ow;
  const marked = [...vowels].findLastIndex((c) => 'ăâêôư'.includes(c));
  if (marked >= 0) return marked;
  if (closed) return vowels.length - 1;
  return vowels.length >= 3 ? 1 : 0;
}

/** A word read as Telex: "kys" → "ký", "ddang" → "đang", "nhaapj" → "nhập", "nguowif" → "người"; null when it is not one. */
export function fromTelex(word: string): string | null {
  let w = word.toLowerCase();
  if (!/^[a-z]+$/.test(w)) return null;
  const marks: Marks = {};
  const first = w.search(/[aeiouy]/);
  if (first < 0) return null;
  const tone = [...w].findLastIndex((c, i) => i > first && c in TONES);
  if (tone >= 0) {
    marks.tone = TONES[w[tone] as keyof typeof TONES];
    w = w.slice(0, tone) + w.slice(tone + 1);
  }
  if (w.startsWith('dd')) [marks.d, w] = [true, w.slice(1)];
  const doubled = /([aeo])\1/.exec(w);
  if (doubled) [marks.hat, w] = [true, w.slice(0, doubled.index) + w.slice(doubled.index + 1)];
  if (w.includes('w')) [marks.horn, w] = [true, w.replace(/w/g, '')];
  if (!marks.tone && !marks.d && !marks.hat && !marks.horn) return null;
  return compose(w, marks);
}

/** A word read as VNI: "da9ng" → "đang", "ky1" → "ký", "nguo7i2" → "người"; null when it is not one. */
export function fromVni(word: string): string | null {
  const w = word.toLowerCase();
  // Two letters at least: "a4" is a paper size, not "ã".
  if (!/^[a-z][a-z1-9]*$/.test(w) || !/[1-9]/.test(w) || w.replace(/\d/g, '').length < 2) return null;
  const marks: Marks = {};
  for (const digit of w.replace(/[a-z]/g, '')) {
    const n = Number(digit);
    if (n <= 5) marks.tone = VNI_TONES[n - 1]!;
    else if (n === 6) marks.hat = true;
    else if (n === 7) marks.horn = true;
    else if (n === 8) marks.breve = true;
    else marks.d = true;
  }
  return compose(w.replace(/[1-9]/g, ''), marks);
}

/**
 * A word as the citizen meant it: unchanged when it is a syllable as typed,
 * has marks, or is a number or code; otherwise its Telex or VNI reading when
 * that is a syllable ("kys" → "ký", "da9ng" → "đang"); otherwise unchanged
 * ("zalo", "sipas", "qr").
 */
export function fromKeyboard(word: string): string {
  if (isSyllable(word) || !/^[a-z0-9]+$/i.test(word) || !/[a-z]/i.test(word)) return word;
  return fromTelex(word) ?? fromVni(word) ?? word;
}

// ------------------------------------------------------- questions and filler

export type Intent = 'fee' | 'time' | 'place' | 'documents';

/**
 * Question phrases that say what is asked, folded. Matched longest first,
 * so "bao nhieu ngay" is time before "bao nhieu" is fee.
 */
const INTENT_PHRASES: Record<Intent, string[]> = {
  fee: [
    'mat bao nhieu tien',
    'het bao nhieu tien',
    'ton bao nhieu tien',

    'bao nhieu tien',
    'mat bao nhieu',
    'het bao nhieu',
    'ton bao nhieu',
    'phi bao nhieu',
    'bao nhieu',
    'co mat phi khong',
    'mat phi khong',
    'co mat tien khong',
    'mat tien khong',
    'mat phi',
    'mat tien',
    'ton tien',
  ],
  time: [
    'mat bao nhieu ngay',
    'het bao nhieu ngay',
    'bao lau',
    'mat bao lau',
    'trong bao lau',
    'bao nhieu ngay',
    'mat may ngay',
    'may ngay',
    'khi nao',
    'bao gio',
    'luc nao',
    'luc may gio',
    'tu may gio',
    'may gio',
  ],
  place: ['o dau', 'tai dau', 'cho nao', 'o cho nao', 'noi nao', 'o noi nao', 'o co quan nao', 'co quan nao'],
  documents: [
    'can giay to gi',
    'can nhung giay to gi',
    'giay to gi',
    'nhung giay to gi',
    'can ho so gi',
    'ho so gom nhung gi',
    'ho so gom nhung giay to gi',
    'ho so gi',
    'can nhung gi',
    'gom nhung gi',
    'can mang theo gi',
    'mang theo gi',
    'can chuan bi gi',
  ],
};

/**
 * Words that carry no meaning for search, folded. Single syllables only
 * where no other meaning folds onto them ("cần" is also "cán" of cán bộ,
 * "muốn" also "muộn", "đâu" also "dấu", so those go only inside a phrase).
 */
const FILLER_PHRASES = [
  'toi muon',
  'toi can',
  'toi phai',
  'toi nen',
  'em muon',
  'em can',
  'minh muon',
  'minh can',
  'muon hoi',
  'can hoi',
  'cho toi hoi',
  'cho em hoi',
  'cho minh hoi',
  'cho hoi',
  'xin hoi',
  'hoi ve',
  'xin cho biet',
  'cho biet',
  'lam nhu the nao',
  'lam the nao de',
  'lam the nao',
  'lam sao de',
  'lam sao',
  'nhu the nao',
  'the nao',
  'ra sao',
  'nhu nao',
  'phai lam gi',
  'can lam gi',
  'lam gi',
  'la gi',
  'nhung gi',
  'gi',
  'duoc khong',
  'co duoc khong',
  'khong a',
  'a',
  'nhe',
  'nhi',
  'thi',
  'huong dan',
  'thu tuc lam',
];

interface Phrase {
  words: string[];
  intent: Intent | null;
}

const PHRASES: Phrase[] = [
  ...Object.entries(INTENT_PHRASES).flatMap(([intent, list]) => list.map((p) => ({ words: p.split(' '), intent: intent as Intent }))),
  ...FILLER_PHRASES.map((p) => ({ words: p.split(' '), intent: null })),
].sort((a, b) => b.words.length - a.words.length);

/**
 * Filler only as the last word: "khong" closes a yes/no question ("… có mất
 * phí không"), "vay" a question ("… là sao vậy"); elsewhere they mean
 * something ("vay vốn"). "thế" is never filler alone: it is also "thế chấp",
 * "thẻ", "có thể" ("… thế nào" is a phrase above).
 */
const LAST_FILLER = new Set(['khong', 'chua', 'ha', 'a', 'vay']);

/** A full national procedure code: 1.001193, 2.000815. */
const CODE = /^\d\.\d{6}$/;

export interface QueryPlan {
  /** The words meant, in order: as typed, or converted from Telex/VNI ("kys" → "ký"). */
  words: string[];
  /**
   * The words to give Pagefind: converted ones folded, since a keyboard
   * leftover says which letters were meant but not reliably which marks
   * ("ddang" is đang; the citizen meant đăng); the others as typed.
   */
  search: string[];
  /** What the question asks besides its words, in order of appearance. */
  intents: Intent[];
  /** A full procedure code in the query, searched on its own first. */
  code: string | null;
  /** Some word was read as Telex or VNI. */
  converted: boolean;
}

/**
 * What to search for: "ddang kys ket hon o dau" → words ["đang", "ký", "kết",
 * "hôn"]… (converted), intent place. A query of nothing but filler keeps its
 * words ("ở đâu" stays a search for "ở đâu").
 */
export function planQuery(query: string): QueryPlan {
  const typed = words(query);
  const converted = typed.map(fromKeyboard);
  const folded = converted.map(fold);
  const kept: number[] = [];
  const intents: Intent[] = [];
  for (let i = 0; i < folded.length; ) {
    const phrase = PHRASES.find((p) => p.words.every((w, k) => folded[i + k] === w));
    if (phrase) {
      if (phrase.intent && !intents.includes(phrase.intent)) intents.push(phrase.intent);
      i += phrase.words.length;
    } else if (i === folded.length - 1 && i > 0 && LAST_FILLER.has(folded[i]!)) i++;
    else kept.push(i++);
  }
  const chosen = kept.length ? kept : converted.map((_, i) => i);
  return {
    words: chosen.map((i) => converted[i]!),
    search: chosen.map((i) => (converted[i] === typed[i] ? typed[i]! : folded[i]!)),
    intents,
    code: converted.find((w) => CODE.test(w)) ?? null,
    converted: converted.some((w, i) => w !== typed[i]),
  };
}

/** Words that, in a result's text, show the answer to the intent: the excerpt is chosen around them. */
export const INTENT_WORDS: Record<Intent, string> = {
  fee: 'phí đồng miễn',
  time: 'ngày giờ hạn',
  place: 'tại nộp phận',
  documents: 'giấy bản tờ',
};

/** A reference, not a word to respell: a number or part of a code ("123", "2015"), an abbreviation ("NĐ", "CP", "UBND", "BHYT"). */
export function isReference(word: string): boolean {
  const w = fold(word);
  return /\d/.test(w) || !/[aeiouy]/.test(w) || /^(?:ubnd|hdnd|bhyt)$/.test(w);
}

// ------------------------------------------------------- fewer words, ranked

/** Subsets of word positions, largest first, each size in order of position, at most `limit` of them (the whole set excluded). */
export function subsets(count: number, limit: number): number[][] {
  const out: number[][] = [];
  const choose = (size: number, from: number, picked: number[]) => {
    if (out.length >= limit) return;
    if (picked.length === size) {
      out.push(picked);
      return;
    }
    for (let i = from; i < count; i++) choose(size, i + 1, [...picked, i]);
  };
  for (let size = count - 1; size >= 1 && out.length < limit; size--) choose(size, 0, []);
  return out;
}

/** The pages one word's own search found, and which query words each has. */
export interface WordsFound {
  id: string;
  /** Indices of the query words whose own search found the page, in query order. */
  words: number[];
  /** Their rarity summed (rarity()). */
  weight: number;
}

/**
 * What a query word says about which page is meant, against the query's most
 * common word (`most` pages): a word few pages have ("khai", "cháy") much,
 * one most pages have ("cho", "mới", "con") little. Inverse document
 * frequency, the query's commonest word standing for the whole site.
 */
const rarity = (pages: number, most: number) => Math.log2(1 + most / pages);

/**
 * For a sentence (LONG_QUESTION words or more), too long for the sets of
 * fewer words that subsets() tries to reach half of them: each word searched
 * alone, and every page found with the query words it has, the page holding
 * the rarest first (first found among equals). "xin cấp lại bản sao giấy
 * khai sinh bị mất do cháy nhà": no page has eleven or ten of its words; the
 * copy of a civil-status extract has the rare ones. `found[i]`: the ids word
 * i's search found.
 */
export function byRareWords(found: readonly (readonly string[])[]): WordsFound[] {
  const pages = new Map<string, WordsFound>();
  const most = Math.max(0, ...found.map((ids) => ids.length));
  found.forEach((ids, word) => {
    const weight = rarity(ids.length, most);
    for (const id of ids) {
      const page = pages.get(id) ?? { id, words: [], weight: 0 };
      pages.set(id, page);
      page.words.push(word);
      page.weight += weight;
    }
  });
  return [...pages.values()].sort((a, b) => b.weight - a.weight);
}

/**
 * The query words (folded) found whole in a result's title or metadata, each
 * counted once (not as prefixes: "tra" is not "trạng").
 */
export function titleHits(texts: readonly string[], queryWords: readonly string[]): number {
  const seen = new Set(texts.flatMap((t) => words(t).map(fold)));
  return new Set(queryWords.map(fold).filter((t) => seen.has(t))).size;
}

export interface Candidate {
  id: string;
  /** How many query words the page has: the size of the largest word set whose search found it. */
  coverage: number;
  /** Query words in its title or metadata; unknown (not loaded) counts 0. */
  titled: number;
}

/**
 * The order of results from searches with fewer words: more query words on
 * the page first, a word in the title or metadata counting once more, so a
 * procedure named by three of four words beats a long plan that has all
 * four somewhere in its text; Pagefind's order among equals (stable sort).
 */
export function byCoverage<T extends Candidate>(candidates: readonly T[]): T[] {
  return [...candidates].sort((a, b) => b.coverage + b.titled - (a.coverage + a.titled) || b.coverage - a.coverage);
}

/**
 * Whether results found with fewer words (ranked by byCoverage) answer the
 * query at all: the first has every word, or at least half of them with
 * two, or half of those, in its title or metadata. Otherwise the page says there is no answer ("cach nau pho
 * ngon" must not show a page that has "cách").
 */
export function isRealAnswer(ranked: readonly Candidate[], wordCount: number): boolean {
  const best = ranked[0];
  if (best === undefined) return false;
  // A page with every word answers it, wherever the words are ("zalo facebook" in a plan task).
  if (best.coverage === wordCount) return true;
  // Half the words, and half of those it has named in its title: "cách nấu phở bò ngon" must not
  // show a page that has "cải cách" in its title and "phố", "bộ" in its text.
  return best.coverage >= Math.ceil(wordCount / 2) && (best.titled >= 2 || 2 * best.titled >= best.coverage);
}

/** The spelling a result uses for a folded word ("dang" in "Đăng ký khai sinh" → "Đăng"), so the page names the words it searched as the site writes them. */
export function spellingIn(text: string, folded: string): string | null {
  const target = fold(folded);
  return words(text).find((w) => fold(w) === target) ?? null;
}

// ------------------------------------------------------------ how sure

/**
 * The query's neighbouring word pairs as Pagefind phrase searches, each also
 * with đ for a word typed with a leading d ("dinh danh" → "dinh danh",
 * "đinh danh", …): Pagefind folds marks but not đ, and Vietnamese words are
 * mostly two syllables, so a page that has a pair side by side has one of
 * the query's words, not just its syllables scattered ("hộ" and "chiếu" in
 * "hộ tịch" and "buổi chiều" are not "hộ chiếu").
 */
export function pairPhrases(words: readonly string[]): string[][] {
  const spellings = (word: string) => (/^d/i.test(word) ? [word, `đ${word.slice(1)}`] : [word]);
  const pairs: string[][] = [];
  for (let i = 0; i + 1 < words.length; i++) {
    const [a, b] = [words[i]!, words[i + 1]!];
    pairs.push(spellings(a).flatMap((x) => spellings(b).map((y) => `"${x} ${y}"`)));
  }
  return pairs;
}

/** Folded words of a text, each with its other i/y spelling as an equal. */
function sameWord(pageWord: string, queryWord: string, prefix: boolean): boolean {
  const other = iyAlternate(queryWord);
  const match = (w: string) => (prefix ? pageWord.startsWith(w) : pageWord === w);
  return match(queryWord) || (other !== null && match(other));
}

export interface Evidence {
  /** Every query word is on the page (the last may be the start of a word: it may still be being typed). */
  holds: boolean;
  /** How many of the query's neighbouring pairs stand side by side on the page. */
  pairs: number;
  /** The last pair does: in a Vietnamese phrase the last words are the most specific ("đăng ký tạm trú"). */
  lastPair: boolean;
  /** The last pair does in the page's title or metadata: the page is about it, not only mentions it. */
  namedLastPair: boolean;
  /** How many of the pairs stand side by side in its title or metadata. */
  namedPairs: number;
}

/**
 * What a page shows of a query: its title and metadata (`named`, each text
 * on its own) and its indexed text, compared folded, word by word. Pagefind
 * matches every word as a prefix and cuts a word it cannot find to one it
 * can ("visa" → "vi"), and a page that has "hộ" in "hộ tịch" and "chiếu" in
 * "buổi chiều" is no answer to "hộ chiếu": the words side by side are.
 */
export function evidence(named: readonly string[], text: string, queryWords: readonly string[]): Evidence {
  const q = queryWords.map(fold);
  const last = q.length - 1;
  const split = (texts: readonly string[]) => texts.map((t) => words(t).map(fold));
  const [titles, all] = [split(named), split([...named, text])];
  const has = (p: string[], i: number) => p.some((pw) => sameWord(pw, q[i]!, i === last));
  const found = q.map((_, i) => all.some((p) => has(p, i)));
  // A number is no half of a Vietnamese word: "kế hoạch 2024" is answered by "Kế hoạch … năm 2024", the pair in one text.
  const side = (pages: string[][], i: number) =>
    /\d/.test(q[i]!) || /\d/.test(q[i + 1]!)
      ? pages.some((p) => has(p, i) && has(p, i + 1))
      : pages.some((p) => p.some((pw, k) => k + 1 < p.length && sameWord(pw, q[i]!, false) && sameWord(p[k + 1]!, q[i + 1]!, i + 1 === last)));
  let pairs = 0;
  let namedPairs = 0;
  for (let i = 0; i < last; i++) {
    if (!side(all, i)) continue;
    pairs++;
    if (side(titles, i)) namedPairs++;
  }
  const lastPair = last > 0 && side(all, last - 1);
  return { holds: found.every(Boolean), pairs, lastPair, namedLastPair: lastPair && side(titles, last - 1), namedPairs };
}

/**
 * Words (syllables) from which a query is a sentence rather than a name, its
 * subject anywhere in it: a procedure's name runs to five or six ("cấp giấy
 * phép lái xe" is one, and a page with "cấp giấy phép" and "lái xe" apart is
 * no answer to it); a citizen's sentence runs longer.
 */
export const LONG_QUESTION = 7;

/**
 * How sure a page answers the query: `good` when it has every word and
 * every neighbouring pair side by side (one word: has it); `weak` when it is
 * about the query's last pair (in its title or metadata) or has every word
 * and at least two pairs, the last among them (found with fewer words: any
 * two pairs); for a `sentence` (LONG_QUESTION words or more as typed), also
 * with any two pairs in its title or metadata, but found with fewer words
 * never by its last pair in the text alone; `none`
 * otherwise, whatever its score: the search
 * page then says there is no answer and offers the procedure index and the
 * hotline, rather than a page that merely mentions the words ("hộ chiếu" in
 * the list of identity papers of a civil-status procedure is no answer to
 * "cấp hộ chiếu").
 */
export type Sureness = 'good' | 'weak' | 'none';
export function sureness(wordCount: number, e: Evidence, relaxed = false, sentence = wordCount >= LONG_QUESTION): Sureness {
  if (wordCount < 2) return e.holds ? 'good' : 'none';
  if (e.holds && e.pairs >= wordCount - 1) return 'good';
  if (sentence) {
    // A sentence ("làm giấy khai sinh cho con mới đẻ") names its subject anywhere, not only in its last pair; found with
    // every word or fewer, two of its pairs in the title or metadata: one ("xin giấy", "cho con") is in the citizens'
    // words of many procedures. Found with fewer words, the last pair of those left says nothing.
    const named = (relaxed || e.holds) && e.namedPairs >= 2;
    return named || e.namedLastPair || (!relaxed && e.holds && e.lastPair && e.pairs >= 2) ? 'weak' : 'none';
  }
  if (relaxed && e.pairs >= 2) return 'weak'; // Found with fewer words (the rest were on no page): two pairs side by side.
  return e.namedLastPair || (e.holds && e.lastPair && e.pairs >= 2) ? 'weak' : 'none';
}

/** Sort key of a page's evidence: the one sureness() would rank higher first. */
export function evidenceScore(e: Evidence): number {
  return (e.holds ? 1 : 0) + 2 * e.pairs + (e.lastPair ? 1 : 0) + (e.namedLastPair ? 1 : 0);
}

const RANK: Record<Sureness, number> = { none: 0, weak: 1, good: 2 };
/** The surer of two outcomes; the second (later, with more of the site searched) on a tie. */
export function surer<T extends { sure: Sureness }>(first: T, second: T): T {
  return RANK[first.sure] > RANK[second.sure] ? first : second;
}
