/**
 * The search index the build writes for the demo commune: which pages are in
 * it, the filters and metadata they carry, and that the folded fields stay in
 * the index (the published HTML keeps its own spelling only).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BuiltSite } from '../support/dist.ts';
import { SITES } from '../support/build.ts';
import { chunkWords, readMeta, unpack } from '../../src/search/pagefind/format.ts';
import { CHUNK_BYTES } from '../../src/search/word-chunks.ts';
import { bundleDir, fullTextBundleDir, readSearchBundle } from '../../src/search/pagefind/bundle.ts';

const site = new BuiltSite(SITES.demo.out);
const indexed = site.pages().filter((p) => site.html(p).includes('data-pagefind-body'));

describe('the search index of the demo commune', () => {
  it('gives a procedure the citizens’ words of the vocabulary table as its aliases, plain and folded', async () => {
    const [index] = (await readSearchBundle(bundleDir(SITES.demo.out))).languages;
    const page = index!.pages.find((p) => p.url === '/thu-tuc-hanh-chinh/cap-giay-xac-nhan-tinh-trang-hon-nhan/');
    expect(page?.meta.aliases).toContain('giấy độc thân');
    expect(page?.meta.aliases).toContain('giay doc than');
    // Only procedures carry them.
    expect(index!.pages.filter((p) => p.meta.aliases && !p.url.startsWith('/thu-tuc-hanh-chinh/'))).toEqual([]);
  });

  it('gives the contact page the labels of its facts (“Giờ làm việc”), which it leaves out as text', async () => {
    const [index] = (await readSearchBundle(bundleDir(SITES.demo.out))).languages;
    const contact = index!.pages.find((p) => p.url === '/lien-he/');
    expect(contact?.meta.labels).toContain('Giờ làm việc');
    expect(contact?.meta.labels).toContain('dia chi');
    expect(index!.pages.filter((p) => p.meta.labels && p.url !== '/lien-he/')).toEqual([]);
  });

  it('holds exactly the pages marked for it: detail pages and contact, not listings, 404 or search', () => {
    const entry = JSON.parse(readFileSync(join(SITES.demo.out, 'pagefind/pagefind-entry.json'), 'utf8'));
    expect(entry.languages.vi.page_count).toBe(indexed.length);
    for (const path of [
      '/thu-tuc-hanh-chinh/dang-ky-khai-sinh/',
      '/tin-tuc/huong-dan-nop-ho-so-truc-tuyen/',
      '/ke-hoach/2024/',
      '/bieu-duong/sang-kien-phieu-huong-dan-ho-tich-ma-qr/',
      // Office hours and hotlines, as the kind "Liên hệ" (since issue #18; it was left out before).
      '/lien-he/',
    ]) {
      expect(indexed, path).toContain(path);
    }
    for (const path of ['/', '/thu-tuc-hanh-chinh/', '/tin-tuc/', '/tin-tuc/chu-de/mot-cua/', '/ke-hoach/', '/bieu-duong/', '/so-do-trang/', '/tim-kiem/']) {
      expect(indexed, path).not.toContain(path);
    }
    expect(site.html('/404.html')).not.toContain('data-pagefind-body');
  });

  it('indexes the main content only, never the menu, breadcrumb or footer', () => {
    for (const path of indexed) {
      const page = site.page(path);
      const body = page.querySelector('[data-pagefind-body]')!;
      expect(body.closest('main'), path).not.toBeNull();
      expect(body.querySelector('nav, footer, header'), path).toBeNull();
    }
  });

  it('gives every page its type, procedures their field and code, news their topics and year', () => {
    const procedure = site.page('/thu-tuc-hanh-chinh/dang-ky-khai-sinh/');
    expect(procedure.querySelector('[data-pagefind-body]')!.getAttribute('data-pagefind-filter')).toBe('type:Thủ tục hành chính');
    expect(procedure.querySelector('[data-pagefind-filter="field"]')!.text).toBe('Hộ tịch');
    expect(procedure.querySelector('[data-pagefind-meta="code"]')!.text).toBe('1.001193');

    const news = site.page('/tin-tuc/huong-dan-nop-ho-so-truc-tuyen/');
    expect(news.querySelector('[data-pagefind-body]')!.getAttribute('data-pagefind-filter')).toBe('type:Tin tức');
    expect(news.querySelectorAll('[data-pagefind-filter="topic"]').map((t) => t.text)).toEqual(['Dịch vụ công trực tuyến', 'Chuyển đổi số']);
    expect(news.querySelector('time[data-pagefind-filter]')!.getAttribute('data-pagefind-filter')).toBe('year:2024');

    expect(site.page('/ke-hoach/2024/').querySelector('[data-pagefind-body]')!.getAttribute('data-pagefind-filter')).toBe('type:Kế hoạch');
    for (const path of indexed) expect(site.page(path).querySelector('[data-pagefind-body]')!.getAttribute('data-pagefind-filter'), path).toMatch(/^type:.+/);
  });

  it('keeps the folded fields out of the published pages', () => {
    for (const path of indexed) expect(site.html(path), path).not.toMatch(/title_folded|words_folded/);
  });

  it('splits the word index into small chunks, each word inside its own chunk’s range and no other', () => {
    const bundle = join(SITES.demo.out, 'pagefind');
    const entry = JSON.parse(readFileSync(join(bundle, 'pagefind-entry.json'), 'utf8'));
    const { chunks } = readMeta(unpack(readFileSync(join(bundle, `pagefind.${entry.languages.vi.hash}.pf_meta`))));
    expect(chunks.length).toBeGreaterThan(10);
    expect(readdirSync(join(bundle, 'index')).sort(), 'no chunk left over from Pagefind').toEqual(chunks.map((c) => `${c.hash}.pf_index`).sort());
    let previous = '';
    const all: string[] = [];
    for (const chunk of chunks) {
      const words = chunkWords(unpack(readFileSync(join(bundle, 'index', `${chunk.hash}.pf_index`))));
      expect(words[0]!.word.startsWith(chunk.from), chunk.from).toBe(true);
      expect(chunk.to).toBe(words.at(-1)!.word);
      expect(chunk.from > previous, `${chunk.from} after ${previous}`).toBe(true);
      expect(words.length === 1 || words.reduce((n, w) => n + w.bytes.length, 0) <= CHUNK_BYTES, chunk.hash).toBe(true);
      all.push(...words.map((w) => w.word));
      previous = chunk.to;
    }
    for (const word of ['sinh', 'chung', 'ket', 'hon', 'đang']) expect(all, word).toContain(word);
  });

  it('indexes what identifies a page: a news item by its title, its summary and body with the article, no labels', () => {
    const bundle = join(SITES.demo.out, 'pagefind');
    const fragments = readdirSync(join(bundle, 'fragment')).map(
      (file) => JSON.parse(new TextDecoder().decode(unpack(readFileSync(join(bundle, 'fragment', file))))) as { url: string; content: string; meta: { title: string } },
    );
    const fragment = (url: string) => fragments.find((f) => f.url === url)!;
    const content = (url: string) => fragment(url).content;

    // The title once, as metadata; not again as text.
    const title = 'Hướng dẫn người dân nộp hồ sơ trực tuyến trên Cổng Dịch vụ công quốc gia';
    expect(fragment('/tin-tuc/huong-dan-nop-ho-so-truc-tuyen/').meta.title).toBe(title);
    const news = content('/tin-tuc/huong-dan-nop-ho-so-truc-tuyen/');
    expect(news).not.toContain(title);
    // The summary and the body are searched with the article (the full-text bundle), not in the main index.
    expect(news).not.toContain('nộp hồ sơ khai sinh, khai tử');
    const body = site.page('/tin-tuc/huong-dan-nop-ho-so-truc-tuyen/').querySelector('.prose p')!.text.trim();
    expect(news).not.toContain(body.slice(0, 40));
    const fullText = join(fullTextBundleDir(SITES.demo.out), 'fragment');
    const article = readdirSync(fullText)
      .map((file) => JSON.parse(new TextDecoder().decode(unpack(readFileSync(join(fullText, file))))) as { url: string; content: string })
      .find((f) => f.url === '/tin-tuc/huong-dan-nop-ho-so-truc-tuyen/')!;
    expect(article.content).toContain('nộp hồ sơ khai sinh, khai tử');
    expect(article.content).toContain(body.slice(0, 40));
    for (const label of ['Ngày đăng', 'Chủ đề:']) expect(news, label).not.toContain(label);

    const procedure = content('/thu-tuc-hanh-chinh/dang-ky-khai-sinh/');
    expect(procedure).toContain('1.001193');
    expect(procedure).toContain('Giấy chứng sinh');
    const leftOut = ['Các bước thực hiện', 'Căn cứ pháp lý', 'Mã thủ tục:', 'Thời hạn giải quyết', 'Bản chính', 'Hồ sơ cần chuẩn bị', 'Cập nhật:', 'Tóm tắt: nộp ở đâu'];
    // The site's own wording, the same on every procedure: level, status, address, channels.
    leftOut.push('Cấp xã', 'Đang có hiệu lực', 'thành phố Hạ Long, tỉnh Quảng Ninh', 'Nộp trực tiếp tại Bộ phận');
    for (const left of leftOut) {
      expect(procedure, left).not.toContain(left);
    }
  });
});
