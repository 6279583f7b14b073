/**
 * One job of the province matrix, with real builds: the batch's dist/ comes
 * back from the CI cache holding the last good sites (and a commune since
 * removed), then `cchc build-all --batch 1/1 --prune --annotate --verify`
 * builds a good commune, a broken one, and one that builds but fails
 * `cchc verify` (a link to an anchor its page does not have: content checks
 * do not follow fragments, the links gate does). Neither failed one stops
 * the good one nor replaces its own last good site; the job exits 1 naming
 * each, for its reason; the stale commune is gone; `cchc size` measures what
 * the deploy would publish.
 */
import { spawnSync } from 'node:child_process';
import { appendFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildEnv } from '../support/build.ts';
import { brokenCommune, NEWS } from '../support/broken-commune.ts';

const work = mkdtempSync(join(tmpdir(), 'cchc-province-batch-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const GOOD = '<!doctype html><title>bản tốt gần nhất</title>';

function cchc(args: string[]) {
  const r = spawnSync(process.execPath, [resolve('bin/cchc.mjs'), ...args], { encoding: 'utf8', env: buildEnv() });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('a batch of the province matrix with a broken commune', () => {
  const root = join(work, 'communes');
  const out = join(work, 'dist');
  cpSync('tests/fixtures/lien-minh-2022', join(root, 'xa-lien-minh', 'content'), { recursive: true });
  const broken = brokenCommune({ file: NEWS, edit: (t) => t.replace(/^date: .*$/m, 'date: 31/02/2024') });
  cpSync(broken, join(root, 'xa-chau-thanh', 'content'), { recursive: true });
  rmSync(broken, { recursive: true, force: true });
  // The smallest fixture again, with a link in a news body to an anchor its page does not have.
  const unverified = join(root, 'xa-tan-hoa', 'content');
  cpSync('tests/fixtures/lien-minh-2022', unverified, { recursive: true });
  appendFileSync(join(unverified, 'news', 'tuyen-truyen-dich-vu-cong-truc-tuyen.md'), '\nXem [lịch phát sóng](#lich-phat-song-khong-co).\n');
  // What the batch's cache restores: the last good sites, and one of a commune removed since.
  for (const slug of ['xa-chau-thanh', 'xa-lien-minh', 'xa-tan-hoa', 'xa-da-bo']) {
    mkdirSync(join(out, slug), { recursive: true });
    writeFileSync(join(out, slug, 'index.html'), GOOD);
  }

  it('builds the good commune, keeps the last good sites of the broken one and of the one failing verification, drops the stale one, and exits 1 naming both', () => {
    const plan = JSON.parse(cchc(['build-all', '--communes', root, '--list', '--batches', '1']).stdout) as { include: { batch: string; communes: string[] }[] };
    expect(plan.include).toEqual([{ batch: '1/1', key: '1-of-1', communes: ['xa-chau-thanh', 'xa-lien-minh', 'xa-tan-hoa'] }]);

    // axe is left out: the planted fault is the links gate's, and axe on every page would triple the test's time.
    const r = cchc(['build-all', '--communes', root, '--out', out, '--batch', '1/1', '--prune', '--annotate', '--verify', '--no-browser']);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('LỖI: 1 xã không dựng được: xa-chau-thanh.');
    expect(r.stderr).toContain('xa-chau-thanh: trang đang đăng giữ nguyên bản tốt gần nhất');
    expect(r.stdout).toContain('::error title=Xã xa-chau-thanh dựng lỗi::');
    expect(r.stdout).not.toContain('::error title=Xã xa-lien-minh');
    expect(`${r.stdout}${r.stderr}`).toContain('31/02/2024');
    expect(r.stdout).toMatch(/xa-lien-minh\txong\t/);
    // Built, but not published: named for its reason, with what verify found.
    expect(r.stderr).toContain('LỖI: 1 xã dựng xong nhưng không qua kiểm tra (cchc verify) nên không được xuất bản: xa-tan-hoa.');
    expect(r.stderr).toContain('xa-tan-hoa: trang đang đăng giữ nguyên bản tốt gần nhất');
    expect(r.stdout).toContain('::error title=Xã xa-tan-hoa không qua kiểm tra::');
    expect(r.stdout).toMatch(/xa-tan-hoa\tLỖI\t/);
    expect(r.stdout).toContain('#lich-phat-song-khong-co');
    expect(readFileSync(join(out, 'xa-tan-hoa', 'index.html'), 'utf8')).toBe(GOOD);
    expect(readdirSync(out).filter((f) => f.startsWith('.dist-'))).toEqual([]);

    expect(readFileSync(join(out, 'xa-chau-thanh', 'index.html'), 'utf8')).toBe(GOOD);
    const built = readFileSync(join(out, 'xa-lien-minh', 'index.html'), 'utf8');
    expect(built).not.toBe(GOOD);
    expect(built).toContain('href="/xa-lien-minh/');
    expect(existsSync(join(out, 'xa-da-bo'))).toBe(false);
    expect(r.stdout).toContain('Bỏ bản cũ của xa-da-bo');
  });

  it('measures the assembled tree against the Pages hosts', () => {
    const r = cchc(['size', out, '--host', 'gitlab', '--json']);
    expect(r.status, r.stderr).toBe(0);
    const report = JSON.parse(r.stdout) as { bytes: number; files: number; hosts: { host: string; level: string }[] };
    expect(report.files).toBeGreaterThan(10);
    expect(report.hosts.map((h) => [h.host, h.level])).toEqual([
      ['github', 'ok'],
      ['gitlab', 'ok'],
    ]);
    expect(cchc(['size', join(work, 'khong-co')]).status).toBe(2);
  });

  it('runs a batch the hash left empty as a success that builds nothing, and refuses a malformed batch', () => {
    // In 3 batches the three communes fall in 2/3 and 3/3: GitLab's job 1/3 has nothing to build.
    const plan = JSON.parse(cchc(['build-all', '--communes', root, '--list', '--batches', '3']).stdout) as { include: { batch: string }[] };
    expect(plan.include.map((b) => b.batch)).toEqual(['2/3', '3/3']);
    const empty = join(work, 'empty');
    const r = cchc(['build-all', '--communes', root, '--out', empty, '--batch', '1/3', '--prune']);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain('Nhóm 1/3 không có xã nào');
    expect(existsSync(empty)).toBe(false);
    expect(cchc(['build-all', '--communes', root, '--batch', '3/2']).status).toBe(2);
    expect(cchc(['build-all', '--communes', root, '--batch', '1/1', '--commune', 'xa-lien-minh']).status).toBe(2);
    expect(cchc(['build-all', '--communes', root, '--batches', '3']).status).toBe(2);
  });
});
