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
 * the integration.
 */
import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { writeSearchIndex } from '../src/integrations/search-index.ts';

const dir = resolve(process.argv[2] ?? 'dist');
const files = readdirSync(dir, { recursive: true, withFileTypes: true })
  .filter((e) => e.isFile() && e.name.endsWith('.html'))
  .map((e) => join(e.parentPath, e.name))
  .sort();
const { pages, ms } = await writeSearchIndex(dir, files);
console.log(`[cchc-portal] Pagefind: ${pages} trang, ${ms} ms`);
