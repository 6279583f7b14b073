/**
 * cchc build-all [--commune a,b | --batch i/n] [--communes DIR] [--out DIR] [--jobs J] [--force] [--verify [--no-browser]] [--list [--batches n]] [--json] [--annotate]
 *
 * Builds a district's communes from one repository: communes/<slug>/content
 * → dist/<slug>/, each under the base path /<slug>/, each an independent,
 * atomic build. One broken commune does not stop the others; its last good
 * dist/<slug>/ stays in place and the command exits 1 at the end. --jobs J
 * builds J communes at once (by default one per core, as memory allows:
 * src/build/jobs.ts). With --verify each commune's new build must pass
 * `cchc verify` before it replaces the commune's site; one that fails keeps
 * its last good site and is named at the end, as a failed build is.
 * --list prints the slugs as JSON (a CI matrix); --json prints each
 * commune's result as JSON. Prints how long each build took; docs/deploy.md
 * records a measurement.
 *
 * On a CI matrix (src/init/templates/*-province.yml): `--list --batches n`
 * prints the matrix of non-empty batches (src/build/batches.ts), and each
 * job builds `--batch i/n`. A failed commune is named at the end, on
 * stderr, and with --annotate as a GitHub Actions error as well.
 */
import { join, resolve } from 'node:path';
import { buildSite, type BuildResult } from '../../build/atomic.ts';
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { communesOfBatch, parseBatch, planBatches, validBatchCount } from '../../build/batches.ts';
import { COMMUNE_SLUG, listCommunes } from '../../build/communes.ts';
import { buildsCanShare, defaultJobs, inPool, turns } from '../../build/jobs.ts';
import { buildMessages as m, commandHelp, EXIT } from '../../i18n/cli.ts';
import type { Command } from '../command.ts';
import { parseOptions, UsageError } from '../options.ts';
import { BUILD_OPTIONS, buildSettings, communeSettings, VERIFY_OPTIONS, verifyRequest } from './build.ts';
import { sizeLines, sizeReport } from './size.ts';

export interface CommuneBuild extends BuildResult {
  slug: string;
}

/** The options of a CI matrix, beside the build's own. */
const MATRIX_OPTIONS = {
  batches: { type: 'string' },
  batch: { type: 'string' },
  annotate: { type: 'boolean', default: false },
  prune: { type: 'boolean', default: false },
  jobs: { type: 'string' },
} as const;

/** --jobs J: a whole number of builds at once, at least one; the default as memory allows. */
function jobsOf(value: string | undefined): number {
  if (value === undefined) return defaultJobs();
  const jobs = Number(value);
  if (!Number.isInteger(jobs) || jobs < 1) throw new UsageError(m.badJobs(value));
  return jobs;
}

/** --list [--batches n]: the slugs, or the matrix of non-empty batches, as JSON. */
function listing(all: readonly string[], batches: string | undefined): string {
  if (batches === undefined) return JSON.stringify(all);
  const count = Number(batches);
  if (!validBatchCount(count)) throw new UsageError(m.badBatchCount(batches));
  return JSON.stringify({ include: planBatches(all, count) });
}

/** The communes asked for: --commune a,b, --batch i/n, or all of them. */
function chosenCommunes(all: readonly string[], values: { commune?: string | undefined; batch?: string | undefined }): string[] {
  if (values.commune !== undefined && values.batch !== undefined) throw new UsageError(m.batchOrCommune);
  if (values.batch !== undefined) {
    const id = parseBatch(values.batch);
    if (!id) throw new UsageError(m.badBatch(values.batch));
    return communesOfBatch(all, id);
  }
  return values.commune
    ? values.commune
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean)
    : [...all];
}

/**
 * --prune: the output root keeps only the communes just built. A batch job
 * restores its last good sites from a cache, which may still hold a commune
 * since removed from the province, or moved to another batch when the number
 * of batches changed; publishing those would serve stale sites.
 */
function prune(outRoot: string, keep: readonly string[]): void {
  if (!existsSync(outRoot)) return;
  for (const entry of readdirSync(outRoot, { withFileTypes: true })) {
    if (entry.isDirectory() && COMMUNE_SLUG.test(entry.name) && !keep.includes(entry.name)) {
      console.log(m.pruned(entry.name));
      rmSync(join(outRoot, entry.name), { recursive: true, force: true });
    }
  }
}

/** The failed communes, loudly: each named, with whether its last good site is still there. */
function reportFailures(results: readonly CommuneBuild[], annotate: boolean): void {
  const failed = results.flatMap((r) => (r.failure ? [{ slug: r.slug, kept: existsSync(r.out), failure: r.failure }] : []));
  if (failed.length === 0) return;
  console.error(`\n${m.failedCommunes(failed)}`);
  // GitHub Actions reads workflow commands from stdout; each becomes an error on the run's summary page.
  if (annotate) for (const f of failed) console.log(m.annotation(f.slug, f.kept, f.failure));
}

export default {
  ...commandHelp['build-all'],
  async run(argv) {
    const { values } = parseOptions(argv, {
      ...BUILD_OPTIONS,
      ...VERIFY_OPTIONS,
      ...MATRIX_OPTIONS,
      commune: { type: 'string' },
      list: { type: 'boolean', default: false },
    });
    const settings = buildSettings(values);
    const verify = verifyRequest(values);
    const root = settings.communesDir;
    const all = listCommunes(root);
    if (values.list) {
      console.log(listing(all, values.batches));
      return EXIT.ok;
    }
    if (values.batches !== undefined) throw new UsageError(m.batchesNeedList);
    if (all.length === 0) {
      console.error(m.noCommunesToBuild(root));
      return EXIT.usage;
    }
    const slugs = chosenCommunes(all, values);
    const unknown = slugs.filter((s) => !all.includes(s));
    if (unknown.length) {
      console.error(m.unknownCommunes(unknown, root, all));
      return EXIT.usage;
    }

    const outRoot = resolve(values.out ?? 'dist');
    let jobs = jobsOf(values.jobs);
    if (jobs > 1 && !buildsCanShare(outRoot)) {
      // On stderr with --json, whose stdout is the JSON alone.
      (values.json ? console.error : console.log)(m.oneAtATime(outRoot));
      jobs = 1;
    }
    if (values.prune) prune(outRoot, slugs);
    if (slugs.length === 0) {
      // A batch the hash left empty (the GitLab template runs a fixed number of jobs): nothing to do is a success.
      console.log(m.emptyBatch(values.batch ?? ''));
      return EXIT.ok;
    }
    const started = performance.now();
    // The generator's and the province's files are hashed once for every commune of this run.
    const shared = new Map<string, string>();
    const setup = turns();
    const results: CommuneBuild[] = await inPool(slugs, jobs, async (slug) => ({
      slug,
      ...(await buildSite({
        settings: communeSettings(settings, slug),
        out: join(outRoot, slug),
        astroArgs: [],
        log: values.json ? 'stderr' : 'stdout',
        shared,
        setup,
        verify,
      })),
    }));
    const seconds = (performance.now() - started) / 1000;
    const ok = results.every((r) => r.ok);
    const size = existsSync(outRoot) ? sizeReport(outRoot) : null;
    const lines = size && sizeLines(outRoot, size);
    if (values.json) {
      console.log(JSON.stringify({ ok, seconds, communes: results, size }));
    } else {
      console.log(`\n${m.tableHeader}`);
      for (const r of results) console.log(m.tableRow(r.slug, r.ok, r.skipped, r.seconds));
      console.log(m.tableTotal(results.filter((r) => r.ok).length, results.length, seconds));
      const slugsWhere = (test: (r: CommuneBuild) => boolean) => results.filter(test).map((r) => r.slug);
      console.log(
        m.tally(
          slugsWhere((r) => r.ok && !r.skipped),
          slugsWhere((r) => r.skipped),
        ),
      );
      if (lines) console.log(lines.out.join('\n'));
    }
    for (const line of lines?.warnings ?? []) console.error(line);
    reportFailures(results, values.annotate);
    return ok ? EXIT.ok : EXIT.failed;
  },
} satisfies Command;
