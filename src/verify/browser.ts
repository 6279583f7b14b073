/** Debian's Chromium driven by playwright-core, headless, for the axe gate and the browser tests. */
import { type Browser, chromium } from 'playwright-core';
import { CHROMIUM } from './chromium.ts';

/** `extraArgs`, e.g. ['--lang=en-US']: the browser's own language, which its date inputs follow. */
export function launchBrowser(extraArgs: readonly string[] = []): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      ...extraArgs,
    ],
  });
}
