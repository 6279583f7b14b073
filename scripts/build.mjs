#!/usr/bin/env node
/**
 * Atomic build: Astro builds into a fresh temporary folder beside dist/, and
 * only a complete, successful build replaces dist/. A failed build (bad
 * content, a crash) leaves the last good site exactly as it was.
 *
 *   node scripts/build.mjs [--out dist] [extra astro build flags]
 *   node scripts/build.mjs --commune bang-ca [--communes communes]
 *
 * CCHC_CONTENT_DIR chooses the commune's content folder (default ./content).
 * With --commune SLUG the content is communes/SLUG/content, the site is
 * published under /SLUG/ (CCHC_BASE) and written to dist/SLUG/, so one
 * repository can hold a district's communes (see scripts/build-communes.mjs
 * and docs/deploy.md).
 *
 * A build whose inputs are the same as those of the build that made the
 * current output is skipped (scripts/build-fingerprint.mjs); --force or
 * CCHC_FORCE_BUILD=1 builds anyway.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { buildFingerprint, isUpToDate, recordBuild } from './build-fingerprint.mjs';

const args = process.argv.slice(2);
/** Removes `--name value` from args and returns value. */
function option(name) {
  const at = args.indexOf(name);
  return at >= 0 ? args.splice(at, 2)[1] : undefined;
}
const outOption = option('--out');
const forceAt = args.indexOf('--force');
const force = (forceAt >= 0 && args.splice(forceAt, 1).length > 0) || process.env.CCHC_FORCE_BUILD === '1';
const commune = option('--commune');
const communesRoot = resolve(option('--communes') ?? process.env.CCHC_COMMUNES_DIR ?? 'communes');

const env = { ASTRO_TELEMETRY_DISABLED: '1', ...process.env };
let out = resolve(outOption ?? 'dist');
if (commune !== undefined) {
  const content = join(communesRoot, commune, 'content');
  if (!/^[a-z0-9-]+$/.test(commune) || !existsSync(join(content, 'site.yaml'))) {
    const known = existsSync(communesRoot)
      ? readdirSync(communesRoot).filter((d) => existsSync(join(communesRoot, d, 'content', 'site.yaml')))
      : [];
    console.error(`Không có xã "${commune}": cần tệp ${join(content, 'site.yaml')}.`);
    console.error(known.length ? `Các xã có trong ${communesRoot}: ${known.join(', ')}` : `Thư mục ${communesRoot} chưa có xã nào (communes/<tên-xã>/content/site.yaml).`);
    process.exit(2);
  }
  env.CCHC_CONTENT_DIR = content;
  // The base path must match the folder it is published in: dist/<slug>/ is served at /<slug>/.
  env.CCHC_BASE = `/${commune}/`;
  if (!outOption) out = resolve('dist', commune);
}

const staging = resolve(dirname(out), `.dist-${process.pid}`);
const previous = `${staging}-old`;
const astro = resolve(import.meta.dirname, '../node_modules/astro/bin/astro.mjs');

const started = performance.now();
const fingerprint = buildFingerprint({ contentDir: resolve(env.CCHC_CONTENT_DIR || 'content'), env, args });
if (!force && isUpToDate(out, fingerprint)) {
  console.log(`Nội dung và mã nguồn không đổi từ lần dựng trước: giữ nguyên ${out} (dựng lại hẳn: --force).`);
  process.exit(0);
}
// Astro, then the search index in a process of its own (scripts/search-index.ts), so
// that Astro's memory and Pagefind's are never held at once.
const built = spawnSync(process.execPath, [astro, 'build', '--outDir', staging, ...args], { stdio: 'inherit', env: { ...env, CCHC_SEARCH_INDEX: 'separate' } });
const result = built.status !== 0 ? built : spawnSync(process.execPath, [resolve(import.meta.dirname, 'search-index.ts'), staging], { stdio: 'inherit', env });

if (result.status !== 0) {
  rmSync(staging, { recursive: true, force: true });
  console.error(`\nKhông dựng được trang. ${existsSync(out) ? `Bản đang có ở ${out} được giữ nguyên.` : 'Chưa có bản nào được tạo.'}`);
  process.exit(result.status || 1);
}

// Swap: two renames on one filesystem, so dist/ is never half-written.
if (existsSync(out)) renameSync(out, previous);
renameSync(staging, out);
rmSync(previous, { recursive: true, force: true });
recordBuild(out, fingerprint);
console.log(`\nĐã dựng xong vào ${out} trong ${((performance.now() - started) / 1000).toFixed(1)} giây.`);
