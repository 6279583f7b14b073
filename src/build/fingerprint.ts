/**
 * A build with nothing new to build is skipped. The fingerprint of a build
 * covers everything its output depends on:
 * - every file of the commune's content folder (names and bytes);
 * - in a province repository, the province's files every commune reads
 *   (province/site.yaml and the shared procedures, src/build/province.ts):
 *   a change to the shared list rebuilds every commune, a change to one
 *   commune's folder only that commune;
 * - the generator: every file of this repository that git tracks or would
 *   track (.gitignore'd outputs and caches are left out, and tests/, whose
 *   fixture communes are content folders of their own), package-lock.json
 *   included, so a dependency update rebuilds;
 *   When the generator is an installed package (under node_modules, which
 *   git ignores) its files are walked instead, and the site's own
 *   astro.config.mjs and lockfile count too;
 * - the settings (src/settings) as the build passes them on, the extra
 *   `astro build` flags, the Node version;
 * - today's date in Vietnam (or the pinned `today`): news dated in the future
 *   and plan progress change with the day, so a new day always rebuilds.
 * The provincial hub's build (./hub.ts) has the same fingerprint over the
 * province folder as its content, plus what each commune gives the hub
 * (hubInputs): its content folder, which the hub reads for the list of
 * communes and the progress board, and the fingerprint its built site was
 * made from, whose pages the province-wide search indexes.
 * A successful build writes its fingerprint into the output folder it
 * produced (BUILD_RECORD), with a digest of its home page; a later build
 * with the same fingerprint, whose output still holds that record and that
 * home page, does nothing. The record travels with the folder: a site put
 * back from a CI cache or a job's artifact is still known for what it is,
 * so an unchanged commune is skipped there too, and a folder put back by
 * hand or by another build is not taken for this one. `--force` or
 * CCHC_FORCE_BUILD=1 builds anyway.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { isoDateInVietnam } from '../lib/dates.ts';
import { settingsEnv, type Settings } from '../settings/settings.ts';
import { communeContent } from './communes.ts';
import { provinceOf, sharedInputs } from './province.ts';

/** The generator's own folder: this repository, or the installed package. */
const ROOT = resolve(import.meta.dirname, '../..');
/** Folders and files of a generator without git (an installed package), when `git ls-files` cannot answer. */
const GENERATOR = ['astro.config.mjs', 'package.json', 'package-lock.json', 'tsconfig.json', 'bin', 'src', 'public', 'scripts'];
/** What a site's repository adds to the generator it installs. */
const SITE_FILES = ['astro.config.mjs', 'package.json', 'package-lock.json'];

/** The files of `dir` (or `dir` itself, a file), at any depth, leaving out node_modules folders. */
export function folderFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  if (!statSync(dir).isDirectory()) return [dir];
  return (
    readdirSync(dir, { recursive: true, withFileTypes: true })
      // Relative to `dir`: an installed generator is itself under a node_modules folder.
      .filter((e) => e.isFile() && !relative(dir, e.parentPath).split(sep).includes('node_modules'))
      .map((e) => join(e.parentPath, e.name))
  );
}

function generatorFiles(root: string): string[] {
  try {
    const listed = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], {
      cwd: root,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
      maxBuffer: 1 << 28,
    });
    const files = listed
      .split('\0')
      .filter((f) => f && !f.startsWith('tests/'))
      .map((f) => join(root, f))
      // Regular files only: a symlinked node_modules (untracked, since .gitignore's
      // `node_modules/` matches directories) or a submodule is not read as a file.
      .filter((f) => existsSync(f) && statSync(f).isFile());
    // Inside node_modules git lists nothing: an installed package is walked.
    if (files.length) return files;
  } catch {
    // not a git checkout
  }
  return GENERATOR.flatMap((part) => folderFiles(join(root, part)));
}

export interface FingerprintInput {
  /** The settings the build runs with (forceBuild and buildKey aside: they do not change the output). */
  settings: Settings;
  /** Extra `astro build` flags. */
  args: readonly string[];
  /** The generator's folder (this repository or the installed package by default). */
  root?: string;
  /** The site's repository (the working folder by default). */
  site?: string;
  /**
   * Digests of the parts every commune of a run shares (the generator, the
   * site's files, the province's), kept by `build-all` for one run so a
   * hundred communes read and hash them once, not a hundred times.
   */
  shared?: Map<string, string> | undefined;
  /** Further inputs, by label, beside the content (the hub's: hubInputs). */
  more?: Readonly<Record<string, string>>;
}

/** A part every commune of a run shares (FingerprintInput.shared): hashed once per run. */
function sharedDigest(shared: Map<string, string>, label: string, base: string, files: () => string[]): string {
  const key = `${label}\0${resolve(base)}`;
  if (!shared.has(key)) shared.set(key, digest(base, files()));
  return shared.get(key)!;
}

const siteFiles = (site: string) => SITE_FILES.map((f) => join(site, f)).filter((f) => existsSync(f));

/** The generator's files and, when it is an installed package, the site's own (its lockfile names Pagefind's version). */
export function generatorDigest({ root = ROOT, site = process.cwd(), shared = new Map() }: Pick<FingerprintInput, 'root' | 'site' | 'shared'> = {}): string {
  const parts = [`generator:${sharedDigest(shared, 'generator', root, () => generatorFiles(root))}`];
  if (resolve(site) !== resolve(root)) parts.push(`site:${sharedDigest(shared, 'site', site, () => siteFiles(site))}`);
  return parts.join('\0');
}

/**
 * Everything a build's pages may read outside its content folder: the
 * settings (the content folder's place among them), the flags, Node, today,
 * the generator and the province's files. With the content, the fingerprint;
 * alone, the build key of Astro's incremental build (src/data/page-keys.ts).
 */
export function inputsDigest({ settings, args, root = ROOT, site = process.cwd(), shared = new Map() }: Omit<FingerprintInput, 'more'>): string {
  const hash = createHash('sha256');
  const { forceBuild: _, buildKey: __, ...rest } = settings;
  const today = settings.today ?? isoDateInVietnam(new Date());
  hash.update(JSON.stringify({ settings: Object.entries(settingsEnv(rest)).sort(([a], [b]) => a.localeCompare(b)), args, node: process.version, today }));
  const add = (label: string, value: string) => hash.update(`\0${label}:${value}`);
  add('generator', generatorDigest({ root, site, shared }));
  const province = provinceOf(settings);
  if (province)
    add(
      'province',
      sharedDigest(shared, 'province', province, () => sharedInputs(province)),
    );
  return hash.digest('hex');
}

/** The fingerprint of building `settings.contentDir` with these settings and flags. */
export function buildFingerprint({ more = {}, ...input }: FingerprintInput): string {
  const hash = createHash('sha256');
  const add = (label: string, value: string) => hash.update(`\0${label}:${value}`);
  add('inputs', inputsDigest(input));
  add('content', folderDigest(input.settings.contentDir));
  for (const [label, value] of Object.entries(more).sort(([a], [b]) => a.localeCompare(b))) add(label, value);
  return hash.digest('hex');
}

/** A folder's files, names and bytes, as one digest. */
export const folderDigest = (dir: string): string => digest(dir, folderFiles(dir));

/** A part's files, names and bytes, as one digest. */
function digest(base: string, files: string[]): string {
  const part = createHash('sha256');
  for (const file of files.sort()) {
    part.update(`\0${relative(base, file)}\0`);
    part.update(readFileSync(file));
  }
  return part.digest('hex');
}

/**
 * What each commune of `slugs` gives the provincial hub: its content folder
 * (identity, plans and reports, news: the list and the board) and its built
 * site dist/<slug>/ by the record its build left (its pages in the search),
 * or that it has none.
 */
export function hubInputs(communesDir: string, outRoot: string, slugs: readonly string[]): Record<string, string> {
  return Object.fromEntries(
    slugs.flatMap((slug) => {
      return [
        [`commune:${slug}`, folderDigest(communeContent(communesDir, slug))],
        [`built:${slug}`, JSON.stringify(recorded(join(outRoot, slug)))],
      ];
    }),
  );
}

/** The record a build leaves in its output folder; published with it, it says only which inputs made it. */
export const BUILD_RECORD = '.cchc-build.json';

interface BuildRecord {
  fingerprint: string;
  /** The home page's digest: a folder whose home page was changed by hand is not the one recorded. */
  home: string | null;
}

function homeDigest(out: string): string | null {
  const home = join(out, 'index.html');
  return existsSync(home) ? createHash('sha1').update(readFileSync(home)).digest('hex') : null;
}

/** The record in `out`, or null when it has none (never built, or built before records were kept). */
function recorded(out: string): BuildRecord | null {
  try {
    return JSON.parse(readFileSync(join(out, BUILD_RECORD), 'utf8')) as BuildRecord;
  } catch {
    return null;
  }
}

export function isUpToDate(out: string, fingerprint: string): boolean {
  const record = recorded(out);
  return record !== null && record.fingerprint === fingerprint && record.home === homeDigest(out);
}

export function recordBuild(out: string, fingerprint: string): void {
  const record: BuildRecord = { fingerprint, home: homeDigest(out) };
  writeFileSync(join(out, BUILD_RECORD), JSON.stringify(record));
}
