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
import { spawnSync } from 'node:child_process';
import { existsSync, renameSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { buildMessages as m } from '../i18n/cli.ts';
import { childEnv, type Settings } from '../settings/settings.ts';
import { buildFingerprint, isUpToDate, recordBuild } from './fingerprint.ts';
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

/** `astro build` of these settings into `outDir`, in a process of its own, without the search index; true when it succeeded. */
export function astroBuild(settings: Settings, outDir: string, astroArgs: readonly string[], log: BuildRequest['log']): boolean {
  const astroOut = log === 'stdout' ? 'inherit' : 2; // fd 2: Astro's log joins ours on stderr
  // Resolved here, not on import: `build-all --list` runs in CI before any npm install.
  const astro = join(dirname(createRequire(import.meta.url).resolve('astro/package.json')), 'bin/astro.mjs');
  const built = spawnSync(process.execPath, [astro, 'build', '--outDir', outDir, ...astroArgs], {
    stdio: ['inherit', astroOut, 'inherit'],
    env: childEnv({ ...settings, searchIndex: 'separate' }),
  });
  return built.status === 0;
}

export function buildSite({ settings, out, astroArgs, log }: BuildRequest): BuildResult {
  const say = (line: string) => (log === 'stdout' ? process.stdout : process.stderr).write(`${line}\n`);
  const started = performance.now();
  const result = (ok: boolean, skipped: boolean, searchIndex: BuildResult['searchIndex'] = null): BuildResult => ({
    ok,
    skipped,
    out,
    seconds: (performance.now() - started) / 1000,
    searchIndex,
  });

  const fingerprint = buildFingerprint({ settings, args: astroArgs });
  if (!settings.forceBuild && isUpToDate(out, fingerprint)) {
    say(m.unchanged(out));
    return result(true, true);
  }
  const staging = resolve(dirname(out), `.dist-${process.pid}`);
  const previous = `${staging}-old`;
  const built = astroBuild(settings, staging, astroArgs, log);
  const indexed = built
    ? spawnSync(process.execPath, [CCHC, 'search-index', staging, '--json'], { stdio: ['inherit', 'pipe', 'inherit'], encoding: 'utf8', env: childEnv(settings) })
    : undefined;
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
