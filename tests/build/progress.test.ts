/**
 * Plan progress, events and period reports in the built sites (demo and
 * fixtures, built with CCHC_TODAY=2024-06-30), the report files against
 * `npm run report`, and one changed news item rippling through a rebuild.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { afterAll, describe, expect, it } from 'vitest';
import { reportCsvColumns } from '../../src/i18n/vi.ts';
import { buildCommune, SITES } from '../support/build.ts';
import { BuiltSite } from '../support/dist.ts';

const demo = new BuiltSite(SITES.demo.out);
const temp: string[] = [];
afterAll(() => {
  for (const d of temp) rmSync(d, { recursive: true, force: true });
});

const text = (s: string | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();

/** A report CSV as records of column → cell. */
function csvRecords(site: BuiltSite, path: string): Record<string, string>[] {
  return parseCsv(readFileSync(site.fileFor(path)), { bom: true, columns: true }) as Record<string, string>[];
}

/** The plan page's progress cell of a task and period, as text. */
function progressCell(site: BuiltSite, year: number, task: string, period: string): string {
  return text(site.page(`${site.base}ke-hoach/${year}/`).querySelector(`table.progress tr[data-task="${task}"] td[data-period="${period}"]`)?.text);
}

/** A report page's overview row of a task, as cell texts. */
function reportRow(site: BuiltSite, year: number, period: string, task: string): string[] {
  const row = site.page(`${site.base}ke-hoach/${year}/bao-cao/${period}/`).querySelector(`.report-table tr#nhiem-vu-${task}`);
  return row ? row.querySelectorAll('th, td').map((c) => text(c.text)) : [];
}

describe('events (demo)', () => {
  it('lists every event and gives each a page with its facts, photos and task', () => {
    const index = demo.page('/su-kien/');
    const links = index.querySelectorAll('main .cards h2 a').map((a) => a.getAttribute('href'));
    expect(links.length).toBe(10);
    expect(links).toContain('/su-kien/doi-thoai-ho-san-xuat-kinh-doanh-quy-2-2024/');
    const page = demo.page('/su-kien/hoi-nghi-cong-bo-chi-so-cchc-2023/');
    expect(page.querySelectorAll('.facts dt').map((d) => d.text)).toEqual(['Loại hoạt động', 'Ngày', 'Địa điểm', 'Đơn vị thực hiện', 'Số người tham dự']);
    expect(text(page.querySelector('.facts')!.text)).toContain('Hội nghị');
    expect(page.querySelector('figure img')!.getAttribute('alt')).toContain('biểu đồ cột');
    expect(page.querySelector('a[href="/ke-hoach/2024/#nhiem-vu-5"]')).not.toBeNull();
  });

  it('is in the main menu and the site map, which names the list, not each event (issue 20: the list pages link each one)', () => {
    expect(demo.page('/').querySelector('nav.nav a[href="/su-kien/"]')).not.toBeNull();
    expect(demo.links('/so-do-trang/')).toEqual(expect.arrayContaining(['/su-kien/', '/ke-hoach/2024/bao-cao/']));
    expect(demo.links('/so-do-trang/')).not.toContain('/su-kien/tap-huan-chuyen-doi-so-an-toan-thong-tin/');
    expect(demo.links('/su-kien/')).toContain('/su-kien/tap-huan-chuyen-doi-so-an-toan-thong-tin/');
  });
});

describe('plan progress (demo, 30/06/2024)', () => {
  it('shows each task by period in words, with counts over targets', () => {
    const page = demo.page('/ke-hoach/2024/');
    expect(page.querySelectorAll('table.progress tbody tr')).toHaveLength(8);
    expect(text(page.querySelector('table.progress caption')!.text)).toContain('30/06/2024');
    expect(progressCell(demo, 2024, '1', 'Q2')).toBe('1/4 (lũy kế) Chậm tiến độ');
    expect(progressCell(demo, 2024, '1', 'Y')).toBe('1/4 Chậm tiến độ');
    expect(progressCell(demo, 2024, '4', 'Q1')).toBe('1/1 Đã hoàn thành');
    expect(progressCell(demo, 2024, '4', 'Q3')).toBe('Chưa đến kỳ');
    expect(progressCell(demo, 2024, '5', 'Q1')).toBe('Không thuộc kỳ này');
    expect(progressCell(demo, 2024, '2', 'Y')).toBe('2 sản phẩm Thường xuyên');
    const headings = page.querySelectorAll('table.progress thead a').map((a) => a.getAttribute('href'));
    expect(headings).toEqual(['quy-1', 'quy-2', 'quy-3', 'quy-4', 'nam'].map((p) => `/ke-hoach/2024/bao-cao/${p}/`));
  });

  it('lists under each task the items counted for it, up to the build date: the newest few, all on its own page', () => {
    const counted = [
      '/su-kien/doi-thoai-doanh-nghiep-quy-1-2024/',
      '/tin-tuc/doi-thoai-doanh-nghiep-quy-1-2024/',
      '/su-kien/doi-thoai-ho-san-xuat-kinh-doanh-quy-2-2024/',
      '/tin-tuc/doi-thoai-ho-san-xuat-kinh-doanh-quy-2-2024/',
    ];
    const row = demo.page('/ke-hoach/2024/').querySelector('#nhiem-vu-4')!;
    // Issue 20: the plan page shows the newest three, in date order, and links to the task's page of all four.
    expect(row.querySelectorAll('.task-items a').map((a) => a.getAttribute('href'))).toEqual(counted.slice(-3));
    expect(text(row.querySelector('.task-items')!.previousElementSibling!.text)).toBe('Sản phẩm đã thực hiện: 4 sản phẩm, 2 tính vào chỉ tiêu; 3 sản phẩm gần nhất:');
    expect(text(row.querySelector('.task-items')!.text)).toContain('Tin bài, 28/03/2024, không tính vào chỉ tiêu');
    expect(row.querySelector('a[href="/ke-hoach/2024/nhiem-vu/4/"]')).not.toBeNull();
    const all = demo.page('/ke-hoach/2024/nhiem-vu/4/');
    expect(all.querySelectorAll('main .task-items a').map((a) => a.getAttribute('href'))).toEqual([...counted].reverse());
    expect(all.querySelector('.pager')).toBeNull();
    // The quý III dialogue (24/09/2024) has not happened on 30/06/2024.
    expect(all.querySelector('a[href="/su-kien/doi-thoai-doanh-nghiep-quy-3-2024/"]')).toBeNull();
  });

  it('sums up the plan’s progress on the home page in a sentence, with the plan and the current report', () => {
    const home = demo.page('/');
    const section = home.querySelector('#ke-hoach')!.parentNode!;
    expect(text(home.querySelector('#ke-hoach')!.text)).toBe('Kế hoạch tuyên truyền CCHC năm 2024');
    expect(text(section.text)).toContain('Tiến độ đến ngày 30/06/2024: 2 nhiệm vụ đã hoàn thành; 2 nhiệm vụ đúng tiến độ; 1 nhiệm vụ chậm tiến độ');
    // A summary, not the task table squeezed to a phone's width: the table is on the plan page.
    expect(section.querySelector('table')).toBeNull();
    expect(section.querySelector('a[href="/ke-hoach/2024/"]')).not.toBeNull();
    expect(section.querySelector('a[href="/ke-hoach/2024/bao-cao/quy-2/"]')).not.toBeNull();
  });
});

describe('period report (demo, quý II/2024)', () => {
  const path = '/ke-hoach/2024/bao-cao/quy-2/';

  it('has one page per period, linked from the plan', () => {
    for (const p of ['quy-1', 'quy-2', 'quy-3', 'quy-4', '6-thang', 'nam']) {
      expect(demo.has(`/ke-hoach/2024/bao-cao/${p}/`), p).toBe(true);
      expect(demo.links('/ke-hoach/2024/')).toContain(`/ke-hoach/2024/bao-cao/${p}/`);
    }
    expect(demo.has('/ke-hoach/2024/bao-cao/')).toBe(true);
  });

  it('lists what each task did, with dates and links, and what is behind', () => {
    const page = demo.page(path);
    expect(text(page.querySelector('h1')!.text)).toBe('BÁO CÁO Kết quả thực hiện Kế hoạch tuyên truyền CCHC quý II năm 2024');
    expect(text(page.querySelector('.facts')!.text)).toContain('từ 01/04/2024 đến 30/06/2024');
    expect(page.querySelectorAll('.report-table tbody tr')).toHaveLength(8);
    expect(reportRow(demo, 2024, 'quy-2', '4').slice(2)).toEqual(['1 hoạt động/quý', '1', '1/1', '0', '2', 'Đã hoàn thành']);
    expect(reportRow(demo, 2024, 'quy-2', '1').slice(2)).toEqual(['4 tin bài/năm', '0', '1/4 (lũy kế)', '1', '3', 'Chậm tiến độ']);
    const behind = text(page.querySelector('#cham-tien-do')!.nextElementSibling!.text);
    // The task's text beside its number (issue #16), so the list reads without the appendix.
    expect(behind).toBe(
      'Nhiệm vụ 1 (Thông tin, tuyên truyền các nội dung liên quan đến công tác cải cách hành chính…) – Chậm tiến độ: 1/4 (lũy kế từ đầu năm), đến ngày lấy số liệu cần có 2; thiếu 1 tin bài so với yêu cầu của kỳ; thiếu 3 tin bài so với chỉ tiêu năm.',
    );
    const dialogue = page.querySelector('#chi-tiet-4')!.parentNode!;
    expect(text(dialogue.querySelector('li')!.text)).toMatch(/^25\/06\/2024 – Sự kiện: Hội nghị đối thoại với hộ sản xuất kinh doanh/);
    expect(dialogue.querySelector('a[href="/su-kien/doi-thoai-ho-san-xuat-kinh-doanh-quy-2-2024/"]')).not.toBeNull();
    expect(page.querySelector('a[href="/ke-hoach/2024/bao-cao/quy-2/bao-cao.csv"]')!.getAttribute('download')).toBe('xa-bang-ca-2024-quy-2.csv');
    expect(page.querySelector('a[href="/ke-hoach/2024/bao-cao/quy-2/bao-cao.json"]')).not.toBeNull();
  });

  it('offers the same data as CSV for Excel: UTF-8 with BOM, CRLF, one quoted row per task', () => {
    const bytes = readFileSync(demo.fileFor(`${path}bao-cao.csv`));
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const csv = bytes.toString('utf8');
    expect(csv.split('\r\n')[0]).toBe(`\uFEFF${reportCsvColumns.join(',')}`);
    expect(csv.endsWith('\r\n')).toBe(true);
    const rows = csvRecords(demo, `${path}bao-cao.csv`);
    expect(rows).toHaveLength(8);
    expect(Object.keys(rows[0]!)).toEqual([...reportCsvColumns]);
    const dialogue = rows.find((r) => r['TT nhiệm vụ'] === '4')!;
    expect(dialogue).toMatchObject({
      'Đơn vị': 'Ủy ban nhân dân xã Bằng Cả',
      'Kỳ báo cáo': 'Quý II năm 2024',
      'Từ ngày': '2024-04-01',
      'Đến ngày': '2024-06-30',
      'Chỉ tiêu': '1 hoạt động/quý',
      'Cách tính': 'trong kỳ',
      'Cần đạt': '1',
      'Thực hiện trong kỳ': '1',
      'Đánh giá': 'Đã hoàn thành',
    });
    expect(dialogue['Nội dung nhiệm vụ']).toMatch(/^Duy trì các chương trình đối thoại với doanh nghiệp, Hợp tác xã/);
    expect(dialogue['Sản phẩm trong kỳ']!.split('\n')).toEqual([
      '25/06/2024 – Sự kiện: Hội nghị đối thoại với hộ sản xuất kinh doanh, hợp tác xã nông nghiệp quý II/2024 – https://bangca.example.gov.vn/su-kien/doi-thoai-ho-san-xuat-kinh-doanh-quy-2-2024/',
      '26/06/2024 – Tin bài: Đối thoại với hộ sản xuất kinh doanh, hợp tác xã nông nghiệp quý II/2024 – https://bangca.example.gov.vn/tin-tuc/doi-thoai-ho-san-xuat-kinh-doanh-quy-2-2024/ (không tính vào chỉ tiêu)',
    ]);
    expect(rows.find((r) => r['TT nhiệm vụ'] === '1')).toMatchObject({
      'Đánh giá': 'Chậm tiến độ',
      'Cách tính': 'lũy kế từ đầu năm',
      'Cần có đến ngày số liệu': '2',
      'Tính vào chỉ tiêu': '1',
      'Thiếu so với yêu cầu của kỳ': '1',
      'Thiếu so với chỉ tiêu năm': '3',
    });
  });

  it('offers the same data as JSON, matching the CSV', () => {
    const json = JSON.parse(demo.html(`${path}bao-cao.json`));
    expect(json).toMatchObject({ format: 'cchc-portal/bao-cao-ke-hoach', version: 2, asOf: '2024-06-30', period: { code: '2024-Q2', label: 'Quý II năm 2024' } });
    expect(json.commune).toMatchObject({ agency: 'Ủy ban nhân dân xã Bằng Cả', url: 'https://bangca.example.gov.vn/' });
    const rows = csvRecords(demo, `${path}bao-cao.csv`);
    expect(json.tasks.map((t: { id: string; statusLabel: string; done: number }) => [t.id, t.statusLabel, String(t.done)])).toEqual(
      rows.map((r) => [r['TT nhiệm vụ'], r['Đánh giá'], r['Thực hiện trong kỳ']]),
    );
  });

  it('is what `npm run report` writes, byte for byte, without a site build', () => {
    const out = mkdtempSync(join(tmpdir(), 'cchc-report-'));
    temp.push(out);
    for (const [period, slug] of [
      ['2024-Q2', 'quy-2'],
      ['2024-H1', '6-thang'],
      ['2024', 'nam'],
    ]) {
      const run = spawnSync(process.execPath, ['bin/cchc.mjs', 'report', '--period', period!, '--out', out], {
        encoding: 'utf8',
        env: { ...process.env, CCHC_TODAY: '2024-06-30', CCHC_CONTENT_DIR: resolve(SITES.demo.content) },
      });
      expect(run.status, run.stderr).toBe(0);
      for (const ext of ['csv', 'json']) {
        const written = readFileSync(join(out, `xa-bang-ca-2024-${slug}.${ext}`));
        expect(written.equals(readFileSync(demo.fileFor(`/ke-hoach/2024/bao-cao/${slug}/bao-cao.${ext}`))), `${period} ${ext}`).toBe(true);
      }
    }
  });
});

describe('a plan without an appendix (seed 001)', () => {
  const site = new BuiltSite(SITES.lienMinh.out, '/xa-lien-minh/');
  it('still has report pages that say there is nothing to count, and a header-only CSV', () => {
    const page = site.page('/xa-lien-minh/ke-hoach/2022/bao-cao/nam/');
    expect(page.text).toContain('không có phụ lục nhiệm vụ');
    expect(csvRecords(site, '/xa-lien-minh/ke-hoach/2022/bao-cao/nam/bao-cao.csv')).toEqual([]);
    expect(page.querySelector('a[href="/xa-lien-minh/ke-hoach/2022/bao-cao/nam/bao-cao.csv"]')).not.toBeNull();
  });
});

describe('changing one news item changes the counts everywhere (seed 000 fixture)', () => {
  const NEWS = 'news/trien-khai-ke-hoach-tuyen-truyen-cchc-2024.md';
  const base = new BuiltSite(SITES.chauThanh.out);

  /** Build a copy of the fixture with one edit to the news item. */
  function rebuiltWith(edit: (text: string) => string): BuiltSite {
    const dir = mkdtempSync(join(tmpdir(), 'cchc-progress-'));
    temp.push(dir);
    const content = join(dir, 'content');
    cpSync(SITES.chauThanh.content, content, { recursive: true });
    const file = join(content, NEWS);
    const before = readFileSync(file, 'utf8');
    const after = edit(before);
    expect(after).not.toBe(before);
    writeFileSync(file, after);
    const result = buildCommune(content, join(dir, 'dist'));
    expect(result.status, result.output).toBe(0);
    return new BuiltSite(join(dir, 'dist'));
  }

  const csvRow = (site: BuiltSite, period: string, task: string) =>
    csvRecords(site, `/ke-hoach/2024/bao-cao/${period}/bao-cao.csv`).find((r) => r['TT nhiệm vụ'] === task)!;

  it('starts from the news item counted for task 2 in quý I', () => {
    expect(progressCell(base, 2024, '2', 'Q1')).toBe('1/1 (lũy kế) Đã hoàn thành');
    expect(reportRow(base, 2024, 'quy-1', '2')[3]).toBe('1');
    expect(csvRow(base, 'quy-1', '2')['Thực hiện trong kỳ']).toBe('1');
    expect(csvRow(base, 'quy-1', '2')['Sản phẩm trong kỳ']).toContain('22/01/2024 – Tin bài: ');
    expect(progressCell(base, 2024, '4', 'Q1')).toBe('2/3 Quá hạn, chưa hoàn thành');
  });

  it('moves the count to quý II when the news item’s date moves', () => {
    const moved = rebuiltWith((t) => t.replace(/^date: .*$/m, 'date: "2024-05-10"'));
    expect(progressCell(moved, 2024, '2', 'Q1')).toBe('0/1 (lũy kế) Đúng tiến độ');
    expect(progressCell(moved, 2024, '2', 'Q2')).toBe('1/1 (lũy kế) Đã hoàn thành');
    expect(reportRow(moved, 2024, 'quy-1', '2')[3]).toBe('0');
    expect(reportRow(moved, 2024, 'quy-2', '2')[3]).toBe('1');
    expect(csvRow(moved, 'quy-1', '2')).toMatchObject({ 'Thực hiện trong kỳ': '0', 'Sản phẩm trong kỳ': '' });
    expect(csvRow(moved, 'quy-2', '2')['Sản phẩm trong kỳ']).toContain('10/05/2024 – Tin bài: ');
  });

  it('moves the count to another task when the news item’s task changes', () => {
    const retasked = rebuiltWith((t) => t.replace('task: "2024/2"', 'task: "2024/4"'));
    expect(progressCell(retasked, 2024, '2', 'Q1')).toBe('0/1 (lũy kế) Đúng tiến độ');
    // Task 4 is one item a month. The item (22/01) joins January's, and March is still empty:
    // three items, but two months met (summed over the quarter, this read "3/3 Đã hoàn thành").
    expect(progressCell(retasked, 2024, '4', 'Q1')).toBe('2/3 Quá hạn, chưa hoàn thành');
    // Done, counted, behind for the period (March), short of the year (ten of twelve months), status.
    expect(reportRow(retasked, 2024, 'quy-1', '4').slice(3)).toEqual(['3', '2/3', '1', '10', 'Quá hạn, chưa hoàn thành']);
    expect(csvRow(retasked, 'quy-1', '4')).toMatchObject({
      'Thực hiện trong kỳ': '3',
      'Tính vào chỉ tiêu': '2',
      'Đánh giá': 'Quá hạn, chưa hoàn thành',
      'Ghi chú tiến độ': 'chưa đạt trong tháng 3/2024',
    });
    expect(csvRow(retasked, 'quy-1', '2')['Thực hiện trong kỳ']).toBe('0');
  });

  it('meets the monthly task in quý I when the moved item falls in the empty month', () => {
    const filled = rebuiltWith((t) => t.replace('task: "2024/2"', 'task: "2024/4"').replace(/^date: .*$/m, 'date: "2024-03-10"'));
    expect(progressCell(filled, 2024, '4', 'Q1')).toBe('3/3 Đã hoàn thành');
    expect(csvRow(filled, 'quy-1', '4')).toMatchObject({ 'Thực hiện trong kỳ': '3', 'Tính vào chỉ tiêu': '3', 'Đánh giá': 'Đã hoàn thành', 'Ghi chú tiến độ': '' });
  });
});
