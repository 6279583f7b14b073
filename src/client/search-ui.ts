/**
 * The search page's interface, on Pagefind's JavaScript API (see
 * docs/decisions.md for why not Pagefind's own UI). Loaded by search-page.ts
 * only once there is something to search for.
 *
 * - The form is the state: the text box (q) and one checkbox per filter
 *   value (loai, linh-vuc, chu-de, nam). Without JavaScript the same form
 *   submits as GET, and the address always reflects the search shown, so it
 *   can be shared.
 * - One polite live region announces the outcome of each search (how many
 *   results and the first one, or that there are none); results are a list
 *   of links that the keyboard reaches in order after the form.
 * - Titles and excerpts are shown in their original spelling; matched words
 *   are marked with the same folding the index uses (src/lib/search-folding.ts).
 */
import { labels, searchUi as t } from '../i18n/vi.ts';
import { formatDate } from '../lib/dates.ts';
import { excerptOf, FOLDED_WORDS, hasMarks, markMatches, type Segment } from '../lib/search-folding.ts';
import {
  byCoverage,
  byRareWords,
  evidence,
  type Evidence,
  evidenceScore,
  INTENT_WORDS,
  isRealAnswer,
  LONG_QUESTION,
  isSyllable,
  isReference,
  isSyllableStart,
  pairPhrases,
  planQuery,
  type Sureness,
  spellingIn,
  subsets,
  surer,
  sureness,
  titleHits,
} from '../lib/search-query.ts';
import {
  FILTERS,
  FULL_TEXT_FILTER,
  FULL_TEXT_PATH,
  META,
  finishedWords,
  SEARCH_KINDS,
  hasFilters,
  isExactName,
  isWordless,
  orderByTiers,
  pagefindFilters,
  phraseQuery,
  rankingFor,
  readSearchParams,
  type ResultSource,
  searchParams,
  type FilterKey,
  type SearchKind,
  type SearchState,
} from '../lib/search.ts';
import { compareVi } from '../lib/text.ts';
import { prefixCover } from './search-prefix.ts';

interface ResultData {
  url: string;
  /** The page's indexed text, in its original spelling. */
  content: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[] | undefined>;
}
interface Result {
  id: string;
  data(): Promise<ResultData>;
}
/** A page found by a search with fewer words: how many and which of the query's words found it. */
interface Relaxed {
  result: Result;
  coverage: number;
  words: string[];
}
type FilterCounts = Record<string, Record<string, number>>;
interface SearchResponse {
  results: Result[];
  totalFilters?: FilterCounts;
}
/** What a search found, and how sure it is. */
interface Found extends SearchResponse {
  /** The words searched, to mark in results (the query's, less filler, respelled). */
  terms: string;
  /** Words that show the answer to the question asked (its fee, time…), for excerpts. */
  hints: string;
  /** One line saying the query was read differently, or '' when it was searched as typed. */
  note: string;
  /** How sure the first result answers the query ('none': no results are shown). */
  sure: Sureness;
}
interface Pagefind {
  options(options: object): Promise<void>;
  init(): Promise<void>;
  preload(query: string, options?: object): Promise<void>;
  mergeIndex(path: string, options?: object): Promise<void>;
  search(query: string | null, options?: object): Promise<SearchResponse>;
  filters(): Promise<FilterCounts>;
}

/**
 * Results shown first, and after each "more": each costs a fragment
 * download (a procedure's is 2.5 KB at 5000 entries). Three fill a phone's
 * screen; a first search on a slow network waits for no more.
 */
const FIRST = 3;
const MORE = 5;
/**
 * Pause after a keystroke before searching: longer than the gap between keys
 * of someone typing on a phone, so a search runs when they stop, not at every
 * letter (each would fetch the index of half a word and five results).
 */
const TYPING_DELAY = 500;
/** Close spellings tried for a query that finds nothing: each may fetch an index chunk. */
const MAX_RESPELLINGS = 6;
/** Close spellings tried for a query that finds pages but no sure answer: each is judged, fetching its first results' texts. */
const MAX_UNSURE_RESPELLINGS = 2;
/** Searches with fewer words: they reuse the chunks already loaded, so cost no bytes, only time. */
const MAX_SUBSETS = 15;
/** Results whose text is read to judge a query (the FIRST, and the rest when those settle nothing): each is a fragment download. */
const CHECKED = 8;

const kindOfLabel = new Map<string, SearchKind>(SEARCH_KINDS.map((kind) => [t.types[kind], kind]));
/** How each kind's date is labelled on a result; "Ngày" for a kind not listed. */
const dateLabel: Partial<Record<SearchKind, string>> = {
  procedure: labels.updated,
  news: labels.published,
  plan: labels.issued,
  commendation: labels.date,
  index: labels.updated,
  disclosure: labels.disclosed,
  document: labels.issued,
};

function byId<T extends HTMLElement>(id: string): T {
  const found = document.getElementById(id);
  if (!found) throw new Error(`#${id} missing`);
  return found as T;
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, attributes: Record<string, string> = {}, children: (Node | string)[] = []): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  node.append(...children);
  return node;
}

/** Text runs as nodes, matched words in <mark> (never built as HTML). */
function nodes(segments: Segment[]): Node[] {
  return segments.map((s) => (s.mark ? element('mark', {}, [s.text]) : document.createTextNode(s.text)));
}

function marked(text: string, query: string): Node[] {
  return nodes(markMatches(text, query));
}

/** What identifies a page (title, code, former names, other metadata), not the folded words of its text. */
/** A stable sort: equals keep their order (Pagefind's, by score). */
function stableSort<T>(items: readonly T[], compare: (a: T, b: T) => number): T[] {
  return items
    .map((item, i) => ({ item, i }))
    .sort((a, b) => compare(a.item, b.item) || a.i - b.i)
    .map((x) => x.item);
}

function identity(data: ResultData): string[] {
  return Object.entries(data.meta)
    .filter(([key, value]) => value && key !== FOLDED_WORDS && key !== META.date)
    .map(([, value]) => value!);
}

/** The words naming the site a result is from, where the page lists its sources (SearchPanel's `sources`). */
function sourceOf(root: HTMLElement): (url: string) => string | undefined {
  const sources = JSON.parse(root.dataset.sources ?? '[]') as ResultSource[];
  return (url) => sources.find((s) => url.startsWith(s.path))?.label;
}

function resultItem(data: ResultData, query: string, hints = '', source?: string): HTMLLIElement {
  const label = data.filters.type?.[0];
  const kind = label ? kindOfLabel.get(label) : undefined;
  const link = element('a', { href: data.url }, marked(data.meta.title ?? data.url, query));
  const item = element('li', { class: 'result' });
  if (label) item.append(element('p', { class: 'result-kind' }, [element('span', { class: 'tag' }, [label])]));
  item.append(element('h3', {}, [link]));
  const facts: string[] = source ? [source] : [];
  if (data.meta[META.code]) facts.push(`${labels.code}: ${data.meta[META.code]}`);
  const field = data.filters.field?.[0];
  if (field) facts.push(`${labels.field}: ${field}`);
  const date = data.meta[META.date];
  if (date && kind && kind !== 'procedure') facts.push(`${dateLabel[kind] ?? labels.date}: ${formatDate(date)}`);
  if (facts.length) item.append(element('p', { class: 'meta' }, [facts.join(' · ')]));
  // Hints first: excerptOf matches the last word as a prefix, meant for the query's own.
  const excerpt = excerptOf(data.content ?? '', hints ? `${hints} ${query}` : query);
  if (excerpt.segments.length) {
    const text = nodes(excerpt.segments);
    item.append(element('p', { class: 'result-excerpt' }, [excerpt.before ? '… ' : '', ...text, excerpt.after ? ' …' : '']));
  }
  return item;
}

export interface SearchPage {
  root: HTMLElement;
  form: HTMLFormElement;
  input: HTMLInputElement;
  /** Started by a keystroke: the citizen may still be typing. */
  typing: boolean;
}

export async function start({ root, form, input, typing }: SearchPage): Promise<void> {
  const status = byId('trang-thai-tim-kiem');
  const filterBox = byId<HTMLDetailsElement>('bo-loc');
  const filterList = byId('cac-bo-loc');
  const section = byId('ket-qua');
  const list = byId<HTMLOListElement>('danh-sach-ket-qua');
  const shownNote = byId('so-ket-qua-hien');
  const more = byId<HTMLButtonElement>('xem-them');
  const empty = byId('khong-co-ket-qua');
  const emptyTitle = byId('khong-co-ket-qua-cho');
  const fallback = byId('du-phong');
  const note = byId('ghi-chu-tim-kiem');

  const source = sourceOf(root);
  const fromAddress = readSearchParams(new URLSearchParams(location.search));
  if (!input.value.trim() && fromAddress.query) input.value = fromAddress.query;
  status.textContent = t.loading;

  let pagefind: Pagefind;
  let coverPrefix: (query: string) => Promise<void>;
  try {
    pagefind = (await import(/* @vite-ignore */ `${root.dataset.bundle}pagefind.js`)) as Pagefind;
    coverPrefix = prefixCover(root.dataset.bundle ?? '', pagefind, document.documentElement.lang);
    // On the main thread: a worker would cost its own script (12 KB more) for
    // searches that take milliseconds on a commune's few thousand pages.
    await pagefind.options({ baseUrl: root.dataset.base ?? '/', noWorker: true });
    await pagefind.init();
  } catch {
    status.textContent = t.failed;
    return;
  }

  // Filters are built when first wanted (the panel opened, or filters in the
  // address): Pagefind's filter files are a large part of a first search's
  // bytes on a big commune, and most searches never filter.
  const counts = new Map<string, HTMLElement>();
  const countKey = (key: string, value: string) => `${key}\u0000${value}`;
  const order = (key: FilterKey, values: string[]) =>
    key === 'type'
      ? SEARCH_KINDS.map((k) => t.types[k]).filter((v) => values.includes(v))
      : key === 'year'
        ? values.sort((a, b) => Number(b) - Number(a))
        : values.sort(compareVi);
  let filtersLoaded: Promise<void> | null = null;
  const loadFilters = () =>
    (filtersLoaded ??= (async () => {
      const all = await pagefind.filters().catch(() => ({}) as FilterCounts);
      const sets: HTMLFieldSetElement[] = [];
      for (const { key, param } of FILTERS) {
        const values = order(key, Object.keys(all[key] ?? {}));
        if (values.length === 0) continue;
        const fieldset = element('fieldset', {}, [element('legend', {}, [t.filters[key]])]);
        values.forEach((value, i) => {
          const id = `loc-${param}-${i}`;
          const box = element('input', { type: 'checkbox', name: param, value, id });
          box.checked = fromAddress.filters[key]?.includes(value) ?? false;
          const count = element('span', { class: 'meta' });
          counts.set(countKey(key, value), count);
          fieldset.append(element('div', { class: 'check' }, [box, element('label', { for: id }, [value, ' ', count])]));
        });
        sets.push(fieldset);
      }
      filterList.replaceChildren(...sets);
      filterBox.hidden = sets.length === 0;
    })());
  filterList.replaceChildren(element('p', { class: 'meta' }, [t.filtersLoading]));
  filterBox.hidden = false;
  // Pagefind's options are shared by every search, so searches run one at a time.
  let queue: Promise<unknown> = Promise.resolve();
  const exclusive = <T>(task: () => Promise<T>): Promise<T> => {
    const next = queue.then(task, task);
    queue = next.catch(() => undefined);
    return next;
  };

  /**
   * The full-text bundle (news and commendation bodies), merged into the
   * search once, when first asked for: by the reader's checkbox, by a search
   * the main bundle finds nothing for, or by the query side when it judges
   * the answers poor. Not part of a first search's bytes otherwise.
   */
  let merged = false;
  let fullTextLoading: Promise<void> | null = null;
  const loadFullText = (): Promise<void> =>
    (fullTextLoading ??= pagefind
      .mergeIndex(`${root.dataset.bundle}${FULL_TEXT_PATH}`, { mergeFilter: FULL_TEXT_FILTER })
      .then(() => {
        merged = true;
      })
      .catch(() => undefined));
  const fullTextBox = byId<HTMLInputElement>('toan-van');
  fullTextBox.checked = fromAddress.fullText ?? false;

  /**
   * One search, with the full text merged first when asked for, and again
   * with it when the main bundle has no good answer (src/lib/search-query.ts
   * sureness): then the surer of the two.
   */
  const findAll = async (current: SearchState): Promise<Found> => {
    if (current.fullText) await loadFullText();
    const response = await find(current);
    if (response.sure === 'good' || !current.query || merged) return response;
    await loadFullText();
    if (!merged) return response;
    // The main bundle's close spellings and further results were tried already; with the articles merged, the first results as searched.
    return surer(response, await find(current, true));
  };

  /**
   * Pagefind's results for these words, grouped by the signals in
   * src/lib/search.ts (exact marks, then phrase), each group in Pagefind's order.
   */
  const ranked = async (q: string, options: object): Promise<SearchResponse> => {
    await pagefind.options({ ranking: rankingFor(q), exactDiacritics: false });
    const all = await pagefind.search(q || null, options);
    if (all.results.length < 2) return all;
    const ids = (response: SearchResponse) => new Set(response.results.map((r) => r.id));
    const tiers: Set<string>[] = [];
    if (hasMarks(q)) {
      await pagefind.options({ exactDiacritics: true });
      try {
        tiers.push(ids(await pagefind.search(q, options)));
      } finally {
        await pagefind.options({ exactDiacritics: false });
      }
    }
    const phrase = phraseQuery(q);
    if (phrase) tiers.push(ids(await pagefind.search(phrase, options)));
    return { ...all, results: orderByTiers(all.results, tiers) };
  };

  /**
   * How many of the query's neighbouring word pairs each page has side by
   * side (pairPhrases): phrase searches over the chunks already loaded, and,
   * with `respelled`, also with đ for a leading d (each such spelling fetches
   * a chunk of its own).
   */
  const pairCounts = async (words: string[], options: object, respelled: boolean): Promise<Map<string, number>> => {
    const counts = new Map<string, number>();
    for (const spellings of pairPhrases(words)) {
      const found = new Set<string>();
      for (const phrase of respelled ? spellings : spellings.slice(0, 1)) for (const r of (await pagefind.search(phrase, options)).results) found.add(r.id);
      for (const id of found) counts.set(id, (counts.get(id) ?? 0) + 1);
    }
    return counts;
  };

  /** Whether a result among the first shown has a query word in its title or metadata. */
  const titled = async (results: Result[], words: string[]) =>
    (await Promise.all(results.slice(0, FIRST).map((r) => r.data()))).some((d) => titleHits(identity(d), words) > 0);

  /**
   * The words with one replaced by a close spelling that finds pages, or null.
   * Pagefind cuts a word that matches nothing to a prefix that does, so a
   * result count cannot tell a typo: words that are no Vietnamese syllable
   * ("nuio") are tried first, by every close spelling; then, if the words
   * together find nothing, the others from the last typed, by their
   * likeliest misspellings only (n/ng, c/t, i/y…). A spelling counts when
   * one of the first results has a query word in its title or metadata.
   */
  const respell = async (
    words: string[],
    none: boolean,
    found: Result[],
    options: object,
    accept = titledFor(options),
    limit = MAX_RESPELLINGS,
  ): Promise<string[] | null> => {
    const order = words.map((_, i) => words.length - 1 - i).sort((a, b) => Number(isSyllable(words[a]!)) - Number(isSyllable(words[b]!)));
    // The words of the pages found so far: the word meant is often among them (nearWords).
    const seen = (await Promise.all(found.slice(0, FIRST).map((r) => r.data()))).flatMap((d) => [...identity(d), d.content]);
    let tries = 0;
    for (const i of order) {
      const word = words[i]!;
      // A number, a code or an abbreviation ("123/2015/NĐ-CP") is no slip;
      // nor is the last word while it is the start of a syllable ("tach th"): it is being typed.
      if (isReference(word) || (i === words.length - 1 && !isSyllable(word) && isSyllableStart(word))) continue;
      const typo = !isSyllable(word);
      if (!typo && !none) break;
      const { nearWords, respellings } = await respelling();
      const likely = respellings(word, !typo);
      const near = nearWords(word, seen);
      // Near words that are also likely slips first ("hong" → "hon", not the commoner "khong").
      const spellings = [...new Set([...near.filter((w) => likely.includes(w)), ...near, ...likely])];
      for (const spelling of spellings) {
        if (tries++ >= limit) return null;
        const next = words.with(i, spelling);
        if (await accept(next)) return next;
      }
    }
    return null;
  };

  /** The close-spelling code, fetched the first time a query needs it. */
  let respellModule: Promise<typeof import('../lib/search-respell.ts')> | null = null;
  const respelling = () => (respellModule ??= import('../lib/search-respell.ts'));

  /** A spelling counts when one of the first results has a query word in its title: "nau pho ngon" is not "lâu phô ngon" because some text has them. */
  const titledFor = (options: object) => async (next: string[]) => titled((await pagefind.search(next.join(' '), options)).results, next);

  /**
   * Results of searches with fewer words, ranked by byCoverage (the words a
   * page has, those in its title counting once more), or null when they do
   * not answer the query (isRealAnswer). `all` is the search with every word.
   * A sentence (LONG_QUESTION words or more) whose sets of fewer words find
   * no answer has its words searched one by one, the pages with the rarest
   * words checked first (byRareWords).
   */
  const relax = async (words: string[], all: Result[], options: object) => {
    const found = new Map<string, Relaxed>();
    const add = (results: Result[], used: string[]) => {
      for (const result of results) if (!found.has(result.id)) found.set(result.id, { result, coverage: used.length, words: used });
    };
    add(all, words);
    for (const subset of subsets(words.length, MAX_SUBSETS)) {
      const used = subset.map((i) => words[i]!);
      add((await pagefind.search(used.join(' '), options)).results, used);
    }
    const answer = await answerOf(
      [...found.values()].sort((a, b) => b.coverage - a.coverage),
      words,
    );
    if (answer || words.length < LONG_QUESTION) return answer;
    const alone = await Promise.all(words.map(async (word) => (await pagefind.search(word, options)).results));
    const result = new Map(alone.flat().map((r) => [r.id, r]));
    const rare = byRareWords(alone.map((results) => results.map((r) => r.id)));
    return answerOf(
      rare.map(({ id, words: has }) => ({ result: result.get(id)!, coverage: has.length, words: has.map((i) => words[i]!) })),
      words,
    );
  };

  /** The first candidates checked against their titles, ranked by byCoverage; null when the best does not answer the query. */
  const answerOf = async (candidates: Relaxed[], words: string[]) => {
    const checked = await Promise.all(
      candidates.slice(0, CHECKED).map(async (c) => ({ ...c, id: c.result.id, titled: titleHits(identity(await c.result.data()), words) })),
    );
    const top = byCoverage(checked);
    if (!isRealAnswer(top, words.length)) return null;
    return { results: [...top, ...candidates.slice(CHECKED)].map((c) => c.result), words: top[0]!.words };
  };

  /**
   * Pagefind's results for the words judged: fewer words when none of the
   * first has a query word in its title or metadata; pages with more of the
   * query's word pairs side by side first (Pagefind's order among equals);
   * then the first few checked against their own text, and how sure the
   * best of them is (src/lib/search-query.ts evidence).
   * `depth`: how much a judgement may fetch. full: fewer words when the
   * words find no titled page (or, for a sentence, no answer), and five more
   * results' texts when the first settle nothing; first: the first results'
   * texts only (the search again with the articles merged); quick: the first
   * results, titled, or nothing (a close spelling tried).
   */
  const judge = async (terms: string[], found: Result[], options: object, depth: 'full' | 'first' | 'quick' = 'full') => {
    let results = found;
    let fewer: string[] | null = null;
    if (terms.length > 1 && (results.length === 0 || !(await titled(results, terms)))) {
      if (depth === 'quick') return { results: [], fewer, used: terms, sure: 'none' as Sureness };
      const relaxed = await relax(terms, results, options);
      results = relaxed?.results ?? [];
      if (relaxed && relaxed.words.length < terms.length) fewer = relaxed.words;
    }
    const used = fewer ?? terms;
    const check = (some: Result[]) =>
      Promise.all(
        some.map(async (result) => {
          const data = await result.data();
          return { result, proof: evidence(identity(data), data.content, used) };
        }),
      );
    const sureOf = (proofs: { proof: Evidence }[]): Sureness => {
      const top = proofs.reduce<Evidence | null>((a, { proof }) => (a && evidenceScore(a) >= evidenceScore(proof) ? a : proof), null);
      return top ? sureness(used.length, top, fewer !== null, terms.length >= LONG_QUESTION) : 'none';
    };
    const rankAndCheck = async (respelled: boolean) => {
      const pairs = used.length > 1 ? await pairCounts(used, options, respelled) : new Map<string, number>();
      const paired = (r: Result) => pairs.get(r.id) ?? 0;
      const ordered = pairs.size ? stableSort(results, (a, b) => paired(b) - paired(a)) : results;
      // The results shown first are fetched anyway; the next few only when none of those is a sure answer.
      let proofs = await check(ordered.slice(0, FIRST));
      if (depth === 'full' && sureOf(proofs) !== 'good') proofs = [...proofs, ...(await check(ordered.slice(FIRST, CHECKED)))];
      return { ordered, proofs };
    };
    let { ordered, proofs: checked } = await rankAndCheck(false);
    // Pairs spelled with đ for a word typed with d ("dong lam" for Đồng Lâm) only when the words as typed settle nothing.
    if (sureOf(checked) !== 'good' && used.some((w) => /^d/i.test(w))) ({ ordered, proofs: checked } = await rankAndCheck(true));
    const best = stableSort(checked, (a, b) => evidenceScore(b.proof) - evidenceScore(a.proof));
    const sure = sureOf(checked);
    // A sentence whose words together find only pages that do not answer it (short words match as starts): judged again from fewer words.
    if (sure === 'none' && depth === 'full' && fewer === null && found.length > 0 && terms.length >= LONG_QUESTION) return judge(terms, [], options, depth);
    return { results: sure === 'none' ? [] : [...best.map((c) => c.result), ...ordered.slice(checked.length)], fewer, used, sure };
  };

  /**
   * One search, as sure as it can be: the words without filler, from
   * Telex/VNI leftovers converted (src/lib/search-query.ts); a close spelling
   * when they find nothing or no sure answer; judged (above); a procedure
   * code typed in full puts its procedure first. `withArticles`: the same
   * search again once the articles are merged, its first results judged.
   */
  const find = async ({ query: typed, filters }: SearchState, withArticles = false): Promise<Found> => {
    const options = { filters: pagefindFilters(filters, merged) };
    const plan = planQuery(typed);
    let terms = plan.search;
    const hints = plan.intents.map((i) => INTENT_WORDS[i]).join(' ');
    let response = await ranked(terms.join(' '), options);
    if (!typed) return { ...response, terms: '', hints, note: '', sure: 'good' };
    let respelled = plan.converted;
    const fixed = await respell(terms, response.results.length === 0, response.results, options);
    if (fixed) [terms, respelled, response] = [fixed, true, await ranked(fixed.join(' '), options)];
    let judged = await judge(terms, response.results, options, withArticles ? 'first' : 'full');
    if (judged.sure === 'none' && !fixed && !withArticles) {
      // Found, but no sure answer: the words may be a slip that happens to be a word too ("ket hong"); only a sure answer among the first shown counts.
      let rejudged: Awaited<ReturnType<typeof judge>> | null = null;
      let retry: SearchResponse | null = null;
      const again = await respell(
        terms,
        true,
        response.results,
        options,
        async (next) => {
          retry = await ranked(next.join(' '), options);
          rejudged = await judge(next, retry.results, options, 'quick');
          return rejudged.sure === 'good';
        },
        MAX_UNSURE_RESPELLINGS,
      );
      if (again && retry && rejudged) [terms, respelled, response, judged] = [again, true, retry, rejudged];
    }
    let { results, sure } = judged;
    const { fewer, used } = judged;
    if (plan.code) {
      const coded = (await pagefind.search(plan.code, options)).results;
      const first = new Set(coded.map((r) => r.id));
      results = [...coded, ...results.filter((r) => !first.has(r.id))];
      if (coded.length) sure = 'good';
    }
    // Name the words searched as the site spells them ("hon" → "hôn"), from the first result.
    const spelled = async (words: string[]) => {
      const data = results[0] ? await results[0].data() : undefined;
      const text = data ? `${identity(data).join(' ')} ${data.content}` : '';
      return words.map((w) => spellingIn(text, w)?.toLowerCase() ?? w).join(' ');
    };
    const note = !results.length ? '' : fewer ? t.relaxed(plan.words.join(' '), await spelled(fewer)) : respelled ? t.respelled(await spelled(terms)) : '';
    return { ...response, results, terms: used.join(' '), hints, note, sure };
  };

  /** How many results each filter value would give for this query, whatever is ticked. */
  const showCounts = (response: SearchResponse) => {
    for (const [key, span] of counts) {
      const [filter, value] = key.split('\u0000') as [string, string];
      span.textContent = `(${response.totalFilters?.[filter]?.[value] ?? 0})`;
    }
  };

  let results: Result[] = [];
  let shown = 0;
  let query = '';
  let hints = '';
  let run = 0;

  const state = (): SearchState => {
    const params = new URLSearchParams();
    for (const [name, value] of new FormData(form)) if (typeof value === 'string') params.append(name, value);
    return readSearchParams(params);
  };

  const remember = (current: SearchState) => {
    const params = searchParams(current).toString();
    history.replaceState(history.state, '', `${location.pathname}${params ? `?${params}` : ''}${location.hash}`);
  };

  const showing = (mode: 'idle' | 'results' | 'none') => {
    section.hidden = mode !== 'results';
    empty.hidden = mode !== 'none';
    fallback.hidden = mode !== 'idle';
  };

  /** Loads and appends the next page of results; returns the links added. */
  const showMore = async (mine: number): Promise<HTMLAnchorElement[]> => {
    let next = await Promise.all(results.slice(shown, shown + (shown === 0 ? FIRST : MORE)).map((r) => r.data()));
    if (mine !== run) return [];
    if (shown === 0) {
      // A page named exactly what was typed leads, whatever its score.
      const named = next.findIndex((d) => isExactName(d.meta.title ?? '', query));
      if (named > 0) {
        results = [results[named]!, ...results.filter((_, i) => i !== named)];
        next = [next[named]!, ...next.filter((_, i) => i !== named)];
      }
    }
    const items = next.map((data) => resultItem(data, query, hints, source(data.url)));
    list.append(...items);
    shown += items.length;
    shownNote.textContent = t.shown(shown, results.length);
    shownNote.hidden = results.length <= FIRST;
    more.hidden = shown >= results.length;
    return items.map((item) => item.querySelector('a')!);
  };

  /** Runs the search the form describes and shows its outcome; a newer search makes an older one stop. */
  const search = async () => {
    const mine = ++run;
    try {
      await show(mine);
    } finally {
      if (mine === run) root.removeAttribute('aria-busy');
    }
  };

  /** The no-result box for `typed`, said by the live region too. */
  const showNone = (typed: string) => {
    emptyTitle.textContent = t.none(typed);
    showing('none');
    status.textContent = t.none(typed);
  };

  const show = async (mine: number) => {
    const current = state();
    remember(current);
    if (!current.query && !hasFilters(current.filters)) {
      results = [];
      list.replaceChildren();
      status.textContent = '';
      showing('idle');
      return;
    }
    if (isWordless(current.query)) {
      // Punctuation or an emoji alone: nothing to search for, not every page.
      results = [];
      list.replaceChildren();
      note.hidden = true;
      showNone(current.query);
      return;
    }
    let response: Found;
    try {
      response = await exclusive(async () => {
        // The last word may be half typed: every chunk its extensions sit in, not just one.
        await coverPrefix(current.query);
        return findAll(current);
      });
    } catch {
      if (mine === run) status.textContent = t.failed;
      return;
    }
    if (mine !== run) return;
    showCounts(response);
    results = response.results;
    query = response.terms;
    hints = response.hints;
    shown = 0;
    list.replaceChildren();
    note.textContent = response.note;
    note.hidden = !response.note;
    if (results.length === 0) {
      showNone(current.query);
      return;
    }
    const links = await showMore(mine);
    if (mine !== run) return;
    showing('results');
    status.textContent = [t.found(results.length, current.query), response.note, t.first(links[0]?.textContent ?? '')].filter(Boolean).join(' ');
  };

  let timer: ReturnType<typeof setTimeout> | undefined;
  const soon = (delay: number) => {
    // Busy from the moment a search is due until its outcome is shown: screen
    // readers wait for the final announcement, and tests know when it is done.
    root.setAttribute('aria-busy', 'true');
    clearTimeout(timer);
    timer = setTimeout(() => void search(), delay);
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    soon(0);
  });
  input.addEventListener('input', () => {
    // Fetch the index for the words finished so far while the next is typed;
    // a word still being typed would fetch a chunk per letter.
    const finished = finishedWords(input.value);
    if (finished) void pagefind.preload(finished).catch(() => undefined);
    soon(TYPING_DELAY);
  });
  filterList.addEventListener('change', () => soon(0));
  fullTextBox.addEventListener('change', () => soon(0));
  filterBox.addEventListener('toggle', async () => {
    if (!filterBox.open || counts.size > 0) return;
    await loadFilters();
    const current = state();
    if (current.query || hasFilters(current.filters)) showCounts(await exclusive(() => find(current)));
  });
  more.addEventListener('click', async () => {
    const added = await showMore(run);
    added[0]?.focus();
    status.textContent = t.shown(shown, results.length);
  });

  root.setAttribute('aria-busy', 'true');
  if (hasFilters(fromAddress.filters)) {
    filterBox.open = true;
    await loadFilters();
  }
  // Started by typing: the words typed while Pagefind loaded may be half a
  // word, so wait for a pause as for any keystroke (searching "đăng k" now
  // would fetch that half word's index and five results nobody reads).
  if (typing) soon(TYPING_DELAY);
  else await search();
}
