/**
 * Lists split into numbered pages (page 1 is the first), so a list page
 * weighs the same at any number of entries: page 1 at the list's own
 * address, the rest under trang/N/ (paths.ts), each with the pager.
 */
export interface Page<T> {
  number: number;
  total: number;
  items: T[];
}

/** Events on one page of /su-kien/: one card each without a picture, so more than the news list's. */
export const EVENTS_PER_PAGE = 20;

/** Commendations on one page of /bieu-duong/: cards like the events'. */
export const COMMENDATIONS_PER_PAGE = 20;

/** How many pages `count` entries take, `perPage` a page; an empty list still has its first page. */
export function pageCount(count: number, perPage: number): number {
  return Math.max(1, Math.ceil(count / perPage));
}

export function paginate<T>(items: readonly T[], perPage: number): Page<T>[] {
  const total = pageCount(items.length, perPage);
  return Array.from({ length: total }, (_, i) => ({
    number: i + 1,
    total,
    items: items.slice(i * perPage, (i + 1) * perPage),
  }));
}

/**
 * getStaticPaths of a list's pages after the first (the first is the list's
 * index route): `{ page: "2" }` and so on, each with its page and `props`.
 */
export function laterPages<T, P extends object>(pages: readonly Page<T>[], props: P): { params: { page: string }; props: P & { page: Page<T> } }[] {
  return pages.slice(1).map((page) => ({ params: { page: String(page.number) }, props: { ...props, page } }));
}

/** Pages on either side of the current one that the pager links by number: one keeps the pager on one line at 390 px. */
const PAGER_REACH = 1;

/**
 * The page numbers the pager shows, `null` where it skips some: the first,
 * the last and the current page with PAGER_REACH on each side, so the pager
 * is as short at 500 pages as at 10 (at most seven entries) and any page is a few clicks away.
 */
export function pageWindow(current: number, total: number): (number | null)[] {
  const shown = new Set([1, total]);
  for (let n = current - PAGER_REACH; n <= current + PAGER_REACH; n++) if (n >= 1 && n <= total) shown.add(n);
  const sorted = [...shown].sort((a, b) => a - b);
  // A gap of one page is shown as that page: a "…" would take as much room.
  return sorted.flatMap((n, i) => {
    const previous = sorted[i - 1];
    if (previous === undefined || n - previous === 1) return [n];
    return n - previous === 2 ? [n - 1, n] : [null, n];
  });
}
