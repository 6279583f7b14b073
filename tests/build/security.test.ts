/**
 * The built pages obey the policy they carry, by the policy and requests
 * gates of `cchc verify` (src/verify/policy.ts, src/verify/requests.ts): the
 * portal's CSP in a <meta> element, no inline script or event handler, no
 * <style>, javascript: URL, refresh or <base>, nothing from another host;
 * and the host files ship with them.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkPolicy } from '../../src/verify/policy.ts';
import { checkRequests } from '../../src/verify/requests.ts';
import { loadSite, readSiteAddress } from '../../src/verify/site.ts';
import { SITES } from '../support/build.ts';
import { isOwnScript } from '../support/own-scripts.ts';

const sites = [SITES.demo.out, SITES.lienMinh.out, SITES.demoSubPath.out].map((dir) => loadSite(readSiteAddress(dir)!));
const describeProblem = (p: { code: string; page: string; target?: string; detail?: string }) => `${p.page}: ${p.code} ${p.target ?? ''} ${p.detail ?? ''}`;

describe.each(sites)('pages of $base', (site) => {
  it('carry the site policy in a <meta> element, and nothing in them needs or escapes it', () => {
    const { problems, checked } = checkPolicy(site);
    expect(checked).toBeGreaterThan(10);
    expect(problems.map(describeProblem)).toEqual([]);
  });

  it('run no script but JSON-LD data and module scripts of their own', () => {
    for (const page of site.pages.filter((p) => !p.path.includes('/admin/'))) {
      for (const tag of page.html.match(/<script\b[^>]*>/g) ?? []) {
        expect(isOwnScript(tag), `${page.path}: ${tag}`).toBe(true);
      }
    }
  });

  it('load scripts, styles, images and fonts from their own host only', () => {
    const { problems, checked } = checkRequests(site);
    expect(checked).toBeGreaterThan(site.pages.length);
    expect(problems.map(describeProblem)).toEqual([]);
    // The stylesheets pages link are Astro's, with no @import to chain more requests.
    const linked = new Set(site.pages.flatMap((p) => p.root.querySelectorAll('link[rel="stylesheet"]').map((l) => l.getAttribute('href')!)));
    expect(linked.size).toBeGreaterThan(0);
    for (const css of linked) {
      expect(css.startsWith(`${site.base}_astro/`), css).toBe(true);
      expect(readFileSync(site.fileFor(site.url(css))!, 'utf8'), css).not.toMatch(/@import/);
    }
  });
});

it('ships the _headers file at the root of the build', () => {
  expect(readFileSync(join(SITES.demo.out, '_headers'), 'utf8')).toBe(readFileSync('src/static/_headers', 'utf8'));
});
