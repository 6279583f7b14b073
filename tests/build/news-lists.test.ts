/**
 * A topic's news list stays a phone's size however many news a commune
 * writes: it is split into pages of NEWS_PER_PAGE, as the news index is. The
 * demo has too few news in any topic, so this builds it with twelve more in
 * one.
 */
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NEWS_PER_PAGE } from '../../src/lib/news.ts';
import { BuiltSite } from '../support/dist.ts';
import { buildCommune, SITES } from '../support/build.ts';

const dir = mkdtempSync(join(tmpdir(), 'cchc-news-lists-'));
let site: BuiltSite;

beforeAll(() => {
  const content = join(dir, 'content');
  cpSync(SITES.demo.content, content, { recursive: true });
  for (let i = 1; i <= 12; i++) {
    const day = String(i).padStart(2, '0');
    writeFileSync(
      join(content, 'news', `mot-cua-thang-5-ngay-${day}.md`),
      `---\ntitle: Bộ phận Một cửa tiếp nhận hồ sơ ngày ${day}/5/2024\ndate: 2024-05-${day}\nsummary: Số hồ sơ tiếp nhận và trả kết quả trong ngày.\ntopics:\n  - mot-cua\n---\n\nBộ phận Một cửa xã tiếp nhận hồ sơ trong ngày.\n`,
    );
  }
  const result = buildCommune(content, join(dir, 'dist'));
  expect(result.status, result.output).toBe(0);
  site = new BuiltSite(join(dir, 'dist'));
}, 180_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const titles = (path: string) =>
  site
    .page(path)
    .querySelectorAll('ul.cards > li h2 a')
    .map((a) => a.text.trim());

describe('a topic with more news than one page holds', () => {
  it('splits into pages of ten, newest first, each news on exactly one page', () => {
    const first = titles('/tin-tuc/chu-de/mot-cua/');
    const second = titles('/tin-tuc/chu-de/mot-cua/trang/2/');
    expect(first).toHaveLength(NEWS_PER_PAGE);
    const dates = ['/tin-tuc/chu-de/mot-cua/', '/tin-tuc/chu-de/mot-cua/trang/2/'].flatMap((p) =>
      site
        .page(p)
        .querySelectorAll('ul.cards > li time')
        .map((t) => t.getAttribute('datetime')!),
    );
    expect(dates).toHaveLength(first.length + second.length);
    expect(dates).toEqual([...dates].sort().reverse());
    expect(second.length).toBeGreaterThan(0);
    expect(new Set([...first, ...second]).size).toBe(first.length + second.length);
    for (let i = 1; i <= 12; i++) expect([...first, ...second]).toContain(`Bộ phận Một cửa tiếp nhận hồ sơ ngày ${String(i).padStart(2, '0')}/5/2024`);
    expect(site.has('/tin-tuc/chu-de/mot-cua/trang/3/')).toBe(false);
  });

  it('links the pages both ways and names the page in its title', () => {
    const first = site.page('/tin-tuc/chu-de/mot-cua/');
    expect(first.querySelector('.pager a[rel="next"]')!.getAttribute('href')).toBe('/tin-tuc/chu-de/mot-cua/trang/2/');
    const second = site.page('/tin-tuc/chu-de/mot-cua/trang/2/');
    expect(second.querySelector('.pager a[rel="prev"]')!.getAttribute('href')).toBe('/tin-tuc/chu-de/mot-cua/');
    expect(second.querySelector('h1')!.text).toBe('Chủ đề: Một cửa, một cửa liên thông – Trang 2 / 2');
    expect(second.querySelector('link[rel="canonical"]')!.getAttribute('href')).toMatch(/\/tin-tuc\/chu-de\/mot-cua\/trang\/2\/$/);
  });

  it('lists every page in sitemap.xml, and keeps topics with few news on one page', () => {
    expect(site.html('/sitemap.xml')).toContain('/tin-tuc/chu-de/mot-cua/trang/2/</loc>');
    expect(site.has('/tin-tuc/chu-de/doi-thoai/trang/2/')).toBe(false);
    expect(site.page('/tin-tuc/chu-de/doi-thoai/').querySelector('.pager')).toBeNull();
  });
});
