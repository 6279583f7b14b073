/**
 * Gate: a page asks nothing of another host. No script, stylesheet, image,
 * font, frame or media from elsewhere, in the markup, in style attributes or
 * <style> elements, or in the site's stylesheets (url(), @import). Links to
 * other sites are fine: a visitor follows them, the browser does not fetch
 * them. Inline scripts and form targets are the policy gate's.
 */
import { readFileSync } from 'node:fs';
import type { GateReport, Problem } from './problems.ts';
import { cssUrls, referencesOf, resolveReference } from './references.ts';
import type { BuiltSite } from './site.ts';

export function checkRequests(site: BuiltSite): GateReport {
  const problems: Problem[] = [];
  let checked = 0;
  const check = (page: string, value: string, from: URL, code: 'external-resource' | 'external-css', detail: string) => {
    const url = resolveReference(value, from);
    if (!url) return;
    checked++;
    if (url.origin !== site.origin) problems.push({ gate: 'requests', code, page, target: value, detail });
  };
  for (const page of site.pages) {
    const here = site.url(page.path);
    for (const ref of referencesOf(page.root)) if (!ref.navigation) check(page.path, ref.value, here, 'external-resource', `<${ref.tag} ${ref.attribute}>`);
    for (const element of page.root.querySelectorAll('[style]')) {
      for (const value of cssUrls(element.getAttribute('style')!)) check(page.path, value, here, 'external-resource', `<${element.tagName.toLowerCase()} style>`);
    }
    for (const style of page.root.querySelectorAll('style'))
      for (const value of cssUrls(style.textContent)) check(page.path, value, here, 'external-resource', '<style>');
  }
  for (const path of site.stylesheets) {
    const css = readFileSync(site.fileFor(site.url(path))!, 'utf8');
    for (const value of cssUrls(css)) check(path, value, site.url(path), 'external-css', 'CSS');
  }
  return { problems, checked };
}
