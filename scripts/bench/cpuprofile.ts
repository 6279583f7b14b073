/**
 * Where a build's CPU goes, from V8's own sampling profiles (`node
 * --cpu-prof`): no instrumentation in the build, and it sees everything the
 * JavaScript thread does, in our code, Astro's, Vite's and every library's.
 *
 * A .cpuprofile is a call tree (nodes with a call frame: function name and
 * script URL) and a list of samples (the node running at each tick, and the
 * microseconds since the previous tick). A sample belongs to the first phase
 * (in the order given) whose conditions all match some frame of its stack,
 * leaf to root; so "share cards · satori" (a satori frame under a share-image
 * frame) is tried before "share cards" alone, and before "images" (any sharp
 * frame).
 *
 * Pages are bundled by Vite into chunks, so a phase names a module by its file
 * (src/lib/qr.ts, natively loaded) or by the chunk Vite names after it
 * (share-image_XXXX.mjs) or by the functions it declares (bundling keeps their
 * names). Libraries stay external: their URL names the package.
 */

export interface CallFrame {
  functionName: string;
  url: string;
}

export interface CpuProfile {
  nodes: { id: number; callFrame: CallFrame; children?: number[] }[];
  startTime: number;
  endTime: number;
  samples: number[];
  /** Microseconds between a sample and the one before it (the first from startTime). */
  timeDeltas: number[];
}

export type FrameTest = (frame: CallFrame) => boolean;

export interface PhaseRule {
  phase: string;
  /** Each test must match some frame of the sample's stack. */
  all: FrameTest[];
}

/** V8's pseudo-frames: the thread waiting, collecting garbage, or in native code it cannot name. */
export const IDLE = '(idle)';
const PSEUDO = new Map([
  ['(garbage collector)', 'garbage collection (main thread)'],
  ['(program)', 'V8 and native code (main thread, unnamed)'],
]);
/** Calls that block the thread until another process ends: waiting, not working (the profiler still ticks). */
const WAITING = new Set(['spawnSync', 'execFileSync', 'execSync']);
export const UNMATCHED = 'other JavaScript';

/**
 * Milliseconds of the profiled thread per phase, idle and waiting left out.
 * A sample's time is the delta that follows it (the time until the next
 * tick): wall time, so on a busy machine it includes time the thread was
 * ready but not running; scale to the thread's CPU time to compare.
 */
export function phaseTimes(profile: CpuProfile, rules: readonly PhaseRule[]): Map<string, number> {
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  // The rules' conditions met along each node's path to the root, as bits (condition j of rule i at offsets[i] + j).
  const offsets: number[] = [];
  let bits = 0;
  for (const rule of rules) {
    offsets.push(bits);
    bits += rule.all.length;
  }
  const met = new Map<number, boolean[]>();
  const metOf = (id: number): boolean[] => {
    const known = met.get(id);
    if (known) return known;
    // Iterative up the tree: stacks are deep (Astro's render loop nests thousands of frames).
    const path: number[] = [];
    let at: number | undefined = id;
    while (at !== undefined && !met.has(at)) {
      path.push(at);
      at = parent.get(at);
    }
    let acc = at === undefined ? new Array<boolean>(bits).fill(false) : met.get(at)!;
    for (const nodeId of path.reverse()) {
      const frame = byId.get(nodeId)!.callFrame;
      const next = [...acc];
      rules.forEach((rule, i) => {
        rule.all.forEach((test, j) => {
          next[offsets[i]! + j] ||= test(frame);
        });
      });
      met.set(nodeId, next);
      acc = next;
    }
    return acc;
  };
  const waitingOf = new Map<number, boolean>();
  const waiting = (id: number): boolean => {
    if (!waitingOf.has(id)) {
      const up = parent.get(id);
      waitingOf.set(id, WAITING.has(byId.get(id)?.callFrame.functionName ?? '') || (up !== undefined && waiting(up)));
    }
    return waitingOf.get(id)!;
  };
  const phaseOf = new Map<number, string | null>();
  const phase = (id: number): string | null => {
    if (phaseOf.has(id)) return phaseOf.get(id)!;
    const name = byId.get(id)?.callFrame.functionName ?? '';
    let found: string | null;
    if (name === IDLE || waiting(id)) found = null;
    else if (PSEUDO.has(name)) found = PSEUDO.get(name)!;
    else {
      const flags = metOf(id);
      const i = rules.findIndex((rule, r) => rule.all.every((_, j) => flags[offsets[r]! + j]));
      found = i >= 0 ? rules[i]!.phase : UNMATCHED;
    }
    phaseOf.set(id, found);
    return found;
  };
  const times = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const p = phase(id);
    const us = profile.timeDeltas[i + 1] ?? 0;
    if (p !== null && us > 0) times.set(p, (times.get(p) ?? 0) + us / 1000);
  });
  return times;
}

/** The process id in a profile's file name: CPU.<date>.<time>.<pid>.<thread>.<seq>.cpuprofile. */
export function profilePid(fileName: string): number | undefined {
  const m = /^CPU\.\d+\.\d+\.(\d+)\.\d+\.\d+\.cpuprofile$/.exec(fileName);
  return m ? Number(m[1]) : undefined;
}

export interface RouteTime {
  path: string;
  ms: number;
}

/**
 * Astro's per-file times from its build log: "  ├─ /tin-tuc/a/index.html (+12ms)"
 * for pages and endpoints, "  ▶ /_astro/x.webp (before: …) (+41ms) (1/15)" for
 * optimised images. Wall time of one file at a time, as Astro renders them.
 */
export function routeTimes(log: string): { routes: RouteTime[]; images: RouteTime[] } {
  const routes: RouteTime[] = [];
  const images: RouteTime[] = [];
  // Astro colours its log when it thinks it writes to a terminal.
  const plain = log.replace(new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, 'g'), '');
  for (const m of plain.matchAll(/^.*?([├└]─|▶) (\/\S*) .*?\(\+(\d+(?:\.\d+)?)(ms|s)\)/gm)) {
    const ms = Number(m[3]) * (m[4] === 's' ? 1000 : 1);
    (m[1] === '▶' ? images : routes).push({ path: m[2]!, ms });
  }
  return { routes, images };
}
