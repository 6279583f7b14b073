/**
 * How many communes `build-all` builds at once, and the pool that runs them.
 * Each commune is still its own Astro process (src/build/atomic.ts); running
 * two at once keeps both cores busy through the parts of a build that use
 * one (Astro's rendering is single-threaded JavaScript), and is bounded by
 * memory so a province's build stays under the 4 GB at any point.
 */
import { availableParallelism, freemem } from 'node:os';
import { isAbsolute, relative, resolve, sep } from 'node:path';

/** A commune's build at its peak (Astro, then Pagefind), measured at 470 shared procedures and 345 entries of its own: docs/benchmarks.md. */
export const BUILD_MEMORY = 1.5 * 2 ** 30;
/** What the builds together may hold: under the 4 GB a province's build must stay within. */
export const MEMORY_BUDGET = 3.5 * 2 ** 30;

/** One build per core, as many as the budget and the free memory hold, at least one. */
export function defaultJobs(cores = availableParallelism(), free = freemem()): number {
  return Math.max(1, Math.min(cores, Math.floor(Math.min(free, MEMORY_BUDGET) / BUILD_MEMORY)));
}

/**
 * Whether builds into `outRoot` can run side by side. Astro writes a build's
 * intermediate modules (.prerender/) inside its output folder only when that
 * folder lies within the working folder (so they find its node_modules);
 * otherwise into <cwd>/.astro/.prerender/, which two builds at once would
 * share, each deleting the other's modules.
 */
export function buildsCanShare(outRoot: string, cwd = process.cwd()): boolean {
  const rel = relative(resolve(cwd), resolve(outRoot));
  return rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel);
}

/** Turns taken one at a time, in the order asked for: `enter` resolves when it is the caller's turn, to end it. */
export interface Turns {
  enter(): Promise<() => void>;
}

export function turns(): Turns {
  let last: Promise<void> = Promise.resolve();
  return {
    enter() {
      let leave = () => {};
      const turn = new Promise<void>((resolve) => {
        leave = resolve;
      });
      const mine = last.then(() => leave);
      last = last.then(() => turn);
      return mine;
    },
  };
}

/** `work` for each item, at most `jobs` at once; the results in the items' order. */
export async function inPool<T, R>(items: readonly T[], jobs: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await work(items[i]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(jobs, items.length) }, worker));
  return results;
}
