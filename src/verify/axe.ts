/**
 * Gate: axe-core in Chromium on every page a visitor can reach: the
 * sitemap's pages, the 404 page and any extra path (a search with a query),
 * served on 127.0.0.1 under the base path as a host would serve them.
 * WCAG 2.0/2.1/2.2 A and AA and axe's best practices.
 *
 * axe runs in legacy mode: axe.run() inside the page. The default mode runs
 * axe.finishRun() in a fresh blank page per check (about 0.4 s more a page on
 * a 2-core machine), which only matters for cross-origin iframes; a page with
 * an iframe is reported instead.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { launchBrowser } from './browser.ts';
import type { GateReport, Problem } from './problems.ts';
import type { SiteAddress } from './site.ts';
import { pagesToCheck } from './sitemap.ts';
import { serve } from '../server/static.ts';

export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/** Pages checked side by side: one tab per core of a small CI machine. */
const TABS = 2;

async function violationsOn(tab: Page, origin: string, path: string): Promise<Problem[]> {
  // A search waits for its results; other pages are static.
  await tab.goto(`${origin}${path}`, { waitUntil: path.includes('?') ? 'networkidle' : 'load' });
  const frames = tab.frames().length;
  const { violations } = await new AxeBuilder({ page: tab })
    .setLegacyMode(true)
    .withTags(AXE_TAGS)
    .options({ resultTypes: ['violations'] })
    .analyze();
  const found: Problem[] = frames > 1 ? [{ gate: 'axe', code: 'iframe', page: path, detail: String(frames - 1) }] : [];
  for (const v of violations) {
    for (const node of v.nodes)
      found.push({ gate: 'axe', code: 'axe-violation', page: path, rule: v.id, target: node.target.join(' '), detail: `${v.impact ?? ''}: ${v.help}` });
  }
  return found;
}

export async function checkAccessibility(site: SiteAddress, extraPaths: readonly string[] = []): Promise<GateReport> {
  const paths = [...pagesToCheck(site.dist, site.base), ...extraPaths];
  const server = await serve(site.dist, site.base);
  const browser = await launchBrowser();
  try {
    const context = await browser.newContext();
    const tabs = await Promise.all(Array.from({ length: TABS }, () => context.newPage()));
    const queue = [...paths];
    const found = await Promise.all(
      tabs.map(async (tab) => {
        const problems: Problem[] = [];
        for (let path = queue.shift(); path !== undefined; path = queue.shift()) problems.push(...(await violationsOn(tab, server.origin, path)));
        return problems;
      }),
    );
    return { problems: found.flat(), checked: paths.length };
  } finally {
    await browser.close();
    await server.close();
  }
}
