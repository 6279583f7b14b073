/**
 * Accessibility crawl: every URL in each built site's sitemap.xml (and the 404
 * page) in real Chromium, checked by axe for WCAG 2.0/2.1/2.2 A and AA and
 * axe's best practices. Zero violations, apart from the reasoned entries in
 * a11y-exceptions.ts.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../support/browser.ts';
import { pagesToCheck, QUALITY_SITES, type QualitySite } from '../support/quality.ts';
import { serve } from '../support/static-server.ts';
import { A11Y_EXCEPTIONS, type A11yException } from './a11y-exceptions.ts';

export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

let browser: Browser;
const used = new Set<A11yException>();

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/**
 * axe in legacy mode: axe.run() in the page itself. The default mode runs
 * axe.finishRun() in a fresh blank page per check (about 0.4 s more each), which
 * only matters for cross-origin iframes; the crawl asserts there are none.
 */
async function violationsOn(page: Page, url: string): Promise<string[]> {
  // A search waits for its results; other pages are static.
  await page.goto(url, { waitUntil: url.includes('?q=') ? 'networkidle' : 'load' });
  const frames = page.frames().length;
  const { violations } = await new AxeBuilder({ page }).setLegacyMode(true).withTags(AXE_TAGS).options({ resultTypes: ['violations'] }).analyze();
  const path = new URL(url).pathname + new URL(url).search;
  const found = frames > 1 ? [`${path} has ${frames - 1} iframe(s): the crawl must run axe in its default (non-legacy) mode`] : [];
  for (const v of violations) {
    for (const node of v.nodes) {
      const target = node.target.join(' ');
      const exception = A11Y_EXCEPTIONS.find((e) => e.rule === v.id && (!e.page || e.page.test(path)) && (!e.target || e.target.test(target)));
      if (exception) used.add(exception);
      else found.push(`${path} ${v.id} (${v.impact}): ${target} – ${v.help}`);
    }
  }
  return found;
}

async function crawl(site: QualitySite, extra: string[] = []): Promise<string[]> {
  const server = await serve(site.dir, site.base);
  const context = await browser.newContext();
  try {
    const paths = [...pagesToCheck(site), ...extra];
    expect(paths.length).toBeGreaterThan(5);
    // Two tabs, one per core, each reused from page to page.
    const tabs = [await context.newPage(), await context.newPage()];
    const queue = [...paths];
    const results = await Promise.all(
      tabs.map(async (tab) => {
        const found: string[] = [];
        for (let path; (path = queue.shift()); ) found.push(...(await violationsOn(tab, `${server.origin}${path}`)));
        return found;
      }),
    );
    return results.flat();
  } finally {
    await context.close();
    await server.close();
  }
}

/** Pages the crawl will visit; 0 when the site has not been built (the test then fails on its own). */
function pageCount(site: QualitySite): number {
  try {
    return pagesToCheck(site).length;
  } catch {
    return 0;
  }
}

describe('axe, every page of every built site', () => {
  for (const site of QUALITY_SITES) {
    it(
      `${site.name}: no violation on any sitemap page, nor on a search with results`,
      // The crawl grows with the site: about a second per page on a loaded 2-core machine, twice that as the limit.
      { timeout: 60_000 + 2_000 * pageCount(site) },
      async () => {
        // The search page once more with a query, so its results (when scripted) are checked too.
        const violations = await crawl(site, [`${site.base}tim-kiem/?q=${encodeURIComponent('đăng ký khai sinh')}`]);
        expect(violations).toEqual([]);
      },
    );
  }

  it('has a reason for every exception, and no exception that matched nothing', () => {
    for (const e of A11Y_EXCEPTIONS) expect(e.reason.length, `exception for ${e.rule}`).toBeGreaterThan(20);
    expect(A11Y_EXCEPTIONS.filter((e) => !used.has(e)).map((e) => `${e.rule} ${e.page ?? ''} ${e.target ?? ''}`)).toEqual([]);
  });

  it('catches violations (the crawl is not vacuous)', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.setContent('<!doctype html><html><head><title>x</title></head><body><main><img src="data:,"><a href="/x"></a><p style="color:#999;background:#fff">nhạt</p></main></body></html>');
    const { violations } = await new AxeBuilder({ page }).setLegacyMode(true).withTags(AXE_TAGS).analyze();
    expect(violations.map((v) => v.id)).toEqual(expect.arrayContaining(['html-has-lang', 'image-alt', 'link-name', 'color-contrast']));
    await context.close();
  });
});
