/**
 * Gate: what every page needs to be found and shared. Each sitemap page has
 * exactly one non-empty <h1>, a non-empty <title> unique in the site, a meta
 * description and a canonical address equal to its sitemap entry; every
 * sitemap entry was built, and a built page left out of the sitemap (the CMS)
 * says noindex. The 404 page, served for every miss, claims no canonical
 * address and says noindex.
 */
import type { HTMLElement } from 'node-html-parser';
import type { GateReport, Problem } from './problems.ts';
import type { BuiltSite } from './site.ts';
import { sitemapUrls } from './sitemap.ts';

/** Shorter than this, a description says nothing a search result could show. */
const MIN_DESCRIPTION = 20;

const isNoindex = (root: HTMLElement) => (root.querySelector('head > meta[name="robots"]')?.getAttribute('content') ?? '').includes('noindex');

export function checkFurniture(site: BuiltSite): GateReport {
  const problems: Problem[] = [];
  const report = (problem: Omit<Problem, 'gate'>) => problems.push({ gate: 'furniture', ...problem });
  const urls = sitemapUrls(site.dist);
  if (!urls) {
    report({ code: 'no-sitemap', page: `${site.base}sitemap.xml` });
    return { problems, checked: 0 };
  }
  const byPath = new Map(site.pages.map((p) => [p.path, p]));
  const errorPage = `${site.base}404.html`;
  const listed = new Set(urls.map((u) => new URL(u).pathname));
  for (const page of site.pages) {
    if (!listed.has(page.path) && page.path !== errorPage && !isNoindex(page.root)) report({ code: 'not-in-sitemap', page: page.path });
  }

  const titles = new Map<string, string>();
  for (const url of urls) {
    const path = new URL(url).pathname;
    const page = byPath.get(path);
    if (!page) {
      report({ code: 'not-built', page: path });
      continue;
    }
    const h1 = page.root.querySelectorAll('h1');
    if (h1.length !== 1 || !h1[0]!.textContent.trim()) report({ code: 'h1-count', page: path, detail: String(h1.length) });
    const title = page.root.querySelector('head > title')?.textContent.trim() ?? '';
    if (!title) report({ code: 'title-missing', page: path });
    else if (titles.has(title)) report({ code: 'title-duplicate', page: path, target: titles.get(title)!, detail: title });
    else titles.set(title, path);
    const descriptions = page.root.querySelectorAll('head > meta[name="description"]');
    if (descriptions.length !== 1 || (descriptions[0]!.getAttribute('content') ?? '').trim().length < MIN_DESCRIPTION)
      report({ code: 'description-missing', page: path });
    const canonical = page.root.querySelectorAll('head > link[rel="canonical"]').map((l) => l.getAttribute('href') ?? '');
    if (canonical.length !== 1 || canonical[0] !== url) report({ code: 'canonical-wrong', page: path, target: url, detail: canonical.join(' ') });
  }

  const notFound = byPath.get(errorPage);
  if (notFound) {
    const h1 = notFound.root.querySelectorAll('h1');
    if (h1.length !== 1 || !h1[0]!.textContent.trim()) report({ code: 'h1-count', page: errorPage, detail: String(h1.length) });
    if (!notFound.root.querySelector('head > title')?.textContent.trim()) report({ code: 'title-missing', page: errorPage });
    if (notFound.root.querySelector('head > link[rel="canonical"]')) report({ code: 'error-page-canonical', page: errorPage });
    if (!isNoindex(notFound.root)) report({ code: 'error-page-indexed', page: errorPage });
  }
  return { problems, checked: urls.length };
}
