import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BuiltSite } from '../support/dist.ts';
import { SITES } from '../support/build.ts';

const site = new BuiltSite(SITES.demo.out);
const procedureSlugs = readdirSync(join(SITES.demo.content, 'procedures'))
  .filter((f) => f.endsWith('.md'))
  .map((f) => f.replace(/\.md$/, ''));
const newsFiles = readdirSync(join(SITES.demo.content, 'news')).filter((f) => f.endsWith('.md'));
const drafts = newsFiles.filter((f) => /^draft: true$/m.test(readFileSync(join(SITES.demo.content, 'news', f), 'utf8')));

describe('demo commune (xã Bằng Cả)', () => {
  it('has every page type', () => {
    for (const path of ['/', '/thu-tuc-hanh-chinh/', '/tin-tuc/', '/ke-hoach/', '/ke-hoach/2024/', '/bieu-duong/', '/lien-he/', '/so-do-trang/', '/tim-kiem/']) {
      expect(site.has(path), path).toBe(true);
    }
    for (const file of ['404.html', 'sitemap.xml', 'robots.txt', 'tin-tuc/rss.xml', 'pagefind/pagefind.js']) {
      expect(site.has(`/${file}`), file).toBe(true);
    }
  });

  it('reaches every page type by links from home', () => {
    const reachable = site.reachableFromHome();
    const kinds = [
      '/thu-tuc-hanh-chinh/',
      '/thu-tuc-hanh-chinh/dang-ky-khai-sinh/',
      '/tin-tuc/',
      '/tin-tuc/chu-de/',
      '/ke-hoach/2024/',
      '/bieu-duong/',
      '/lien-he/',
      '/so-do-trang/',
    ];
    for (const kind of kinds)
      expect(
        [...reachable].some((p) => p.startsWith(kind)),
        kind,
      ).toBe(true);
    const commendationPages = site.pages().filter((p) => /^\/bieu-duong\/.+\//.test(p));
    expect(commendationPages.length).toBeGreaterThanOrEqual(4);
    // The browser CMS at /admin/ is for clerks: reached by its address, never linked (tests/build/admin.test.ts).
    for (const page of site.pages().filter((p) => p !== '/admin/')) expect(reachable.has(page), `${page} is linked from somewhere`).toBe(true);
  });

  it('publishes the 9 commune procedures, each with every section a citizen needs', () => {
    expect(procedureSlugs.length).toBeGreaterThanOrEqual(9);
    for (const slug of procedureSlugs) {
      const page = site.page(`/thu-tuc-hanh-chinh/${slug}/`);
      const ids = page.querySelectorAll('h2[id]').map((h) => h.id);
      expect(ids, slug).toEqual(expect.arrayContaining(['ho-so', 'cac-buoc', 'doi-tuong', 'ket-qua', 'co-quan', 'can-cu']));
      // The answer box: online or not first, then the fee, the time and where (issue 17).
      const facts = page.querySelectorAll('.facts dt').map((d) => d.text);
      expect(facts, slug).toEqual(['Nộp trực tuyến:', 'Phí, lệ phí:', 'Thời hạn giải quyết:', 'Nơi nộp hồ sơ:']);
      expect(page.querySelector('a[href^="https://dichvucong.gov.vn/"]'), `${slug} links the national portal`).not.toBeNull();
      expect(page.querySelectorAll('#ho-so ~ section .answer-checklist li').length, slug).toBeGreaterThan(0);
    }
  });

  it('groups the procedure index by field', () => {
    const headings = site
      .page('/thu-tuc-hanh-chinh/')
      .querySelectorAll('main h2')
      .map((h) => h.text.replace(/\s*\(.*\)$/, ''));
    expect(headings).toEqual(expect.arrayContaining(['Chứng thực', 'Hộ tịch']));
    const links = site.page('/thu-tuc-hanh-chinh/').querySelectorAll('main .cards a');
    expect(links.length).toBe(procedureSlugs.length);
  });

  it("renders the plan's appendix with its 8 tasks and the signer", () => {
    const page = site.page('/ke-hoach/2024/');
    const rows = page.querySelectorAll('#phu-luc + .table-scroll tbody tr');
    expect(rows.map((r) => r.id)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8'].map((n) => `nhiem-vu-${n}`));
    expect(page.querySelector('h1')!.text).toContain('năm 2024');
    expect(page.text).toContain('31/KH-UBND');
    expect(page.text).toContain('Triệu Tiến Trường');
    expect(page.querySelectorAll('.prose h2').length).toBeGreaterThanOrEqual(3);
  });

  it('lists news newest first, leaves drafts out everywhere, and feeds RSS', () => {
    const published = newsFiles.length - drafts.length;
    expect(published).toBeGreaterThanOrEqual(8);
    const dates = site
      .page('/tin-tuc/')
      .querySelectorAll('main .cards time')
      .map((t) => t.getAttribute('datetime')!);
    expect(dates).toEqual([...dates].sort().reverse());
    for (const draft of drafts) {
      const slug = draft.replace(/\.md$/, '');
      expect(site.has(`/tin-tuc/${slug}/`), `draft ${slug} not published`).toBe(false);
      expect(site.html('/tin-tuc/rss.xml')).not.toContain(`/tin-tuc/${slug}/`);
    }
    const rss = site.html('/tin-tuc/rss.xml');
    expect(rss.match(/<item>/g)?.length).toBe(published);
    expect(rss).toContain('<language>vi</language>');
  });

  it('processes news covers with sharp into sized images with alt text', () => {
    const withCover = site
      .pages()
      .filter((p) => /^\/tin-tuc\/[^/]+\/$/.test(p) && !p.startsWith('/tin-tuc/trang/'))
      .filter((p) => site.page(p).querySelector('figure img'));
    expect(withCover.length).toBeGreaterThanOrEqual(8);
    for (const path of withCover) {
      const img = site.page(path).querySelector('figure img')!;
      expect(img.getAttribute('alt')!.length, path).toBeGreaterThan(10);
      expect(img.getAttribute('src'), path).toMatch(/^\/_astro\/.+\.webp$/);
      expect(img.getAttribute('srcset'), path).toContain('800w');
      expect(img.getAttribute('width')).toBeTruthy();
    }
  });

  it('takes identity from site.yaml into header, footer, title and meta', () => {
    const page = site.page('/thu-tuc-hanh-chinh/');
    expect(page.querySelector('html')!.getAttribute('lang')).toBe('vi');
    expect(page.querySelector('.brand')!.text).toContain('Ủy ban nhân dân xã Bằng Cả');
    const footer = page.querySelector('footer')!.text;
    for (const words of ['Ủy ban nhân dân xã Bằng Cả', 'Đỗ Thu Phương', 'Đường dây nóng']) expect(footer).toContain(words);
    expect(page.querySelector('title')!.text).toBe('Danh mục thủ tục hành chính – Ủy ban nhân dân xã Bằng Cả');
    expect(page.querySelector('link[rel=canonical]')!.getAttribute('href')).toMatch(/^https:\/\/.+\/thu-tuc-hanh-chinh\/$/);
  });

  it('ships no JavaScript on content pages and requests nothing from other hosts', () => {
    // Search and the browser CMS (/admin/) are the two pages that load script.
    for (const path of site.pages().filter((p) => p !== '/tim-kiem/' && p !== '/admin/')) {
      const html = site.html(path);
      // The only <script> allowed is the JSON-LD data block: browsers never execute it.
      const scripts = [...html.matchAll(/<script\b[^>]*>/gi)].map((m) => m[0]);
      expect(scripts, path).toEqual(['<script type="application/ld+json">']);
      const external = [...html.matchAll(/<(?:link|img|script|source|iframe)[^>]+(?:href|src|srcset)="(https?:)?\/\/[^"]+"/g)].filter(
        (m) => !m[0].startsWith('<link rel="canonical"') && !m[0].includes('rel="alternate"'),
      );
      expect(
        external.map((m) => m[0]),
        path,
      ).toEqual([]);
    }
  });

  it('writes sitemap.xml with every page and a robots.txt pointing to it', () => {
    const sitemap = site.html('/sitemap.xml');
    const locs = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
    expect(new Set(locs)).toEqual(new Set(site.pages().filter((p) => p !== '/404/' && p !== '/admin/')));
    expect(site.html('/robots.txt')).toMatch(/Sitemap: https:\/\/.+\/sitemap\.xml/);
  });

  it('has a 404 page that is not indexed for search', () => {
    const html = site.html('/404.html');
    expect(html).toContain('Không tìm thấy trang');
    expect(html).not.toContain('data-pagefind-body');
  });
});
