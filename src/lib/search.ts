/**
 * The vocabulary shared by the search index and the search page: which pages
 * are indexed as what, the Pagefind filters and metadata they carry, the
 * ranking, and the search page's address (?q=…&loai=…), so a search can be
 * linked and shared. Vietnamese matching is in ./search-folding.ts.
 */
import { FOLDED_TITLE, FOLDED_WORDS, foldedTitle, hasMarks, iyAlternate, normaliseQuery, words } from './search-folding.ts';

/** The kinds of indexed page; each page carries its label as the `type` filter. */
/** Indexed pages that are no collection's entries: the contact page (office hours, hotlines, service center). */
export const PAGE_SEARCH_KINDS = ['contact'] as const;
export const SEARCH_KINDS = ['procedure', 'news', 'plan', 'commendation', 'index', 'disclosure', 'document', ...PAGE_SEARCH_KINDS] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];

/**
 * The full-text bundle (the pages whose body carries data-full-text, news
 * and commendations, whole: title, summary, body): where it sits inside the
 * main bundle, the filter Pagefind gives its pages when the search page
 * merges it (mergeIndex's mergeFilter), its URL parameter (?toan-van=1).
 */
export const FULL_TEXT_PATH = 'toan-van/';
export const FULL_TEXT_PARAM = 'toan-van';
export const FULL_TEXT_FILTER = { source: 'toan-van' };
/**
 * The same filter on the main bundle's pages that have no full-text twin
 * (every page but the articles; src/search/page-for-index.ts sets it). Once
 * merged, the search keeps these and the full-text pages, so an article
 * comes once. Set on the few pages that are no articles, its file is small
 * (1 KB at 5000 entries, where the `type` filter, listing every page, is 10).
 */
export const MAIN_ONLY_FILTER = { source: 'chinh' };

/**
 * How many of each commune's dated pages (news, events, commendations), the
 * newest, the provincial hub's province-wide index holds
 * (src/build/hub-search.ts); its search page says so. Every commune's change
 * rebuilds this index, at about 0.6 s per unit here at a hundred communes
 * (most of it the articles' full text): 60 made the hub's rebuild alone 47 s,
 * over the minute a change may take with its commune's own build
 * (docs/benchmarks.md).
 */
export const HUB_RECENT = 30;

/**
 * A site whose pages a search page's index holds, on a page that searches
 * several at once (the provincial hub: each commune under /<slug>/): the
 * address its pages start with, and the words shown with each of its results.
 */
export interface ResultSource {
  path: string;
  label: string;
}

/** Pagefind filter keys, in the order the search page shows them, with their URL parameter. */
export const FILTERS = [
  { key: 'type', param: 'loai' },
  { key: 'field', param: 'linh-vuc' },
  { key: 'topic', param: 'chu-de' },
  { key: 'year', param: 'nam' },
] as const;
export type FilterKey = (typeof FILTERS)[number]['key'];

/**
 * Pagefind metadata keys set by the pages (besides the automatic title).
 * formerNames: on the home page of a merged unit, the names of the units it
 * was formed from, also folded (searchableNames), so "bang ca" and "dong son" find it.
 * aliases: on a procedure page, what citizens call it ("giấy độc thân"), from
 * the vocabulary table (src/lib/search-vocabulary.ts), also folded the same way.
 * labels: on the contact page, the labels of its facts ("Giờ làm việc",
 * "Địa chỉ"), which the index leaves out as the `dt`s of every page
 * (src/search/page-for-index.ts LABELS), also folded the same way.
 */
export const META = { code: 'code', date: 'date', formerNames: 'former_names', aliases: 'aliases', labels: 'labels' } as const;

/**
 * Pagefind ranking, tuned with its own weights rather than by reordering results.
 * - A title match counts five times a body match (Pagefind's default), and so
 *   does a match in the folded title, so "dang ky khai sinh" ranks the
 *   procedure named Đăng ký khai sinh as "đăng ký khai sinh" does; a news item
 *   that only mentions it in its text ranks below.
 * - A former unit's name leads to the new unit's home page: citizens keep
 *   typing the old names for years, and the home page says where to go now.
 *   Its weight is twice a title's, so the home page ranks above a news item
 *   or plan that has the old name in its title.
 * - A citizen's name for a procedure ("giay doc than") is a title-strength
 *   match: it names the procedure as its title does; so is a label of the
 *   contact page's facts ("gio lam viec"): it names what the page holds.
 * - A procedure code typed in full is a title-strength match; folded đ-words
 *   of the text count as the text does; dates are for display only.
 * - diacriticSimilarity: for a query typed with marks (or đ), Pagefind's
 *   default bonus puts exact-mark matches first. For a query typed without
 *   any mark the bonus only favours words whose first mark comes late
 *   ("tu" → "tuổi" over "tử"), which says nothing about what the citizen
 *   meant, so it is off.
 */
const META_WEIGHTS = { title: 5, [FOLDED_TITLE]: 5, [FOLDED_WORDS]: 1, [META.code]: 5, [META.date]: 0, [META.formerNames]: 10, [META.aliases]: 5, [META.labels]: 5 };
const DIACRITIC_SIMILARITY = 0.8;

export function rankingFor(query: string) {
  return { metaWeights: META_WEIGHTS, diacriticSimilarity: hasMarks(query) ? DIACRITIC_SIMILARITY : 0 };
}

export type Filters = Partial<Record<FilterKey, string[]>>;

export interface SearchState {
  query: string;
  filters: Filters;
  /** The reader asked to search inside articles too. */
  fullText?: boolean;
}

/** Reads the search page address: ?q=dang+ky&loai=Tin+tức&nam=2024. */
export function readSearchParams(params: URLSearchParams): SearchState {
  const filters: Filters = {};
  for (const { key, param } of FILTERS) {
    const values = [
      ...new Set(
        params
          .getAll(param)
          .map((v) => v.trim())
          .filter(Boolean),
      ),
    ];
    if (values.length) filters[key] = values;
  }
  const state: SearchState = { query: normaliseQuery(params.get('q') ?? ''), filters };
  if (params.get(FULL_TEXT_PARAM) === '1') state.fullText = true;
  return state;
}

/** The inverse of readSearchParams, with only what is set. */
export function searchParams({ query, filters, fullText }: SearchState): URLSearchParams {
  const params = new URLSearchParams();
  if (query) params.set('q', query);
  for (const { key, param } of FILTERS) for (const value of filters[key] ?? []) params.append(param, value);
  if (fullText) params.set(FULL_TEXT_PARAM, '1');
  return params;
}

/**
 * Pagefind's filter argument: any of the chosen values within a filter, every
 * filter at once. Once the full-text bundle is `merged`, the main bundle's
 * articles give way to that bundle's, which hold them whole: from both, each
 * would come twice.
 */
export function pagefindFilters(filters: Filters, merged = false): object {
  const out: Record<string, { any: string[] }> = {};
  for (const [key, values] of Object.entries(filters)) if (values?.length) out[key] = { any: values };
  if (!merged) return out;
  return { all: [out, { any: [MAIN_ONLY_FILTER, FULL_TEXT_FILTER] }] };
}

export function hasFilters(filters: Filters): boolean {
  return Object.values(filters).some((v) => v && v.length > 0);
}

/**
 * A query typed without a single letter or digit ("%", "...", "?!", an
 * emoji): it has no word to search for, and Pagefind, given none, lists
 * every page as if nothing had been typed. The search page says it found
 * nothing for it instead.
 */
export function isWordless(query: string): boolean {
  return query.trim() !== '' && words(query).length === 0;
}

/**
 * Two signals Pagefind computes but does not rank by, used to group its
 * results; within each group Pagefind's own order (its score) stands.
 * - Phrase: the query's words side by side, in the text or the title,
 *   typed with or without marks (Pagefind's quoted search). Vietnamese
 *   meaning lives in two-syllable words, and Pagefind matches each syllable
 *   on its own, also as a prefix: "khai tu" would otherwise rank a page
 *   about "khai sinh … 6 tuổi" with the page about "khai tử".
 * - Exact marks: for a query typed with marks, the pages that contain its
 *   words with exactly those marks (Pagefind's exactDiacritics). Pagefind's
 *   diacritic bonus applies to the text but not to titles, so "bàn" would
 *   otherwise rank a title with "ban hành" before a text with "địa bàn".
 * Exact marks come before phrase: a citizen who types the marks means them.
 */
/** The words typed before the last space, which stay as they are while the next is typed: "dang ky kh" → "dang ky", "dang" → "". */
export function finishedWords(typed: string): string {
  const end = typed.lastIndexOf(' ');
  return end < 0 ? '' : typed.slice(0, end).trim();
}

export function phraseQuery(query: string): string | null {
  return words(query).length >= 2 ? `"${query}"` : null;
}

/** Stable grouping: results in every tier first, then by the first tiers they are in, in the given order. */
export function orderByTiers<T extends { id: string }>(results: readonly T[], tiers: readonly ReadonlySet<string>[]): T[] {
  const rank = (r: T) => tiers.reduce((k, tier, i) => k + (tier.has(r.id) ? 0 : 2 ** (tiers.length - 1 - i)), 0);
  return results
    .map((r, i) => ({ r, i, k: rank(r) }))
    .sort((a, b) => a.k - b.k || a.i - b.i)
    .map((x) => x.r);
}

/** A page named exactly what was typed ("dang ky khai sinh", "dang ki khai sinh" → Đăng ký khai sinh), compared folded, i and y alike. */
export function isExactName(title: string, query: string): boolean {
  // Each i/y syllable in one spelling of the two: "ky" and "ki" both as "ki".
  const key = (text: string) =>
    foldedTitle(text)
      .split(' ')
      .map((w) => (w.endsWith('y') ? (iyAlternate(w) ?? w) : w))
      .join(' ');
  const name = key(title);
  return name !== '' && name === key(query);
}
