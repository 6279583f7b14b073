/**
 * `cchc verify`: the gates that hold for any commune's content, run on a
 * built site. Each gate returns typed problems (src/verify/problems.ts);
 * src/i18n/verify.ts words them for a clerk, and --json gives them to a machine.
 */
import { paths } from '../lib/paths.ts';
import { CHROMIUM, hasChromium } from './chromium.ts';
import { checkFurniture } from './furniture.ts';
import { checkHtml } from './html.ts';
import { checkLinks } from './links.ts';
import { checkPolicy } from './policy.ts';
import type { GateId, GateReport, Problem } from './problems.ts';
import { checkRequests } from './requests.ts';
import { loadSite, type SiteAddress } from './site.ts';

export type { GateId } from './problems.ts';
export { readSiteAddress, type SiteAddress } from './site.ts';

export interface VerifyOptions extends SiteAddress {
  /** Run axe in Chromium (default: when Chromium is installed). */
  browser?: boolean;
}

type SkipReason = 'not-asked' | 'no-chromium' | 'no-playwright';

export interface VerifyResult {
  problems: Problem[];
  gatesRun: GateId[];
  /** HTML pages in the build. */
  pages: number;
  /** What each gate that ran looked at. */
  checked: Partial<Record<GateId, number>>;
  /** The axe gate, when it did not run, and why. */
  skipped?: { gate: 'axe'; reason: SkipReason; chromium: string };
}

/** A search with a query, so the search page's results are checked too (when scripted). */
const SEARCH_PROBE = 'thủ tục hành chính';

export async function verify(options: VerifyOptions): Promise<VerifyResult> {
  const address: SiteAddress = { dist: options.dist, base: options.base, origin: options.origin };
  const site = loadSite(address);
  const reports: [GateId, GateReport][] = [
    ['links', checkLinks(site)],
    ['html', await checkHtml(site)],
    ['furniture', checkFurniture(site)],
    ['requests', checkRequests(site)],
    ['policy', checkPolicy(site)],
  ];
  let skipped: VerifyResult['skipped'];
  const skip = (reason: SkipReason) => (skipped = { gate: 'axe', reason, chromium: CHROMIUM });
  if (options.browser === false) skip('not-asked');
  else if (!hasChromium()) skip('no-chromium');
  else {
    // Imported only here: playwright-core and axe are optional dependencies.
    const axe = await import('./axe.ts').catch(() => undefined);
    if (!axe) skip('no-playwright');
    else {
      const search = `${site.base}${paths.search.slice(1)}`;
      const extra = site.pages.some((p) => p.path === search) ? [`${search}?q=${encodeURIComponent(SEARCH_PROBE)}`] : [];
      reports.push(['axe', await axe.checkAccessibility(address, extra)]);
    }
  }
  return {
    problems: reports.flatMap(([, r]) => r.problems),
    gatesRun: reports.map(([gate]) => gate),
    pages: site.pages.length,
    checked: Object.fromEntries(reports.map(([gate, r]) => [gate, r.checked])),
    ...(skipped ? { skipped } : {}),
  };
}
