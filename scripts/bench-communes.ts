#!/usr/bin/env node
/**
 * Measures a district build: three communes (the demo xã Bằng Cả and the
 * test fixtures xã Châu Thành and xã Liên Minh) laid out as
 * communes/<slug>/content in a temporary folder, built with
 * `cchc build-all --json` into dist/<slug>/. Runs three times: cold (fresh
 * content caches), warm (the same again, forced) and unchanged (the build
 * sees nothing changed and keeps the output). Prints the times; it is a
 * measurement, never a timed test.
 *
 *   npm run bench:communes
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { CommuneBuild } from '../src/cli/commands/build-all.ts';
import { childEnv, readSettings } from '../src/settings/settings.ts';

const FIXTURES = { 'xa-bang-ca': 'content', 'xa-chau-thanh': 'tests/fixtures/chau-thanh-2024', 'xa-lien-minh': 'tests/fixtures/lien-minh-2022' };
const work = mkdtempSync(join(tmpdir(), 'cchc-district-'));
for (const [slug, dir] of Object.entries(FIXTURES)) cpSync(resolve(dir), join(work, 'communes', slug, 'content'), { recursive: true });

const today = readSettings().today ?? '2024-06-30';
const cchc = resolve(import.meta.dirname, '../bin/cchc.mjs');
const loadBefore = loadavg()[0]!;
// cold: fresh content caches; warm: the same again, built anyway (forced);
// unchanged: nothing changed, so the build keeps each dist/<slug>/ as it is.
const RUNS: [string, boolean][] = [
  ['lạnh (cold)', true],
  ['nóng (warm)', true],
  ['không đổi (unchanged)', false],
];
const times: { run: string; seconds: number; communes: CommuneBuild[] }[] = [];
for (const [run, forceBuild] of RUNS) {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, [cchc, 'build-all', '--json', '--communes', join(work, 'communes'), '--out', join(work, 'dist')], {
    env: childEnv({ today, forceBuild }),
    encoding: 'utf8',
    maxBuffer: 1 << 28,
  });
  const seconds = (performance.now() - t0) / 1000;
  if (r.status !== 0) {
    console.error(r.stdout, r.stderr);
    process.exit(1);
  }
  times.push({ run, seconds, communes: (JSON.parse(r.stdout) as { communes: CommuneBuild[] }).communes });
}
rmSync(work, { recursive: true, force: true });

// Other work on the machine slows a build down; the load average says how busy it was.
console.log(
  `3 xã, ${new Date().toISOString().slice(0, 10)}, Node ${process.version}, ${cpus().length} nhân, tải trung bình ${loadBefore.toFixed(1)} → ${loadavg()[0]!.toFixed(1)}`,
);
for (const t of times) {
  console.log(`\n${t.run}: ${t.seconds.toFixed(1)} s`);
  for (const c of t.communes) console.log(`${c.slug}\t${c.skipped ? 'giữ nguyên' : 'dựng'}\t${c.seconds.toFixed(1)} s`);
}
