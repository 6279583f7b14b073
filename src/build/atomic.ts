/**
 * Atomic build: Astro builds into an emptied staging folder beside the output,
 * and only a complete, successful build replaces it. A failed build (bad
 * content, a crash) leaves the last good site exactly as it was.
 *
 * Astro runs in a process of its own; once it has exited, the search index
 * is written in this process, so that Astro's memory and Pagefind's are never
 * held at once, and a run of many builds (`build-all`) starts no process for
 * it and keeps its parser's compiled code warm from one commune to the next
 * (about 0.8 s of CPU a commune of a province). Asked to, it then runs the
 * gates of `cchc verify` on the staged build, in a process of its own, so a
 * site that builds but fails them is never published either: its last good
 * site stays. A build whose inputs are those of the build that made the
 * current output is skipped (./fingerprint.ts) unless `forceBuild` is set.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, join, resolve } from 'node:path';
import { buildMessages as m } from '../i18n/cli.ts';
import { childEnv, type Settings } from '../settings/settings.ts';
import { runChild } from './child.ts';
import { buildFingerprint, generatorDigest, inputsDigest, isUpToDate, recordBuild } from './fingerprint.ts';
import type { Turns } from './jobs.ts';
import { PagefindVersionError } from '../search/pagefind/format.ts';
import type { IndexCache } from '../search/index-cache.ts';
import type { IndexStats } from '../search/write-index.ts';

const CCHC = resolve(import.meta.dirname, '../../bin/cchc.mjs');

export interface BuildRequest {
  settings: Settings;
  /** The output folder. */
  out: string;
  /** Extra `astro build` flags. */
  astroArgs: readonly string[];
  /** Where progress goes: the terminal's stdout, or stderr when stdout carries JSON. */
  log: 'stdout' | 'stderr';
  /** The fingerprint digests a run of several builds shares (./fingerprint.ts). */
  shared?: Map<string, string>;
  /**
   * With several builds at once (`build-all --jobs`): their turns at what
   * all of them write in the project's one .astro/ folder (./jobs.ts).
   */
  setup?: Turns;
  /** Run `cchc verify` on the staged build before it replaces the output (`--verify`); unset, it is not run. */
  verify?: VerifyRequest | undefined;
}

export interface VerifyRequest {
  /** Run axe in Chromium too (`cchc verify` without `--no-browser`). */
  browser: boolean;
}

export interface BuildResult {
  ok: boolean;
  /** Nothing changed since the build that made `out`: it was kept as it is. */
  skipped: boolean;
  out: string;
  seconds: number;
  /** What the search index took, when it was written. */
  searchIndex: IndexStats | null;
  /** Why it was not published: the build failed, or what it built failed `cchc verify`. */
  failure: 'build' | 'verify' | null;
}

/** Astro's process using no CPU for this long has hung (./child.ts): a build's quietest step is far busier. */
const ASTRO_HUNG_AFTER_MS = 60_000;

/**
 * Astro's log line that starts rendering: its content sync and bundling,
 * the steps that write the project's .astro/ folder, are over.
 */
const RENDERING = /generating static routes/;

/**
 * `astro build` of these settings into `outDir`, in a process of its own,
 * without the search index; true when it succeeded. With `setup`, the
 * build waits its turn for its content sync and bundling: Astro writes where
 * to find the content's images and modules into the project's .astro/
 * (content-assets.mjs, content-modules.mjs), the same files for every
 * commune, so one build at a time syncs and bundles, then renders beside
 * the others from its own bundle.
 */
/**
 * The English line Astro adds when the content check stops the build in its
 * setup hook, between the Vietnamese report and the Vietnamese reason: a
 * clerk reading the log never needs it. Another integration's failure keeps
 * its line.
 */
const ASTRO_HOOK_FAILED = /\[cchc-portal:content\] An unhandled error occurred while running the "astro:config:setup" hook/;

export async function astroBuild(settings: Settings, outDir: string, astroArgs: readonly string[], log: BuildRequest['log'], setup?: Turns): Promise<boolean> {
  // Resolved here, not on import: `build-all --list` runs in CI before any npm install.
  const astro = join(dirname(createRequire(import.meta.url).resolve('astro/package.json')), 'bin/astro.mjs');
  const leave = (await setup?.enter()) ?? (() => {});
  let tail = '';
  const built = await runChild([astro, 'build', '--outDir', outDir, ...astroArgs], {
    env: childEnv({ ...settings, searchIndex: 'separate' }),
    hungAfterMs: ASTRO_HUNG_AFTER_MS,
    forward: log === 'stdout' ? process.stdout : process.stderr, // stderr: Astro's log joins ours there
    dropLines: ASTRO_HOOK_FAILED,
    seen: (text) => {
      tail = (tail + text).slice(-200);
      if (RENDERING.test(tail)) leave();
    },
  });
  leave();
  return built === 0;
}

/**
 * The search index of a staged build (src/search/write-index.ts), the
 * bundle of the output folder's last build used again when its copies are
 * the same; null, with the reason on stderr, when it failed.
 */
async function indexStaged(staging: string, cache: IndexCache): Promise<IndexStats | null> {
  try {
    // Imported here, not on import: `build-all --list` runs in CI before any npm install, and the indexer needs Pagefind.
    const { indexBuiltSite } = await import('../search/write-index.ts');
    return await indexBuiltSite(staging, cache);
  } catch (error) {
    // A Pagefind of another version says so in one line for the clerk reading the log; anything else with its stack.
    console.error(error instanceof PagefindVersionError ? `[cchc-portal] ${error.message}` : error);
    return null;
  }
}

/**
 * The folder a build of `out` is staged in, beside it: always the same one,
 * because Astro's incremental build copies a page from the last build only
 * when the output folder is the last build's (its image module names it).
 */
const stagingFolder = (out: string) => resolve(dirname(out), `.dist-${basename(out)}-next`);
const lockOf = (staging: string) => `${staging}.lock`;
/** Staging folders this process builds in now. */
const claimed = new Set<string>();

/**
 * Claims the staging folder for this build: its lock file holds this
 * process's id and start time. Null when claimed; else the id of the running
 * process that holds it (a lock left by a process that has ended is taken
 * over, and so is one whose id a later process now has: after a restart, a
 * container's build may well get the id of the one that died). The folder
 * is emptied: what is in it is an unfinished build's.
 */
function claim(staging: string): number | null {
  if (claimed.has(staging)) return process.pid;
  const lock = lockOf(staging);
  mkdirSync(dirname(staging), { recursive: true });
  for (;;) {
    try {
      writeFileSync(lock, lockText(process.pid), { flag: 'wx' });
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const holder = liveHolder(readFileSync(lock, 'utf8'));
      if (holder !== null) return holder;
      rmSync(lock, { force: true });
    }
  }
  claimed.add(staging);
  rmSync(staging, { recursive: true, force: true });
  return null;
}

function release(staging: string): void {
  claimed.delete(staging);
  rmSync(lockOf(staging), { force: true });
}

/** A process's start, in clock ticks since the machine started (Linux's /proc); undefined elsewhere or when it has ended. */
function startOf(pid: number): string | undefined {
  try {
    // The command's name, in parentheses, may hold spaces: the fields after it are counted from the last ")".
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19];
  } catch {
    return undefined;
  }
}

const lockText = (pid: number) => [pid, startOf(pid)].filter((part) => part !== undefined).join(' ');

/** The id of the process a lock names, when that very process still runs; else null. */
function liveHolder(text: string): number | null {
  const [id, start] = text.trim().split(' ');
  const pid = Number(id);
  if (pid === process.pid || !isRunning(pid)) return null;
  const now = startOf(pid);
  return start !== undefined && now !== undefined && now !== start ? null : pid;
}

/** A process with this id is running (one of another user's counts too). */
function isRunning(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Asynchronous, so that `build-all --jobs` can run several communes' builds
 * at once; each build's staging folder is named after its output folder
 * (stagingFolder), and a second build of one output folder while the first
 * runs is refused (claim).
 */
export async function buildSite({ settings, out, astroArgs, log, shared, setup, verify }: BuildRequest): Promise<BuildResult> {
  const stream = log === 'stdout' ? process.stdout : process.stderr;
  const say = (line: string) => stream.write(`${line}\n`);
  const started = performance.now();
  const result = (failure: BuildResult['failure'], skipped: boolean, searchIndex: BuildResult['searchIndex'] = null): BuildResult => ({
    ok: failure === null,
    skipped,
    out,
    seconds: (performance.now() - started) / 1000,
    searchIndex,
    failure,
  });
  const staging = stagingFolder(out);
  /** The staged build is dropped; the last good site, if any, stays as it is. */
  const refuse = (failure: 'build' | 'verify', message: string): BuildResult => {
    rmSync(staging, { recursive: true, force: true });
    console.error(message);
    return result(failure, false);
  };

  // The generator is hashed once, for the fingerprint and for the search index's cache.
  const digests = shared ?? new Map<string, string>();
  const fingerprint = buildFingerprint({ settings, args: astroArgs, shared: digests });
  if (!settings.forceBuild && isUpToDate(out, fingerprint)) {
    say(m.unchanged(out));
    return result(null, true);
  }
  const holder = claim(staging);
  if (holder !== null) {
    console.error(m.busy(out, holder));
    return result('build', false);
  }
  try {
    // Its key lets Astro copy a page whose inputs are those of the last build instead of rendering it (src/data/page-keys.ts).
    const buildKey = inputsDigest({ settings, args: astroArgs, shared: digests });
    const built = await astroBuild({ ...settings, buildKey }, staging, astroArgs, log, setup);
    const searchIndex = built ? await indexStaged(staging, { out, generator: generatorDigest({ shared: digests }) }) : null;
    if (!searchIndex) return refuse('build', m.failed(out, existsSync(out)));
    say(m.searchIndexed(searchIndex));
    if (verify) {
      // The gates take the site's address (base path, origin) from the staged home page's canonical link, as from a published one.
      const gates = await runChild([CCHC, 'verify', staging, ...(verify.browser ? [] : ['--no-browser'])], { env: childEnv(settings), forward: stream });
      if (gates !== 0) return refuse('verify', m.notVerified(out, existsSync(out)));
    }

    // The record goes in with the output, in the same swap: two renames on one filesystem, so the output is never half-written.
    const previous = `${staging}-old`;
    recordBuild(staging, fingerprint);
    if (existsSync(out)) renameSync(out, previous);
    renameSync(staging, out);
    rmSync(previous, { recursive: true, force: true });
    const done = result(null, false, searchIndex);
    say(m.done(out, done.seconds));
    return done;
  } finally {
    release(staging);
  }
}
