/**
 * Correct HTML out of the build, with the html and furniture gates of
 * `cchc verify` (src/verify/html.ts, src/verify/furniture.ts): html-validate
 * with the package's rules over every HTML file of every built site, and the
 * page furniture every page needs: one h1, a unique title, a meta
 * description and a canonical URL equal to the page's own sitemap entry; the
 * 404 page without a canonical URL and kept out of search engines.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkFurniture } from '../../src/verify/furniture.ts';
import { HTML_VALIDATE_CONFIG } from '../../src/verify/html-rules.ts';
import { checkHtml, htmlValidator } from '../../src/verify/html.ts';
import { loadSite } from '../../src/verify/site.ts';
import { sitemapUrls } from '../../src/verify/sitemap.ts';
import { addressOf, QUALITY_SITES } from '../support/quality.ts';

describe('HTML validation (html-validate)', () => {
  it('keeps the recommended rule set, with only reasoned changes', () => {
    expect(HTML_VALIDATE_CONFIG.extends).toEqual(['html-validate:recommended']);
    // Each change is explained in docs/quality.md; a new one must be too.
    expect(Object.keys(HTML_VALIDATE_CONFIG.rules).sort()).toEqual(['long-title', 'no-inline-style', 'tel-non-breaking', 'valid-id']);
  });

  for (const site of QUALITY_SITES) {
    it(`${site.name}: no validation error on any page`, async () => {
      const built = loadSite(addressOf(site));
      expect(built.pages.length).toBeGreaterThan(10);
      const { problems } = await checkHtml(built);
      expect(problems.map((p) => `${p.page}:${p.line}:${p.column} ${p.rule}: ${p.detail}${p.target ? ` (${p.target})` : ''}`).join('\n')).toBe('');
    });
  }

  it('reports invalid markup (the check can fail)', async () => {
    const report = await htmlValidator.validateString(
      '<!doctype html><html lang="vi"><head><title>x</title></head><body><main><div><p>a</div><img src="a.jpg"><a href="tel:0203 3690 215">0203 3690 215</a><p id="a">x</p><p id="a">y</p></main></body></html>',
      'bad.html',
    );
    const rules = report.results.flatMap((r) => r.messages.map((m) => m.ruleId));
    expect(rules, rules.join(' ')).toEqual(expect.arrayContaining(['no-implicit-close', 'wcag/h37', 'tel-non-breaking', 'no-dup-id']));
  });
});

describe('every page has one h1, a unique title, a description and its canonical URL', () => {
  for (const site of QUALITY_SITES) {
    it(site.name, () => {
      expect(sitemapUrls(site.dir)?.length).toBeGreaterThan(10);
      // The 404 page is checked too: one h1, a title, no canonical URL, noindex.
      expect(existsSync(join(site.dir, '404.html'))).toBe(true);
      const { problems } = checkFurniture(loadSite(addressOf(site)));
      expect(problems.map((p) => `${p.page}: ${p.code} ${p.target ?? ''} ${p.detail ?? ''}`).join('\n')).toBe('');
    });
  }
});
