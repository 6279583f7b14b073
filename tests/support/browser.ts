/** Debian's Chromium driven by playwright-core (src/verify/browser.ts); no browser is ever downloaded. */
import type { Page } from 'playwright-core';

export { launchBrowser } from '../../src/verify/browser.ts';

/**
 * Collects what a visitor would suffer on a page: console errors and
 * warnings, script errors, failed requests and HTTP errors. A navigation
 * cancels the previous page's pending requests (ERR_ABORTED); that is not a fault.
 */
export function recordProblems(page: Page): string[] {
  const problems: string[] = [];
  page.on('console', (m) => (m.type() === 'error' || m.type() === 'warning') && problems.push(`${m.type()}: ${m.text()}`));
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('requestfailed', (r) => r.failure()?.errorText !== 'net::ERR_ABORTED' && problems.push(`failed: ${r.url()} ${r.failure()?.errorText}`));
  page.on('response', (r) => r.status() >= 400 && problems.push(`${r.status()}: ${r.url()}`));
  return problems;
}
