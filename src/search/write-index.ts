/**
 * The search index of a built site: Pagefind through its Node API, then its
 * word index re-split into small chunks (./word-chunks.ts) through the
 * Pagefind adapter (./pagefind/). Run at astro:build:done by the integration,
 * or after Astro's process has exited: by `cchc build` (src/build/atomic.ts)
 * and `cchc search-index` (src/cli/commands/search-index.ts).
 *
 * Pagefind reads copies of the pages from a temporary folder (its own binary
 * reads a folder in parallel, much faster than pages sent one by one through
 * the Node API), prepared by pageForIndexes() (./page-for-index.ts): only
 * their indexed parts, so a build whose copies are those of the last one can
 * use its bundle again (./index-cache.ts).
 */
import { statfsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import * as pagefind from 'pagefind';
import { FULL_TEXT_SELECTOR, type IndexPart, LABELS, pageForIndexes } from './page-for-index.ts';
import { bundleKey, type IndexCache, keepBundle, restoreBundle } from './index-cache.ts';
import { bundleDir, type Compaction, compactBundle, fullTextBundleDir } from './pagefind/bundle.ts';
import { splitWords } from './word-chunks.ts';

const SEARCH_LANGUAGE = 'vi';
/** Pages read and written at once. */
const BATCH = 64;

export interface IndexStats {
  /** Pages in the main index, and in the full-text one. */
  pages: number;
  fullTextPages: number;
  ms: number;
  /** The bundle of the last build was used again: the copies were the same (./index-cache.ts). */
  reused: boolean;
}

/**
 * Positions kept per page, word and weight. Pagefind ranks by the weighted
 * count, which saturates after a few, and the search page reads excerpts
 * and phrases from the page's text; a procedure's guidance repeats its
 * words dozens of times. At 5000 entries, 3 made the chunks of "đăng ký
 * khai sinh" 28% smaller than all positions, and 2 make those of "thủ tục
 * hành chính" 16% smaller than 3, for the same evaluation (docs/search.md).
 */
const POSITIONS = 2;
const compaction = (role: string): Compaction => ({ split: (words) => splitWords(words), positions: POSITIONS, role });

/**
 * The two bundles: where each is written, what Pagefind leaves out of it,
 * how it is compacted, and the folder of another part it holds (kept apart).
 */
interface Part {
  part: IndexPart;
  dir: (outDir: string) => string;
  exclude: string[];
  compaction: Compaction;
  holds?: string;
}
const PARTS: Part[] = [
  { part: 'main', dir: bundleDir, exclude: [...LABELS, FULL_TEXT_SELECTOR], compaction: compaction('p'), holds: relative(bundleDir(''), fullTextBundleDir('')) },
  { part: 'full-text', dir: fullTextBundleDir, exclude: LABELS, compaction: compaction('t') },
];

type Copies = Record<IndexPart, [string, string][]>;

const PART_NAMES = PARTS.map(({ part }) => part);

/** Pagefind's bundle of the copies in `folder`, written to `output`, compacted. */
async function writeBundle(folder: string, output: string, exclude: string[], compaction: Compaction): Promise<void> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: SEARCH_LANGUAGE, excludeSelectors: exclude });
  if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`);
  const added = await index.addDirectory({ path: folder });
  if (added.errors.length) throw new Error(`Pagefind: ${added.errors.join('; ')}`);
  const written = await index.writeFiles({ outputPath: output });
  if (written.errors.length) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
  await compactBundle(output, compaction);
}

/** Linux's folder in memory, and the room the copies may need there: a few hundred MB at 5000 entries. */
const SHARED_MEMORY = '/dev/shm';
const MEMORY_ROOM = 2 ** 30;

/**
 * Where the copies go: a folder in memory (Linux's /dev/shm) when it has room,
 * else the system's temporary folder. Thousands of small files and folders,
 * written once and read once: on disk, making them cost seconds of CPU at
 * 5000 pages (a third of the indexing step's own), in memory a fraction. A
 * container's /dev/shm is often 64 MB, hence the check.
 */
function scratchFolder(): string {
  try {
    const { bavail, bsize } = statfsSync(SHARED_MEMORY);
    if (bavail * bsize >= MEMORY_ROOM) return SHARED_MEMORY;
  } catch {
    // No such folder (macOS, Windows): the temporary folder.
  }
  return tmpdir();
}

/**
 * Indexes under way in this process. Pagefind's Node API drives one service
 * (its binary) per process, which holds several indexes at once; closing it
 * ends them all, so the last index to finish closes it (`build-all` indexes
 * communes side by side).
 */
let indexing = 0;

/**
 * Indexes the built pages `htmlFiles` under outDir: the main bundle to
 * outDir/pagefind/, and the full-text one (news and commendations with their
 * bodies) inside it (fullTextBundleDir). With `cache`, each bundle of the
 * output folder's last build is used again when the pages, or else that
 * bundle's copies, are the same (./index-cache.ts), and each bundle written
 * is kept for the next: an edited procedure, which only the main bundle
 * indexes, leaves the full-text one as it was.
 */
export async function writeSearchIndex(outDir: string, htmlFiles: readonly string[], cache?: IndexCache): Promise<IndexStats> {
  const started = performance.now();
  // With a cache, the pages are read whole first: a bundle kept under their key (the same bytes make the same copies) needs no copy.
  const pages = cache && (await readPages(outDir, htmlFiles));
  const pagesKey = cache && pages && bundleKey(cache.generator, { pages });
  let copies: Copies | undefined;
  const counts: Record<IndexPart, number> = { main: 0, 'full-text': 0 };
  let reused = true;
  // In order: the main bundle's folder holds the full-text one, so the main one is in place, kept or written, first.
  for (const part of PARTS) {
    const dir = part.dir(outDir);
    const asBuilt = cache && pagesKey ? await restoreBundle(cache, part.part, pagesKey, dir) : null;
    if (asBuilt !== null) {
      counts[part.part] = asBuilt;
      continue;
    }
    copies ??= await copiesOf(
      pages
        ? (async function* () {
            yield pages;
          })()
        : pageBatches(outDir, htmlFiles),
    );
    const list = copies[part.part];
    const key = cache && bundleKey(cache.generator, { [part.part]: list });
    const same = cache && key ? await restoreBundle(cache, part.part, key, dir) : null;
    counts[part.part] = same ?? list.length;
    if (same !== null) continue;
    reused = false;
    await indexCopies(list, part, dir);
    if (cache && key && pagesKey) await keepBundle(cache, part.part, [key, pagesKey], list.length, dir, part.holds);
  }
  return { pages: counts.main, fullTextPages: counts['full-text'], ms: Math.round(performance.now() - started), reused };
}

/** Each part's copies of the pages, read a batch at a time. */
async function copiesOf(batches: AsyncIterable<readonly [string, Buffer][]>): Promise<Copies> {
  const copies: Copies = { main: [], 'full-text': [] };
  for await (const batch of batches)
    for (const [path, page] of batch)
      for (const [part, content] of Object.entries(pageForIndexes(page.toString('utf8'), PART_NAMES)) as [IndexPart, string][]) copies[part].push([path, content]);
  return copies;
}

/** The pages' paths and bytes, as built, BATCH at a time: without a cache no more than a batch is held at once. */
async function* pageBatches(outDir: string, htmlFiles: readonly string[]): AsyncGenerator<[string, Buffer][]> {
  for (let i = 0; i < htmlFiles.length; i += BATCH)
    yield await Promise.all(htmlFiles.slice(i, i + BATCH).map(async (file) => [relative(outDir, file), await readFile(file)] as [string, Buffer]));
}

/** Every page's path and bytes, as built. */
async function readPages(outDir: string, htmlFiles: readonly string[]): Promise<[string, Buffer][]> {
  const pages: [string, Buffer][] = [];
  for await (const batch of pageBatches(outDir, htmlFiles)) pages.push(...batch);
  return pages;
}

/** Pagefind's bundle of one part's copies, written from a scratch folder (scratchFolder) to `output` and compacted. */
async function indexCopies(list: readonly [string, string][], { exclude, compaction }: Part, output: string): Promise<void> {
  indexing++;
  const scratch = await mkdtemp(join(scratchFolder(), 'cchc-search-'));
  try {
    // Each folder made once: a page is a folder of its own, and a recursive mkdir per copy cost seconds at 5000 pages.
    const folders = new Map<string, Promise<unknown>>();
    const folder = (path: string) => folders.get(path) ?? folders.set(path, mkdir(path, { recursive: true })).get(path)!;
    for (let i = 0; i < list.length; i += BATCH) {
      await Promise.all(
        list.slice(i, i + BATCH).map(async ([path, content]) => {
          const copy = join(scratch, path);
          await folder(dirname(copy));
          await writeFile(copy, content);
        }),
      );
    }
    await writeBundle(scratch, output, exclude, compaction);
  } finally {
    if (--indexing === 0) await pagefind.close();
    await rm(scratch, { recursive: true, force: true });
  }
}

/** Indexes every page of the site built in outDir: the entry point of the separate indexing step. */
export async function indexBuiltSite(outDir: string, cache?: IndexCache): Promise<IndexStats> {
  const entries = await readdir(outDir, { recursive: true, withFileTypes: true });
  const files = entries.filter((e) => e.isFile() && e.name.endsWith('.html')).map((e) => join(e.parentPath, e.name));
  return writeSearchIndex(outDir, files.sort(), cache);
}
