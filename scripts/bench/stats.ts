/**
 * Medians and ratios of the side-by-side builds: each build is run several
 * times in alternation with the others, and its median CPU time is compared.
 */

/** The middle value (the lower of the two middle ones for an even count). */
export function median(xs: readonly number[]): number {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)] ?? Number.NaN;
}

/** The run whose CPU time is the median, to report its details (memory, processes) with the median. */
export function medianRun<T extends { cpuMs: number }>(runs: readonly T[]): T {
  const m = median(runs.map((r) => r.cpuMs));
  const run = runs.find((r) => r.cpuMs === m);
  if (!run) throw new Error('no runs');
  return run;
}

/** "2.31×", or "–" when either side is missing. */
export function ratio(a: number | undefined, b: number | undefined): string {
  return a && b && Number.isFinite(a) && Number.isFinite(b) ? `${(a / b).toFixed(2)}×` : '–';
}

/**
 * The order builds run in: every kind once per round, rounds repeated, so a
 * change of load on the machine falls on all of them alike.
 */
export function alternating<K>(kinds: readonly K[], rounds: number): { kind: K; round: number }[] {
  return Array.from({ length: rounds }, (_, round) => kinds.map((kind) => ({ kind, round }))).flat();
}

/** A Markdown table, the first column left-aligned and the others right-aligned (numbers). */
export const table = (header: string[], rows: (string | number)[][]): string =>
  [`| ${header.join(' | ')} |`, `|${header.map((_, i) => (i === 0 ? ' --- ' : ' ---: ')).join('|')}|`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');
