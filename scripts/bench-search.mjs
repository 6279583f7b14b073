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
 * 2. Builds it with the real build (scripts/build.mjs) of a copy of the
 *    working tree in the same temporary folder (so it never shares Astro's
 *    .astro/ folder with a build running in the repository), and reads the
 *    index time from the integration's "Pagefind: N trang, X ms" line: the
 *    indexing share is index / (build − index).
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
import { createHash } from 'node:crypto';
import { cpSync, createReadStream, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { loadavg, tmpdir } from 'node:os';
import { extname, join, normalize, resolve } from 'node:path';
import { createGzip, gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { parse, stringify } from 'yaml';

const ROOT = resolve(import.meta.dirname, '..');
const args = process.argv.slice(2);
const option = (name, fallback) => {
  const at = args.indexOf(`--${name}`);
  return at >= 0 ? args[at + 1] : fallback;
};
const ENTRIES = Number(option('entries', '5000'));
const PROCEDURES = Number(option('procedures', String(Math.round(ENTRIES * 0.15)))); // as npm run bench (scripts/bench/generate.ts)
const KEEP = args.includes('--keep');
const GIVEN = option('content');
const BUILT = option('dist');
// The last pair is the commonest words of the whole portal: the biggest index entries.
const FIRST_QUERIES = ['dang ky khai sinh', 'chung thuc ban sao', 'doi thoai doanh nghiep', 'dich vu cong truc tuyen', '1.001193', 'buu chinh', 'thu tuc hanh chinh'];
const LATER_QUERIES = ['ket hon', 'tap huan chuyen doi so', 'khai tu', 'xac nhan tinh trang hon nhan', 'loa truyen thanh', 'an toan thong tin', 'cai cach hanh chinh'];

// ---------------------------------------------------------------- commune
/** A small seeded random generator, so every run writes the same commune. */
function random(seed) {
  let s = seed >>> 0;
  return () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32);
}
const rand = random(20240630);
const pick = (list) => list[Math.floor(rand() * list.length)];

function markdownFiles(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.md'))
    .map((e) => join(e.parentPath, e.name));
}

function split(file) {
  const text = readFileSync(file, 'utf8');
  const m = /^---\n([\s\S]*?)\n---\n?([\s\S]*)$/.exec(text);
  return m ? { data: parse(m[1]), body: m[2] } : { data: {}, body: text };
}

/** Every sentence of every content body in the repo: real Vietnamese, real vocabulary. */
function sentencePool() {
  const files = ['content', 'tests/fixtures/chau-thanh-2024', 'tests/fixtures/lien-minh-2022'].flatMap((d) => markdownFiles(join(ROOT, d)));
  const sentences = new Set();
  for (const file of files) {
    const { body } = split(file);
    for (const s of body.replace(/^[#>|\-*].*$/gm, ' ').split(/(?<=[.!?])\s+/)) {
      const clean = s.replace(/[*_`[\]()]/g, '').replace(/\s+/g, ' ').trim();
      if (clean.split(' ').length >= 6 && !clean.includes(':')) sentences.add(clean);
    }
  }
  return [...sentences];
}

function paragraphs(pool, count, perParagraph) {
  return Array.from({ length: count }, () => Array.from({ length: perParagraph }, () => pick(pool)).join(' ')).join('\n\n');
}

function write(file, data, body) {
  writeFileSync(file, `---\n${stringify(data, { lineWidth: 0 })}---\n\n${body}\n`);
}

function makeCommune() {
  const dir = mkdtempSync(join(tmpdir(), 'cchc-bench-search-'));
  const content = join(dir, 'content');
  mkdirSync(join(content, 'procedures'), { recursive: true });
  mkdirSync(join(content, 'news'), { recursive: true });
  for (const part of ['site.yaml', 'plans', 'commendations']) cpSync(join(ROOT, 'content', part), join(content, part), { recursive: true });
  const pool = sentencePool();
  const words = pool.join(' ').split(' ').filter((w) => /^[\p{L}]{2,}$/u.test(w));

  const procedures = markdownFiles(join(ROOT, 'content/procedures')).map(split);
  for (let i = 0; i < PROCEDURES; i++) {
    const { data, body } = procedures[i % procedures.length];
    const qualifier = Array.from({ length: 3 + Math.floor(rand() * 4) }, () => pick(words)).join(' ');
    const copy = { ...data, code: `${1 + (i % 2)}.${String(900000 + i).padStart(6, '0')}`, name: i < procedures.length ? data.name : `${data.name} (${qualifier})`, related: [] };
    write(join(content, 'procedures', `thu-tuc-${String(i).padStart(5, '0')}.md`), copy, `${body}\n\n${paragraphs(pool, 2, 3)}`);
  }
  const news = markdownFiles(join(ROOT, 'content/news')).map(split);
  for (let i = 0; i < ENTRIES - PROCEDURES; i++) {
    const { data } = news[i % news.length];
    const year = 2019 + Math.floor(rand() * 6);
    const date = `${year}-${String(1 + Math.floor(rand() * 12)).padStart(2, '0')}-${String(1 + Math.floor(rand() * 28)).padStart(2, '0')}`;
    const title = pick(pool).split(' ').slice(0, 8 + Math.floor(rand() * 8)).join(' ').replace(/[,;.]$/, '');
    const { cover: _cover, task: _task, ...rest } = data;
    write(join(content, 'news', `tin-${String(i).padStart(5, '0')}.md`), { ...rest, title, date, summary: pick(pool) }, paragraphs(pool, 3 + Math.floor(rand() * 3), 3));
  }
  return { dir, content };
}

// ---------------------------------------------------------------- build
/** The working tree's portal, copied beside the commune, with the repository's node_modules. */
function snapshotPortal(dir) {
  mkdirSync(dir, { recursive: true });
  for (const part of ['astro.config.mjs', 'package.json', 'tsconfig.json', 'src', 'public', 'scripts']) {
    if (existsSync(join(ROOT, part))) cpSync(join(ROOT, part), join(dir, part), { recursive: true });
  }
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
  return dir;
}

function build(portal, content, out) {
  const started = performance.now();
  const result = spawnSync(process.execPath, [join(portal, 'scripts/build.mjs'), '--out', out], {
    cwd: portal,
    encoding: 'utf8',
    env: { ...process.env, CCHC_CONTENT_DIR: content, ASTRO_TELEMETRY_DISABLED: '1', CCHC_TODAY: '2024-06-30' },
    maxBuffer: 1 << 28,
  });
  const seconds = (performance.now() - started) / 1000;
  // astro.config.mjs keeps a content cache per content folder under node_modules/.astro/.
  rmSync(join(ROOT, 'node_modules/.astro', createHash('sha1').update(content).digest('hex').slice(0, 12)), { recursive: true, force: true });
  if (result.status !== 0) {
    console.error(result.stdout.slice(-4000), result.stderr.slice(-4000));
    throw new Error('the build failed');
  }
  const m = /Pagefind: (\d+) trang, (\d+) ms/.exec(result.stdout);
  return { seconds, indexed: Number(m?.[1] ?? 0), indexSeconds: Number(m?.[2] ?? 0) / 1000 };
}

function sizeOf(dir) {
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

// ---------------------------------------------------------------- serve and measure
const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml', '.xml': 'application/xml', '.txt': 'text/plain' };

function serve(dir, base) {
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    let file = normalize(join(dir, path.slice(base.length - 1)));
    if (!path.startsWith(base) || !file.startsWith(dir)) return res.writeHead(404).end();
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) return res.writeHead(404).end();
    const type = TYPES[extname(file)];
    const gzip = type && /gzip/.test(req.headers['accept-encoding'] ?? '');
    res.writeHead(200, { 'Content-Type': type ?? 'application/octet-stream', ...(gzip ? { 'Content-Encoding': 'gzip' } : {}) });
    (gzip ? createReadStream(file).pipe(createGzip({ level: 9 })) : createReadStream(file)).pipe(res);
  });
  return new Promise((ok) => server.listen(0, '127.0.0.1', () => ok({ origin: `http://127.0.0.1:${server.address().port}`, close: () => server.close() })));
}

async function outcome(page, query) {
  await page.waitForFunction((q) => (document.getElementById('trang-thai-tim-kiem')?.textContent ?? '').includes(`“${q}”`), query, { timeout: 60_000 });
  await page.waitForFunction(() => document.getElementById('tim-kiem')?.getAttribute('aria-busy') !== 'true');
}

/** Transferred (encoded) and decoded bytes of the responses seen while `act` runs. */
async function traffic(page, act) {
  const seen = [];
  const listener = (response) => seen.push(response);
  page.on('response', listener);
  const started = performance.now();
  await act();
  const ms = performance.now() - started;
  page.off('response', listener);
  let transferred = 0;
  let decoded = 0;
  const files = [];
  for (const r of seen) {
    const sizes = await r.request().sizes();
    const body = await r.body().catch(() => Buffer.alloc(0));
    // Chromium does not report the size of a worker's own script; count what the server sent.
    const onWire = sizes.responseBodySize || (r.headers()['content-encoding'] === 'gzip' ? gzipSync(body, { level: 9 }).length : body.length);
    transferred += onWire + sizes.responseHeadersSize;
    decoded += body.length;
    files.push(`${new URL(r.url()).pathname.split('/').slice(-2).join('/')} ${(onWire / 1024).toFixed(1)}`);
  }
  return { transferred, decoded, requests: seen.length, ms, files };
}

async function measureSearch(dist, base) {
  const server = await serve(dist, base);
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });
  const rows = [];
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
        await box.fill(FIRST_QUERIES[i]);
        await outcome(page, FIRST_QUERIES[i]);
      });
      const later = await traffic(page, async () => {
        await box.fill(LATER_QUERIES[i]);
        await outcome(page, LATER_QUERIES[i]);
      });
      rows.push({ first: FIRST_QUERIES[i], later: LATER_QUERIES[i], page: before, firstSearch: first, laterSearch: later });
      await context.close();
    }
  } finally {
    await browser.close();
    server.close();
  }
  return rows;
}

// ---------------------------------------------------------------- report
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const work = GIVEN || BUILT ? { dir: mkdtempSync(join(tmpdir(), 'cchc-bench-search-')) } : makeCommune();
const content = GIVEN ? resolve(GIVEN) : work.content;
const out = BUILT ? resolve(BUILT) : join(work.dir, 'dist');
// The base path of a built site is where its search page is.
const base = BUILT
  ? `/${readdirSync(out, { recursive: true }).find((f) => String(f).endsWith('tim-kiem/index.html')).toString().replace(/tim-kiem\/index\.html$/, '')}`
  : (parse(readFileSync(join(content, 'site.yaml'), 'utf8')).base ?? '/');

try {
  console.log(`Load average before: ${loadavg().map((l) => l.toFixed(1)).join(' ')} (other work on the machine slows the build and inflates the times)`);
  if (!BUILT) {
    console.log(`Commune: ${content}${GIVEN ? '' : ` (${PROCEDURES} thủ tục + ${ENTRIES - PROCEDURES} tin tức, sinh tự động)`}`);
    const built = build(snapshotPortal(join(work.dir, 'portal')), content, out);
    console.log(`\nBuild: ${built.seconds.toFixed(1)} s in all; Pagefind indexed ${built.indexed} pages in ${built.indexSeconds.toFixed(1)} s`);
    console.log(`Indexing adds ${((100 * built.indexSeconds) / (built.seconds - built.indexSeconds)).toFixed(0)}% to the build without it (${((100 * built.indexSeconds) / built.seconds).toFixed(0)}% of the whole build; budget: adds at most 40%)`);
  }
  const index = sizeOf(join(out, 'pagefind'));
  console.log(`Index on disk: ${kb(index.bytes)} in ${index.files} files`);

  const rows = await measureSearch(out, base);
  console.log('\nTransferred over the network (gzip for text as a CDN sends it; Pagefind files are compressed already), empty cache:');
  console.log('query | opening /tim-kiem/ | first search | later query | first search ms (local)');
  for (const r of rows) {
    console.log(`${r.first} → ${r.later} | ${kb(r.page.transferred)} | ${kb(r.firstSearch.transferred)} (${r.firstSearch.requests} requests, ${kb(r.firstSearch.decoded)} decoded) | ${kb(r.laterSearch.transferred)} (${r.laterSearch.requests} requests) | ${r.firstSearch.ms.toFixed(0)}`);
  }
  const max = (f) => Math.max(...rows.map(f));
  console.log(`\nWorst first search: ${kb(max((r) => r.firstSearch.transferred))} (budget 150 KB); worst later query: ${kb(max((r) => r.laterSearch.transferred))} (budget 80 KB)`);
  if (args.includes('--files')) for (const r of rows) console.log(`\n${r.first}: ${r.firstSearch.files.join(', ')}\n${r.later}: ${r.laterSearch.files.join(', ')}`);
  console.log(`Load average after: ${loadavg().map((l) => l.toFixed(1)).join(' ')}`);
} finally {
  if (!KEEP) rmSync(work.dir, { recursive: true, force: true });
  else console.log(`\nKept: ${work.dir}`);
}
