#!/usr/bin/env node
/**
 * The benchmark: builds synthetic communes of N entries with the portal and,
 * in the same run, the same Markdown with a bare Astro site, and prints what
 * docs/benchmarks.md records. It prints numbers; it asserts nothing.
 *
 *   npm run bench                       # N = 500, 2000, 5000
 *   npm run bench -- --sizes 500        # quicker
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
import { execFileSync } from 'node:child_process';
import { appendFileSync, cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { basename, join, resolve } from 'node:path';
import type { BuildResult } from '../src/build/atomic.ts';
import { parseOptions } from '../src/cli/options.ts';
import { childEnv, type Settings } from '../src/settings/settings.ts';
import { linkNodeModules, writeBareSite, type Processor } from './bench/bare-site.ts';
import { generateCommune, loadCorpus, type Mix } from './bench/generate.ts';
import { bytesPerPageType, CONTENT_TYPES, folderSize, runMeasured, searchPayload, type Run, type SearchPayload, type TypeStats } from './bench/measure.ts';

const REPO = resolve(import.meta.dirname, '..');
const { values } = parseOptions(process.argv.slice(2), {
  sizes: { type: 'string', default: '500,2000,5000' },
  'pipeline-at': { type: 'string', default: '2000' },
  keep: { type: 'boolean', default: false },
  worktree: { type: 'boolean', default: false },
});
const sizes = values.sizes.split(',').map(Number);
const pipelineAt = Number(values['pipeline-at']);
const work = mkdtempSync(join(tmpdir(), 'cchc-bench-'));
const node = process.execPath;
const astroBin = join(REPO, 'node_modules/astro/bin/astro.mjs');
const TODAY = '2025-01-01';
/** What a snapshot of the portal holds. */
const PORTAL_PARTS = ['astro.config.mjs', 'package.json', 'tsconfig.json', 'bin', 'src', 'public', 'scripts'];

/** The portal to measure, in its own folder: HEAD, or the working tree with --worktree. */
function snapshotPortal(dir: string): string {
  mkdirSync(dir);
  if (values.worktree) {
    for (const part of PORTAL_PARTS) cpSync(join(REPO, part), join(dir, part), { recursive: true });
  } else {
    execFileSync('tar', ['-x', '-C', dir], { input: execFileSync('git', ['archive', 'HEAD', ...PORTAL_PARTS], { cwd: REPO, maxBuffer: 1 << 30 }) });
  }
  linkNodeModules(dir);
  return dir;
}
const portal = snapshotPortal(join(work, 'portal'));
const commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: REPO, encoding: 'utf8' }).trim();

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

async function buildOurs(content: string, out: string, extra: Partial<Settings> = {}) {
  return must(
    await runMeasured(node, [join(portal, 'bin/cchc.mjs'), 'build', '--json', '--out', out], { cwd: portal, env: env({ contentDir: content, ...extra }) }),
    `portal build of ${basename(content)} into ${basename(out)}`,
  );
}

async function buildBare(content: string, processor: Processor, n: number) {
  const dir = writeBareSite(join(work, `bare-${processor}-${n}`), content, processor);
  return must(await runMeasured(node, [astroBin, 'build', '--root', dir], { cwd: dir, env: env() }), `bare ${processor} build ${n}`);
}

interface Result {
  n: number;
  mix: Mix;
  bare: Run;
  cold: Run;
  noChange: Run;
  /** The same, with the unchanged-input skip turned off: Astro's own warm rebuild. */
  forced: Run;
  oneNews: Run;
  pages: number;
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

const results: Result[] = [];
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
    rmSync(cacheOf(), { recursive: true, force: true });

    const bare = await buildBare(content, 'satteri', n);
    log(`N=${n}: bare Astro ${s(bare.ms)} (CPU ${s(bare.cpuMs)}), ${mb(bare.peakTree)}`);
    const out = join(work, `dist-${n}`);
    const cold = await buildOurs(content, out);
    log(`N=${n}: portal cold ${s(cold.ms)} (CPU ${s(cold.cpuMs)}), ${mb(cold.peakTree)}, Pagefind ${pagefindMs(cold)} ms`);
    const noChange = await buildOurs(content, out);
    log(`N=${n}: portal, no change ${s(noChange.ms)}`);
    const forced = await buildOurs(content, out, { forceBuild: true });
    log(`N=${n}: portal, no change, forced ${s(forced.ms)} (CPU ${s(forced.cpuMs)})`);
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
      bare,
      cold,
      noChange,
      forced,
      oneNews,
      unified,
      search,
      pages: pagesBuilt(cold),
      pagefind: pagefindMs(cold),
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

const table = (header: string[], rows: (string | number)[][]) =>
  [`| ${header.join(' | ')} |`, `|${header.map((_, i) => (i === 0 ? ' --- ' : ' ---: ')).join('|')}|`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');

console.log(
  `\n## Machine\n\nportal at ${values.worktree ? `the working tree on ${commit}` : commit}; ${cpus().length} cores (${cpus()[0]?.model.trim()}), ${Math.round(totalmem() / 2 ** 30)} GB RAM, Node ${process.version}, load average at the end ${loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')}\n`,
);

console.log('## Build\n');
console.log(
  table(
    [
      'N',
      'pages',
      'bare Astro',
      'portal cold',
      'ratio',
      'CPU bare / portal (ratio)',
      'Pagefind (share)',
      'no change (of cold)',
      'forced, no change (of cold)',
      'one news edited (of cold)',
      'peak memory (tree)',
      'largest process',
      'bare peak',
    ],
    results.map((r) => [
      r.n,
      r.pages,
      s(r.bare.ms),
      s(r.cold.ms),
      `${(r.cold.ms / r.bare.ms).toFixed(2)}×`,
      `${s(r.bare.cpuMs)} / ${s(r.cold.cpuMs)} (${(r.cold.cpuMs / r.bare.cpuMs).toFixed(2)}×)`,
      `${s(r.pagefind)} (${Math.round((100 * r.pagefind) / r.cold.ms)}%)`,
      `${s(r.noChange.ms)} (${Math.round((100 * r.noChange.ms) / r.cold.ms)}%)`,
      `${s(r.forced.ms)} (${Math.round((100 * r.forced.ms) / r.cold.ms)}%)`,
      `${s(r.oneNews.ms)} (${Math.round((100 * r.oneNews.ms) / r.cold.ms)}%)`,
      mb(r.cold.peakTree),
      mb(r.cold.peakSingle),
      mb(r.bare.peakTree),
    ]),
  ),
);

const mbOf = (bytes: number | undefined) => (bytes ? mb(bytes) : '–');
const sOf = (ms: number | undefined) => (ms ? s(ms) : '–');
console.log("\n## Where the portal's cold build spends CPU, and peak memory by process\n");
console.log(
  table(
    ['N', 'Astro CPU', 'search index (node + Pagefind) CPU', 'peak Astro', 'peak Pagefind binary', 'peak search-index node', 'forced warm rebuild: Astro / search CPU'],
    results.map((r) => [
      r.n,
      sOf(r.cold.cpuBy.astro),
      sOf((r.cold.cpuBy['search-index'] ?? 0) + (r.cold.cpuBy.pagefind ?? 0)),
      mbOf(r.cold.peakBy.astro),
      mbOf(r.cold.peakBy.pagefind),
      mbOf(r.cold.peakBy['search-index']),
      `${sOf(r.forced.cpuBy.astro)} / ${sOf((r.forced.cpuBy['search-index'] ?? 0) + (r.forced.cpuBy.pagefind ?? 0))}`,
    ]),
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
  console.log(`\n## Markdown pipeline, bare Astro, N = ${pipeline.n}\n`);
  console.log(
    table(
      ['processor', 'build', 'CPU', 'peak memory'],
      [
        ['Sätteri (Astro 7 default)', s(pipeline.bare.ms), s(pipeline.bare.cpuMs), mb(pipeline.bare.peakTree)],
        [
          'unified() + remark-gfm',
          `${s(pipeline.unified.ms)} (${(pipeline.unified.ms / pipeline.bare.ms).toFixed(2)}×)`,
          `${s(pipeline.unified.cpuMs)} (${(pipeline.unified.cpuMs / pipeline.bare.cpuMs).toFixed(2)}×)`,
          mb(pipeline.unified.peakTree),
        ],
      ],
    ),
  );
}

console.log('\n## Targets\n');
for (const r of results) {
  const content = r.types.filter((t) => CONTENT_TYPES.includes(t.type));
  const worst = content.reduce((a, t) => (t.pageGz > a.pageGz ? t : a), content[0]!);
  const js = Math.max(...content.map((t) => t.jsRaw));
  console.log(
    `- N = ${r.n}: build ${(r.cold.ms / r.bare.ms).toFixed(2)}× bare in wall time, ${(r.cold.cpuMs / r.bare.cpuMs).toFixed(2)}× in CPU time (target ≤ 2.0); no-change rebuild ${Math.round((100 * r.noChange.ms) / r.cold.ms)}% of cold (≤ 50%; ${Math.round((100 * r.forced.ms) / r.cold.ms)}% when forced); ` +
      `largest content page ${kb(worst.pageGz)} KB HTML+CSS gzip, a ${worst.type} (≤ 20 KB), JS on content pages ${kb(js)} KB (0); peak memory ${mb(r.cold.peakTree)} (< 2048 MB)`,
  );
}

mkdirSync(join(REPO, '.cache/bench'), { recursive: true });
writeFileSync(
  join(REPO, '.cache/bench/results.json'),
  JSON.stringify(
    results.map(({ bare, cold, noChange, forced, oneNews, unified, ...r }) => ({
      ...r,
      runs: Object.fromEntries(
        Object.entries({ bare, cold, noChange, forced, oneNews, unified })
          .filter(([, v]) => v)
          .map(([k, v]) => [k, { ms: v!.ms, cpuMs: v!.cpuMs, cpuBy: v!.cpuBy, peakBy: v!.peakBy, peakTree: v!.peakTree, peakSingle: v!.peakSingle }]),
      ),
    })),
    null,
    2,
  ),
);
