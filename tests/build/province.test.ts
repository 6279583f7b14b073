/**
 * A province repository (tests/fixtures/province-minh-hoa): five communes
 * built with `cchc build-all`, each publishing the province's shared
 * procedures as its own with its own service center and its local notes,
 * nothing copied into the communes; then the builds that skip: no change
 * skips every commune, a change to one commune rebuilds only it, a change to
 * a shared procedure rebuilds them all, and a broken commune fails loudly,
 * named, keeping its last good site while the others publish.
 */
import { spawnSync } from 'node:child_process';
import { appendFileSync, cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildEnv } from '../support/build.ts';
import { BuiltSite } from '../support/dist.ts';

const work = mkdtempSync(join(tmpdir(), 'cchc-province-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const repo = join(work, 'tinh');
cpSync('tests/fixtures/province-minh-hoa', repo, { recursive: true });
const communes = join(repo, 'communes');
const out = join(work, 'dist');
const ALL = ['phuong-dong-tien', 'phuong-hoa-lac', 'xa-an-phu', 'xa-lac-son', 'xa-tan-hung'];

/** `cchc build-all` of the province's communes, on a day of their plans' year. */
function buildAll() {
  const r = spawnSync(process.execPath, [resolve('bin/cchc.mjs'), 'build-all', '--communes', communes, '--out', out], {
    encoding: 'utf8',
    env: buildEnv({ CCHC_TODAY: '2026-06-30' }),
  });
  return { status: r.status, output: `${r.stdout}\n${r.stderr}` };
}

/** The communes a build-all's table says were built, and those it skipped. */
function verdicts(output: string) {
  const rows = [...output.matchAll(/^([a-z0-9-]+)\t(xong|bỏ qua \(không đổi\)|LỖI)\t/gm)];
  const where = (verdict: string) => rows.filter((r) => r[2] === verdict).map((r) => r[1]);
  return { built: where('xong'), skipped: where('bỏ qua (không đổi)'), failed: where('LỖI') };
}

const site = (slug: string) => new BuiltSite(join(out, slug), `/${slug}/`);
const text = (slug: string, path: string) => site(slug).page(`/${slug}${path}`).textContent ?? '';

describe('a province repository', () => {
  it('lists its communes for a CI matrix', () => {
    const r = spawnSync(process.execPath, [resolve('bin/cchc.mjs'), 'build-all', '--communes', communes, '--list'], { encoding: 'utf8', env: buildEnv() });
    expect(JSON.parse(r.stdout)).toEqual(ALL);
  });

  it('builds every commune, each showing the shared procedures with its own service center and its notes', () => {
    const { status, output } = buildAll();
    expect(status, output).toBe(0);
    expect(verdicts(output)).toEqual({ built: ALL, skipped: [], failed: [] });
    const shared = readdirSync(join(repo, 'province', 'procedures')).map((f) => f.replace(/\.md$/, ''));
    expect(shared).toHaveLength(20);
    for (const slug of ALL) {
      // Every shared procedure has its page, printed notice and share card in every commune.
      for (const id of shared) {
        expect(site(slug).has(`/${slug}/thu-tuc-hanh-chinh/${id}/`), `${slug} ${id}`).toBe(true);
        expect(existsSync(join(out, slug, 'thu-tuc-hanh-chinh', id, 'ban-in', 'index.html')), `${slug} ${id} notice`).toBe(true);
        expect(existsSync(join(out, slug, 'thu-tuc-hanh-chinh', id, 'anh-chia-se.png')), `${slug} ${id} share card`).toBe(true);
      }
      const name = (readFileSync(join(communes, slug, 'content', 'site.yaml'), 'utf8').match(/^name: (.*)$/m) ?? [])[1];
      const kind = slug.startsWith('xa-') ? 'xã' : 'phường';
      // Where to file: this commune's own service center, on a shared procedure's page.
      expect(text(slug, '/thu-tuc-hanh-chinh/dang-ky-ket-hon/')).toContain(`Trung tâm Phục vụ hành chính công ${kind} ${name}`);
      expect(text(slug, '/thu-tuc-hanh-chinh/')).toContain('Đăng ký kết hôn');
      // The procedures' nothing copied: a commune's folder holds only what it wrote.
      const own = join(communes, slug, 'content', 'procedures');
      expect(existsSync(own) ? readdirSync(own) : []).toEqual(slug === 'xa-tan-hung' ? ['dang-ky-khai-sinh.md'] : []);
    }
    // The search index holds the shared procedures of each commune.
    for (const slug of ALL) expect(existsSync(join(out, slug, 'pagefind', 'pagefind-entry.json')), slug).toBe(true);
  });

  it('applies a commune’s notes to its own pages only', () => {
    const khaiSinh = text('xa-an-phu', '/thu-tuc-hanh-chinh/dang-ky-khai-sinh/');
    expect(khaiSinh).toContain('Điểm tiếp nhận tại trụ sở xã Phú Lộc cũ');
    expect(khaiSinh).toContain('Thôn Phú Lộc, xã An Phú');
    expect(khaiSinh).toContain('Người dân thôn Phú Lộc có thể nộp tại điểm tiếp nhận gần nhà.');
    expect(readFileSync(join(out, 'xa-an-phu', 'thu-tuc-hanh-chinh', 'dang-ky-khai-sinh', 'ban-in', 'index.html'), 'utf8')).toContain(
      'Điểm tiếp nhận tại trụ sở xã Phú Lộc cũ',
    );
    expect(text('xa-an-phu', '/thu-tuc-hanh-chinh/chung-thuc-ban-sao-tu-ban-chinh-giay-to-van-ban-do-co-quan-co-tham-quyen-cua-vie/')).toContain(
      'Xã An Phú miễn lệ phí cho người thuộc hộ nghèo',
    );
    // Other procedures of the same commune, and the same procedure elsewhere, file at the service center.
    expect(text('xa-an-phu', '/thu-tuc-hanh-chinh/dang-ky-ket-hon/')).not.toContain('Phú Lộc cũ');
    expect(text('xa-lac-son', '/thu-tuc-hanh-chinh/dang-ky-khai-sinh/')).not.toContain('Phú Lộc');
    expect(text('phuong-dong-tien', '/thu-tuc-hanh-chinh/dang-ky-khai-tu/')).toContain('Phường Đông Tiến nhận hồ sơ đăng ký khai tử cả sáng thứ Bảy.');
    // A commune's own file with a shared code replaces the shared one on its site only.
    expect(text('xa-tan-hung', '/thu-tuc-hanh-chinh/dang-ky-khai-sinh/')).toContain('Hướng dẫn riêng của xã Tân Hưng');
    expect(text('xa-lac-son', '/thu-tuc-hanh-chinh/dang-ky-khai-sinh/')).not.toContain('Hướng dẫn riêng');
  });

  it('skips every commune when nothing changed', () => {
    const { status, output } = buildAll();
    expect(status, output).toBe(0);
    expect(verdicts(output)).toEqual({ built: [], skipped: ALL, failed: [] });
    expect(output).toContain('Bỏ qua 5 xã không đổi');
  });

  it('rebuilds only the commune that changed', () => {
    appendFileSync(join(communes, 'xa-lac-son', 'content', 'news', 'tin-1.md'), '\nMột câu thêm vào sau.\n');
    const { status, output } = buildAll();
    expect(status, output).toBe(0);
    expect(verdicts(output)).toEqual({ built: ['xa-lac-son'], skipped: ALL.filter((s) => s !== 'xa-lac-son'), failed: [] });
  });

  it('rebuilds every commune when a shared procedure changes, and a broken commune keeps its last good site, named, while the others publish', () => {
    const shared = join(repo, 'province', 'procedures', 'dang-ky-ket-hon.md');
    writeFileSync(shared, `${readFileSync(shared, 'utf8')}\nHướng dẫn chung của tỉnh, sửa lần hai.\n`);
    const notes = join(communes, 'phuong-hoa-lac', 'content', 'procedure-notes.yaml');
    writeFileSync(notes, '"1.999999":\n  note: Một mã không có trong danh mục.\n');
    const before = readFileSync(join(out, 'phuong-hoa-lac', 'index.html'), 'utf8');
    const { status, output } = buildAll();
    expect(status).toBe(1);
    expect(verdicts(output)).toEqual({ built: ALL.filter((s) => s !== 'phuong-hoa-lac'), skipped: [], failed: ['phuong-hoa-lac'] });
    expect(output).toContain('LỖI: 1 xã không dựng được: phuong-hoa-lac.');
    // The note's error names the file, the field and what was found.
    expect(output).toContain('communes/phuong-hoa-lac/content/procedure-notes.yaml');
    expect(output).toMatch(/Trường: 1\.999999/);
    expect(readFileSync(join(out, 'phuong-hoa-lac', 'index.html'), 'utf8')).toBe(before);
    for (const slug of ALL.filter((s) => s !== 'phuong-hoa-lac')) expect(text(slug, '/thu-tuc-hanh-chinh/dang-ky-ket-hon/')).toContain('sửa lần hai');
    expect(readdirSync(out).filter((f) => f.startsWith('.dist-'))).toEqual([]);
  });
});
