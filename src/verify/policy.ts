/**
 * Gate: the security policy. Every page but the CMS carries the portal's
 * Content-Security-Policy in a <meta> element (src/lib/security.ts; hosts
 * that cannot send headers still enforce it), and nothing in a page needs
 * what the policy forbids or escapes it: no inline script (JSON-LD and other
 * data blocks are not run), no <style> element, no on… handler attribute, no
 * javascript: address, no <meta http-equiv="refresh">, no <base>, no form
 * sent to another host.
 */
import { contentSecurityPolicy } from '../lib/security.ts';
import type { GateReport, Problem } from './problems.ts';
import { referencesOf, resolveReference } from './references.ts';
import type { BuiltSite } from './site.ts';

/**
 * The CMS page runs Sveltia CMS, which the portal's policy would stop; the
 * host sends it a policy of its own (src/static/_headers).
 */
const CMS_FOLDER = 'admin/';

/** Script types a browser does not run: data blocks for search engines and scripts. */
const DATA_SCRIPT_TYPES = new Set(['application/ld+json', 'application/json']);

export function checkPolicy(site: BuiltSite): GateReport {
  const problems: Problem[] = [];
  const csp = contentSecurityPolicy('meta');
  for (const page of site.pages) {
    const report = (problem: Omit<Problem, 'gate' | 'page'>) => problems.push({ gate: 'policy', page: page.path, ...problem });
    if (!page.path.startsWith(`${site.base}${CMS_FOLDER}`)) {
      const metas = page.root.querySelectorAll('meta').filter((m) => m.getAttribute('http-equiv')?.toLowerCase() === 'content-security-policy');
      if (metas.length === 0) report({ code: 'csp-missing' });
      else if (metas.length > 1 || metas[0]!.getAttribute('content') !== csp)
        report({ code: 'csp-different', detail: metas.map((m) => m.getAttribute('content')).join(' | ') });
    }
    for (const script of page.root.querySelectorAll('script')) {
      const type = (script.getAttribute('type') ?? '').trim().toLowerCase();
      if (!script.hasAttribute('src') && !DATA_SCRIPT_TYPES.has(type)) report({ code: 'inline-script', target: script.textContent.trim().slice(0, 60) });
    }
    if (page.root.querySelector('style')) report({ code: 'style-element' });
    for (const element of page.root.querySelectorAll('*')) {
      for (const name of Object.keys(element.attributes)) {
        if (/^on[a-z]/i.test(name)) report({ code: 'event-handler', target: `<${element.tagName.toLowerCase()} ${name.toLowerCase()}>` });
        else if (/^\s*javascript:/i.test(element.getAttribute(name) ?? ''))
          report({ code: 'javascript-url', target: `<${element.tagName.toLowerCase()} ${name.toLowerCase()}>` });
      }
    }
    for (const meta of page.root.querySelectorAll('meta'))
      if (meta.getAttribute('http-equiv')?.toLowerCase() === 'refresh') report({ code: 'meta-refresh', target: meta.getAttribute('content') ?? '' });
    if (page.root.querySelector('base')) report({ code: 'base-element' });
    const here = site.url(page.path);
    for (const ref of referencesOf(page.root)) {
      if (ref.attribute !== 'action' && ref.attribute !== 'formaction') continue;
      const url = resolveReference(ref.value, here);
      if (url && url.origin !== site.origin) report({ code: 'form-elsewhere', target: ref.value });
    }
  }
  return { problems, checked: site.pages.length };
}
