#!/usr/bin/env node
/**
 * Measures a province's build (issue 15): a synthetic province repository in
 * a temporary folder, built with `cchc build-all --json` four times:
 *
 * 1. cold: no caches (content stores, share cards, fingerprints removed);
 * 2. no change: every commune is skipped;
 * 3. one commune changed: one news file of one commune edited;
 * 4. shared list changed: one of the province's procedures edited, so every
 *    commune is built again (with the caches the cold build left).
 *
 * After each, `cchc build-hub`: the hub (its board and the province-wide
 * search over every commune's pages) is what a change waits for before the
 * province's tree is published.
 *
 * For each: wall time, CPU of the whole process tree, peak resident memory
 * of the tree (summed, sampled from /proc), output size and file count, and
 * how many communes were built and skipped. Then, side by side, building
 * them one by one: the first few communes built cold with `--jobs 1`, each
 * after its caches are removed, the median extrapolated to N.
 *
 * The province: province/site.yaml, the shared list imported from the
 * fixture spreadsheet (tests/fixtures/import, 470 procedures at commune
 * level; those the national package has no details for are given the
 * details of a full one, and a body, so every page is full-sized), and N
 * communes, each with its own identity, service center and former units,
 * 300 news items (scripts/bench/generate.ts), a plan with 45 events and
 * notes on two shared procedures. A measurement, never a timed test.
 *
 * With --profile, only one commune is built, cold, with V8's profiler in
 * each of its processes: its CPU time by phase and Astro's time by route
 * (procedure pages, notices, share cards…), to see where a commune's time
 * goes (scripts/bench/profile.ts).
 *
 *   npm run bench:province -- --communes 100 [--jobs J] [--keep] [--worktree] [--skip-one-by-one] [--profile]
 */
import { execFileSync } from 'node:child_process';
import { appendFileSync, cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import type { HubResult } from '../src/build/hub.ts';
import type { CommuneBuild } from '../src/cli/commands/build-all.ts';
import { parseOptions } from '../src/cli/options.ts';
import { isoDateInVietnam } from '../src/lib/dates.ts';
import { childEnv } from '../src/settings/settings.ts';
import { generateCommune, loadCorpus, markdownFile, paragraphs, seeded, splitFrontMatter } from './bench/generate.ts';
import { folderSize, runMeasured, type Run } from './bench/measure.ts';
import { portalPhases } from './bench/phases.ts';
import { portalCommit, snapshotPortal } from './bench/portal.ts';
import { IMAGES_START, phaseRows, routeRows } from './bench/profile.ts';
import { median, table } from './bench/stats.ts';

const REPO = resolve(import.meta.dirname, '..');
const FIXTURE = join(REPO, 'tests/fixtures/province-minh-hoa');
const IMPORT = join(REPO, 'tests/fixtures/import');
/** What each commune holds besides the shared list. */
const MIX = { procedures: 0, news: 300, events: 45, commendations: 0 };
/** How many communes the one-by-one figure builds before extrapolating. */
const ONE_BY_ONE_SAMPLE = 3;

const { values } = parseOptions(process.argv.slice(2), {
  communes: { type: 'string', default: '100' },
  jobs: { type: 'string' },
  keep: { type: 'boolean', default: false },
  worktree: { type: 'boolean', default: false },
  'skip-one-by-one': { type: 'boolean', default: false },
  profile: { type: 'boolean', default: false },
});
const count = Number(values.communes);
if (!Number.isInteger(count) || count < 1) throw new Error(`--communes: a whole number ≥ 1, not ${values.communes}`);
const jobs = values.jobs === undefined ? [] : ['--jobs', values.jobs];

const log = (line: string) => console.log(`[bench:province ${new Date().toISOString().slice(11, 19)}] ${line}`);
const work = mkdtempSync(join(tmpdir(), 'cchc-province-bench-'));
const portal = snapshotPortal(join(work, 'portal'), values.worktree);
const repo = join(work, 'tinh');
const province = join(repo, 'province');
const communes = join(repo, 'communes');
// Within the portal's folder, where the builds run: several communes may then build at once (src/build/jobs.ts).
const out = join(portal, 'dist');
const cchc = join(portal, 'bin/cchc.mjs');
// The imported procedures are dated today: the build runs on the same day.
const today = isoDateInVietnam(new Date());

/** The shared list: the fixture spreadsheet and national package imported, every procedure given full details. */
function writeProvince(): string[] {
  mkdirSync(province, { recursive: true });
  cpSync(join(FIXTURE, 'province/site.yaml'), join(province, 'site.yaml'));
  execFileSync(
    process.execPath,
    [cchc, 'import', join(IMPORT, 'danh-muc-tinh-2026.xlsx'), '--detail', join(IMPORT, 'goi-du-lieu-quoc-gia.json'), '--content', province],
    { cwd: portal, env: childEnv({ today }), stdio: 'ignore' },
  );
  const dir = join(province, 'procedures');
  const files = readdirSync(dir).filter((f) => f.endsWith('.md'));
  const full = splitFrontMatter(readFileSync(join(dir, 'dang-ky-khai-sinh.md'), 'utf8')).data;
  const details = Object.fromEntries(['channels', 'processingTime', 'fees', 'cases', 'agency', 'result', 'legalBasis'].map((k) => [k, full[k]]));
  const corpus = loadCorpus();
  const rnd = seeded(460);
  for (const file of files) {
    const { data, body } = splitFrontMatter(readFileSync(join(dir, file), 'utf8'));
    const text = body.trim() || paragraphs(rnd, corpus.prose, 3);
    writeFileSync(join(dir, file), markdownFile(data.cases ? data : { ...data, ...details }, text));
  }
  return files;
}

/** N communes: the fixture's xã An Phú renamed, with generated news, plan and events, and its notes. */
async function writeCommunes(): Promise<{ slugs: string[]; newsFile: string }> {
  const corpus = loadCorpus();
  const template = join(FIXTURE, 'communes/xa-an-phu/content');
  const slugs: string[] = [];
  let newsFile = '';
  for (let i = 1; i <= count; i++) {
    const slug = `xa-minh-hoa-${i}`;
    const name = `Minh Họa ${i}`;
    const content = join(communes, slug, 'content');
    const generated = await generateCommune(content, MIX.news + MIX.events, corpus, i, MIX);
    for (const file of ['site.yaml', 'procedure-notes.yaml']) {
      const text = readFileSync(join(template, file), 'utf8').replaceAll('xa-an-phu', slug).replaceAll('An Phú', name);
      writeFileSync(join(content, file), text);
    }
    if (i === Math.ceil(count / 2)) newsFile = generated.newsFile;
    slugs.push(slug);
  }
  return { slugs, newsFile };
}

interface Result {
  run: string;
  measured: Run;
  communes: CommuneBuild[];
  size: { bytes: number; files: number };
  /** The provincial hub's build that follows: what a change waits for before it is published. */
  hub?: { measured: Run; skipped: boolean };
}

/** The caches a cold build has none of: content stores, share cards, Astro's image cache, fingerprints. */
const clearCaches = () => rmSync(join(portal, 'node_modules/.astro'), { recursive: true, force: true });

async function buildAll(run: string, extra: string[] = []): Promise<Result> {
  const load = loadavg()[0]!;
  const measured = await runMeasured(process.execPath, [cchc, 'build-all', '--json', '--communes', communes, '--out', out, ...jobs, ...extra], {
    cwd: portal,
    env: childEnv({ today }),
  });
  // Every run's log is kept beside the results (with --keep), for a closer look.
  mkdirSync(join(work, 'logs'), { recursive: true });
  writeFileSync(join(work, 'logs', `${run.replace(/\W+/g, '-')}.log`), measured.output);
  if (measured.status !== 0) throw new Error(`${run}: build-all failed (exit ${measured.status}), log in ${join(work, 'logs')}:\n${measured.output.slice(-4000)}`);
  const result = JSON.parse(measured.stdout) as { communes: CommuneBuild[] };
  const size = folderSize(out);
  log(`${run}: ${s(measured.ms)} wall, ${s(measured.cpuMs)} CPU, peak ${gb(measured.peakTree)}, load ${load.toFixed(1)} → ${loadavg()[0]!.toFixed(1)}`);
  return { run, measured, communes: result.communes, size };
}

/** `cchc build-hub` over the communes just built: the hub's list, board and province-wide search. */
async function buildHubAfter(result: Result): Promise<Result> {
  const measured = await runMeasured(process.execPath, [cchc, 'build-hub', '--json', '--communes', communes, '--out', out], { cwd: portal, env: childEnv({ today }) });
  writeFileSync(join(work, 'logs', `${result.run.replace(/\W+/g, '-')}-hub.log`), measured.output);
  if (measured.status !== 0) throw new Error(`${result.run}: build-hub failed (exit ${measured.status}):\n${measured.output.slice(-4000)}`);
  const { skipped } = JSON.parse(measured.stdout) as HubResult;
  log(`${result.run}, hub: ${s(measured.ms)} wall, ${s(measured.cpuMs)} CPU, peak ${gb(measured.peakTree)}${skipped ? ', skipped' : ''}`);
  return { ...result, size: { ...folderSize(out) }, hub: { measured, skipped } };
}

/** One commune built cold with every process profiled: CPU by phase, Astro's time by route. */
async function profileCommune(slug: string) {
  const dir = join(work, 'profiles');
  mkdirSync(dir);
  clearCaches();
  const run = await runMeasured(process.execPath, [cchc, 'build', '--json', '--force', '--commune', slug, '--communes', communes, '--out', join(work, 'dist-profile')], {
    cwd: portal,
    env: childEnv({ today }, { NODE_OPTIONS: `--cpu-prof --cpu-prof-dir=${dir}` }),
    threads: true,
    marks: { images: IMAGES_START },
  });
  if (run.status !== 0) throw new Error(`profile of ${slug} failed:\n${run.output.slice(-4000)}`);
  const rows = phaseRows(run, dir, portalPhases());
  const counted = rows.reduce((a, r) => a + r.ms, 0);
  console.log(`\n## One commune (${slug}) built cold, profiled: ${s(run.ms)} wall, ${s(run.cpuMs)} CPU, peak ${gb(run.peakTree)}\n`);
  console.log(table(['phase', 'CPU', 'share'], [...rows.map((r) => [r.phase, s(r.ms), pct(r.ms, counted)]), ['**total**', `**${s(counted)}**`, '']]));
  const routes = routeRows(run.output);
  const rendering = routes.reduce((a, r) => a + r.ms, 0);
  console.log(`\n## Astro's time by route (wall, from its build log)\n`);
  console.log(
    table(
      ['route', 'files', 'time', 'share', 'per file'],
      routes.map((r) => [r.group, r.files, s(r.ms), pct(r.ms, rendering), `${(r.ms / r.files).toFixed(1)} ms`]),
    ),
  );
}

const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const gb = (bytes: number) => `${(bytes / 2 ** 30).toFixed(2)} GB`;
const mb = (bytes: number) => `${Math.round(bytes / 2 ** 20)} MB`;
const pct = (part: number, whole: number) => `${((100 * part) / whole).toFixed(1)}%`;

async function measureRuns() {
  clearCaches();
  const results: Result[] = [];
  results.push(await buildHubAfter(await buildAll('cold')));
  results.push(await buildHubAfter(await buildAll('no change')));
  appendFileSync(newsFile, '\nMột câu thêm vào để đo việc dựng lại một xã.\n');
  results.push(await buildHubAfter(await buildAll('one commune changed')));
  appendFileSync(join(province, 'procedures', shared[0]!), '\nMột câu thêm vào để đo việc dựng lại cả danh mục.\n');
  results.push(await buildHubAfter(await buildAll('shared list changed')));

  /** One by one, as today: each of the first few communes alone, cold, no other build beside it. */
  const sample = values['skip-one-by-one'] ? [] : slugs.slice(0, Math.min(ONE_BY_ONE_SAMPLE, count));
  const oneByOne: { slug: string; ms: number; cpuMs: number; peak: number }[] = [];
  for (const slug of sample) {
    clearCaches();
    const r = await buildAll(`one by one: ${slug}`, ['--jobs', '1', '--force', '--commune', slug]);
    oneByOne.push({ slug, ms: r.measured.ms, cpuMs: r.measured.cpuMs, peak: r.measured.peakTree });
  }

  const machine = `${cpus().length} cores, ${gb(totalmem())} RAM, Node ${process.version}, load average before ${loadBefore.map((l) => l.toFixed(1)).join(' / ')}, after ${loadavg()
    .map((l) => l.toFixed(1))
    .join(' / ')}`;
  console.log(`\n## Province of ${count} communes (${shared.length} shared procedures, ${MIX.news} news and ${MIX.events} events each), ${today}, ${portalCommit()}`);
  console.log(`\n${machine}; build-all ${jobs.join(' ') || '(default jobs)'}\n`);
  const rows = results.map((r) => {
    const built = r.communes.filter((c) => !c.skipped);
    const per = built.length ? s(median(built.map((c) => c.seconds * 1000))) : '–';
    return [r.run, s(r.measured.ms), s(r.measured.cpuMs), gb(r.measured.peakTree), built.length, r.communes.length - built.length, mb(r.size.bytes), r.size.files, per];
  });
  console.log(table(['run', 'wall', 'CPU', 'peak memory', 'built', 'skipped', 'output', 'files', 'median per built commune'], rows));
  const hubRows = results.flatMap(({ run, measured, hub }) =>
    hub ? [[run, hub.skipped ? 'skipped' : 'built', s(hub.measured.ms), s(hub.measured.cpuMs), gb(hub.measured.peakTree), s(measured.ms + hub.measured.ms)]] : [],
  );
  console.log(`\nThe provincial hub after each run (\`cchc build-hub\`):\n`);
  console.log(table(['run', 'hub', 'wall', 'CPU', 'peak memory', 'communes + hub, wall'], hubRows));
  if (oneByOne.length) {
    const wall = median(oneByOne.map((o) => o.ms));
    const cpu = median(oneByOne.map((o) => o.cpuMs));
    console.log(
      `\nOne by one (each commune alone, cold, --jobs 1; median of ${oneByOne.length}: ${oneByOne.map((o) => `${o.slug} ${s(o.ms)}`).join(', ')}): ` +
        `${s(wall)} wall and ${s(cpu)} CPU per commune, peak ${gb(Math.max(...oneByOne.map((o) => o.peak)))}; ` +
        `× ${count} = ${s(wall * count)} wall, ${s(cpu * count)} CPU (extrapolated).`,
    );
  }
  console.log(
    `\n${JSON.stringify({ count, shared: shared.length, results: results.map((r) => ({ run: r.run, ms: r.measured.ms, cpuMs: r.measured.cpuMs, peak: r.measured.peakTree, cpuBy: r.measured.cpuBy, size: r.size, hub: r.hub && { skipped: r.hub.skipped, ms: r.hub.measured.ms, cpuMs: r.hub.measured.cpuMs, peak: r.hub.measured.peakTree }, communes: r.communes.map((c) => ({ slug: c.slug, skipped: c.skipped, seconds: c.seconds })) })), oneByOne })}`,
  );
}

const loadBefore = loadavg();
log(`generating ${count} communes in ${work}`);
const shared = writeProvince();
const { slugs, newsFile } = await writeCommunes();
log(`${shared.length} shared procedures; ${count} communes of ${MIX.news} news and ${MIX.events} events`);

try {
  if (values.profile) await profileCommune(slugs[0]!);
  else await measureRuns();
} catch (error) {
  // A failed run keeps its folder and logs, for a look at what went wrong.
  log(`kept ${work}`);
  throw error;
}
if (values.keep) log(`kept ${work}`);
else rmSync(work, { recursive: true, force: true });
