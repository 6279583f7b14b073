/**
 * What the benchmark measures: a child process's wall time and the peak
 * resident memory of its whole process tree (Astro, its workers and the
 * Pagefind binary, summed, polled from /proc), folder sizes, bytes per page
 * type, and the bytes a first and a later search fetch in Chromium.
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { launchBrowser } from '../../tests/support/browser.ts';
import { pageStylesheets } from '../../src/lib/stylesheets.ts';
import { serve } from '../../src/server/static.ts';
import { median } from './stats.ts';

const PAGE_SIZE = 4096;
/** Clock ticks per second of /proc/<pid>/stat times (USER_HZ; 100 on Linux). */
const TICKS = 100;

interface Proc {
  ppid: number;
  /** utime + stime so far, in ticks. */
  ticks: number;
}

/** Every process on the machine: parent and CPU time so far. */
function processes(): Map<number, Proc> {
  const map = new Map<number, Proc>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      // The command name may hold spaces and parentheses; fields resume after the last ')'.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      map.set(Number(name), { ppid: Number(fields[1]), ticks: Number(fields[11]) + Number(fields[12]) });
    } catch {
      // The process ended between readdir and read.
    }
  }
  return map;
}

function rssBytes(pid: number): number {
  try {
    return Number(readFileSync(`/proc/${pid}/statm`, 'utf8').split(' ')[1]) * PAGE_SIZE;
  } catch {
    return 0;
  }
}

/** What a process of a build is: Astro, the search-index step, Pagefind's binary, or the build script. */
function labelOf(pid: number): string {
  try {
    const comm = readFileSync(`/proc/${pid}/comm`, 'utf8').trim();
    if (comm.startsWith('pagefind')) return 'pagefind';
    // Astro renames its process ("astro build"), so the command line is read as it is now.
    const cmd = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').join(' ');
    // A process that has exited but is not yet reaped has no command line, and no name worth keeping.
    if (!cmd.trim()) return '?';
    if (/\bsearch-index\b/.test(cmd)) return 'search-index';
    if (/cchc\.mjs build/.test(cmd)) return 'cchc build';
    if (/\bastro\b/.test(cmd)) return 'astro';
    return comm;
  } catch {
    return '?';
  }
}

/** CPU ticks so far of each thread of a process, keyed by thread id, with the thread's name. */
function threadTicks(pid: number): Map<number, { name: string; ticks: number }> {
  const threads = new Map<number, { name: string; ticks: number }>();
  try {
    for (const tid of readdirSync(`/proc/${pid}/task`)) {
      try {
        const stat = readFileSync(`/proc/${pid}/task/${tid}/stat`, 'utf8');
        const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
        threads.set(Number(tid), { name: stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')')), ticks: Number(fields[11]) + Number(fields[12]) });
      } catch {
        // The thread ended between readdir and read.
      }
    }
  } catch {
    // The process ended.
  }
  return threads;
}

/**
 * A thread's kind from its name: the process's main thread (where JavaScript
 * runs), or a pool named by whoever started it (libuv, V8's GC and compiler
 * helpers, libvips for sharp, Rolldown's Rust workers), numbers dropped.
 */
export function threadKind(pid: number, tid: number, name: string): string {
  if (pid === tid) return 'main';
  return name.replace(/[-_ ]?\d+$/, '').trim() || '?';
}

/** The tree under `root` now: summed and largest resident memory, and each process's CPU ticks. */
function sampleTree(root: number): { sum: number; largest: number; ticks: Map<number, number> } {
  const all = processes();
  const children = new Map<number, number[]>();
  for (const [pid, { ppid }] of all) children.set(ppid, [...(children.get(ppid) ?? []), pid]);
  let sum = 0;
  let largest = 0;
  const ticks = new Map<number, number>();
  const queue = [root];
  while (queue.length) {
    const pid = queue.pop()!;
    const rss = rssBytes(pid);
    sum += rss;
    largest = Math.max(largest, rss);
    ticks.set(pid, all.get(pid)?.ticks ?? 0);
    queue.push(...(children.get(pid) ?? []));
  }
  return { sum, largest, ticks };
}

export interface Run {
  ms: number;
  /** Peak of the summed resident memory of the process tree. */
  peakTree: number;
  /** Peak of the largest single process in the tree. */
  peakSingle: number;
  /**
   * CPU time (user + system) of every process of the tree, Pagefind's binary
   * included, from /proc every 50 ms (the last 50 ms of each process can be
   * missed). Steadier than wall time on a busy machine.
   */
  cpuMs: number;
  /** The same CPU time by kind of process (astro, pagefind, search-index, cchc build, …). */
  cpuBy: Record<string, number>;
  /** Peak resident memory by kind of process. */
  peakBy: Record<string, number>;
  /** Each process's kind, by process id (to match a CPU profile written by that process). */
  kinds: Record<number, string>;
  /**
   * With `threads`: CPU ms by kind of process, then by kind of thread (`main`
   * is where JavaScript runs; the rest are native pools). Threads that end
   * between two polls lose up to 50 ms each.
   */
  threadsBy?: Record<string, Record<string, number>> | undefined;
  /** The same, as it was when the output first matched each of `marks` (a phase's start, from the build's log). */
  threadsAt?: Record<string, Record<string, Record<string, number>>> | undefined;
  status: number | null;
  /** stdout and stderr as they came. */
  output: string;
  /** stdout alone (a command's --json result). */
  stdout: string;
}

export function runMeasured(
  command: string,
  args: string[],
  options: { cwd?: string; env?: NodeJS.ProcessEnv; threads?: boolean; marks?: Record<string, RegExp> } = {},
): Promise<Run> {
  return new Promise((resolvePromise, reject) => {
    const started = performance.now();
    const child = spawn(command, args, { cwd: options.cwd, env: options.env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    let stdout = '';
    const threadsAt: Record<string, Record<string, Record<string, number>>> = {};
    const mark = () => {
      for (const [name, re] of Object.entries(options.marks ?? {})) {
        if (threadsAt[name] || !re.test(output)) continue;
        poll();
        threadsAt[name] = threadTotals();
      }
    };
    child.stdout.on('data', (d) => {
      output += d;
      stdout += d;
      mark();
    });
    child.stderr.on('data', (d) => {
      output += d;
      mark();
    });
    let peakTree = 0;
    let peakSingle = 0;
    const cpu = new Map<number, number>();
    const labels = new Map<number, string>();
    const peakBy: Record<string, number> = {};
    const threads = new Map<string, { pid: number; kind: string; ticks: number }>();
    const poll = () => {
      if (!child.pid) return;
      const { sum, largest, ticks } = sampleTree(child.pid);
      peakTree = Math.max(peakTree, sum);
      peakSingle = Math.max(peakSingle, largest);
      for (const [pid, t] of ticks) {
        cpu.set(pid, Math.max(cpu.get(pid) ?? 0, t));
        // Read every time: a child is first seen between fork and exec, still named as its parent.
        const now = labelOf(pid);
        if (now !== '?') labels.set(pid, now);
        const label = labels.get(pid) ?? '?';
        peakBy[label] = Math.max(peakBy[label] ?? 0, rssBytes(pid));
        if (!options.threads) continue;
        for (const [tid, thread] of threadTicks(pid)) {
          const key = `${pid}/${tid}`;
          threads.set(key, { pid, kind: threadKind(pid, tid, thread.name), ticks: Math.max(threads.get(key)?.ticks ?? 0, thread.ticks) });
        }
      }
    };
    const threadTotals = () => {
      const by: Record<string, Record<string, number>> = {};
      for (const { pid, kind, ticks } of threads.values()) {
        const label = labels.get(pid) ?? '?';
        const of = by[label] ?? {};
        of[kind] = (of[kind] ?? 0) + (ticks * 1000) / TICKS;
        by[label] = of;
      }
      return by;
    };
    const timer = setInterval(poll, 50);
    child.on('error', reject);
    child.on('exit', poll);
    child.on('close', (status) => {
      clearInterval(timer);
      const cpuMs = ([...cpu.values()].reduce((a, b) => a + b, 0) * 1000) / TICKS;
      const cpuBy: Record<string, number> = {};
      for (const [pid, t] of cpu) cpuBy[labels.get(pid) ?? '?'] = (cpuBy[labels.get(pid) ?? '?'] ?? 0) + (t * 1000) / TICKS;
      const kinds = Object.fromEntries([...labels].filter(([, label]) => label !== '?'));
      const threadsBy = options.threads ? threadTotals() : undefined;
      resolvePromise({ ms: performance.now() - started, cpuMs, cpuBy, peakBy, kinds, threadsBy, threadsAt, peakTree, peakSingle, status, output, stdout });
    });
  });
}

export function folderSize(dir: string): { bytes: number; files: number } {
  let bytes = 0;
  let files = 0;
  for (const e of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!e.isFile()) continue;
    bytes += statSync(join(e.parentPath, e.name)).size;
    files++;
  }
  return { bytes, files };
}

const gz = (data: Buffer | string) => gzipSync(data).length;

/** Page types by URL path under the base. */
export function pageType(path: string): string {
  const rules: [RegExp, string][] = [
    [/^$/, 'home'],
    [/^thu-tuc-hanh-chinh\/$/, 'procedure index'],
    [/^thu-tuc-hanh-chinh\/ban-in\/$/, 'procedure list, print'],
    [/^thu-tuc-hanh-chinh\/[^/]+\/ban-in\/$/, 'procedure notice, print'],
    [/^thu-tuc-hanh-chinh\/[^/]+\/$/, 'procedure'],
    [/^tin-tuc\/(trang\/\d+\/|chu-de\/[^/]+\/(trang\/\d+\/)?)?$/, 'news list'],
    [/^tin-tuc\/[^/]+\/$/, 'news article'],
    [/^su-kien\/(trang\/\d+\/)?$/, 'event list'],
    [/^su-kien\/[^/]+\/$/, 'event'],
    [/^bieu-duong\/(trang\/\d+\/)?$/, 'commendation list'],
    [/^bieu-duong\/[^/]+\/$/, 'commendation'],
    [/^ke-hoach\//, 'plan and reports'],
    [/^tim-kiem\/$/, 'search'],
  ];
  return rules.find(([re]) => re.test(path))?.[1] ?? 'other';
}

/** Pages a citizen reads, held to the 20 KB / 0 KB JS target. */
export const CONTENT_TYPES = ['procedure', 'news article', 'event', 'commendation'];

export interface TypeStats {
  type: string;
  pages: number;
  htmlRaw: { median: number; max: number };
  htmlGz: { median: number; max: number };
  /** Stylesheets linked from the page (largest page of the type). */
  cssRaw: number;
  cssGz: number;
  /** External script files plus inline scripts (not JSON-LD), largest of the type. */
  jsRaw: number;
  jsGz: number;
  /** Largest HTML + CSS gzipped of one page. */
  pageGz: number;
}

export async function bytesPerPageType(dir: string, base: string): Promise<TypeStats[]> {
  const files = readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name === 'index.html')
    .map((e) => join(e.parentPath, e.name))
    .filter((f) => !relative(dir, f).startsWith(`admin${sep}`));
  const assetCache = new Map<string, [number, number]>();
  const asset = (url: string): [number, number] => {
    const path = url.startsWith(base) ? url.slice(base.length) : url.replace(/^\//, '');
    const file = join(dir, path.split(/[?#]/)[0]!);
    if (!assetCache.has(file)) {
      const data = existsSync(file) ? readFileSync(file) : Buffer.alloc(0);
      assetCache.set(file, [data.length, gz(data)]);
    }
    return assetCache.get(file)!;
  };
  const byType = new Map<string, { html: number[]; htmlGz: number[]; css: [number, number][]; js: [number, number][]; page: number[] }>();
  for (const file of files) {
    const html = await readFile(file);
    const text = html.toString('utf8');
    const path = relative(dir, file).split(sep).slice(0, -1).join('/');
    const type = pageType(path ? `${path}/` : '');
    const css = pageStylesheets(text)
      .map(asset)
      .reduce<[number, number]>((a, b) => [a[0] + b[0], a[1] + b[1]], [0, 0]);
    let js: [number, number] = [0, 0];
    for (const m of text.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
      const attrs = m[1]!;
      if (/type="application\/(ld\+)?json"/.test(attrs)) continue;
      const src = /src="([^"]+)"/.exec(attrs)?.[1];
      const [raw, zipped] = src ? asset(src) : [Buffer.byteLength(m[2]!), gz(m[2]!)];
      js = [js[0] + raw, js[1] + zipped];
    }
    const entry = byType.get(type) ?? { html: [], htmlGz: [], css: [], js: [], page: [] };
    const htmlGz = gz(html);
    entry.html.push(html.length);
    entry.htmlGz.push(htmlGz);
    entry.css.push(css);
    entry.js.push(js);
    entry.page.push(htmlGz + css[1]);
    byType.set(type, entry);
  }
  return [...byType.entries()]
    .map(([type, e]) => ({
      type,
      pages: e.html.length,
      htmlRaw: { median: median(e.html), max: Math.max(...e.html) },
      htmlGz: { median: median(e.htmlGz), max: Math.max(...e.htmlGz) },
      cssRaw: Math.max(...e.css.map((c) => c[0])),
      cssGz: Math.max(...e.css.map((c) => c[1])),
      jsRaw: Math.max(...e.js.map((c) => c[0])),
      jsGz: Math.max(...e.js.map((c) => c[1])),
      pageGz: Math.max(...e.page),
    }))
    .sort((a, b) => a.type.localeCompare(b.type));
}

export interface SearchPayload {
  /** Bytes fetched while the search page loads, before any query (should hold no Pagefind file). */
  pageLoad: number;
  pagefindOnLoad: number;
  /** Everything fetched from typing the first query to its results: the search code and Pagefind. */
  first: number;
  firstPagefind: number;
  firstRequests: number;
  /** A second, different query on the same page. */
  later: number;
  laterRequests: number;
  /** Results shown for each query, to be sure the search ran. */
  results: [number, number];
}

/** Types a query into the search page's box like a person, and counts the bytes on the wire (gzip where a CDN would). */
export async function searchPayload(dir: string, base: string, queries: [string, string]): Promise<SearchPayload> {
  const server = await serve(dir, base, { likeCdn: true });
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage();
    // Playwright reports requests of the page and of its workers (Pagefind fetches its index from a Web Worker).
    let log: { url: string; bytes: number }[] = [];
    page.on('requestfinished', (request) => {
      void request.sizes().then((size) => log.push({ url: request.url(), bytes: size.responseBodySize + size.responseHeadersSize }));
    });
    const sum = (entries: typeof log, test: (u: string) => boolean = () => true) => entries.filter((e) => test(e.url)).reduce((a, e) => a + e.bytes, 0);
    const isPagefind = (u: string) => u.includes('/pagefind/');

    await page.goto(`${server.origin}${base}tim-kiem/`, { waitUntil: 'networkidle' });
    const load = log;
    log = [];
    const box = page.locator('main input[type="search"]').first();
    const results = page.locator('main ol li, main [role="list"] li');
    await box.click();
    await page.keyboard.type(queries[0], { delay: 20 });
    await page.keyboard.press('Enter');
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(1000);
    const first = log;
    const firstCount = await results.count();
    log = [];
    await box.fill('');
    await page.keyboard.type(queries[1], { delay: 20 });
    await page.keyboard.press('Enter');
    await page.waitForTimeout(1500);
    await page.waitForLoadState('networkidle');
    const later = log;
    return {
      pageLoad: sum(load),
      pagefindOnLoad: sum(load, isPagefind),
      first: sum(first),
      firstPagefind: sum(first, isPagefind),
      firstRequests: first.length,
      later: sum(later),
      laterRequests: later.length,
      results: [firstCount, await results.count()],
    };
  } finally {
    await browser.close();
    await server.close();
  }
}
