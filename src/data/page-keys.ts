/**
 * Keys for Astro's incremental build (experimental.incrementalBuild, set in
 * src/integrations/portal.ts). A page made from one entry is taken from the
 * last build, not rendered, when its key and its code (Astro's hash of the
 * route's modules) are those of the last build. So the key holds everything
 * else the page may read:
 * - the build key (the buildKey setting, src/build/fingerprint.ts
 *   inputsDigest): the generator, the settings, today, the province's files;
 * - every file of the content folder (names and bytes: site.yaml, the other
 *   collections, the photos) except the other entries of the page's own
 *   collection, which a page of one entry does not read;
 * - its own entry (Astro's digest of the entry's file).
 * A page that does read the other entries of its collection (a guiding
 * document resolves citations against every document) says so, and its key
 * holds them too. Editing one news item renders that item's pages again and
 * the pages of other kinds; the other news pages are copied from the last
 * build. A page that may read any of the content (a list, a feed, the plan
 * and its reports) is keyed on the whole folder (keyedByContent): copied only
 * when nothing in it changed, by a forced build or one whose new generator
 * leaves its route's code as it was. Without a build key (`astro build` run
 * by hand, the hub) there are no keys and every page is rendered.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { folderFiles } from '../build/fingerprint.ts';
import { collectionFiles } from '../build/province-procedures.ts';
import { COLLECTIONS, type CollectionName } from '../collections/registry.ts';
import { processSettings } from '../settings/settings.ts';
import { contentDir, provinceDir } from './site.ts';

/** What a page's key is made from: an entry as Astro's content layer gives it. */
export interface KeyedEntry {
  collection: CollectionName;
  digest?: string | number | undefined;
}

const sha256 = (data: string | Buffer) => createHash('sha256').update(data).digest('hex');

/** Each file of the content folder and the digest of its bytes: read once a build. */
let files: [string, string][] | undefined;
function contentFiles(): [string, string][] {
  files ??= folderFiles(contentDir())
    .sort()
    .map((file) => [file, sha256(readFileSync(file))]);
  return files;
}

/** The build key and the content folder but the entries of `left` (none: the whole folder), once per collection. */
const surroundings = new Map<CollectionName | null, string>();
function surroundingsOf(buildKey: string, left: CollectionName | null): string {
  const known = surroundings.get(left);
  if (known) return known;
  const own = new Set(left ? collectionFiles(COLLECTIONS[left].folder, contentDir(), provinceDir()) : []);
  const hash = createHash('sha256').update(buildKey);
  for (const [file, digest] of contentFiles()) if (!own.has(file)) hash.update(`\0${relative(contentDir(), file)}\0${digest}`);
  const digest = hash.digest('hex');
  surroundings.set(left, digest);
  return digest;
}

/**
 * The key of the page made from `entry` (undefined: render it every build).
 * `readsSiblings`: the page reads other entries of its own collection.
 */
export function pageKey(entry: KeyedEntry, readsSiblings = false): string | undefined {
  const { buildKey } = processSettings();
  if (!buildKey || !entry.digest) return undefined;
  return sha256(`${surroundingsOf(buildKey, readsSiblings ? null : entry.collection)}\0${entry.digest}`);
}

/** getStaticPaths' items, each keyed on the build key and the whole content folder (undefined keys left out). */
export function keyedByContent<T extends object>(paths: readonly T[]): (T | (T & { cacheKey: string }))[] {
  const { buildKey } = processSettings();
  if (!buildKey) return [...paths];
  const cacheKey = surroundingsOf(buildKey, null);
  return paths.map((path) => ({ ...path, cacheKey }));
}
