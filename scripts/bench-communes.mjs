#!/usr/bin/env node
/**
 * Measures a district build: three communes (the demo xã Bằng Cả and the
 * test fixtures xã Châu Thành and xã Liên Minh) laid out as
 * communes/<slug>/content in a temporary folder, built with
 * scripts/build-communes.mjs into dist/<slug>/. Runs three times: cold
 * (fresh content caches), warm (the same again, forced) and unchanged (the
 * build sees nothing changed and keeps the output). Prints the times; it is
 * a measurement, never a timed test.
 *
 *   npm run bench:communes
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const FIXTURES = { 'xa-bang-ca': 'content', 'xa-chau-thanh': 'tests/fixtures/chau-thanh-2024', 'xa-lien-minh': 'tests/fixtures/lien-minh-2022' };
const work = mkdtempSync(join(tmpdir(), 'cchc-district-'));
for (const [slug, dir] of Object.entries(FIXTURES)) cpSync(resolve(dir), join(work, 'communes', slug, 'content'), { recursive: true });

const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', CCHC_TODAY: process.env.CCHC_TODAY ?? '2024-06-30' };
const script = resolve(import.meta.dirname, 'build-communes.mjs');
const times = [];
const loadBefore = loadavg()[0];
// cold: fresh content caches; warm: the same again, built anyway (CCHC_FORCE_BUILD);
// unchanged: nothing changed, so scripts/build.mjs keeps each dist/<slug>/ as it is.
const RUNS = [
  ['lạnh (cold)', { CCHC_FORCE_BUILD: '1' }],
  ['nóng (warm)', { CCHC_FORCE_BUILD: '1' }],
  ['không đổi (unchanged)', {}],
];
for (const [run, extra] of RUNS) {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, [script, '--communes', join(work, 'communes'), '--out', join(work, 'dist')], { env: { ...env, ...extra }, encoding: 'utf8' });
  const seconds = (performance.now() - t0) / 1000;
  if (r.status !== 0) {
    console.error(r.stdout, r.stderr);
    process.exit(1);
  }
  const table = r.stdout.slice(r.stdout.lastIndexOf('\nxã\t') + 1).trim();
  times.push({ run, seconds, table });
}
rmSync(work, { recursive: true, force: true });

// Other work on the machine slows a build down; the load average says how busy it was.
console.log(`3 xã, ${new Date().toISOString().slice(0, 10)}, Node ${process.version}, ${cpus().length} nhân, tải trung bình ${loadBefore.toFixed(1)} → ${loadavg()[0].toFixed(1)}`);
for (const t of times) console.log(`\n${t.run}: ${t.seconds.toFixed(1)} s\n${t.table}`);
