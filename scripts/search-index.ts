#!/usr/bin/env node
/**
 * The Pagefind index of a built site, in a process of its own:
 *
 *   node scripts/search-index.ts <built folder>
 *
 * scripts/build.mjs runs it after Astro has exited (and tells the
 * integration so with CCHC_SEARCH_INDEX=separate). Astro holds the whole
 * site in memory until it exits, and Pagefind holds the whole index until it
 * writes it; run one after the other, the build's peak memory is the larger
 * of the two instead of their sum (about 1.5 GB instead of 2.7 GB at 5000
 * entries, see docs/benchmarks.md). A plain `astro build` still indexes in
 * the integration. The indexing itself is src/search/write-index.ts.
 */
import { resolve } from 'node:path';
import { PagefindVersionError } from '../src/search/pagefind/format.ts';
import { indexBuiltSite } from '../src/search/write-index.ts';

try {
  const { pages, ms } = await indexBuiltSite(resolve(process.argv[2] ?? 'dist'));
  console.log(`[cchc-portal] Pagefind: ${pages} trang, ${ms} ms`);
} catch (error) {
  if (!(error instanceof PagefindVersionError)) throw error;
  // Its first line is for the clerk reading the build log: no stack trace in front of it.
  console.error(`[cchc-portal] ${error.message}`);
  process.exit(1);
}
