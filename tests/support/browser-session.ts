/**
 * One built site served on 127.0.0.1 and one Chromium page on it, for a test
 * file or a describe block: call at its top level; the fields are set once
 * its beforeAll has run, and everything is closed after its tests.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchBrowser, recordProblems } from './browser.ts';
import { serve, type RunningServer, type ServeOptions } from '../../src/server/static.ts';

export interface BrowserSession {
  server: RunningServer;
  browser: Browser;
  page: Page;
  /** Console errors, failed requests and HTTP errors the page met (recordProblems). */
  problems: string[];
}

export function browserSession(dir: string, base = '/', options: ServeOptions = {}): BrowserSession {
  const session = { problems: [] as string[] } as BrowserSession;
  beforeAll(async () => {
    session.server = await serve(dir, base, options);
    session.browser = await launchBrowser();
    session.page = await session.browser.newPage();
    session.problems = recordProblems(session.page);
  });
  afterAll(async () => {
    await session.browser?.close();
    await session.server?.close();
  });
  return session;
}
