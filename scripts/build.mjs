#!/usr/bin/env node
/**
 * Atomic build: Astro builds into a fresh temporary folder beside dist/, and
 * only a complete, successful build replaces dist/. A failed build (bad
 * content, a crash) leaves the last good site exactly as it was.
 *
 *   node scripts/build.mjs [--out dist] [extra astro build flags]
 * CCHC_CONTENT_DIR chooses the commune's content folder (default ./content).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, renameSync, rmSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
const args = process.argv.slice(2);
const at = args.indexOf('--out');
const out = resolve(at >= 0 ? args.splice(at, 2)[1] : 'dist');

const staging = resolve(dirname(out), `.dist-${process.pid}`);
const previous = `${staging}-old`;
const astro = resolve(import.meta.dirname, '../node_modules/astro/bin/astro.mjs');

const started = performance.now();
const result = spawnSync(process.execPath, [astro, 'build', '--outDir', staging, ...args], {
  stdio: 'inherit',
  env: { ASTRO_TELEMETRY_DISABLED: '1', ...process.env },
});

if (result.status !== 0) {
  rmSync(staging, { recursive: true, force: true });
  console.error(`\nKhông dựng được trang. ${existsSync(out) ? `Bản đang có ở ${out} được giữ nguyên.` : 'Chưa có bản nào được tạo.'}`);
  process.exit(result.status || 1);
}

// Swap: two renames on one filesystem, so dist/ is never half-written.
if (existsSync(out)) renameSync(out, previous);
renameSync(staging, out);
rmSync(previous, { recursive: true, force: true });
console.log(`\nĐã dựng xong vào ${out} trong ${((performance.now() - started) / 1000).toFixed(1)} giây.`);
