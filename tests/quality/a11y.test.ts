/**
 * Accessibility crawl: the axe gate of `cchc verify` (src/verify/axe.ts) on
 * every URL in each built site's sitemap.xml, the 404 page and a search with
 * results, in real Chromium: WCAG 2.0/2.1/2.2 A and AA and axe's best
 * practices. Zero violations, apart from the reasoned entries in
 * a11y-exceptions.ts.
 */
import AxeBuilder from '@axe-core/playwright';
import { describe, expect, it } from 'vitest';
import { AXE_TAGS, checkAccessibility } from '../../src/verify/axe.ts';
import type { Problem } from '../../src/verify/problems.ts';
import { pagesToCheck } from '../../src/verify/sitemap.ts';
import { launchBrowser } from '../support/browser.ts';
import { addressOf, QUALITY_SITES, type QualitySite } from '../support/quality.ts';
import { A11Y_EXCEPTIONS, type A11yException } from './a11y-exceptions.ts';

const used = new Set<A11yException>();

/** The problems no exception accepts, worded for the test's failure message. */
function unexcused(problems: Problem[]): string[] {
  const found: string[] = [];
  for (const p of problems) {
    const exception =
      p.code === 'axe-violation' && A11Y_EXCEPTIONS.find((e) => e.rule === p.rule && (!e.page || e.page.test(p.page)) && (!e.target || e.target.test(p.target ?? '')));
    if (exception) used.add(exception);
    else found.push(`${p.page} ${p.code} ${p.rule ?? ''}: ${p.target ?? ''} – ${p.detail ?? ''}`);
  }
  return found;
}

/** Pages the crawl will visit; 0 when the site has not been built (the test then fails on its own). */
function pageCount(site: QualitySite): number {
  try {
    return pagesToCheck(site.dir, site.base).length;
  } catch {
    return 0;
  }
}

describe('axe, every page of every built site', () => {
  for (const site of QUALITY_SITES) {
    // The crawl grows with the site: about a second per page on a loaded 2-core machine, twice that as the limit.
    it(`${site.name}: no violation on any sitemap page, nor on a search with results`, { timeout: 60_000 + 2_000 * pageCount(site) }, async () => {
      expect(pageCount(site)).toBeGreaterThan(5);
      // The search page once more with a query, so its results (when scripted) are checked too.
      const { problems, checked } = await checkAccessibility(addressOf(site), [`${site.base}tim-kiem/?q=${encodeURIComponent('đăng ký khai sinh')}`]);
      expect(checked).toBe(pageCount(site) + 1);
      expect(unexcused(problems)).toEqual([]);
    });
  }

  it('has a reason for every exception, and no exception that matched nothing', () => {
    for (const e of A11Y_EXCEPTIONS) expect(e.reason.length, `exception for ${e.rule}`).toBeGreaterThan(20);
    expect(A11Y_EXCEPTIONS.filter((e) => !used.has(e)).map((e) => `${e.rule} ${e.page ?? ''} ${e.target ?? ''}`)).toEqual([]);
  });

  it('catches violations (the crawl is not vacuous)', async () => {
    const browser = await launchBrowser();
    try {
      const page = await browser.newPage();
      await page.setContent(
        '<!doctype html><html><head><title>x</title></head><body><main><img src="data:,"><a href="/x"></a><p style="color:#999;background:#fff">nhạt</p></main></body></html>',
      );
      const { violations } = await new AxeBuilder({ page }).setLegacyMode(true).withTags(AXE_TAGS).analyze();
      expect(violations.map((v) => v.id)).toEqual(expect.arrayContaining(['html-has-lang', 'image-alt', 'link-name', 'color-contrast']));
    } finally {
      await browser.close();
    }
  });
});
