/**
 * What comes out of the printer: Chromium prints pages to A4 PDF (print
 * stylesheet and all), and the PDF's text is read back with unpdf. A
 * procedure prints as a checklist without the site's navigation; the desk
 * notices carry the QR code (inline SVG) and the online address.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractText, getDocumentProxy } from 'unpdf';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { procedureUi } from '../../src/i18n/vi.ts';
import { SITES } from '../support/build.ts';
import { browserSession } from '../support/browser-session.ts';

const session = browserSession(SITES.demo.out);
const ORIGIN = 'https://bangca.example.gov.vn';
const procedure = parse(readFileSync(join(SITES.demo.content, 'procedures/dang-ky-khai-sinh.md'), 'utf8').split(/^---$/m)[1]!) as {
  name: string;
  updated: string;
  cases: { documents: { name: string }[] }[];
};
const site = parse(readFileSync(join(SITES.demo.content, 'site.yaml'), 'utf8')) as { hotlines: { phone?: string }[]; agency: string };

/**
 * Prints a page to A4 and returns its text (NFC, whitespace collapsed), the
 * same without any whitespace (a long URL may wrap at a line end), and the
 * page count.
 */
async function print(path: string): Promise<{ text: string; compact: string; pages: number }> {
  const pages = await printPages(path);
  const text = pages.join(' ');
  return { text, compact: text.replace(/ /g, ''), pages: pages.length };
}

/** Prints a page to A4 and returns each page's text (NFC, whitespace collapsed). */
async function printPages(path: string): Promise<string[]> {
  await session.page.goto(`${session.server.origin}${path}`);
  const pdf = await session.page.pdf({ format: 'A4', preferCSSPageSize: true, printBackground: false });
  expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  const { text } = await extractText(await getDocumentProxy(new Uint8Array(pdf)), { mergePages: false });
  return text.map((t) => t.normalize('NFC').replace(/\s+/g, ' ').trim());
}

const ddmmyyyy = (iso: string) => iso.split('-').reverse().join('/');
const NAVIGATION = ['Menu chính', 'Bỏ qua, đến nội dung chính', 'Sơ đồ trang', 'Nhận tin qua RSS', 'Bạn đang ở'];

describe('printing a procedure', () => {
  it('prints an A4 checklist: documents with how many of each in words, fee, time, where, hotline, URL, update date; no navigation', async () => {
    const { text, compact, pages } = await print('/thu-tuc-hanh-chinh/dang-ky-khai-sinh/');
    expect(pages).toBeLessThanOrEqual(4);
    expect(text).toContain(procedure.name);
    // Counts are said only where a paper is not one original (procedureUi.quantityText): this procedure's are all one.
    for (const words of ['Hồ sơ cần chuẩn bị', procedureUi.bringUsual, 'Phí, lệ phí', 'Thời hạn giải quyết', 'Nơi nộp hồ sơ', 'Đường dây nóng']) {
      expect(text, words).toContain(words);
    }
    for (const doc of procedure.cases.flatMap((c) => c.documents)) expect(text, doc.name).toContain(doc.name.normalize('NFC').replace(/\s+/g, ' ').slice(0, 40));
    expect(text).toContain(site.hotlines[0]!.phone!);
    expect(compact).toContain(`${ORIGIN}/thu-tuc-hanh-chinh/dang-ky-khai-sinh/`);
    expect(text).toContain(`Cập nhật: ${ddmmyyyy(procedure.updated)}`);
    for (const words of NAVIGATION) expect(text, words).not.toContain(words);
    // The legal detail stays on screen; paper keeps to what a citizen brings.
    expect(text).not.toContain('Căn cứ pháp lý');
  });

  it('puts a box to tick before each document on paper only', async () => {
    await session.page.goto(`${session.server.origin}/thu-tuc-hanh-chinh/dang-ky-khai-sinh/`);
    const box = () =>
      session.page
        .locator('#ho-so ~ section li')
        .first()
        .evaluate((li) => getComputedStyle(li, '::before').borderTopStyle);
    expect(await box()).toBe('none');
    await session.page.emulateMedia({ media: 'print' });
    expect(await box()).toBe('solid');
    await session.page.emulateMedia({ media: null });
  });
});

describe('printed notices for the one-stop desk', () => {
  it('prints one procedure on A4 with its QR code to the online page', async () => {
    const { text, compact, pages } = await print('/thu-tuc-hanh-chinh/dang-ky-khai-sinh/ban-in/');
    expect(pages).toBe(1);
    expect(text).toContain(site.agency.toUpperCase());
    expect(text).toContain(procedure.name);
    expect(text).toContain('Giấy tờ cần mang theo');
    expect(text).toContain('Quét mã QR để xem hướng dẫn đầy đủ');
    expect(compact).toContain(`${ORIGIN}/thu-tuc-hanh-chinh/dang-ky-khai-sinh/`);
    expect(text).toContain(`Cập nhật: ${ddmmyyyy(procedure.updated)}`);
    for (const words of [...NAVIGATION, 'Dùng lệnh In']) expect(text, words).not.toContain(words);
    // The QR code is drawn in the page (inline SVG), about 38 mm wide on paper, and encodes the online address.
    await session.page.emulateMedia({ media: 'print' });
    const qr = session.page.locator('svg.qr');
    expect(await qr.getAttribute('data-qr')).toBe(`${ORIGIN}/thu-tuc-hanh-chinh/dang-ky-khai-sinh/`);
    const size = (await qr.boundingBox())!;
    expect(size.width).toBeGreaterThan(130);
    expect(Math.abs(size.width - size.height)).toBeLessThan(1);
    await session.page.emulateMedia({ media: null });
  });

  it('prints each procedure on one A4 page, or a longer one with its head repeated on each page', async () => {
    const slugs = readdirSync(join(SITES.demo.content, 'procedures')).map((f) => f.replace(/\.md$/, ''));
    expect(slugs.length).toBeGreaterThanOrEqual(9);
    const longer: string[] = [];
    for (const slug of slugs) {
      const pages = await printPages(`/thu-tuc-hanh-chinh/${slug}/ban-in/`);
      if (pages.length > 1) longer.push(slug);
      // Every page after the first starts with the notice's head: the agency and what the notice is.
      for (const [i, page] of pages.entries()) expect(page.startsWith(`${site.agency.toUpperCase()} Thông báo thủ tục hành chính`), `${slug}, page ${i + 1}`).toBe(true);
    }
    // Most fit one page; the demo's longest checklist (adoption) is allowed a second.
    expect(longer.length, longer.join(', ')).toBeLessThanOrEqual(1);
  });

  it('asks to tick only what has a box to tick on screen too, and gives no Ctrl+P hint on a phone', async () => {
    await session.page.goto(`${session.server.origin}/thu-tuc-hanh-chinh/dang-ky-khai-sinh/ban-in/`);
    expect(await session.page.getByText('Đánh dấu ✓').isVisible()).toBe(true);
    const boxes = await session.page.locator('.checklist tbody th').evaluateAll((ths) => ths.map((th) => getComputedStyle(th, '::before').borderTopStyle));
    expect(boxes.length).toBeGreaterThan(3);
    expect(new Set(boxes)).toEqual(new Set(['solid']));
    const hint = session.page.getByText('Ctrl+P');
    expect(await hint.isVisible()).toBe(true);
    const phone = await session.browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    try {
      const page = await phone.newPage();
      for (const path of ['/thu-tuc-hanh-chinh/dang-ky-khai-sinh/ban-in/', '/thu-tuc-hanh-chinh/ban-in/']) {
        await page.goto(`${session.server.origin}${path}`);
        expect(await page.evaluate(() => matchMedia('(pointer: coarse)').matches), path).toBe(true);
        expect(await page.getByText('Ctrl+P').count(), path).toBe(1);
        expect(await page.getByText('Ctrl+P').isVisible(), path).toBe(false);
      }
    } finally {
      await phone.close();
    }
  });

  it('prints the whole list with every procedure in force and a QR code to the online list', async () => {
    const { text, compact, pages } = await print('/thu-tuc-hanh-chinh/ban-in/');
    expect(pages).toBeLessThanOrEqual(4);
    expect(text).toContain('Danh mục thủ tục hành chính thực hiện tại Bộ phận Tiếp nhận và trả kết quả');
    expect(text).toContain(procedure.name);
    expect(text).toContain('1.001193');
    expect(compact).toContain(`${ORIGIN}/thu-tuc-hanh-chinh/`);
    expect(await session.page.locator('svg.qr').getAttribute('data-qr')).toBe(`${ORIGIN}/thu-tuc-hanh-chinh/`);
    for (const words of NAVIGATION) expect(text, words).not.toContain(words);
  });

  it('is linked from the procedure page and the list, on screen only', async () => {
    await session.page.goto(`${session.server.origin}/thu-tuc-hanh-chinh/dang-ky-khai-sinh/`);
    const link = session.page.locator('a[href="/thu-tuc-hanh-chinh/dang-ky-khai-sinh/ban-in/"]');
    expect(await link.isVisible()).toBe(true);
    await session.page.emulateMedia({ media: 'print' });
    expect(await link.isVisible()).toBe(false);
    await session.page.emulateMedia({ media: null });
    await session.page.goto(`${session.server.origin}/thu-tuc-hanh-chinh/`);
    expect(await session.page.locator('a[href="/thu-tuc-hanh-chinh/ban-in/"]').isVisible()).toBe(true);
  });
});
