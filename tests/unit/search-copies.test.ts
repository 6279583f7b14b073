/**
 * The index copies (src/search/page-for-index.ts) hold only a page's indexed
 * elements. Pagefind must index them as it indexed the whole page with the
 * same additions: run for real on both, and compared. The one difference is
 * meant: for a page whose indexed part has no image, Pagefind took the first
 * image of the whole page (the footer's logo) as the result's image and
 * indexed its address and alt text as words of the page; the search page
 * shows no images, and "logo" should not find every procedure. The main
 * part's copies also leave the article bodies out, which its Pagefind run
 * excludes anyway.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import * as pagefind from 'pagefind';
import { afterAll, describe, expect, it } from 'vitest';
import { FULL_TEXT_SELECTOR, type IndexPart, LABELS, pageForIndexes } from '../../src/search/page-for-index.ts';
import { type BundleView, bundleView } from '../support/search-bundle.ts';

const work = mkdtempSync(join(tmpdir(), 'cchc-search-copies-'));
afterAll(async () => {
  await pagefind.close();
  rmSync(work, { recursive: true, force: true });
});

const head =
  '<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>Đăng ký khai sinh — UBND xã Bằng Cả</title><meta property="og:image" content="/anh.png"><link rel="stylesheet" href="/_astro/a.css"></head>';
const header = '<body><a href="#noi-dung">Bỏ qua</a><header><nav><a href="/">Trang chủ</a> <a href="/thu-tuc-hanh-chinh/">Thủ tục hành chính</a></nav></header><main>';
const footer =
  '</main><footer><p>Đường dây nóng 0203.3.123.456</p><img src="/logo.png" alt="Logo"></footer><script type="application/ld+json">{"name":"Đức"}</script></body></html>';

/** Built pages as the layout writes them: [path, the indexed part with its h1 as written]. */
const PAGES: [string, string][] = [
  [
    'thu-tuc-hanh-chinh/dang-ky-khai-sinh/index.html',
    '<article data-pagefind-body data-pagefind-filter="type:Thủ tục hành chính"><h1 class="t">Đăng ký khai sinh</h1><p data-pagefind-meta="code">1.001193</p>' +
      '<dl><dt>Lĩnh vực</dt><dd data-pagefind-filter="field">Hộ tịch</dd></dl><table><caption>Thành phần hồ sơ</caption><thead><tr><th>Giấy tờ</th></tr></thead><tbody><tr><td>Giấy chứng sinh &amp; tờ khai</td></tr></tbody></table>' +
      '<p><span data-pagefind-ignore>Lệ phí:</span> Miễn lệ phí</p></article>',
  ],
  [
    'tin-tuc/tap-huan/index.html',
    '<div data-pagefind-body data-pagefind-filter="type:Tin tức"><article><h1>Tập huấn chuyển đổi số ở thôn Đông</h1><time data-pagefind-meta="date[datetime]" datetime="2024-05-02">02/05/2024</time>' +
      '<p class="lede" data-full-text>Cán bộ được hướng dẫn dịch vụ công trực tuyến.</p><img src="/_astro/anh.webp" alt="Lớp tập huấn"><div class="prose" data-full-text><p>Ông Nguyễn Văn Đức trình bày&nbsp;các bước.</p><ul><li>Đăng ký tài khoản</li></ul></div>' +
      '<p class="meta"><span data-pagefind-ignore>Chủ đề:</span> <a href="/tin-tuc/chu-de/cds/" data-pagefind-filter="topic">Chuyển đổi số</a></p></article></div>',
  ],
];

/** The whole page, as the indexer wrote copies before: the h1 marked as the title, the copy's metadata before </body>. */
function wholePage(part: string, copy: string): string {
  const spans = /((?:<span data-pagefind-[^>]*><\/span>)*)<\/body><\/html>$/.exec(copy)![1]!;
  const marked = part.replace(/<h1/, '<h1 data-pagefind-meta="title" data-pagefind-ignore');
  return `${head}${header}${marked}${footer}`.replace('</body>', `${spans}</body>`);
}

async function bundle(folder: string, part: IndexPart): Promise<BundleView> {
  const { index } = await pagefind.createIndex({ forceLanguage: 'vi', excludeSelectors: part === 'main' ? [...LABELS, FULL_TEXT_SELECTOR] : LABELS });
  const added = await index!.addDirectory({ path: folder });
  expect(added.errors).toEqual([]);
  const output = `${folder}-bundle`;
  await index!.writeFiles({ outputPath: output });
  return await bundleView(output);
}

describe('the index copies', () => {
  it('give Pagefind the same word index and pages as the whole pages, in both parts', async () => {
    for (const part of ['main', 'full-text'] as const) {
      for (const [path, indexed] of PAGES) {
        const copy = pageForIndexes(`${head}${header}${indexed}${footer}`, [part])[part];
        if (!copy) continue;
        expect(copy).not.toContain('Đường dây nóng');
        expect(copy).not.toContain('Trang chủ');
        // The main part's copy holds no body: an edit to one leaves the main copies as they were.
        if (part === 'main') expect(copy).not.toContain('trình bày');
        for (const [folder, html] of [
          ['copies', copy],
          ['whole', wholePage(indexed, copy)],
        ] as const) {
          const file = join(work, part, folder, path);
          mkdirSync(dirname(file), { recursive: true });
          writeFileSync(file, html);
        }
      }
      const [copies, whole] = [await bundle(join(work, part, 'copies'), part), await bundle(join(work, part, 'whole'), part)];
      expect(Object.keys(copies.pages)).toHaveLength(part === 'main' ? 2 : 1);
      expect(Object.keys(copies.words).length).toBeGreaterThan(10);
      // The lent logo's address and alt text were indexed as words of the procedure: "logo" found every such page.
      const lent = part === 'main' ? ['logo', 'logopng', 'png'] : [];
      expect(Object.keys(whole.words).filter((word) => !(word in copies.words))).toEqual(lent);
      for (const word of lent) delete whole.words[word];
      expect(copies.words).toEqual(whole.words);
      for (const [url, page] of Object.entries(whole.pages)) {
        // The procedure's indexed part has no image: the whole page lent it the footer's logo.
        if (url.startsWith('/thu-tuc')) {
          expect(page.meta.image).toBe('/logo.png');
          delete page.meta.image;
          delete page.meta.image_alt;
        }
        expect(copies.pages[url]).toEqual(page);
      }
      // The news item's own photo stays its image.
      expect(copies.pages['/tin-tuc/tap-huan/']!.meta.image).toBe('/_astro/anh.webp');
    }
  }, 60_000);
});
