import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BUILD_RECORD, buildFingerprint, isUpToDate, recordBuild } from '../../src/build/fingerprint.ts';
import { readSettings } from '../../src/settings/settings.ts';

const work = mkdtempSync(join(tmpdir(), 'cchc-fingerprint-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const content = join(work, 'content');
cpSync('tests/fixtures/lien-minh-2022', content, { recursive: true });
const env = { CCHC_CONTENT_DIR: content, CCHC_TODAY: '2024-06-30', HOME: '/x' };
const fingerprint = (overrides: Record<string, string> = {}, args: string[] = []): string => buildFingerprint({ settings: readSettings({ ...env, ...overrides }), args });

describe('build fingerprint', () => {
  const first = fingerprint();

  it('is the same for the same inputs, whatever else is in the environment, forced or not', () => {
    expect(fingerprint({ HOME: '/elsewhere', PATH: '/bin' })).toBe(first);
    expect(fingerprint({ CCHC_FORCE_BUILD: '1' })).toBe(first);
  });

  it('changes with the content, the CCHC_* settings, the day and the build flags', () => {
    expect(fingerprint({ CCHC_TODAY: '2024-07-01' })).not.toBe(first);
    expect(fingerprint({ CCHC_BASE: '/xa/' })).not.toBe(first);
    expect(fingerprint({}, ['--verbose'])).not.toBe(first);
    writeFileSync(join(content, 'news', 'them.md'), '---\ntitle: x\n---\n');
    expect(fingerprint()).not.toBe(first);
    rmSync(join(content, 'news', 'them.md'));
    expect(fingerprint()).toBe(first);
  });

  it('hashes regular files only: a checkout with a symlinked node_modules still builds', () => {
    const checkout = join(work, 'checkout');
    mkdirSync(join(checkout, 'src'), { recursive: true });
    writeFileSync(join(checkout, 'src', 'a.ts'), 'export {};\n');
    execFileSync('git', ['init', '-q'], { cwd: checkout });
    writeFileSync(join(checkout, '.gitignore'), 'node_modules/\n');
    symlinkSync(join(process.cwd(), 'node_modules'), join(checkout, 'node_modules'));
    const before = buildFingerprint({ settings: readSettings(env), args: [], root: checkout });
    writeFileSync(join(checkout, 'src', 'a.ts'), 'export const changed = 1;\n');
    expect(buildFingerprint({ settings: readSettings(env), args: [], root: checkout })).not.toBe(before);
  });

  it('walks an installed generator, which git ignores inside node_modules, and counts the site’s own files', () => {
    const site = join(work, 'site');
    const pkg = join(site, 'node_modules', 'cchc-portal');
    mkdirSync(join(pkg, 'src'), { recursive: true });
    writeFileSync(join(pkg, 'src', 'a.ts'), 'export {};\n');
    writeFileSync(join(site, '.gitignore'), 'node_modules/\n');
    writeFileSync(join(site, 'astro.config.mjs'), 'export default {};\n');
    execFileSync('git', ['init', '-q'], { cwd: site });
    const of = () => buildFingerprint({ settings: readSettings(env), args: [], root: pkg, site });
    const before = of();
    writeFileSync(join(pkg, 'src', 'a.ts'), 'export const changed = 1;\n');
    const upgraded = of();
    expect(upgraded).not.toBe(before);
    writeFileSync(join(site, 'astro.config.mjs'), 'export default { trailingSlash: "always" };\n');
    expect(of()).not.toBe(upgraded);
  });

  it('skips only while the recorded output folder is still the one it built', () => {
    const out = join(work, 'dist');
    mkdirSync(out);
    writeFileSync(join(out, 'index.html'), 'một');
    expect(isUpToDate(out, first)).toBe(false);
    recordBuild(out, first);
    expect(isUpToDate(out, first)).toBe(true);
    expect(isUpToDate(out, fingerprint({ CCHC_TODAY: '2024-07-01' }))).toBe(false);
    writeFileSync(join(out, 'index.html'), 'hai, sửa tay');
    expect(isUpToDate(out, first)).toBe(false);
    recordBuild(out, first);
    rmSync(out, { recursive: true });
    mkdirSync(out);
    writeFileSync(join(out, 'index.html'), 'hai, sửa tay');
    expect(isUpToDate(out, first)).toBe(false);
  });

  it('keeps its record in the folder it built, so a copy put back from a CI cache or artifact is still known', () => {
    const out = join(work, 'dist-ci');
    mkdirSync(out);
    writeFileSync(join(out, 'index.html'), 'một');
    recordBuild(out, first);
    expect(readdirSync(out).sort()).toEqual([BUILD_RECORD, 'index.html']);
    const restored = join(work, 'restored');
    cpSync(out, restored, { recursive: true });
    rmSync(out, { recursive: true });
    expect(isUpToDate(restored, first)).toBe(true);
    expect(isUpToDate(restored, fingerprint({ CCHC_TODAY: '2024-07-01' }))).toBe(false);
    // Without its record (a site built before records were kept), it is built again.
    rmSync(join(restored, BUILD_RECORD));
    expect(isUpToDate(restored, first)).toBe(false);
  });
});
