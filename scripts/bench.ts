#!/usr/bin/env node
/**
 * The benchmark: builds synthetic communes of N entries with the portal and,
 * in the same run and in alternation, the same Markdown with a bare Astro
 * site plus the Pagefind CLI and with Starlight and its built-in search, cold
 * and warm, and prints what docs/benchmarks.md records: medians of CPU time
 * and their ratios. It prints numbers; it asserts nothing.
 *
 *   npm run bench                       # N = 2000, 5000, three rounds
 *   npm run bench -- --sizes 500        # quicker
 *   npm run bench -- --runs 5           # rounds of alternating builds
 *   npm run bench -- --profile          # a cold portal build and a warm one, CPU time by phase (./bench/profile.ts)
 *   npm run bench -- --pipeline-at 2000 # where Sätteri vs unified is compared (0: skip)
 *   npm run bench -- --keep             # keep the temporary folder
 *
 * Work happens in a temporary folder outside the repository. The portal is
 * built from a snapshot of HEAD there (`git archive`; `--worktree` copies the
 * working tree instead, uncommitted changes included), so a bench never
 * shares Astro's .astro/ folder with a build or test running in the
 * repository at the same time. Both sites link to the repository's installed
 * packages but keep their caches (node_modules/.astro) in the temporary
 * folder, so a cold build is cold. Raw results go to .cache/bench/results.json.
 */
import { appendFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { basename, join, resolve } from 'node:path';
import type { BuildResult } from '../src/build/atomic.ts';
import { parseOptions } from '../src/cli/options.ts';
import { childEnv, type Settings } from '../src/settings/settings.ts';
import { writeBareSite, type Processor } from './bench/bare-site.ts';
import { generateCommune, loadCorpus, type Mix } from './bench/generate.ts';
import { bytesPerPageType, CONTENT_TYPES, folderSize, runMeasured, searchPayload, type Run, type SearchPayload, type TypeStats } from './bench/measure.ts';
import { portalPhases } from './bench/phases.ts';
import { portalCommit, snapshotPortal } from './bench/portal.ts';
import { IMAGES_START, phaseRows, routeRows } from './bench/profile.ts';
import { STARLIGHT_VERSION, writeStarlightSite } from './bench/starlight-site.ts';
import { alternating, median, medianRun, ratio, table } from './bench/stats.ts';

const REPO = resolve(import.meta.dirname, '..');
const { values } = parseOptions(process.argv.slice(2), {
  sizes: { type: 'string', default: '2000,5000' },
  runs: { type: 'string', default: '3' },
  profile: { type: 'boolean', default: false },
  'pipeline-at': { type: 'string', default: '2000' },
  keep: { type: 'boolean', default: false },
  worktree: { type: 'boolean', default: false },
});
const sizes = values.sizes.split(',').map(Number);
const pipelineAt = Number(values['pipeline-at']);
const rounds = Math.max(1, Number(values.runs));
const work = mkdtempSync(join(tmpdir(), 'cchc-bench-'));
const node = process.execPath;
const astroBin = join(REPO, 'node_modules/astro/bin/astro.mjs');
const TODAY = '2025-01-01';
const portal = snapshotPortal(join(work, 'portal'), values.worktree);
const commit = portalCommit();

/** The Astro caches of the portal snapshot (content store, image and share-image caches). */
const cacheOf = () => join(portal, 'node_modules/.astro');

const env = (settings: Partial<Settings> = {}): NodeJS.ProcessEnv => childEnv({ today: TODAY, ...settings });

let logNo = 0;
function must(run: Run, what: string): Run {
  // Every build's output is kept beside the results (with --keep), for a closer look at its phases.
  mkdirSync(join(work, 'logs'), { recursive: true });
  writeFileSync(join(work, 'logs', `${String(++logNo).padStart(2, '0')}-${what.replace(/\W+/g, '-')}.log`), run.output);
  if (run.status !== 0) throw new Error(`${what} failed (exit ${run.status}):\n${run.output.slice(-4000)}`);
  return run;
}

/** The search index's time, from `cchc build --json` (src/build/atomic.ts BuildResult). */
const pagefindMs = (run: Run) => (JSON.parse(run.stdout) as BuildResult).searchIndex?.ms ?? NaN;
const pagesBuilt = (run: Run) => Number(/(\d+) page\(s\) built/.exec(run.output)?.[1] ?? NaN);

/** With `profileDir`, every Node process of the build writes a V8 CPU profile there, and threads are measured. */
async function buildOurs(content: string, out: string, extra: Partial<Settings> = {}, profileDir?: string) {
  const nodeOptions = profileDir ? { NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --cpu-prof --cpu-prof-dir=${profileDir}`.trim() } : {};
  return must(
    await runMeasured(node, [join(portal, 'bin/cchc.mjs'), 'build', '--json', '--out', out], {
      cwd: portal,
      env: childEnv({ today: TODAY, contentDir: content, ...extra }, nodeOptions),
      threads: !!profileDir,
      marks: { images: IMAGES_START },
    }),
    `portal build of ${basename(content)} into ${basename(out)}`,
  );
}

/** An Astro project's caches and output, removed for a cold build. */
const clearAstro = (dir: string) => {
  for (const sub of ['node_modules/.astro', '.astro', 'dist']) rmSync(join(dir, sub), { recursive: true, force: true });
};

/** `astro build` of a yardstick project; with `pagefind`, then the Pagefind CLI over its dist/ (both measured as one). */
async function buildAstro(dir: string, what: string, pagefind: boolean) {
  const astro = [node, astroBin, 'build', '--root', dir];
  const cli = [node, pagefindBin, '--site', join(dir, 'dist')];
  const command = pagefind ? `${astro.map(quote).join(' ')} && ${cli.map(quote).join(' ')}` : astro.map(quote).join(' ');
  return must(await runMeasured('sh', ['-c', command], { cwd: dir, env: env() }), what);
}
const quote = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;
const pagefindBin = join(REPO, 'node_modules/pagefind/lib/runner/bin.cjs');

async function buildBare(content: string, processor: Processor, n: number) {
  const dir = writeBareSite(join(work, `bare-${processor}-${n}`), content, processor);
  return buildAstro(dir, `bare ${processor} build ${n}`, false);
}

/** The builds compared side by side, each cold (caches removed) and warm (caches kept, build forced). */
const SITES = ['portal', 'bare', 'starlight'] as const;
type Site = (typeof SITES)[number];
const SITE_NAMES: Record<Site, string> = {
  portal: 'the portal (`cchc build`)',
  bare: 'bare Astro + the Pagefind CLI',
  starlight: `Starlight ${STARLIGHT_VERSION} with its search`,
};
type Builds = Record<Site, { cold: Run[]; warm: Run[] }>;

interface Result {
  n: number;
  mix: Mix;
  builds: Builds;
  /** The portal again with nothing changed (the unchanged-input skip). */
  noChange: Run;
  oneNews: Run;
  pages: Record<Site, number>;
  pagefind: number;
  dist: { bytes: number; files: number };
  pagefindDir: { bytes: number; files: number };
  types: TypeStats[];
  search: SearchPayload;
  unified?: Run | undefined;
}

const log = (line: string) => console.log(`[bench ${new Date().toISOString().slice(11, 19)}] ${line}`);
const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const mb = (bytes: number) => `${Math.round(bytes / 2 ** 20)} MB`;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)}`;
const pct = (part: number, whole: number) => `${((100 * part) / whole).toFixed(1)}%`;

/**
 * One portal build with every Node process profiled, cold (its caches
 * removed) or warm (the cold one's kept, forced); prints CPU time by phase
 * and Astro's time by route.
 */
async function profileOnce(content: string, n: number, kind: 'cold' | 'warm') {
  const dir = join(work, `profile-${n}-${kind}`);
  mkdirSync(dir);
  if (kind === 'cold') rmSync(cacheOf(), { recursive: true, force: true });
  const run = await buildOurs(content, join(work, `dist-profile-${n}`), { forceBuild: true }, dir);
  log(`N=${n}: portal ${kind}, profiled ${s(run.ms)} (CPU ${s(run.cpuMs)}), ${readdirSync(dir).length} profiles`);
  const rows = phaseRows(run, dir, portalPhases());
  const counted = rows.reduce((a, r) => a + r.ms, 0);
  console.log(`\n## CPU time by phase, one ${kind} portal build, N = ${n} (${pagesBuilt(run)} pages)\n`);
  console.log(
    table(
      ['phase', 'CPU', 'share'],
      [...rows.map((r) => [r.phase, s(r.ms), pct(r.ms, counted)]), ['**total**', `**${s(counted)}**`, `(measured from /proc: ${s(run.cpuMs)})`]],
    ),
  );
  const routes = routeRows(run.output);
  const rendering = routes.reduce((a, r) => a + r.ms, 0);
  console.log(`\n## Astro's own time by route, ${kind} (wall, from its build log; one file at a time; pages copied from the last build not counted), N = ${n}\n`);
  console.log(
    table(
      ['route', 'files', 'time', 'share', 'per file'],
      routes.map((r) => [r.group, r.files, s(r.ms), pct(r.ms, rendering), `${(r.ms / r.files).toFixed(1)} ms`]),
    ),
  );
  return { n, kind, cpuMs: run.cpuMs, ms: run.ms, pages: pagesBuilt(run), phases: rows, routes };
}

const results: Result[] = [];
const profiles: Awaited<ReturnType<typeof profileOnce>>[] = [];
const corpus = loadCorpus();
log(
  `portal ${values.worktree ? 'working tree' : `HEAD ${commit}`} in ${portal}; load average ${loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')}`,
);
try {
  for (const n of sizes) {
    const content = join(work, `commune-${n}`);
    const { mix, newsFile } = await generateCommune(content, n, corpus);
    log(`N=${n}: ${mix.procedures} procedures, ${mix.news} news, ${mix.events} events, ${mix.commendations} commendations`);
    if (values.profile) {
      for (const kind of ['cold', 'warm'] as const) profiles.push(await profileOnce(content, n, kind));
      continue;
    }
    const out = join(work, `dist-${n}`);
    const bareDir = writeBareSite(join(work, `bare-${n}`), content, 'satteri');
    const starlightDir = writeStarlightSite(join(work, `starlight-${n}`), content);
    const builds: Builds = { portal: { cold: [], warm: [] }, bare: { cold: [], warm: [] }, starlight: { cold: [], warm: [] } };
    const build = async (site: Site, cold: boolean): Promise<Run> => {
      if (site === 'portal') {
        if (cold) rmSync(cacheOf(), { recursive: true, force: true });
        return buildOurs(content, out, { forceBuild: true });
      }
      const dir = site === 'bare' ? bareDir : starlightDir;
      if (cold) clearAstro(dir);
      // Starlight runs Pagefind itself; the bare site gets the CLI.
      return buildAstro(dir, `${site} ${cold ? 'cold' : 'warm'} ${n}`, site === 'bare');
    };
    for (const { kind, round } of alternating(
      (['cold', 'warm'] as const).flatMap((temp) => SITES.map((site) => ({ site, temp }))),
      rounds,
    )) {
      const run = await build(kind.site, kind.temp === 'cold');
      builds[kind.site][kind.temp].push(run);
      log(`N=${n}, round ${round + 1}/${rounds}: ${kind.site} ${kind.temp} ${s(run.ms)} (CPU ${s(run.cpuMs)})`);
    }
    const noChange = await buildOurs(content, out);
    log(`N=${n}: portal, no change ${s(noChange.ms)}`);
    appendFileSync(newsFile, `\nĐoạn văn thêm vào để đo thời gian dựng lại sau khi sửa một tin (${new Date().toISOString()}).\n`);
    const oneNews = await buildOurs(content, out);
    log(`N=${n}: portal, one news edited ${s(oneNews.ms)}`);
    let unified: Run | undefined;
    if (n === pipelineAt) {
      unified = await buildBare(content, 'unified', n);
      log(`N=${n}: bare Astro with unified() + remark-gfm ${s(unified.ms)}`);
    }
    const search = await searchPayload(out, '/', ['đăng ký khai sinh', 'chứng thực bản sao']);
    log(`N=${n}: first search ${kb(search.first)} KB, later ${kb(search.later)} KB`);
    results.push({
      n,
      mix,
      builds,
      noChange,
      oneNews,
      unified,
      search,
      pages: { portal: pagesBuilt(builds.portal.cold[0]!), bare: pagesBuilt(builds.bare.cold[0]!), starlight: pagesBuilt(builds.starlight.cold[0]!) },
      pagefind: median(builds.portal.cold.map(pagefindMs)),
      dist: folderSize(out),
      pagefindDir: folderSize(join(out, 'pagefind')),
      types: await bytesPerPageType(out, '/'),
    });
    rmSync(cacheOf(), { recursive: true, force: true });
  }
} finally {
  if (!values.keep) rmSync(work, { recursive: true, force: true });
  else log(`kept ${work}`);
}

console.log(
  `\n## Machine\n\nportal at ${values.worktree ? `the working tree on ${commit}` : commit}; ${cpus().length} cores (${cpus()[0]?.model.trim()}), ${Math.round(totalmem() / 2 ** 30)} GB RAM, Node ${process.version}, load average at the end ${loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')}\n`,
);

mkdirSync(join(REPO, '.cache/bench'), { recursive: true });
if (values.profile) {
  writeFileSync(join(REPO, '.cache/bench/profile.json'), JSON.stringify(profiles, null, 2));
  process.exit(0);
}

const cpu = (runs: Run[]) => median(runs.map((r) => r.cpuMs));
console.log(`## Build, side by side (medians of CPU time, user + system, over ${rounds} alternating rounds)\n`);
console.log(
  table(
    ['N', 'build', 'pages', 'cold CPU', 'warm CPU', 'cold wall', 'cold CPU per page', 'warm CPU per page', 'portal ÷ this, cold', 'portal ÷ this, warm'],
    results.flatMap((r) =>
      SITES.map((site) => {
        const { cold, warm } = r.builds[site];
        return [
          r.n,
          SITE_NAMES[site],
          r.pages[site],
          s(cpu(cold)),
          s(cpu(warm)),
          s(median(cold.map((x) => x.ms))),
          `${(cpu(cold) / r.pages[site]).toFixed(1)} ms`,
          `${(cpu(warm) / r.pages[site]).toFixed(1)} ms`,
          site === 'portal' ? '' : ratio(cpu(r.builds.portal.cold), cpu(cold)),
          site === 'portal' ? '' : ratio(cpu(r.builds.portal.warm), cpu(warm)),
        ];
      }),
    ),
  ),
);
console.log(
  `\nEvery run's CPU (cold; warm), in order: ${results
    .map(
      (r) =>
        `N = ${r.n}: ${SITES.map((site) => `${site} ${r.builds[site].cold.map((x) => s(x.cpuMs)).join(', ')}; ${r.builds[site].warm.map((x) => s(x.cpuMs)).join(', ')}`).join(' | ')}`,
    )
    .join(' || ')}`,
);

console.log('\n## The portal: skipped and incremental rebuilds\n');
console.log(
  table(
    ['N', 'no change (of cold wall)', 'one news edited (of cold wall)', 'peak memory (tree)', 'largest process', 'bare peak', 'Starlight peak'],
    results.map((r) => {
      const cold = medianRun(r.builds.portal.cold);
      return [
        r.n,
        `${s(r.noChange.ms)} (${Math.round((100 * r.noChange.ms) / cold.ms)}%)`,
        `${s(r.oneNews.ms)} (${Math.round((100 * r.oneNews.ms) / cold.ms)}%)`,
        mb(cold.peakTree),
        mb(cold.peakSingle),
        mb(medianRun(r.builds.bare.cold).peakTree),
        mb(medianRun(r.builds.starlight.cold).peakTree),
      ];
    }),
  ),
);

const mbOf = (bytes: number | undefined) => (bytes ? mb(bytes) : '–');
const sOf = (ms: number | undefined) => (ms ? s(ms) : '–');
// `cchc build` writes the index in its own process once Astro has exited; the rest of its work is a fraction of a second.
const searchCpu = (run: Run) => (run.cpuBy['cchc build'] ?? 0) + (run.cpuBy['search-index'] ?? 0) + (run.cpuBy.pagefind ?? 0);
console.log("\n## Where the portal's cold build spends CPU (median run), and peak memory by process\n");
console.log(
  table(
    [
      'N',
      'Astro CPU',
      'search index (node + Pagefind) CPU',
      'Pagefind CLI on the bare site',
      'peak Astro',
      'peak Pagefind binary',
      'peak cchc build node (the index)',
      'warm: Astro / search CPU',
    ],
    results.map((r) => {
      const cold = medianRun(r.builds.portal.cold);
      const warm = medianRun(r.builds.portal.warm);
      return [
        r.n,
        sOf(cold.cpuBy.astro),
        sOf(searchCpu(cold)),
        sOf(median(r.builds.bare.cold.map((x) => x.cpuBy.pagefind ?? 0))),
        mbOf(cold.peakBy.astro),
        mbOf(cold.peakBy.pagefind),
        mbOf(cold.peakBy['cchc build']),
        `${sOf(warm.cpuBy.astro)} / ${sOf(searchCpu(warm))}`,
      ];
    }),
  ),
);
console.log('\n## Output\n');
console.log(
  table(
    ['N', 'dist/', 'files', 'pagefind/', 'first search (Pagefind)', 'requests', 'later query', 'requests', 'results shown'],
    results.map((r) => [
      r.n,
      mb(r.dist.bytes),
      r.dist.files,
      mb(r.pagefindDir.bytes),
      `${kb(r.search.first)} KB (${kb(r.search.firstPagefind)} KB)`,
      r.search.firstRequests,
      `${kb(r.search.later)} KB`,
      r.search.laterRequests,
      r.search.results.join(' / '),
    ]),
  ),
);

for (const r of results) {
  console.log(`\n## Bytes per page type, N = ${r.n} (KB; HTML median / largest; CSS and JS of the page that links the most)\n`);
  console.log(
    table(
      ['type', 'pages', 'HTML raw', 'HTML gzip', 'CSS raw', 'CSS gzip', 'JS raw', 'JS gzip', 'largest HTML+CSS gzip'],
      r.types.map((t) => [
        t.type,
        t.pages,
        `${kb(t.htmlRaw.median)} / ${kb(t.htmlRaw.max)}`,
        `${kb(t.htmlGz.median)} / ${kb(t.htmlGz.max)}`,
        kb(t.cssRaw),
        kb(t.cssGz),
        kb(t.jsRaw),
        kb(t.jsGz),
        kb(t.pageGz),
      ]),
    ),
  );
}

const pipeline = results.find((r) => r.unified);
if (pipeline?.unified) {
  // Astro's process alone: the bare builds above include the Pagefind CLI.
  const satteri = medianRun(pipeline.builds.bare.cold);
  const astroCpu = (run: Run) => run.cpuBy.astro ?? run.cpuMs;
  console.log(`\n## Markdown pipeline, bare Astro (its process alone, cold), N = ${pipeline.n}\n`);
  console.log(
    table(
      ['processor', 'CPU', 'peak memory'],
      [
        ['Sätteri (Astro 7 default)', s(astroCpu(satteri)), mb(satteri.peakBy.astro ?? satteri.peakTree)],
        ['unified() + remark-gfm', `${s(astroCpu(pipeline.unified))} (${ratio(astroCpu(pipeline.unified), astroCpu(satteri))})`, mb(pipeline.unified.peakTree)],
      ],
    ),
  );
}

console.log('\n## Targets (issue 20)\n');
for (const r of results) {
  const content = r.types.filter((t) => CONTENT_TYPES.includes(t.type));
  const worst = content.reduce((a, t) => (t.pageGz > a.pageGz ? t : a), content[0]!);
  const js = Math.max(...content.map((t) => t.jsRaw));
  const { portal, bare, starlight } = r.builds;
  console.log(
    `- N = ${r.n}: cold ${ratio(cpu(portal.cold), cpu(bare.cold))} bare Astro + Pagefind CLI in CPU (≤ 1.5×); warm ${ratio(cpu(portal.warm), cpu(bare.warm))} bare warm (≤ 1.3×); ` +
      `cold ${ratio(cpu(portal.cold), cpu(starlight.cold))} Starlight with search (≤ 0.67×); no-change rebuild ${s(r.noChange.ms)}; ` +
      `largest content page ${kb(worst.pageGz)} KB HTML+CSS gzip, a ${worst.type}, JS on content pages ${kb(js)} KB (0); peak memory ${mb(medianRun(portal.cold).peakTree)}`,
  );
}

const summary = (v: Run) => ({ ms: v.ms, cpuMs: v.cpuMs, cpuBy: v.cpuBy, peakBy: v.peakBy, peakTree: v.peakTree, peakSingle: v.peakSingle });
writeFileSync(
  join(REPO, '.cache/bench/results.json'),
  JSON.stringify(
    results.map(({ builds, noChange, oneNews, unified, ...r }) => ({
      ...r,
      rounds,
      builds: Object.fromEntries(SITES.map((site) => [site, { cold: builds[site].cold.map(summary), warm: builds[site].warm.map(summary) }])),
      runs: Object.fromEntries(
        Object.entries({ noChange, oneNews, unified })
          .filter(([, v]) => v)
          .map(([k, v]) => [k, summary(v!)]),
      ),
    })),
    null,
    2,
  ),
);
