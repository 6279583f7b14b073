/**
 * Atomic build: Astro builds into a fresh temporary folder beside the output,
 * and only a complete, successful build replaces it. A failed build (bad
 * content, a crash) leaves the last good site exactly as it was.
 *
 * Astro runs in a process of its own, then the search index in another
 * (`cchc search-index`), so that Astro's memory and Pagefind's are never held
 * at once. A build whose inputs are those of the build that made the current
 * output is skipped (./fingerprint.ts) unless `forceBuild` is set.
 */
import { spawn } from 'node:child_process';
import { existsSync, renameSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, join, resolve } from 'node:path';
import { buildMessages as m } from '../i18n/cli.ts';
import { childEnv, type Settings } from '../settings/settings.ts';
import { buildFingerprint, isUpToDate, recordBuild } from './fingerprint.ts';
import type { Turns } from './jobs.ts';
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
}

export interface BuildResult {
  ok: boolean;
  /** Nothing changed since the build that made `out`: it was kept as it is. */
  skipped: boolean;
  out: string;
  seconds: number;
  /** What the search index took, when it was written. */
  searchIndex: IndexStats | null;
}

/**
 * A child process run to its end: its exit status, and its stdout, either
 * kept (a command's JSON) or passed on to `forward` as it comes, each piece
 * shown to `seen` too.
 */
function run(
  args: string[],
  options: { env: NodeJS.ProcessEnv; forward?: NodeJS.WritableStream; seen?: (text: string) => void },
): Promise<{ status: number | null; stdout: string }> {
  return new Promise((done) => {
    const child = spawn(process.execPath, args, { stdio: ['inherit', 'pipe', 'inherit'], env: options.env });
    let stdout = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => {
      if (options.forward) options.forward.write(d);
      else stdout += d;
      options.seen?.(d);
    });
    // A process that could not start is a failed build, as spawnSync's null status was.
    child.on('error', () => done({ status: null, stdout }));
    child.on('close', (status) => done({ status, stdout }));
  });
}

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
export async function astroBuild(settings: Settings, outDir: string, astroArgs: readonly string[], log: BuildRequest['log'], setup?: Turns): Promise<boolean> {
  // Resolved here, not on import: `build-all --list` runs in CI before any npm install.
  const astro = join(dirname(createRequire(import.meta.url).resolve('astro/package.json')), 'bin/astro.mjs');
  const leave = (await setup?.enter()) ?? (() => {});
  let tail = '';
  const built = await run([astro, 'build', '--outDir', outDir, ...astroArgs], {
    env: childEnv({ ...settings, searchIndex: 'separate' }),
    forward: log === 'stdout' ? process.stdout : process.stderr, // stderr: Astro's log joins ours there
    seen: (text) => {
      tail = (tail + text).slice(-200);
      if (RENDERING.test(tail)) leave();
    },
  });
  leave();
  return built.status === 0;
}

/**
 * Asynchronous, so that `build-all --jobs` can run several communes' builds
 * at once; each build's staging folder is named after its output folder,
 * so two builds of one process never share one.
 */
export async function buildSite({ settings, out, astroArgs, log, shared, setup }: BuildRequest): Promise<BuildResult> {
  const say = (line: string) => (log === 'stdout' ? process.stdout : process.stderr).write(`${line}\n`);
  const started = performance.now();
  const result = (ok: boolean, skipped: boolean, searchIndex: BuildResult['searchIndex'] = null): BuildResult => ({
    ok,
    skipped,
    out,
    seconds: (performance.now() - started) / 1000,
    searchIndex,
  });

  const fingerprint = buildFingerprint({ settings, args: astroArgs, shared });
  if (!settings.forceBuild && isUpToDate(out, fingerprint)) {
    say(m.unchanged(out));
    return result(true, true);
  }
  const staging = resolve(dirname(out), `.dist-${basename(out)}-${process.pid}`);
  const previous = `${staging}-old`;
  const built = await astroBuild(settings, staging, astroArgs, log, setup);
  const indexed = built ? await run([CCHC, 'search-index', staging, '--json'], { env: childEnv(settings) }) : undefined;
  if (!built || indexed?.status !== 0) {
    rmSync(staging, { recursive: true, force: true });
    console.error(m.failed(out, existsSync(out)));
    return result(false, false);
  }
  const searchIndex = JSON.parse(indexed.stdout) as IndexStats;
  say(m.searchIndexed(searchIndex.pages, searchIndex.fullTextPages, searchIndex.ms));

  // Swap: two renames on one filesystem, so the output is never half-written.
  if (existsSync(out)) renameSync(out, previous);
  renameSync(staging, out);
  rmSync(previous, { recursive: true, force: true });
  recordBuild(out, fingerprint);
  const done = result(true, false, searchIndex);
  say(m.done(out, done.seconds));
  return done;
}
