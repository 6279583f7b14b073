/**
 * `npm run bench -- --profile`: a cold portal build of the benchmark commune, then a warm one,
 * with V8's sampling profiler on in every Node process (NODE_OPTIONS
 * --cpu-prof), read back as CPU time by phase (./phases.ts).
 *
 * What the profiles cannot see is taken from /proc: the native threads
 * (Rolldown's bundler, libvips under sharp, V8's garbage-collector helpers,
 * libuv's pool) and Pagefind's binary, each by the name of its thread. The
 * main thread's /proc time minus what its profile names is printed as its
 * own row, so the rows add up to the build's measured CPU.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type CpuProfile, type PhaseRule, phaseTimes, profilePid, type RouteTime, routeTimes } from './cpuprofile.ts';
import { pageType, type Run } from './measure.ts';

export interface PhaseRow {
  phase: string;
  ms: number;
}

/** Astro's log line that starts its image optimisation, after every page is rendered. */
export const IMAGES_START = /generating optimized images/;

/** Native thread pools by the names they give their threads. */
function nativeThreads(kind: string): string {
  if (/^(tokio|rayon|rolldown)/i.test(kind)) return 'bundling · Rolldown (native threads)';
  if (/^esbuild/i.test(kind)) return 'bundling · esbuild (native threads)';
  if (/vips|^pool|sharp/i.test(kind)) return 'sharp / libvips (native threads)';
  if (/V8|^DelayedTask|^SignalInspector/i.test(kind)) return 'V8 helpers (garbage collection, compiler)';
  // Measured with perf (docs/benchmarks.md): once share cards stopped using sharp, nearly all of it is
  // the kernel creating files and folders (openat, mkdir) for the pages; sharp's decodes run here too.
  if (/^libuv/i.test(kind)) return "libuv's pool (creating files and folders; sharp's pipelines)";
  return `other threads (${kind})`;
}

/**
 * Rows of CPU time by phase for one measured build whose processes wrote
 * their profiles into `profileDir`; they add up to the CPU time of the
 * build's threads measured from /proc. A profile ticks in wall time, so
 * under load it also counts time its thread waited for a core: each kind of
 * process's phases are scaled to its main thread's CPU time, keeping their
 * shares.
 */
export function phaseRows(run: Run, profileDir: string, rules: readonly PhaseRule[]): PhaseRow[] {
  const rows = new Map<string, number>();
  const add = (phase: string, ms: number) => {
    if (ms) rows.set(phase, (rows.get(phase) ?? 0) + ms);
  };
  const sampled = new Map<string, Map<string, number>>();
  for (const name of readdirSync(profileDir)) {
    const pid = profilePid(name);
    const kind = pid === undefined ? undefined : run.kinds[pid];
    if (!kind) continue;
    const profile = JSON.parse(readFileSync(join(profileDir, name), 'utf8')) as CpuProfile;
    const of = sampled.get(kind) ?? new Map<string, number>();
    for (const [phase, ms] of phaseTimes(profile, rules)) of.set(phase, (of.get(phase) ?? 0) + ms);
    sampled.set(kind, of);
  }
  for (const [kind, threads] of Object.entries(run.threadsBy ?? {})) {
    for (const [thread, ms] of Object.entries(threads)) {
      if (kind === 'pagefind') add("search index · Pagefind's binary", ms);
      else if (thread !== 'main') {
        const pool = nativeThreads(thread);
        // Sharp works for share cards while pages render, for astro:assets after: split at Astro's line.
        const before = run.threadsAt?.images?.[kind]?.[thread];
        if (before !== undefined && pool !== 'V8 helpers (garbage collection, compiler)') {
          add(`${pool}, until pages are rendered`, before);
          add(`${pool}, optimising images (astro:assets)`, ms - before);
        } else add(pool, ms);
      } else {
        const phases = sampled.get(kind);
        const total = phases ? [...phases.values()].reduce((a, b) => a + b, 0) : 0;
        if (!phases || !total) add(`${kind} process (not profiled)`, ms);
        else for (const [phase, t] of phases) add(phase, (t * ms) / total);
      }
    }
  }
  return [...rows].map(([phase, ms]) => ({ phase, ms })).sort((a, b) => b.ms - a.ms);
}

/** The page type of a file Astro wrote, or what kind of file it is. */
export function routeGroup(path: string): string {
  if (path.endsWith('/anh-chia-se.png')) return 'share card (PNG)';
  if (path.endsWith('.html')) {
    const dir = path.replace(/^\//, '').replace(/(^|\/)index\.html$/, '$1');
    return dir === '404.html' ? 'other' : pageType(dir);
  }
  if (/\.(csv|json|docx|xlsx)$/.test(path)) return 'report files (CSV, JSON, …)';
  if (path.endsWith('.xml')) return 'feeds (RSS)';
  return 'other files';
}

export interface RouteRow {
  group: string;
  files: number;
  ms: number;
}

/** Astro's per-file render times in a build log, summed by page type; images last. */
export function routeRows(log: string): RouteRow[] {
  const { routes, images } = routeTimes(log);
  const rows = new Map<string, RouteRow>();
  const add = (group: string, t: RouteTime) => {
    const row = rows.get(group) ?? { group, files: 0, ms: 0 };
    row.files++;
    row.ms += t.ms;
    rows.set(group, row);
  };
  for (const t of routes) add(routeGroup(t.path), t);
  const sorted = [...rows.values()].sort((a, b) => b.ms - a.ms);
  const optimised = { group: 'optimised images (astro:assets)', files: images.length, ms: images.reduce((a, t) => a + t.ms, 0) };
  return images.length ? [...sorted, optimised] : sorted;
}
