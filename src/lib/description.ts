/**
 * The words a shared link shows: a page's meta/og description as whole
 * sentences, and a procedure's facts (what it gives, the fee with the free
 * case first, how long, online or not, where) for its description and its
 * share card. Clerk text is kept as written, never lower-cased: each fact
 * follows its own label ("Thời hạn: Ngay trong ngày…"), so every sentence
 * starts with the portal's own capitalised wording.
 */
import { procedureShareUi as t, procedureUi } from '../i18n/vi.ts';
import type { Procedure } from '../schemas/procedure.ts';
import { formatAmount, missingParts } from './procedures.ts';
import { shortText } from './text.ts';

/** Longest description kept whole; Zalo and Facebook show about two lines of it, search engines about 160 characters. */
const DESCRIPTION_MAX = 300;
/** Budgets of a procedure's clerk-written parts, so the fee and online sentences always fit. */
const RESULT_MAX = 90;
const TIME_MAX = 70;
/** The card's facts line for the time: one line at the card's facts size. */
const CARD_TIME_MAX = 56;

const flat = (text: string) => text.normalize('NFC').replace(/\s+/g, ' ').trim();

/**
 * Punctuation doubled where two texts meet: "tiếp theo., phí" → "tiếp theo. phí",
 * "số 31/KH-UBND.." → "số 31/KH-UBND.". A real ellipsis ("...") stays.
 */
function undoubled(text: string): string {
  return text
    .replace(/(?<!\.)\.\.(?!\.)/g, '.')
    .replace(/\.\s*[,;:](?=\s|$)/g, '.')
    .replace(/\s+([.,;:!?])/g, '$1');
}

/** One sentence: whitespace flattened, trailing commas or colons dropped, a period added unless it ends with . ! ? or …. */
export function sentence(text: string): string {
  const s = undoubled(flat(text)).replace(/[\s,;:–-]+$/, '');
  if (!s) return '';
  return /[.!?…]$/.test(s) ? s : `${s}.`;
}

/**
 * A page's description as it goes into <meta>: whole sentences, no doubled
 * punctuation, at most DESCRIPTION_MAX characters, cut after a sentence
 * where one ends late enough, else after a clause (its ";" made a period),
 * else at a word with "…".
 */
export function metaDescription(text: string, max = DESCRIPTION_MAX): string {
  const s = sentence(text);
  if (s.length <= max) return s;
  const head = s.slice(0, max);
  const end = Math.max(head.lastIndexOf('. '), head.lastIndexOf('? '), head.lastIndexOf('! '));
  if (end > max / 2) return head.slice(0, end + 1);
  const clause = head.lastIndexOf('; ');
  return clause > max / 2 ? `${head.slice(0, clause)}.` : shortText(s, max);
}

/** The first clause of a clerk's text: up to the first ";" or the end of its first sentence. */
export function firstClause(text: string): string {
  return flat(text)
    .split(/;|\.\s/)[0]!
    .replace(/[.\s]+$/, '');
}

type Fees = Procedure['fees'];

/**
 * The fee in a few words, the free case first: "Miễn phí", "Phí, lệ phí:
 * 8.000 đồng", "Miễn phí, 8.000 đồng hoặc theo mức quy định, tùy trường
 * hợp". Undefined when the procedure does not say (a list-only procedure).
 */
export function feePhrase(fees: Fees): string | undefined {
  if (!fees) return undefined;
  const free = fees.length === 0 || fees.some((f) => f.amount === 0);
  const amounts = [...new Set(fees.map((f) => f.amount).filter((a): a is number => a !== undefined && a > 0))].sort((a, b) => a - b);
  const varies = fees.some((f) => f.amount === undefined);
  const options = [...(free ? [t.free] : []), ...amounts.map(formatAmount), ...(varies ? [t.feeVaries] : [])];
  const words = options.length === 1 ? options[0]! : `${options.slice(0, -1).join(', ')} ${t.or} ${options.at(-1)}, ${t.byCase}`;
  return free ? words : `${t.fee}: ${words}`;
}

/** "Thời hạn: Ngay trong ngày tiếp nhận hồ sơ": the first clause of the processing time, cut at a word. */
export function timePhrase(processingTime: string | undefined, max = TIME_MAX): string | undefined {
  const clause = processingTime && firstClause(processingTime);
  return clause ? `${t.time}: ${shortText(clause, max)}` : undefined;
}

type Described = Pick<Procedure, 'fees' | 'processingTime' | 'result' | 'channels' | 'cases' | 'applicants' | 'agency' | 'decision'>;

/** Online or not, with the level in plain words, and where to file in person. */
function channelSentence(p: Pick<Procedure, 'channels'>, desk: string): string {
  const { online, inPerson } = p.channels;
  if (online === 'none') return `${t.online.none}; ${t.at(desk)}`;
  return inPerson ? `${t.online[online]}; ${t.orAt(desk)}` : t.online[online];
}

/**
 * A procedure's description from its facts: what it gives, the fee, how long,
 * what the portal does not say yet, online or not and where. Every sentence
 * starts with the portal's own wording and ends with a period.
 */
export function procedureDescription(p: Described, desk: string): string {
  const unknown = missingParts(p).filter((part) => part === 'result' || part === 'fees' || part === 'processingTime');
  const parts = [
    p.result?.trim() && `${t.result}: ${shortText(p.result, RESULT_MAX)}`,
    feePhrase(p.fees),
    timePhrase(p.processingTime),
    unknown.length > 0 && procedureUi.notPublishedAll(unknown.map((part) => procedureUi.parts[part]).join(', ')),
    channelSentence(p, desk),
  ];
  return parts
    .filter((s): s is string => Boolean(s))
    .map(sentence)
    .join(' ');
}

/** The facts lines of a procedure's share card: the fee, the time (each when known) and online or not. */
export function procedureCardFacts(p: Pick<Procedure, 'fees' | 'processingTime' | 'channels'>): string[] {
  return [feePhrase(p.fees), timePhrase(p.processingTime, CARD_TIME_MAX), t.onlineShort[p.channels.online]].filter((s): s is string => Boolean(s));
}
