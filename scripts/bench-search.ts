#!/usr/bin/env node
/**
 * Measures site search on a large synthetic commune. It prints numbers; it
 * is never a timed test.
 *
 *   npm run bench:search [-- --entries 5000 --procedures 1000 --keep]
 *   npm run bench:search -- --content DIR     (measure an existing commune)
 *   npm run bench:search -- --dist DIR        (only the searches, on a site already built)
 *
 * 1. Writes a commune of N entries (procedures and news) into a temporary
 *    folder: the demo's plan, commendations and identity, procedures and news
 *    made from the demo's own files with new codes, names, dates and bodies
 *    drawn from the Vietnamese sentences of every content file in the repo.
 * 2. Builds it with the real build (`cchc build --json`) of a copy of the
 *    working tree in the same temporary folder (so it never shares Astro's
 *    .astro/ folder with a build running in the repository), and reads the
 *    index time from its JSON result: the indexing share is
 *    index / (build − index).
 * 3. Serves dist/ on 127.0.0.1 as a CDN would (gzip for text, Pagefind's own
 *    files as they are: they are compressed already) and, in Debian's
 *    Chromium, opens /tim-kiem/ with an empty cache, types a query, waits for
 *    the results and adds up what the network transferred; then types a
 *    second query on the same page and adds up again.
 *
 * `npm run bench` (scripts/bench.ts) reports the same three headline numbers
 * for the whole portal; this script is the search-only view, query by query
 * and file by file, for tuning the index and the search page.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { Page, Response } from 'playwright-core';
import { parse, stringify } from 'yaml';
import type { BuildResult } from '../src/build/atomic.ts';
import { parseOptions } from '../src/cli/options.ts';
import { siteAddress } from '../src/data/site.ts';
import { FULL_TEXT_PATH } from '../src/lib/search.ts';
import { cacheDirFor } from '../src/integrations/portal.ts';
import { serve } from '../src/server/static.ts';
import { childEnv } from '../src/settings/settings.ts';
import { launchBrowser } from '../tests/support/browser.ts';
import { median } from './bench/stats.ts';

const ROOT = resolve(import.meta.dirname, '..');
const { values } = parseOptions(process.argv.slice(2), {
  entries: { type: 'string', default: '5000' },
  procedures: { type: 'string' },
  keep: { type: 'boolean', default: false },
  files: { type: 'boolean', default: false },
  content: { type: 'string' },
  dist: { type: 'string' },
});
const ENTRIES = Number(values.entries);
const PROCEDURES = Number(values.procedures ?? String(Math.round(ENTRIES * 0.15))); // as npm run bench (scripts/bench/generate.ts)
const KEEP = values.keep;
const GIVEN = values.content;
const BUILT = values.dist;
// The last pair is the commonest words of the whole portal: the biggest index entries.
const FIRST_QUERIES = ['dang ky khai sinh', 'chung thuc ban sao', 'doi thoai doanh nghiep', 'dich vu cong truc tuyen', '1.001193', 'buu chinh', 'thu tuc hanh chinh'];
const LATER_QUERIES = ['ket hon', 'tap huan chuyen doi so', 'khai tu', 'xac nhan tinh trang hon nhan', 'loa truyen thanh', 'an toan thong tin', 'cai cach hanh chinh'];

// ---------------------------------------------------------------- commune
/** A small seeded random generator, so every run writes the same commune. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}
const rand = random(20240630);
const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)]!;

function markdownFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.md'))
    .map((e) => join(e.parentPath, e.name));
}

interface Entry {
  data: Record<string, unknown>;
  body: string;
}

function split(file: string): Entry {
  const text = readFileSync(file, 'utf8');
  const m = /^---\n([\s\S]*?)\n---\n?([\s\S]*)$/.exec(text);
  return m ? { data: parse(m[1]!) as Record<string, unknown>, body: m[2]! } : { data: {}, body: text };
}

/** Every sentence of every content body in the repo: real Vietnamese, real vocabulary. */
function sentencePool(): string[] {
  const files = ['content', 'tests/fixtures/chau-thanh-2024', 'tests/fixtures/lien-minh-2022'].flatMap((d) => markdownFiles(join(ROOT, d)));
  const sentences = new Set<string>();
  for (const file of files) {
    const { body } = split(file);
    for (const s of body.replace(/^[#>|\-*].*$/gm, ' ').split(/(?<=[.!?])\s+/)) {
      const clean = s
        .replace(/[*_`[\]()]/g, '')
        .replace(/\s+/g, ' ')
        .trim();
      if (clean.split(' ').length >= 6 && !clean.includes(':')) sentences.add(clean);
    }
  }
  return [...sentences];
}

function paragraphs(pool: readonly string[], count: number, perParagraph: number): string {
  return Array.from({ length: count }, () => Array.from({ length: perParagraph }, () => pick(pool)).join(' ')).join('\n\n');
}

function write(file: string, data: Record<string, unknown>, body: string): void {
  writeFileSync(file, `---\n${stringify(data, { lineWidth: 0 })}---\n\n${body}\n`);
}

function makeCommune() {
  const dir = mkdtempSync(join(tmpdir(), 'cchc-bench-search-'));
  const content = join(dir, 'content');
  mkdirSync(join(content, 'procedures'), { recursive: true });
  mkdirSync(join(content, 'news'), { recursive: true });
  for (const part of ['site.yaml', 'plans', 'commendations']) cpSync(join(ROOT, 'content', part), join(content, part), { recursive: true });
  const pool = sentencePool();
  const words = pool
    .join(' ')
    .split(' ')
    .filter((w) => /^[\p{L}]{2,}$/u.test(w));

  const procedures = markdownFiles(join(ROOT, 'content/procedures')).map(split);
  for (let i = 0; i < PROCEDURES; i++) {
    const { data, body } = procedures[i % procedures.length]!;
    const qualifier = Array.from({ length: 3 + Math.floor(rand() * 4) }, () => pick(words)).join(' ');
    const copy = {
      ...data,
      code: `${1 + (i % 2)}.${String(900000 + i).padStart(6, '0')}`,
      name: i < procedures.length ? data.name : `${data.name} (${qualifier})`,
      related: [],
    };
    write(join(content, 'procedures', `thu-tuc-${String(i).padStart(5, '0')}.md`), copy, `${body}\n\n${paragraphs(pool, 2, 3)}`);
  }
  const news = markdownFiles(join(ROOT, 'content/news')).map(split);
  for (let i = 0; i < ENTRIES - PROCEDURES; i++) {
    const { data } = news[i % news.length]!;
    const year = 2019 + Math.floor(rand() * 6);
    const date = `${year}-${String(1 + Math.floor(rand() * 12)).padStart(2, '0')}-${String(1 + Math.floor(rand() * 28)).padStart(2, '0')}`;
    const title = pick(pool)
      .split(' ')
      .slice(0, 8 + Math.floor(rand() * 8))
      .join(' ')
      .replace(/[,;.]$/, '');
    const { cover: _cover, task: _task, ...rest } = data;
    write(join(content, 'news', `tin-${String(i).padStart(5, '0')}.md`), { ...rest, title, date, summary: pick(pool) }, paragraphs(pool, 3 + Math.floor(rand() * 3), 3));
  }
  return { dir, content };
}

// ---------------------------------------------------------------- build
/** The working tree's portal, copied beside the commune, with the repository's node_modules. */
function snapshotPortal(dir: string): string {
  mkdirSync(dir, { recursive: true });
  for (const part of ['astro.config.mjs', 'package.json', 'tsconfig.json', 'bin', 'src', 'public', 'scripts']) {
    if (existsSync(join(ROOT, part))) cpSync(join(ROOT, part), join(dir, part), { recursive: true });
  }
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
  return dir;
}

function build(portal: string, content: string, out: string) {
  const started = performance.now();
  const result = spawnSync(process.execPath, [join(portal, 'bin/cchc.mjs'), 'build', '--json', '--out', out], {
    cwd: portal,
    encoding: 'utf8',
    env: childEnv({ contentDir: content, today: '2024-06-30' }),
    maxBuffer: 1 << 28,
  });
  const seconds = (performance.now() - started) / 1000;
  // The integration keeps a content cache per commune under node_modules/.astro/: the temporary commune's goes with it.
  rmSync(cacheDirFor(pathToFileURL(`${portal}/`), content, siteAddress(content)), { recursive: true, force: true });
  if (result.status !== 0) {
    console.error(result.stdout.slice(-4000), result.stderr.slice(-4000));
    throw new Error('the build failed');
  }
  const { searchIndex } = JSON.parse(result.stdout) as BuildResult;
  return { seconds, indexed: searchIndex?.pages ?? 0, indexSeconds: (searchIndex?.ms ?? 0) / 1000 };
}

function sizeOf(dir: string) {
  let bytes = 0;
  let files = 0;
  for (const e of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (e.isFile()) {
      bytes += statSync(join(e.parentPath, e.name)).size;
      files++;
    }
  }
  return { bytes, files };
}

// ---------------------------------------------------------------- measure
async function outcome(page: Page, query: string): Promise<void> {
  await page.waitForFunction((q) => (document.getElementById('trang-thai-tim-kiem')?.textContent ?? '').includes(`“${q}”`), query, { timeout: 60_000 });
  await page.waitForFunction(() => document.getElementById('tim-kiem')?.getAttribute('aria-busy') !== 'true');
}

/** Transferred (encoded) and decoded bytes of the responses seen while `act` runs. */
async function traffic(page: Page, act: () => Promise<void>) {
  const seen: Response[] = [];
  const listener = (response: Response) => seen.push(response);
  page.on('response', listener);
  const started = performance.now();
  await act();
  const ms = performance.now() - started;
  page.off('response', listener);
  let transferred = 0;
  let decoded = 0;
  // The full-text bundle (article bodies), loaded only when the main index has no sure answer: counted apart.
  let fullText = 0;
  const files: string[] = [];
  for (const r of seen) {
    const sizes = await r.request().sizes();
    const body = await r.body().catch(() => Buffer.alloc(0));
    // Chromium does not report the size of a worker's own script; count what the server sent.
    const onWire = sizes.responseBodySize || (r.headers()['content-encoding'] === 'gzip' ? gzipSync(body, { level: 9 }).length : body.length);
    if (new URL(r.url()).pathname.includes(`/pagefind/${FULL_TEXT_PATH}`)) {
      fullText += onWire + sizes.responseHeadersSize;
      continue;
    }
    transferred += onWire + sizes.responseHeadersSize;
    decoded += body.length;
    files.push(`${new URL(r.url()).pathname.split('/').slice(-2).join('/')} ${(onWire / 1024).toFixed(1)}`);
  }
  return { transferred, decoded, fullText, requests: seen.length, ms, files };
}

type Traffic = Awaited<ReturnType<typeof traffic>>;

async function measureSearch(dist: string, base: string) {
  // Like a CDN: gzip for text, Pagefind's own files as they are (they are compressed already).
  const server = await serve(dist, base, { likeCdn: true });
  const browser = await launchBrowser();
  const rows: { first: string; later: string; page: Traffic; firstSearch: Traffic; laterSearch: Traffic }[] = [];
  try {
    for (let i = 0; i < FIRST_QUERIES.length; i++) {
      const context = await browser.newContext(); // empty cache
      const page = await context.newPage();
      const before = await traffic(page, async () => {
        await page.goto(`${server.origin}${base}tim-kiem/`);
        await page.waitForLoadState('networkidle');
      });
      const box = page.getByRole('searchbox', { name: 'Tìm thủ tục, tin tức' });
      const first = await traffic(page, async () => {
        await box.fill(FIRST_QUERIES[i]!);
        await outcome(page, FIRST_QUERIES[i]!);
      });
      const later = await traffic(page, async () => {
        await box.fill(LATER_QUERIES[i]!);
        await outcome(page, LATER_QUERIES[i]!);
      });
      rows.push({ first: FIRST_QUERIES[i]!, later: LATER_QUERIES[i]!, page: before, firstSearch: first, laterSearch: later });
      await context.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return rows;
}

// ---------------------------------------------------------------- report
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

const work: { dir: string; content?: string } = GIVEN || BUILT ? { dir: mkdtempSync(join(tmpdir(), 'cchc-bench-search-')) } : makeCommune();
const content = GIVEN ? resolve(GIVEN) : work.content!;
const out = BUILT ? resolve(BUILT) : join(work.dir, 'dist');
// The base path of a built site is where its search page is.
const base = BUILT
  ? `/${String(readdirSync(out, { recursive: true }).find((f) => String(f).endsWith('tim-kiem/index.html'))).replace(/tim-kiem\/index\.html$/, '')}`
  : ((parse(readFileSync(join(content, 'site.yaml'), 'utf8')) as { base?: string }).base ?? '/');

try {
  console.log(
    `Load average before: ${loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')} (other work on the machine slows the build and inflates the times)`,
  );
  if (!BUILT) {
    console.log(`Commune: ${content}${GIVEN ? '' : ` (${PROCEDURES} thủ tục + ${ENTRIES - PROCEDURES} tin tức, sinh tự động)`}`);
    const built = build(snapshotPortal(join(work.dir, 'portal')), content, out);
    console.log(`\nBuild: ${built.seconds.toFixed(1)} s in all; Pagefind indexed ${built.indexed} pages in ${built.indexSeconds.toFixed(1)} s`);
    console.log(
      `Indexing adds ${((100 * built.indexSeconds) / (built.seconds - built.indexSeconds)).toFixed(0)}% to the build without it (${((100 * built.indexSeconds) / built.seconds).toFixed(0)}% of the whole build; budget: adds at most 40%)`,
    );
  }
  const index = sizeOf(join(out, 'pagefind'));
  console.log(`Index on disk: ${kb(index.bytes)} in ${index.files} files`);

  const rows = await measureSearch(out, base);
  console.log('\nTransferred over the network (gzip for text as a CDN sends it; Pagefind files are compressed already), empty cache:');
  console.log('query | opening /tim-kiem/ | first search | later query | first search ms (local) | full-text bundle, first / later (when loaded)');
  for (const r of rows) {
    console.log(
      `${r.first} → ${r.later} | ${kb(r.page.transferred)} | ${kb(r.firstSearch.transferred)} (${r.firstSearch.requests} requests, ${kb(r.firstSearch.decoded)} decoded) | ${kb(r.laterSearch.transferred)} (${r.laterSearch.requests} requests) | ${r.firstSearch.ms.toFixed(0)} | ${kb(r.firstSearch.fullText)} / ${kb(r.laterSearch.fullText)}`,
    );
  }
  const max = (f: (r: (typeof rows)[number]) => number) => Math.max(...rows.map(f));
  console.log(
    `\nFirst search: median ${kb(median(rows.map((r) => r.firstSearch.transferred)))} (budget 120 KB), worst ${kb(max((r) => r.firstSearch.transferred))} (budget 150 KB); later query: worst ${kb(max((r) => r.laterSearch.transferred))} (budget 60 KB); the full-text bundle, apart: loaded by ${rows.filter((r) => r.firstSearch.fullText + r.laterSearch.fullText > 0).length} of ${rows.length} pairs, worst ${kb(max((r) => Math.max(r.firstSearch.fullText, r.laterSearch.fullText)))}`,
  );
  if (values.files) for (const r of rows) console.log(`\n${r.first}: ${r.firstSearch.files.join(', ')}\n${r.later}: ${r.laterSearch.files.join(', ')}`);
  console.log(
    `Load average after: ${loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')}`,
  );
} finally {
  if (!KEEP) rmSync(work.dir, { recursive: true, force: true });
  else console.log(`\nKept: ${work.dir}`);
}
