/**
 * What comes out of the printer: Chromium prints pages to A4 PDF (print
 * stylesheet and all), and the PDF's text is read back with unpdf. A
 * procedure prints as a checklist without the site's navigation; the desk
 * notices carry the QR code (inline SVG) and the online address.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractText, getDocumentProxy } from 'unpdf';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
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
  await session.page.goto(`${session.server.origin}${path}`);
  const pdf = await session.page.pdf({ format: 'A4', preferCSSPageSize: true, printBackground: false });
  expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  const { totalPages, text } = await extractText(await getDocumentProxy(new Uint8Array(pdf)), { mergePages: true });
  const normalised = text.normalize('NFC').replace(/\s+/g, ' ');
  return { text: normalised, compact: normalised.replace(/ /g, ''), pages: totalPages };
}

const ddmmyyyy = (iso: string) => iso.split('-').reverse().join('/');
const NAVIGATION = ['Menu chính', 'Bỏ qua, đến nội dung chính', 'Sơ đồ trang', 'Nhận tin qua RSS', 'Bạn đang ở'];

describe('printing a procedure', () => {
  it('prints an A4 checklist: documents with how many of each in words, fee, time, where, hotline, URL, update date; no navigation', async () => {
    const { text, compact, pages } = await print('/thu-tuc-hanh-chinh/dang-ky-khai-sinh/');
    expect(pages).toBeLessThanOrEqual(4);
    expect(text).toContain(procedure.name);
    // Counts in words ("1 bản chính"), no column of "0" copies (issue #17).
    for (const words of ['Hồ sơ cần chuẩn bị', 'Số lượng', '1 bản chính', 'Phí, lệ phí', 'Thời hạn giải quyết', 'Nơi nộp hồ sơ', 'Đường dây nóng']) {
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
        .locator('#ho-so ~ section tbody th')
        .first()
        .evaluate((th) => getComputedStyle(th, '::before').borderTopStyle);
    expect(await box()).toBe('none');
    await session.page.emulateMedia({ media: 'print' });
    expect(await box()).toBe('solid');
    await session.page.emulateMedia({ media: null });
  });
});

describe('printed notices for the one-stop desk', () => {
  it('prints one procedure on A4 with its QR code to the online page', async () => {
    const { text, compact, pages } = await print('/thu-tuc-hanh-chinh/dang-ky-khai-sinh/ban-in/');
    expect(pages).toBeLessThanOrEqual(2);
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
