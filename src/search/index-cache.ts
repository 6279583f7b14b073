/**
 * The search bundle of a site's last build, kept to be used again when a
 * build would index exactly the same copies (./page-for-index.ts) with the
 * same generator: a build forced with nothing changed, or one whose changes
 * touch no indexed text (a setting of the look, a new day that only moves
 * list pages). Indexing is about a third of a build's CPU (docs/benchmarks.md).
 * Each part (the main bundle, the full-text one) is kept in a slot of its
 * own, so an edit to a procedure, which only the main bundle indexes,
 * leaves the full-text bundle to be used again. A part is kept under two
 * keys: its copies', and the pages' as they were built, byte for byte,
 * which a build with the same pages (a forced build with nothing changed)
 * checks without making the copies at all.
 *
 * One slot per output folder, under Astro's cache folder, which the CI
 * templates keep between runs (tests/unit/pipeline.test.ts): a province's
 * hundred communes keep one bundle each, never more. The bundle's files are
 * hard-linked between the slot and the site (no bytes copied; a build never
 * writes into a published file, it writes new ones and renames folders),
 * copied where the two are on different disks.
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { cp, link, mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join, relative, resolve, sep } from 'node:path';

export const SEARCH_INDEX_CACHE = 'node_modules/.astro/search-index';

/** Where a build's bundle is kept, and what else than the copies it depends on. */
export interface IndexCache {
  /** The output folder the slot is for (the published one, not the staging folder). */
  out: string;
  /** A digest of what turns copies into a bundle: the generator's files, Pagefind's version. */
  generator: string;
}

/** The kept bundle's keys, one a line, and how many pages it indexes. */
const KEY_FILE = 'key';
const PAGES_FILE = 'pages';
/** The output folder a slot is for: a slot is removed once the folder that holds it is gone (a test's temporary folder). */
const OUT_FILE = 'out';
const BUNDLE = 'bundle';

const slotOf = (out: string, part: string) =>
  resolve(
    SEARCH_INDEX_CACHE,
    createHash('sha1')
      .update(`${resolve(out)}\0${part}`)
      .digest('hex')
      .slice(0, 16),
  );

/** The key of a bundle: the generator and every copy of every part (or every page, as built), by path. */
export function bundleKey(generator: string, copies: Readonly<Record<string, readonly (readonly [string, string | Buffer])[]>>): string {
  const hash = createHash('sha256').update(generator);
  for (const [part, list] of Object.entries(copies).sort(([a], [b]) => a.localeCompare(b))) {
    hash.update(`\0part:${part}`);
    for (const [path, content] of list) hash.update(`\0${path}\0${content.length}\0`).update(content);
  }
  return hash.digest('hex');
}

/** Every file of `from` but those under its sub-folder `leaveOut` into `to` (which must not exist), hard-linked, or copied across disks. */
async function linkTree(from: string, to: string, leaveOut?: string): Promise<void> {
  const kept = (path: string) => {
    const rel = relative(from, path);
    return !leaveOut || (rel !== leaveOut && !rel.startsWith(`${leaveOut}${sep}`));
  };
  const entries = (await readdir(from, { recursive: true, withFileTypes: true })).filter((e) => kept(join(e.parentPath, e.name)));
  await mkdir(to, { recursive: true });
  const folders = entries.filter((e) => e.isDirectory()).map((e) => join(to, e.parentPath.slice(from.length), e.name));
  for (const folder of folders.sort((a, b) => a.length - b.length)) await mkdir(folder, { recursive: true });
  try {
    await Promise.all(entries.filter((e) => e.isFile()).map((e) => link(join(e.parentPath, e.name), join(to, e.parentPath.slice(from.length), e.name))));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error;
    await rm(to, { recursive: true, force: true });
    await cp(from, to, { recursive: true, filter: kept });
  }
}

/** The keys a part's kept bundle is kept under; none when there is none. */
async function keptKeys(slot: string): Promise<string[]> {
  const keys = await readFile(join(slot, KEY_FILE), 'utf8').catch(() => '');
  return keys.split('\n').filter(Boolean);
}

/** Puts the kept bundle of `part` at `bundle` when it is kept under `key`, and gives the number of pages it indexes; null (and nothing written) otherwise. */
export async function restoreBundle(cache: IndexCache, part: string, key: string, bundle: string): Promise<number | null> {
  const slot = slotOf(cache.out, part);
  if (!(await keptKeys(slot)).includes(key)) return null;
  try {
    const pages = Number(await readFile(join(slot, PAGES_FILE), 'utf8'));
    await linkTree(join(slot, BUNDLE), bundle);
    return pages;
  } catch {
    // A slot half-removed by another build, a full disk: index as if nothing were kept.
    await rm(bundle, { recursive: true, force: true });
    return null;
  }
}

/**
 * Keeps `bundle` (but its sub-folder `leaveOut`, another part's) as the
 * bundle of `part` under `keys`, in place of the slot's previous one, and
 * removes the slots of output folders that are gone (pruneSlots). The keys
 * are written last, so a slot interrupted half-way is never taken for whole.
 */
export async function keepBundle(cache: IndexCache, part: string, keys: readonly string[], pages: number, bundle: string, leaveOut?: string): Promise<void> {
  const slot = slotOf(cache.out, part);
  const next = `${slot}.${process.pid}`;
  await rm(next, { recursive: true, force: true });
  await linkTree(bundle, join(next, BUNDLE), leaveOut);
  await writeFile(join(next, OUT_FILE), resolve(cache.out));
  await writeFile(join(next, PAGES_FILE), String(pages));
  await rm(slot, { recursive: true, force: true });
  await rename(next, slot);
  await writeFile(join(slot, KEY_FILE), keys.join('\n'));
  await pruneSlots();
}

/**
 * Removes the slots whose output folder's parent no longer exists, and those
 * of the older layout (one slot for both parts, without a pages file). Not
 * the output folder itself: a first build's is made only after its index,
 * in the same parent (src/build/atomic.ts stages beside it). Slots being
 * written have a dot in their name and are left alone.
 */
async function pruneSlots(): Promise<void> {
  const root = resolve(SEARCH_INDEX_CACHE);
  for (const name of await readdir(root)) {
    if (name.includes('.')) continue;
    const out = await readFile(join(root, name, OUT_FILE), 'utf8').catch(() => null);
    const older = out !== null && !existsSync(join(root, name, PAGES_FILE));
    if (older || (out !== null && !existsSync(dirname(out)))) await rm(join(root, name), { recursive: true, force: true });
  }
}
