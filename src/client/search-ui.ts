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
import { excerptOf, hasMarks, markMatches, type Segment } from '../lib/search-folding.ts';
import {
  FILTERS,
  META,
  finishedWords,
  SEARCH_KINDS,
  hasFilters,
  isExactName,
  orderByTiers,
  pagefindFilters,
  phraseQuery,
  rankingFor,
  readSearchParams,
  searchParams,
  type FilterKey,
  type SearchKind,
  type SearchState,
} from '../lib/search.ts';
import { compareVi } from '../lib/text.ts';

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
type FilterCounts = Record<string, Record<string, number>>;
interface SearchResponse {
  results: Result[];
  totalFilters?: FilterCounts;
}
interface Pagefind {
  options(options: object): Promise<void>;
  init(): Promise<void>;
  preload(query: string, options?: object): Promise<void>;
  search(query: string | null, options?: object): Promise<SearchResponse>;
  filters(): Promise<FilterCounts>;
}

/** Results shown at once, and after each "more": each costs a fragment download (as Pagefind's own UI, five). */
const PAGE = 5;
/**
 * Pause after a keystroke before searching: longer than the gap between keys
 * of someone typing on a phone, so a search runs when they stop, not at every
 * letter (each would fetch the index of half a word and five results).
 */
const TYPING_DELAY = 500;

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

function resultItem(data: ResultData, query: string): HTMLLIElement {
  const label = data.filters.type?.[0];
  const kind = label ? kindOfLabel.get(label) : undefined;
  const link = element('a', { href: data.url }, marked(data.meta.title ?? data.url, query));
  const item = element('li', { class: 'result' });
  if (label) item.append(element('p', { class: 'result-kind' }, [element('span', { class: 'tag' }, [label])]));
  item.append(element('h3', {}, [link]));
  const facts: string[] = [];
  if (data.meta[META.code]) facts.push(`${labels.code}: ${data.meta[META.code]}`);
  const field = data.filters.field?.[0];
  if (field) facts.push(`${labels.field}: ${field}`);
  const date = data.meta[META.date];
  if (date && kind && kind !== 'procedure') facts.push(`${dateLabel[kind] ?? labels.date}: ${formatDate(date)}`);
  if (facts.length) item.append(element('p', { class: 'meta' }, [facts.join(' · ')]));
  const excerpt = excerptOf(data.content ?? '', query);
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

  const fromAddress = readSearchParams(new URLSearchParams(location.search));
  if (!input.value.trim() && fromAddress.query) input.value = fromAddress.query;
  status.textContent = t.loading;

  let pagefind: Pagefind;
  try {
    pagefind = (await import(/* @vite-ignore */ `${root.dataset.bundle}pagefind.js`)) as Pagefind;
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
   * One search: Pagefind's results for the query, grouped by the signals in
   * src/lib/search.ts (exact marks, then phrase), each group in Pagefind's order.
   */
  const find = async ({ query: q, filters }: SearchState): Promise<SearchResponse> => {
    const options = { filters: pagefindFilters(filters) };
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
    let next = await Promise.all(results.slice(shown, shown + PAGE).map((r) => r.data()));
    if (mine !== run) return [];
    if (shown === 0) {
      // A page named exactly what was typed leads, whatever its score.
      const named = next.findIndex((d) => isExactName(d.meta.title ?? '', query));
      if (named > 0) {
        results = [results[named]!, ...results.filter((_, i) => i !== named)];
        next = [next[named]!, ...next.filter((_, i) => i !== named)];
      }
    }
    const items = next.map((data) => resultItem(data, query));
    list.append(...items);
    shown += items.length;
    shownNote.textContent = t.shown(shown, results.length);
    shownNote.hidden = results.length <= PAGE;
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
    let response: SearchResponse;
    try {
      response = await exclusive(() => find(current));
    } catch {
      if (mine === run) status.textContent = t.failed;
      return;
    }
    if (mine !== run) return;
    showCounts(response);
    results = response.results;
    query = current.query;
    shown = 0;
    list.replaceChildren();
    if (results.length === 0) {
      emptyTitle.textContent = t.none(query);
      showing('none');
      status.textContent = t.none(query);
      return;
    }
    const links = await showMore(mine);
    if (mine !== run) return;
    showing('results');
    status.textContent = `${t.found(results.length, query)} ${t.first(links[0]?.textContent ?? '')}`;
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
