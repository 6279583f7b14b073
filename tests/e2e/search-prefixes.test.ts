/**
 * A word still being typed finds every page, at 5000 entries: in Chromium,
 * with Pagefind's own browser code and the search page's prefix cover
 * (src/client/search-prefix.ts), every 1-, 2- and 3-letter prefix of the
 * index's words finds every page that has a word starting with it. The truth
 * is read from the bundle's own word entries. Each prefix is searched by a
 * fresh Pagefind, as a citizen's first search is, so chunks loaded for one
 * prefix never help another. Without the cover (Pagefind alone, one chunk
 * per word) the same check fails.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isLookupWord, pagefindWord } from '../../src/lib/search-chunks.ts';
import { serve, type RunningServer } from '../../src/server/static.ts';
import { entryPages } from '../../src/search/pagefind/format.ts';
import { bundleDir, readSearchBundle, type LanguageIndex } from '../../src/search/pagefind/bundle.ts';
import { launchBrowser } from '../support/browser.ts';
import { writeSyntheticIndex } from '../support/synthetic-index.ts';

const ENTRIES = 5000;

let dir: string;
let index: LanguageIndex;
let server: RunningServer;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'cchc-prefixes-'));
  await writeSyntheticIndex(dir, ENTRIES);
  [index] = (await readSearchBundle(bundleDir(dir))).languages as [LanguageIndex];
  const bundled = await build({ entryPoints: ['src/client/search-prefix.ts'], bundle: true, format: 'esm', write: false });
  await writeFile(join(dir, 'prefix-cover.js'), bundled.outputFiles[0]!.text);
  await writeFile(join(dir, 'check.js'), CHECK);
  server = await serve(dir);
  browser = await launchBrowser();
  page = await browser.newPage();
  await page.goto(`${server.origin}/`);
  await page.addScriptTag({ type: 'module', url: '/check.js' });
}, 600_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

/** Every 1-, 2- and 3-letter prefix of the index's words, with the ids of the pages that have a word starting with it. */
function prefixTruth(): Map<string, Set<string>> {
  const truth = new Map<string, Set<string>>();
  for (const chunk of index.chunks) {
    for (const entry of chunk.words) {
      const letters = [...entry.word];
      for (let n = 1; n <= Math.min(3, letters.length); n++) {
        const prefix = letters.slice(0, n).join('');
        // What a citizen can type: letters and digits that Pagefind looks up as they are.
        if (!/^[\p{L}\p{N}]+$/u.test(prefix) || pagefindWord(prefix) !== prefix) continue;
        const pages = truth.get(prefix) ?? new Set<string>();
        for (const p of entryPages(entry)) pages.add(index.ids[p]!);
        truth.set(prefix, pages);
      }
    }
  }
  return truth;
}

/**
 * In the page: the ids each prefix finds, each searched by a fresh Pagefind,
 * with or without the prefix cover. Plain JavaScript served beside the
 * bundle (the test runner would rewrite an import() written here).
 */
const CHECK = `
import { prefixCover } from './prefix-cover.js';
const pagefind = await import('./pagefind/pagefind.js');
const cover = prefixCover('/pagefind/', pagefind, 'vi');
window.searchEach = async (prefixes, withCover) => {
  const found = [];
  for (const prefix of prefixes) {
    await pagefind.destroy();
    await pagefind.options({ baseUrl: '/', noWorker: true });
    await pagefind.init();
    if (withCover) await cover(prefix);
    const response = await pagefind.search(prefix);
    found.push(response.results.map((r) => r.id));
  }
  return found;
};
`;

async function searchEach(prefixes: string[], cover: boolean): Promise<string[][]> {
  await page.waitForFunction(() => 'searchEach' in window);
  return page.evaluate(([list, withCover]) => (window as unknown as { searchEach(p: string[], c: boolean): Promise<string[][]> }).searchEach(list, withCover), [
    prefixes,
    cover,
  ] as const);
}

/** The prefixes that miss pages, with how many they found of how many. */
function losses(truth: Map<string, Set<string>>, prefixes: string[], found: string[][]): string[] {
  return prefixes.flatMap((prefix, i) => {
    const got = new Set(found[i]);
    const missing = [...truth.get(prefix)!].filter((id) => !got.has(id));
    return missing.length ? [`${prefix}: ${got.size} of ${truth.get(prefix)!.size}`] : [];
  });
}

describe(`half-typed words at ${ENTRIES} entries`, () => {
  it('writes a chunk start the browser can look up for every chunk', () => {
    expect(index.pages.length).toBe(ENTRIES);
    expect(index.chunks.length).toBeGreaterThan(100);
    expect(index.starts).toEqual(index.chunks.map((c) => c.from));
    expect(index.starts!.filter((s) => !isLookupWord(s))).toEqual([]);
  });

  it('every 1-, 2- and 3-letter prefix finds every page with a word starting with it', async () => {
    const truth = prefixTruth();
    const prefixes = [...truth.keys()].sort();
    expect(prefixes.length).toBeGreaterThan(300);
    const found = await searchEach(prefixes, true);
    expect(losses(truth, prefixes, found)).toEqual([]);
  }, 900_000);

  it('planted fault: Pagefind alone (one chunk per word) loses pages for common prefixes', async () => {
    const truth = prefixTruth();
    const prefixes = ['t', 'tr', 'th', 'ng', 'c', 'ch', 'đ'].filter((p) => truth.has(p));
    const lost = losses(truth, prefixes, await searchEach(prefixes, false));
    expect(lost.length).toBeGreaterThanOrEqual(prefixes.length - 1);
  }, 300_000);
});
