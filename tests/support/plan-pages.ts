/**
 * The plan's pages at scale (issue 20): the plan page and its period reports
 * must weigh the same whatever the number of items, and every item of a task
 * must stay reachable from that task's own pages. Checks return problems, so
 * a planted fault can show that each one fails.
 */
import { parse } from 'node-html-parser';
import { PERIOD_SLUGS } from '../../src/lib/progress.ts';
import type { BuiltSite } from './dist.ts';

/**
 * Raw HTML bytes any of the plan's pages may weigh. The demo's plan page is
 * about 56 KB with a handful of items, most of it the plan's own text (about
 * 19 KB) and its eight-task appendix; each item listed in full added about
 * 270 bytes, so 600 items would make it about 215 KB.
 */
export const PLAN_PAGE_BOUND = 80_000;

/** The plan page, the reports' index and each period's report. */
export function planPages(year: number): string[] {
  return [`/ke-hoach/${year}/`, `/ke-hoach/${year}/bao-cao/`, ...Object.values(PERIOD_SLUGS).map((slug) => `/ke-hoach/${year}/bao-cao/${slug}/`)];
}

export interface PageWeight {
  path: string;
  raw: number;
}

/** Pages heavier than `bound`, from their HTML. */
export function oversized(pages: readonly { path: string; html: string }[], bound = PLAN_PAGE_BOUND): PageWeight[] {
  return pages.map(({ path, html }) => ({ path, raw: Buffer.byteLength(html) })).filter((p) => p.raw > bound);
}

/** The links `selector` finds on a list's pages, from `first` along the pager's "next" links: one list per page. */
export function pagerLinks(site: BuiltSite, first: string, selector: string): string[][] {
  const pages: string[][] = [];
  for (let path: string | undefined = first; path; ) {
    const page = site.page(path);
    pages.push(page.querySelectorAll(selector).map((a) => a.getAttribute('href')!));
    path = page.querySelector('.pager a[rel="next"]')?.getAttribute('href');
  }
  return pages;
}

/** The item links of a task's pages, one list per page. */
export function taskPageLinks(site: BuiltSite, first: string): string[][] {
  return pagerLinks(site, first, 'main .task-items a');
}

/** Items a task's pages should reach and do not, as "task: path". */
export function lostItems(expected: readonly { task: string; path: string }[], reached: ReadonlyMap<string, readonly string[]>): string[] {
  return expected.filter((i) => !reached.get(i.task)?.includes(i.path)).map((i) => `${i.task}: ${i.path}`);
}

/** A page's HTML with one more line per item, as the plan page was when it listed them all: a planted fault. */
export function listingEvery(html: string, items: readonly { path: string }[]): string {
  const root = parse(html);
  const list = root.querySelector('main .task-items')!;
  for (const i of items)
    list.insertAdjacentHTML(
      'beforeend',
      `<li><a href="${i.path}">Hoạt động giả lập</a> <span class="meta">(Sự kiện, <time datetime="2024-01-01">01/01/2024</time>)</span></li>`,
    );
  return root.toString();
}
