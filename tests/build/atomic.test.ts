/**
 * Nothing half-built is ever published: a build that crashes while
 * rendering (after the content passed validation) keeps the last good site,
 * and in a district one broken commune keeps its own last good site while
 * the others build under their /<slug>/ base path.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { siteAddress } from '../../src/data/site.ts';
import { cacheDirFor } from '../../src/integrations/portal.ts';
import { buildCommune, buildEnv } from '../support/build.ts';
import { brokenCommune, NEWS, NEWS_WITH_COVER } from '../support/broken-commune.ts';
import { BuiltSite } from '../support/dist.ts';

const work = mkdtempSync(join(tmpdir(), 'cchc-atomic-'));
const GOOD = '<!doctype html><title>bản tốt gần nhất</title>';
afterAll(() => rmSync(work, { recursive: true, force: true }));

function run(command: string, args: string[]) {
  const r = spawnSync(process.execPath, [resolve('bin/cchc.mjs'), command, ...args], { encoding: 'utf8', env: buildEnv() });
  return { status: r.status, output: `${r.stdout}\n${r.stderr}` };
}

describe('a build that fails after validation', () => {
  it('keeps the published site when Astro fails while building', () => {
    // Valid content (check opens every image, so a broken one no longer gets this far): the
    // failure is Astro's own, its cache folder taken by a file, once validation has passed.
    const dir = brokenCommune({ file: NEWS_WITH_COVER, edit: (t) => `${t}\n` });
    const cache = fileURLToPath(cacheDirFor(pathToFileURL(`${process.cwd()}/`), dir, siteAddress(dir))).replace(/[/\\]$/, '');
    mkdirSync(dirname(cache), { recursive: true });
    writeFileSync(cache, 'not a folder');
    const out = join(work, 'crash', 'dist');
    mkdirSync(out, { recursive: true });
    writeFileSync(join(out, 'index.html'), GOOD);
    try {
      const { status, output } = buildCommune(dir, out);
      expect(status).not.toBe(0);
      expect(output).toContain('ENOTDIR');
      expect(output).not.toContain('Dừng dựng trang'); // validation passed: this is a crash, not a content error
      expect(output).toContain('được giữ nguyên');
      expect(readFileSync(join(out, 'index.html'), 'utf8')).toBe(GOOD);
      expect(readdirSync(join(work, 'crash'))).toEqual(['dist']);
    } finally {
      rmSync(cache, { force: true });
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('two builds of one output folder', () => {
  const out = join(work, 'locked', 'dist');
  const lock = join(work, 'locked', '.dist-dist-next.lock');
  const commune = join(work, 'locked', 'commune');
  cpSync('tests/fixtures/lien-minh-2022', commune, { recursive: true });

  it('refuses the second while the first runs, and keeps the published site', () => {
    mkdirSync(out, { recursive: true });
    writeFileSync(join(out, 'index.html'), GOOD);
    // This test's own process stands for the build that holds the staging folder.
    writeFileSync(lock, String(process.pid));
    try {
      const { status, output } = buildCommune(commune, out);
      expect(status).not.toBe(0);
      expect(output).toContain(`Một lần dựng khác của ${out} đang chạy (tiến trình ${process.pid})`);
      expect(readFileSync(join(out, 'index.html'), 'utf8')).toBe(GOOD);
    } finally {
      rmSync(lock, { force: true });
    }
  });

  it('takes over the lock a build that has ended left behind', () => {
    // A process that has exited: its id is free.
    const ended = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' }).stdout;
    writeFileSync(lock, ended);
    const { status, output } = buildCommune(commune, out);
    expect(status, output).toBe(0);
    expect(readFileSync(join(out, 'index.html'), 'utf8')).not.toBe(GOOD);
    // The staging folder and its lock are gone.
    expect(readdirSync(join(work, 'locked')).sort()).toEqual(['commune', 'dist']);
  });

  // Linux tells a process's start time (/proc); elsewhere a running id is taken at its word.
  it.runIf(existsSync('/proc/self/stat'))('takes over a lock whose process id a later process now has', () => {
    // This test's own process, but started at another time: the build that wrote the lock has ended.
    writeFileSync(lock, `${process.pid} 1`);
    const { status, output } = buildCommune(commune, out, { CCHC_FORCE_BUILD: '1' });
    expect(status, output).toBe(0);
    expect(readdirSync(join(work, 'locked')).sort()).toEqual(['commune', 'dist']);
  });
});

describe('a district of communes', () => {
  const root = join(work, 'communes');
  const out = join(work, 'district-dist');
  cpSync('tests/fixtures/lien-minh-2022', join(root, 'xa-lien-minh', 'content'), { recursive: true });
  const broken = brokenCommune({ file: NEWS, edit: (t) => t.replace(/^date: .*$/m, 'date: 31/02/2024') });
  cpSync(broken, join(root, 'xa-chau-thanh', 'content'), { recursive: true });
  rmSync(broken, { recursive: true, force: true });
  mkdirSync(join(root, 'khong-phai-xa'), { recursive: true }); // no content/site.yaml: not a commune

  it('lists its communes for a CI matrix', () => {
    const { status, output } = run('build-all', ['--communes', root, '--list']);
    expect(status).toBe(0);
    expect(JSON.parse(output.trim())).toEqual(['xa-chau-thanh', 'xa-lien-minh']);
  });

  it('builds each commune into dist/<slug>/ under /<slug>/, and a broken one keeps its last good site', () => {
    mkdirSync(join(out, 'xa-chau-thanh'), { recursive: true });
    writeFileSync(join(out, 'xa-chau-thanh', 'index.html'), GOOD);
    const { status, output } = run('build-all', ['--communes', root, '--out', out]);
    expect(status).toBe(1);
    expect(output).toMatch(/xa-chau-thanh\tLỖI\t/);
    expect(output).toMatch(/xa-lien-minh\txong\t/);
    expect(output).toContain('31/02/2024');
    expect(readFileSync(join(out, 'xa-chau-thanh', 'index.html'), 'utf8')).toBe(GOOD);
    const site = new BuiltSite(join(out, 'xa-lien-minh'), '/xa-lien-minh/');
    expect(site.has('/xa-lien-minh/thu-tuc-hanh-chinh/')).toBe(true);
    for (const link of site.links('/xa-lien-minh/')) expect(link.startsWith('/xa-lien-minh/'), link).toBe(true);
    expect(site.page('/xa-lien-minh/').querySelector('link[rel=canonical]')!.getAttribute('href')).toBe('https://ductho.example.org/xa-lien-minh/');
    expect(readdirSync(out).filter((f) => f.startsWith('.dist-'))).toEqual([]);
  });

  it('builds one chosen commune with npm run build -- --commune, and names the communes it has when asked for another', () => {
    const chosen = run('build', ['--commune', 'xa-lien-minh', '--communes', root, '--out', join(work, 'one', 'xa-lien-minh')]);
    expect(chosen.status, chosen.output).toBe(0);
    expect(existsSync(join(work, 'one', 'xa-lien-minh', 'index.html'))).toBe(true);
    const unknown = run('build', ['--commune', 'xa-khong-co', '--communes', root]);
    expect(unknown.status).toBe(2);
    expect(unknown.output).toContain('Không có xã "xa-khong-co"');
    expect(unknown.output).toContain('xa-chau-thanh, xa-lien-minh');
  });
});
