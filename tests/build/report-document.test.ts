/**
 * The period report as an administrative document, on the 2026 ward
 * (tests/fixtures/hoa-an-2026, built on 30/06/2026), whose quý II has a
 * narrative (reports/2026-quy-2.md) and a broadcast recorded without a news
 * item: the page carries each part of the NĐ 30/2020 layout; every period's
 * DOCX opens and reads back (mammoth) with its parts and annex rows; the
 * XLSX reads back (ExcelJS) to the CSV's cells; the A4 print (real
 * Chromium) takes the pages its content needs, none nearly empty; and a
 * narrative for a period that does not exist stops `check`.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import mammoth from 'mammoth';
import { extractText, getDocumentProxy } from 'unpdf';
import { afterAll, describe, expect, it } from 'vitest';
import { reportCsvColumns } from '../../src/i18n/vi.ts';
import { SITES } from '../support/build.ts';
import { browserSession } from '../support/browser-session.ts';
import { BuiltSite } from '../support/dist.ts';
import { FIXTURES } from '../support/fixtures.ts';

const ward = new BuiltSite(SITES.hoaAn.out);
const PERIODS = ['quy-1', 'quy-2', 'quy-3', 'quy-4', '6-thang', 'nam'] as const;
const dir = (slug: string) => `/ke-hoach/2026/bao-cao/${slug}/`;
const text = (s: string | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
const docxText = async (slug: string) => text((await mammoth.extractRawText({ buffer: readFileSync(ward.fileFor(`${dir(slug)}bao-cao.docx`)) })).value);
const csvRows = (slug: string) => parseCsv(readFileSync(ward.fileFor(`${dir(slug)}bao-cao.csv`)), { bom: true }) as string[][];

const temp: string[] = [];
afterAll(() => {
  for (const d of temp) rmSync(d, { recursive: true, force: true });
});

describe('the report page as a báo cáo (quý II/2026, narrative written)', () => {
  const page = ward.page(dir('quy-2'));
  const at = (selector: string) => text(page.querySelector(selector)?.text);

  it('has the issuing body beside the national motto, number, place and date', () => {
    expect(at('.doc-issuer')).toBe('ỦY BAN NHÂN DÂN PHƯỜNG HÒA AN');
    expect(at('.doc-motto')).toBe('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(at('.doc-motto-2')).toBe('Độc lập – Tự do – Hạnh phúc');
    expect(at('.doc-head')).toContain('Số: 45/BC-UBND');
    expect(at('.doc-date')).toBe('Hòa An, ngày 30 tháng 6 năm 2026');
  });

  it('has the kind and subject, the recipient (the province), and says what it counts', () => {
    expect(at('h1')).toBe('BÁO CÁO Kết quả thực hiện Kế hoạch tuyên truyền CCHC quý II năm 2026');
    expect(page.querySelectorAll('h1')).toHaveLength(1);
    expect(at('.doc-recipient')).toBe('Kính gửi: Sở Nội vụ tỉnh Quảng Ninh.');
    expect(at('.doc-body')).toContain('Thực hiện Kế hoạch số 12/KH-UBND ngày 20/01/2026 của Ủy ban nhân dân phường Hòa An');
    expect(at('.doc-counting')).toContain('từ các sản phẩm đã đăng trên trang thông tin (tin bài, sự kiện, biểu dương, văn bản)');
    expect(at('.doc-counting')).toContain('hoạt động đã được ghi nhận');
  });

  it("carries the clerk's sections, then Nơi nhận and the signer", () => {
    const headings = page.querySelectorAll('.doc-narrative h2').map((h) => text(h.text));
    expect(headings).toEqual(['I. Kết quả đạt được', 'II. Hạn chế, nguyên nhân', 'III. Nhiệm vụ trọng tâm kỳ tới', 'IV. Đề xuất, kiến nghị']);
    expect(at('.doc-narrative')).toContain('1.500 tờ gấp');
    expect(page.querySelector('.narrative-missing')).toBeNull();
    expect(at('.doc-recipients p')).toBe('Nơi nhận:');
    expect(page.querySelectorAll('.doc-recipients li').map((li) => text(li.text))).toEqual([
      'Sở Nội vụ tỉnh Quảng Ninh;',
      'TT. Đảng ủy, TT. HĐND phường (b/c);',
      'Chủ tịch, các Phó Chủ tịch UBND phường;',
      'Lưu: VT, VP;',
    ]);
    expect(page.querySelectorAll('.doc-signer p').map((p) => text(p.text))).toEqual(['KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', '', 'Trần Văn Khánh']);
  });

  it('puts the generated table in the annex with the two shortfalls apart, and lists the activity without a post', () => {
    expect(at('#phu-luc')).toBe('PHỤ LỤC Kết quả thực hiện các nhiệm vụ của Kế hoạch quý II năm 2026');
    expect(at('.doc-annex-of')).toBe('(Kèm theo Báo cáo số 45/BC-UBND ngày 30/06/2026)');
    const head = page.querySelectorAll('.doc-annex .report-table thead th').map((th) => text(th.text));
    expect(head).toContain('Thiếu so với yêu cầu của kỳ');
    expect(head).toContain('Thiếu so với chỉ tiêu năm');
    // Task 1, eight news items a year, one so far: four were due by June (three behind), seven still to reach the year's eight.
    const row = page
      .querySelector('.report-table tr#nhiem-vu-1')!
      .querySelectorAll('th, td')
      .map((c) => text(c.text));
    expect(row.slice(2)).toEqual(['8 tin bài/năm', '0', '1/8 (lũy kế)', '3', '7', 'Chậm tiến độ']);
    expect(at('#cham-tien-do + ul')).toContain(
      'Nhiệm vụ 1 (Tuyên truyền về tổ chức chính quyền địa phương hai cấp: phường Hòa An được thành…) – Chậm tiến độ: 1/8 (lũy kế từ đầu năm), đến ngày lấy số liệu cần có 4; thiếu 3 tin bài so với yêu cầu của kỳ; thiếu 7 tin bài so với chỉ tiêu năm.',
    );
    const unposted = page.querySelectorAll('.unposted li').map((li) => text(li.text));
    expect(unposted).toEqual(['15/05/2026 – Sự kiện: Phát thanh về nơi nộp hồ sơ sau sắp xếp trên hệ thống truyền thanh các khu phố']);
  });

  it('links the DOCX, XLSX, CSV and JSON with file names of the unit and period', () => {
    for (const ext of ['docx', 'xlsx', 'csv', 'json']) {
      expect(page.querySelector(`a[href="${dir('quy-2')}bao-cao.${ext}"]`)?.getAttribute('download'), ext).toBe(`phuong-hoa-an-2026-quy-2.${ext}`);
    }
    // No JavaScript: the only script is the page's JSON-LD data.
    expect(page.querySelectorAll('script:not([type="application/ld+json"])')).toHaveLength(0);
  });
});

describe('a period without a narrative', () => {
  it('still has its report page, with the generated parts and a note that the narrative is not written', () => {
    const page = ward.page(dir('quy-1'));
    expect(text(page.querySelector('.narrative-missing')?.text)).toContain('reports/2026-quy-1.md');
    expect(text(page.querySelector('.narrative-missing')?.text)).toContain('npm run new -- bao-cao "Quý I năm 2026"');
    expect(text(page.querySelector('.doc-head')?.text)).toContain('Số: /BC-UBND');
    expect(text(page.querySelector('.doc-date')?.text)).toBe('Hòa An, ngày tháng năm');
    expect(text(page.querySelector('.doc-recipient')?.text)).toBe('Kính gửi: Sở Nội vụ tỉnh Quảng Ninh.');
    expect(page.querySelectorAll('.report-table tbody tr')).toHaveLength(5);
  });
});

describe('the DOCX of each period', () => {
  it.each(PERIODS)('%s opens and reads back with the agency, recipient, annex rows and what it counts', async (slug) => {
    const body = await docxText(slug);
    expect(body).toContain('ỦY BAN NHÂN DÂN PHƯỜNG HÒA AN');
    expect(body).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(body).toContain('Kính gửi: Sở Nội vụ tỉnh Quảng Ninh.');
    expect(body).toContain('BÁO CÁO Kết quả thực hiện Kế hoạch tuyên truyền CCHC');
    expect(body).toContain('từ các sản phẩm đã đăng trên trang thông tin');
    expect(body).toContain('PHỤ LỤC');
    // Every annex row: number, the task's whole text and its status, as in the CSV.
    for (const row of csvRows(slug).slice(1)) {
      const cell = (column: string) => row[reportCsvColumns.indexOf(column as (typeof reportCsvColumns)[number])]!;
      expect(body).toContain(`${cell('TT nhiệm vụ')} ${text(cell('Nội dung nhiệm vụ'))}`);
      expect(body).toContain(cell('Đánh giá'));
    }
    expect(body).toContain('Nơi nhận:');
    if (slug === 'quy-2') return;
    expect(body).toContain('Số: /BC-UBND');
    expect(body).toContain('Phần đánh giá, nhận xét của kỳ này chưa được viết.');
  });

  it("quý II carries the number, date, the clerk's sections, the signer and the activity without a post", async () => {
    const body = await docxText('quy-2');
    expect(body).toContain('Số: 45/BC-UBND');
    expect(body).toContain('Hòa An, ngày 30 tháng 6 năm 2026');
    for (const section of ['I. Kết quả đạt được', 'II. Hạn chế, nguyên nhân', 'III. Nhiệm vụ trọng tâm kỳ tới', 'IV. Đề xuất, kiến nghị'])
      expect(body).toContain(section);
    expect(body).toContain('- Chưa tổ chức hội nghị đối thoại quý II');
    expect(body).toContain('1. Tổ chức hội nghị đối thoại với hộ kinh doanh');
    expect(body).toMatch(/Nơi nhận: - Sở Nội vụ tỉnh Quảng Ninh; .*- Lưu: VT, VP; KT\. CHỦ TỊCH PHÓ CHỦ TỊCH Trần Văn Khánh PHỤ LỤC/);
    expect(body).toContain('(Kèm theo Báo cáo số 45/BC-UBND ngày 30/06/2026)');
    expect(body).toContain('8 tin bài/năm 0 1/8 (lũy kế) 3 7 Chậm tiến độ');
    expect(body).toContain('15/05/2026 – Sự kiện: Phát thanh về nơi nộp hồ sơ');
    expect(body.indexOf('IV. Đề xuất, kiến nghị')).toBeLessThan(body.indexOf('Nơi nhận:'));
  });
});

describe('the XLSX annex', () => {
  it.each(PERIODS)('%s reads back to the same cells and numbers as the CSV, header bold, columns sized', async (slug) => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(readFileSync(ward.fileFor(`${dir(slug)}bao-cao.xlsx`)) as unknown as ArrayBuffer);
    expect(workbook.worksheets).toHaveLength(1);
    const sheet = workbook.worksheets[0]!;
    const csv = csvRows(slug);
    expect(sheet.rowCount).toBe(csv.length);
    csv.forEach((cells, r) => {
      const values = cells.map((_, c) => {
        const v = sheet.getRow(r + 1).getCell(c + 1).value;
        return v === null || v === undefined ? '' : String(v);
      });
      // The CSV guards text a spreadsheet would run as a formula with an apostrophe; the XLSX holds it as text.
      expect(values, `row ${r + 1}`).toEqual(cells.map((c) => c.replace(/^'(?=[=+\-@])/, '')));
    });
    const numeric = reportCsvColumns.indexOf('Thiếu so với chỉ tiêu năm') + 1;
    for (let r = 2; r <= sheet.rowCount; r++) {
      const v = sheet.getRow(r).getCell(numeric).value;
      expect(v === null || typeof v === 'number', `row ${r}`).toBe(true);
    }
    expect(sheet.getRow(1).font?.bold).toBe(true);
    expect(sheet.getColumn(reportCsvColumns.indexOf('Nội dung nhiệm vụ') + 1).width).toBeGreaterThan(sheet.getColumn(reportCsvColumns.indexOf('Cần đạt') + 1).width!);
  });

  it('and the JSON gives the same two numbers', () => {
    const json = JSON.parse(ward.html(`${dir('quy-2')}bao-cao.json`));
    expect(json.version).toBe(2);
    expect(json.tasks[0]).toMatchObject({ id: '1', behind: 3, yearShort: 7 });
    expect(json.tasks[0]).not.toHaveProperty('missing');
    expect(json.unposted).toEqual([expect.objectContaining({ kind: 'events', date: '2026-05-15' })]);
  });
});

describe('the A4 print', () => {
  const session = browserSession(SITES.hoaAn.out);

  /** Each printed page's text, whitespace collapsed. */
  async function printed(path: string): Promise<string[]> {
    await session.page.goto(`${session.server.origin}${path}`);
    const pdf = await session.page.pdf({ format: 'A4', preferCSSPageSize: true });
    const { text: pages } = await extractText(await getDocumentProxy(new Uint8Array(pdf)), { mergePages: false });
    return pages.map((p) => text(p.normalize('NFC')));
  }

  /**
   * The pages the content needs: the document's main part and its annex
   * (which starts a page), each as tall as it lays out at the A4 text width
   * in print, over the height of the page's text area (NĐ 30 margins); and
   * how much of each part's last page it fills.
   */
  async function pagesNeeded(): Promise<{ pages: number; lastFill: number[] }> {
    const MM = 96 / 25.4;
    await session.page.setViewportSize({ width: Math.floor((210 - 30 - 15) * MM), height: 1000 });
    await session.page.emulateMedia({ media: 'print' });
    const [main, annex] = await session.page.evaluate(() => {
      const height = (from: Element, to: Element) => to.getBoundingClientRect().bottom - from.getBoundingClientRect().top;
      const q = (s: string) => document.querySelector(s)!;
      return [height(q('.doc-head'), q('.doc-close')), q('.doc-annex').getBoundingClientRect().height];
    });
    await session.page.emulateMedia({ media: null });
    const area = (297 - 20 - 20) * MM;
    const parts = [main!, annex!];
    return { pages: parts.reduce((sum, h) => sum + Math.ceil(h / area), 0), lastFill: parts.map((h) => h / area - Math.ceil(h / area) + 1) };
  }

  it.each(['quy-2', 'quy-1'])('%s fits the pages its content needs, none nearly empty, the annex on its own page', async (slug) => {
    const pages = await printed(dir(slug));
    const needed = await pagesNeeded();
    expect(pages.length).toBe(needed.pages);
    // The last page of the report and of its annex each carry at least a fifth of a page.
    for (const fill of needed.lastFill) expect(fill).toBeGreaterThan(0.2);
    expect(pages[0]).toMatch(/^ỦY BAN NHÂN DÂN PHƯỜNG HÒA AN/);
    expect(pages[0]).toContain('Kính gửi: Sở Nội vụ tỉnh Quảng Ninh.');
    const annex = pages.findIndex((p) => p.startsWith('PHỤ LỤC'));
    expect(annex, 'the annex starts a page').toBeGreaterThan(0);
    // The signature is not left alone on a page: the page that has it also carries the report's text above "Nơi nhận".
    const signed = pages[annex - 1]!;
    expect(signed).toContain('Nơi nhận:');
    expect(signed.slice(0, signed.indexOf('Nơi nhận:')).length, 'text above the signature').toBeGreaterThan(300);
    for (const [i, p] of pages.entries()) expect(p.length, `page ${i + 1}`).toBeGreaterThan(300);
    for (const words of ['Menu chính', 'Tải số liệu', 'Dùng lệnh In']) expect(pages.join(' ')).not.toContain(words);
  });
});

describe('check', () => {
  it('stops on a narrative for a period that does not exist, naming the file and the field in Vietnamese', () => {
    const content = mkdtempSync(join(tmpdir(), 'cchc-report-narrative-'));
    temp.push(content);
    cpSync(FIXTURES.hoaAn, content, { recursive: true });
    const narrative = readFileSync(join(content, 'reports/2026-quy-2.md'), 'utf8');
    writeFileSync(join(content, 'reports/2026-quy-5.md'), narrative.replace('period: quy-2', 'period: quy-5'));
    const run = spawnSync(process.execPath, ['bin/cchc.mjs', 'check', '--content', content], { encoding: 'utf8', env: { ...process.env, CCHC_TODAY: '2026-06-30' } });
    expect(run.status, run.stdout).toBe(1);
    const block = run.stdout.split('\n\n').find((b) => b.includes('reports/2026-quy-5.md'));
    expect(block, run.stdout).toBeDefined();
    expect(block).toContain('Trường: period');
    expect(block).toContain('"quy-5"');
    for (const slug of PERIODS) expect(block).toContain(`"${slug}"`);
  });

  it('stops on a narrative for a year without a plan, and on a second narrative of one period', () => {
    const content = mkdtempSync(join(tmpdir(), 'cchc-report-narrative-'));
    temp.push(content);
    cpSync(FIXTURES.hoaAn, content, { recursive: true });
    const narrative = readFileSync(join(content, 'reports/2026-quy-2.md'), 'utf8');
    writeFileSync(join(content, 'reports/2027-quy-1.md'), narrative.replace('year: 2026', 'year: 2027').replace('period: quy-2', 'period: quy-1'));
    writeFileSync(join(content, 'reports/bao-cao-quy-2.md'), narrative);
    const run = spawnSync(process.execPath, ['bin/cchc.mjs', 'check', '--content', content], { encoding: 'utf8', env: { ...process.env, CCHC_TODAY: '2026-06-30' } });
    expect(run.status, run.stdout).toBe(1);
    const blocks = run.stdout.split('\n\n');
    const noPlan = blocks.find((b) => b.includes('reports/2027-quy-1.md'));
    expect(noPlan, run.stdout).toContain('Trường: year');
    expect(noPlan).toContain('chưa có kế hoạch năm 2027');
    const twice = blocks.find((b) => b.includes('reports/bao-cao-quy-2.md') || (b.includes('reports/2026-quy-2.md') && b.includes('mỗi kỳ báo cáo chỉ một tệp')));
    expect(twice, run.stdout).toContain('mỗi kỳ báo cáo chỉ một tệp');
  });
});
