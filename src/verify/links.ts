/**
 * Gate: every internal address resolves. Links, images, scripts, stylesheets
 * and the url()s inside stylesheets lead to a file of the build, under the
 * base path; a #fragment names an element (an id, or <a name>) of its target
 * page. It works on the files, so it sees every link on every page, in any
 * order, with no server and no crawl. Addresses on other hosts are not
 * followed: CI has no internet, and another site's outage is not ours.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'node-html-parser';
import type { GateReport, Problem } from './problems.ts';
import { cssUrls, referencesOf, resolveReference } from './references.ts';
import { type BuiltSite, decoded } from './site.ts';

export function checkLinks(site: BuiltSite): GateReport {
  const problems: Problem[] = [];
  const seen = new Set<string>();
  const report = (problem: Omit<Problem, 'gate'>) => {
    const key = `${problem.code} ${problem.page} ${problem.target}`;
    if (!seen.has(key)) problems.push({ gate: 'links', ...problem });
    seen.add(key);
  };
  let checked = 0;

  const parsed = new Map(site.pages.map((p) => [p.file, p.root]));
  const ids = new Map<string, Set<string>>();
  const idsOf = (file: string) => {
    let found = ids.get(file);
    if (!found) {
      const root = parsed.get(file) ?? parse(readFileSync(file, 'utf8'));
      found = new Set([...root.querySelectorAll('[id]').map((e) => e.id), ...root.querySelectorAll('a[name]').map((e) => e.getAttribute('name')!)]);
      ids.set(file, found);
    }
    return found;
  };

  /** Checks one internal address found on `page`; returns the file it leads to. */
  const resolve = (page: string, value: string, url: URL): string | undefined => {
    checked++;
    const path = decoded(url.pathname);
    if (path !== undefined && !path.startsWith(site.base)) {
      report({ code: 'outside-base', page, target: value });
      return undefined;
    }
    const file = site.fileFor(url);
    if (!file) report({ code: 'missing-target', page, target: value });
    return file;
  };
  const internal = (value: string, from: URL) => {
    const url = resolveReference(value, from);
    return url?.origin === site.origin ? url : undefined;
  };

  for (const page of site.pages) {
    const here = site.url(page.path);
    for (const ref of referencesOf(page.root)) {
      const url = internal(ref.value, here);
      const file = url && resolve(page.path, ref.value, url);
      if (!file || url.hash.length <= 1 || (ref.tag !== 'a' && ref.tag !== 'area') || !file.endsWith('.html')) continue;
      checked++;
      if (!idsOf(file).has(decoded(url.hash.slice(1)) ?? '')) report({ code: 'missing-anchor', page: page.path, target: ref.value });
    }
  }
  for (const path of site.stylesheets) {
    const css = readFileSync(site.fileFor(site.url(path))!, 'utf8');
    for (const value of cssUrls(css)) {
      const url = internal(value, site.url(path));
      if (url) resolve(path, value, url);
    }
  }
  return { problems, checked };
}
