#!/usr/bin/env node
/**
 * Builds a district's communes from one repository: communes/<slug>/content
 * → dist/<slug>/, each under the base path /<slug>/, each an independent,
 * atomic build (scripts/build.mjs --commune). One broken commune does not
 * stop the others; its last good dist/<slug>/ stays in place and the
 * command exits 1 at the end.
 *
 *   npm run build:all                        every commune
 *   npm run build:all -- --commune bang-ca   some (comma-separated)
 *   npm run build:all -- --list              the slugs as JSON (a CI matrix)
 *   options: --communes DIR (default communes/), --out DIR (default dist/)
 *
 * Prints how long each build took; docs/deploy.md records a measurement.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

const args = process.argv.slice(2);
const option = (name) => {
  const at = args.indexOf(name);
  return at >= 0 ? args.splice(at, 2)[1] : undefined;
};
const root = resolve(option('--communes') ?? process.env.CCHC_COMMUNES_DIR ?? 'communes');
const outRoot = resolve(option('--out') ?? 'dist');
const chosen = option('--commune');
const list = args.includes('--list');

const all = existsSync(root)
  ? readdirSync(root, { withFileTypes: true })
      .filter((d) => d.isDirectory() && /^[a-z0-9-]+$/.test(d.name) && existsSync(join(root, d.name, 'content', 'site.yaml')))
      .map((d) => d.name)
      .sort()
  : [];

if (list) {
  console.log(JSON.stringify(all));
  process.exit(0);
}
if (all.length === 0) {
  console.error(`Chưa có xã nào trong ${root}: mỗi xã là một thư mục communes/<tên-xã>/content/ có tệp site.yaml.`);
  process.exit(2);
}
const slugs = chosen ? chosen.split(',').map((s) => s.trim()).filter(Boolean) : all;
const unknown = slugs.filter((s) => !all.includes(s));
if (unknown.length) {
  console.error(`Không có xã: ${unknown.join(', ')}. Các xã có trong ${root}: ${all.join(', ')}`);
  process.exit(2);
}

const build = resolve(import.meta.dirname, 'build.mjs');
const results = [];
const started = performance.now();
for (const slug of slugs) {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, [build, '--commune', slug, '--communes', root, '--out', join(outRoot, slug)], { stdio: 'inherit' });
  results.push({ slug, ok: r.status === 0, seconds: (performance.now() - t0) / 1000 });
}
const total = (performance.now() - started) / 1000;

console.log('\nxã\tkết quả\tthời gian (giây)');
for (const r of results) console.log(`${r.slug}\t${r.ok ? 'xong' : 'LỖI'}\t${r.seconds.toFixed(1)}`);
console.log(`tổng\t${results.filter((r) => r.ok).length}/${results.length} xã\t${total.toFixed(1)}`);
process.exit(results.every((r) => r.ok) ? 0 : 1);
