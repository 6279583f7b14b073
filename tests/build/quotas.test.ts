/**
 * Quotas as plans write them, in a real build: a quota for each of four
 * wards and communes counted from each item's unit, a monthly target judged
 * month by month, and quý I tasks carried into later reports until done.
 * The site is the thị xã kind fixture with its plan and news replaced, built
 * on 31/12/2024 so every report of the year is closed.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCommune } from '../support/build.ts';
import { BuiltSite } from '../support/dist.ts';
import { FIXTURES } from '../support/fixtures.ts';

const UNITS = ['Phường 1', 'Phường 2', 'Xã Bình Hiệp', 'Xã Thạnh Hưng'];

const PLAN = `---
# SYNTHETIC plan for the quota build test.
number: 5/KH-UBND
title: Kế hoạch tuyên truyền cải cách hành chính năm 2024 (minh họa)
year: 2024
issued: "2024-01-15"
issuer: Ủy ban nhân dân thị xã Kiến Tường
signer:
  name: Nguyễn Văn Minh Họa
  title: Chủ tịch Ủy ban nhân dân thị xã
tasks:
  - id: "1"
    content: Mỗi phường, xã đưa tin về cải cách hành chính
    form: Tin bài
    lead: UBND các phường, xã
    timing: { kind: ongoing }
    target:
      count: 1
      of: news
      per: year
      each: [${UNITS.join(', ')}]
  - id: "2"
    content: Mỗi tháng 1 tin về cải cách thủ tục hành chính
    form: Tin bài
    lead: Văn phòng HĐND và UBND
    timing: { kind: recurring, every: month }
    target: { count: 1, of: news, per: month }
  - id: "3"
    content: Hội nghị triển khai kế hoạch, chưa tổ chức
    form: Hội nghị
    lead: Phòng Nội vụ
    timing: { kind: quarter, quarter: 1 }
  - id: "4"
    content: Tập huấn cho công chức, tổ chức muộn
    form: Lớp tập huấn
    lead: Phòng Nội vụ
    timing: { kind: quarter, quarter: 1 }
---

Kế hoạch minh họa.
`;

/** [file slug, date, task, unit]: four news of one ward for task 1; April ×2 and June for task 2 (none in May, or after June); task 4 done in August. */
const NEWS: [string, string, string, string | null][] = [
  ...['02', '03', '04', '05'].map((m): [string, string, string, string] => [`phuong-1-thang-${m}`, `2024-${m}-10`, '1', ' phường  1 ']),
  ['thang-4-a', '2024-04-03', '2', null],
  ['thang-4-b', '2024-04-20', '2', null],
  ['thang-6', '2024-06-10', '2', null],
  ['tap-huan-muon', '2024-08-15', '4', 'Phòng Nội vụ'],
];

function newsFile([slug, date, task, unit]: (typeof NEWS)[number]): string {
  return `---
# SYNTHETIC news item for the quota build test.
title: Tin ${slug}
date: "${date}"
summary: Tin minh họa ${slug}.
topics:
  - cai-cach-thu-tuc-hanh-chinh
${unit ? `unit: "${unit}"\n` : ''}task: "2024/${task}"
---

Tin minh họa.
`;
}

const text = (s: string | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();

let dir: string;
let site: BuiltSite;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'cchc-quotas-'));
  const content = join(dir, 'content');
  cpSync(FIXTURES.kindThiXa, content, { recursive: true });
  writeFileSync(join(content, 'plans/2024.md'), PLAN);
  rmSync(join(content, 'news/trien-khai-ke-hoach.md'));
  for (const n of NEWS) writeFileSync(join(content, `news/${n[0]}.md`), newsFile(n));
  const result = buildCommune(content, join(dir, 'dist'), { CCHC_TODAY: '2024-12-31' });
  expect(result.status, result.output).toBe(0);
  site = new BuiltSite(join(dir, 'dist'));
}, 300_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const reportPath = (slug: string) => `/ke-hoach/2024/bao-cao/${slug}/`;
/** A report page's overview row of a task: target, done in period, figure, behind for the period, short of the year, status. */
const row = (slug: string, task: string) =>
  site
    .page(reportPath(slug))
    .querySelector(`.report-table tr#nhiem-vu-${task}`)!
    .querySelectorAll('td')
    .slice(1)
    .map((c) => text(c.text));
const behindList = (slug: string) => text(site.page(reportPath(slug)).querySelector('#cham-tien-do')!.nextElementSibling!.text);
const csvRow = (slug: string, task: string) =>
  (parseCsv(readFileSync(site.fileFor(`${reportPath(slug)}bao-cao.csv`)), { bom: true, columns: true }) as Record<string, string>[]).find(
    (r) => r['TT nhiệm vụ'] === task,
  )!;
const progressCell = (task: string, period: string) =>
  text(site.page('/ke-hoach/2024/').querySelector(`table.progress tr[data-task="${task}"] td[data-period="${period}"]`)?.text);

describe('a quota for each unit', () => {
  it('is not met by four items from one unit: one unit of four', () => {
    // On 31/12 the year's quota is still due today: behind, not yet overdue.
    // Three units lack their one item, for the period (the year) and for the year's target alike.
    expect(row('nam', '1')).toEqual(['1 tin bài/năm cho mỗi đơn vị (4 đơn vị)', '4', '1/4, 1/4 đơn vị đạt', '3', '3', 'Chậm tiến độ']);
    expect(progressCell('1', 'Y')).toBe('1/4, 1/4 đơn vị đạt Chậm tiến độ');
    const units = site
      .page(reportPath('nam'))
      .querySelectorAll('section[aria-labelledby="chi-tiet-1"] .report-units li')
      .map((li) => text(li.text));
    expect(units).toEqual(['Phường 1: 1/1 – Đã hoàn thành', 'Phường 2: 0/1 – Chậm tiến độ', 'Xã Bình Hiệp: 0/1 – Chậm tiến độ', 'Xã Thạnh Hưng: 0/1 – Chậm tiến độ']);
  });

  it('carries each item’s unit and the units behind into the CSV', () => {
    const r = csvRow('nam', '1');
    // As the item names it (trimmed); matched to "Phường 1" ignoring case and spacing.
    expect(r['Đơn vị thực hiện sản phẩm']!.split('\n')).toEqual(Array(4).fill('phường  1'));
    expect(r['Ghi chú tiến độ']).toBe('1/4 đơn vị đạt; chưa đạt: Phường 2, Xã Bình Hiệp, Xã Thạnh Hưng');
    expect(r['Tính vào chỉ tiêu']).toBe('1');
  });
});

describe('a monthly target', () => {
  it('is not met in quý II with two items in April, none in May and one in June', () => {
    // May is behind for the quarter; ten months of the year still lack their item.
    expect(row('quy-2', '2')).toEqual(['1 tin bài/tháng', '3', '2/3', '1', '10', 'Quá hạn, chưa hoàn thành']);
    expect(behindList('quy-2')).toMatch(
      /Nhiệm vụ 2 \([^)]*\) – Quá hạn, chưa hoàn thành: 2\/3; thiếu 1 tin bài so với yêu cầu của kỳ; thiếu 10 tin bài so với chỉ tiêu năm; chưa đạt trong tháng 5\/2024/,
    );
    expect(csvRow('quy-2', '2')['Ghi chú tiến độ']).toBe('chưa đạt trong tháng 5/2024');
  });
});

describe('a missed quý I task', () => {
  it('stays overdue in the quý II, III and IV reports and their lists of what is behind', () => {
    for (const slug of ['quy-1', 'quy-2', 'quy-3', 'quy-4', '6-thang', 'nam']) {
      expect(row(slug, '3')[5], slug).toBe('Quá hạn, chưa hoàn thành');
      expect(behindList(slug), slug).toMatch(/Nhiệm vụ 3 \([^)]*\) – Quá hạn/);
    }
    expect(csvRow('quy-3', '3')['Ghi chú tiến độ']).toBe('hạn 31/03/2024 đã qua, còn tồn từ kỳ trước');
    expect(progressCell('3', 'Q2')).toBe('0/1 (lũy kế) Quá hạn, chưa hoàn thành');
  });

  it('shows as done, with the day, in the reports after an item lands late', () => {
    expect(row('quy-2', '4')[5]).toBe('Quá hạn, chưa hoàn thành');
    for (const slug of ['quy-3', 'quy-4', 'nam']) {
      expect(row(slug, '4')[5], slug).toBe('Đã hoàn thành');
      expect(text(site.page(reportPath(slug)).querySelector('section[aria-labelledby="chi-tiet-4"] .progress-note')!.text), slug).toBe('hoàn thành muộn ngày 15/08/2024');
      expect(csvRow(slug, '4')['Ghi chú tiến độ'], slug).toBe('hoàn thành muộn ngày 15/08/2024');
    }
    expect(behindList('quy-3')).not.toContain('Nhiệm vụ 4');
    expect(progressCell('4', 'Q3')).toBe('1/1 (lũy kế) Đã hoàn thành hoàn thành muộn ngày 15/08/2024');
  });
});
