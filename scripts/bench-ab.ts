#!/usr/bin/env node
/**
 * Cold builds of one benchmark commune by two versions of the portal, in
 * alternation, to measure one change: prints each run's CPU time (user + sys
 * of the build's process tree) and the medians. The machine is shared, so
 * CPU time, not wall time, and alternation, so a busy spell hits both.
 *
 *   node scripts/bench-ab.ts --base main --size 2000 --runs 3
 *
 * The head is HEAD; each version is a `git archive` snapshot in a temporary
 * folder with its own node_modules/.astro, removed before every build.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseOptions } from '../src/cli/options.ts';
import { childEnv } from '../src/settings/settings.ts';
import { linkNodeModules } from './bench/bare-site.ts';
import { generateCommune, loadCorpus } from './bench/generate.ts';
import { runMeasured } from './bench/measure.ts';

const REPO = resolve(import.meta.dirname, '..');
const { values } = parseOptions(process.argv.slice(2), {
  base: { type: 'string', default: 'main' },
  size: { type: 'string', default: '2000' },
  runs: { type: 'string', default: '3' },
});
const PARTS = ['astro.config.mjs', 'package.json', 'tsconfig.json', 'bin', 'src', 'scripts'];
const work = mkdtempSync(join(tmpdir(), 'cchc-bench-ab-'));

function snapshot(ref: string): string {
  const dir = join(work, ref.replace(/\W+/g, '-'));
  mkdirSync(dir);
  execFileSync('tar', ['-x', '-C', dir], { input: execFileSync('git', ['archive', ref, ...PARTS], { cwd: REPO, maxBuffer: 1 << 30 }) });
  linkNodeModules(dir);
  return dir;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

try {
  const versions = [values.base, 'HEAD'].map((ref) => ({ ref, dir: snapshot(ref), cpu: [] as number[] }));
  const content = join(work, 'commune');
  await generateCommune(content, Number(values.size), loadCorpus());
  for (let run = 0; run < Number(values.runs); run++) {
    for (const v of versions) {
      rmSync(join(v.dir, 'node_modules/.astro'), { recursive: true, force: true });
      const out = join(work, `dist-${v.ref.replace(/\W+/g, '-')}`);
      const env = childEnv({ today: '2025-01-01', contentDir: content, forceBuild: true });
      const result = await runMeasured(process.execPath, [join(v.dir, 'bin/cchc.mjs'), 'build', '--out', out], { cwd: v.dir, env });
      if (result.status !== 0) throw new Error(`${v.ref} build failed:\n${result.output.slice(-3000)}`);
      v.cpu.push(result.cpuMs);
      console.log(`${v.ref} run ${run + 1}: CPU ${s(result.cpuMs)}, wall ${s(result.ms)}`);
    }
  }
  for (const v of versions) console.log(`${v.ref}: median CPU ${s(median(v.cpu))} over ${v.cpu.length} cold builds of ${values.size} entries`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
