/**
 * The search index of a built site: Pagefind through its Node API, then its
 * word index re-split into small chunks (./word-chunks.ts) through the
 * Pagefind adapter (./pagefind/). Run at astro:build:done by the integration,
 * or in a process of its own after Astro exits (`cchc search-index`, src/cli/commands/search-index.ts).
 *
 * Pagefind reads copies of the pages from a temporary folder (its own binary
 * reads a folder in parallel, much faster than pages sent one by one through
 * the Node API), prepared by pageForIndex() (./page-for-index.ts).
 */
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import * as pagefind from 'pagefind';
import { LABELS, pageForIndex } from './page-for-index.ts';
import { bundleDir, replaceWordChunks } from './pagefind/bundle.ts';
import { splitWords } from './word-chunks.ts';

const SEARCH_LANGUAGE = 'vi';
/** Pages read and written at once. */
const BATCH = 64;

export interface IndexStats {
  pages: number;
  ms: number;
}

/** Indexes the built pages `htmlFiles` under outDir and writes the bundle to outDir/pagefind/. */
export async function writeSearchIndex(outDir: string, htmlFiles: readonly string[]): Promise<IndexStats> {
  const started = performance.now();
  const copies = await mkdtemp(join(tmpdir(), 'cchc-search-'));
  let pages = 0;
  try {
    for (let i = 0; i < htmlFiles.length; i += BATCH) {
      await Promise.all(
        htmlFiles.slice(i, i + BATCH).map(async (file) => {
          const content = pageForIndex(await readFile(file, 'utf8'));
          if (content === null) return;
          const copy = join(copies, relative(outDir, file));
          await mkdir(dirname(copy), { recursive: true });
          await writeFile(copy, content);
          pages++;
        }),
      );
    }
    const { index, errors } = await pagefind.createIndex({ forceLanguage: SEARCH_LANGUAGE, excludeSelectors: LABELS });
    if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`);
    const added = await index.addDirectory({ path: copies });
    if (added.errors.length) throw new Error(`Pagefind: ${added.errors.join('; ')}`);
    const written = await index.writeFiles({ outputPath: bundleDir(outDir) });
    if (written.errors.length) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
    await replaceWordChunks(bundleDir(outDir), (words) => splitWords(words));
  } finally {
    await pagefind.close();
    await rm(copies, { recursive: true, force: true });
  }
  return { pages, ms: Math.round(performance.now() - started) };
}

/** Indexes every page of the site built in outDir: the entry point of the separate indexing step. */
export async function indexBuiltSite(outDir: string): Promise<IndexStats> {
  const entries = await readdir(outDir, { recursive: true, withFileTypes: true });
  const files = entries.filter((e) => e.isFile() && e.name.endsWith('.html')).map((e) => join(e.parentPath, e.name));
  return writeSearchIndex(outDir, files.sort());
}
