/**
 * The grouped, per-unit appendix of tests/fixtures/kien-tuong-2024 judged at
 * the end of its year (31/12/2024), in every period's report (issue #16):
 * - IV.1 asks for a broadcast each month: the quarter with two of three months
 *   is not met, and the empty months are named;
 * - VI.1 asks four news items of EACH of four wards and communes, one a
 *   quarter: phường 1's four items meet no other unit's quota;
 * - I.4, due in quý I and never done, stays overdue in quý II, III and IV;
 * - on-request and blank timings never read "Thường xuyên" or late.
 * (tests/build/plan-groups.test.ts reads the same fixture on 30/06/2024.)
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import { PERIOD_SLUGS } from '../../src/lib/progress.ts';
import { BUILDS, buildCommune } from '../support/build.ts';
import { BuiltSite } from '../support/dist.ts';
import { FIXTURES } from '../support/fixtures.ts';

const OUT = resolve(BUILDS, 'kien-tuong-2024-year-end');
const site = new BuiltSite(OUT);
const report = (slug: string) => `/ke-hoach/2024/bao-cao/${slug}/`;
type Row = Record<string, string>;
const rows = (slug: string): Row[] => parseCsv(readFileSync(site.fileFor(`${report(slug)}bao-cao.csv`)), { bom: true, columns: true });
const row = (slug: string, id: string): Row => rows(slug).find((r) => r['TT nhiệm vụ'] === id)!;

beforeAll(() => {
  const result = buildCommune(FIXTURES.kienTuong, OUT, { CCHC_TODAY: '2024-12-31' });
  if (result.status !== 0) throw new Error(`build of ${FIXTURES.kienTuong} failed:\n${result.output}`);
}, 300_000);

describe('a cadence is judged month by month', () => {
  it('a quarter with an empty month is not met, and the empty month is named', () => {
    const q1 = row('quy-1', 'IV.1');
    // January and February each had a broadcast, March none: two of three is not "done".
    expect(q1['Tính vào chỉ tiêu']).toBe('2');
    expect(q1['Cần đạt']).toBe('3');
    expect(q1['Đánh giá']).toMatch(/^Quá hạn/);
    expect(q1['Ghi chú tiến độ']).toContain('tháng 3/2024');
    expect(q1['Ghi chú tiến độ']).not.toContain('tháng 1/2024');
    expect(row('quy-2', 'IV.1')['Ghi chú tiến độ']).toBe('chưa đạt trong tháng 5/2024, tháng 6/2024');
  });
});

describe('a quota for each of several units', () => {
  it('four items of one ward meet that ward’s quota only', () => {
    const year = row('nam', 'VI.1');
    expect(year['Cần đạt']).toBe('16');
    expect(year['Tính vào chỉ tiêu']).toBe('4');
    expect(year['Đánh giá']).not.toMatch(/Đã hoàn thành/);
    for (const unit of ['phường 2', 'phường 3', 'xã Bình Hiệp']) expect(year['Ghi chú tiến độ']).toContain(`Ủy ban nhân dân ${unit}`);
    expect(year['Đơn vị thực hiện sản phẩm']!.split('\n').every((u) => u === 'Ủy ban nhân dân phường 1')).toBe(true);
    // In quý II phường 1 met its quarter, the others did not.
    expect(row('quy-2', 'VI.1')['Ghi chú tiến độ']).toMatch(
      /^1\/4 đơn vị đạt; chưa đạt: Ủy ban nhân dân phường 2, Ủy ban nhân dân phường 3, Ủy ban nhân dân xã Bình Hiệp$/,
    );
    const units = site.page(report('nam')).querySelectorAll('[id="chi-tiet-VI.1"] ~ .report-units li, .report-task .report-units li');
    expect(units.map((li) => li.getAttribute('data-unit'))).toEqual(expect.arrayContaining(['Ủy ban nhân dân phường 1', 'Ủy ban nhân dân xã Bình Hiệp']));
  });
});

describe('a missed deadline is carried forward', () => {
  it('the quý I task never done is overdue in quý II, III and IV, and listed as behind there', () => {
    for (const slug of ['quy-1', 'quy-2', 'quy-3', 'quy-4', 'nam']) {
      expect(row(slug, 'I.4')['Đánh giá'], slug).toMatch(/^Quá hạn/);
    }
    for (const slug of ['quy-2', 'quy-3', 'quy-4']) {
      expect(row(slug, 'I.4')['Ghi chú tiến độ'], slug).toContain('31/03/2024');
      expect(site.page(report(slug)).querySelector('#cham-tien-do + ul')!.text, slug).toContain('Nhiệm vụ I.4');
    }
  });
});

describe('timings the plan does not give', () => {
  it('read as written in every report, never "Thường xuyên", late or overdue', () => {
    for (const slug of Object.values(PERIOD_SLUGS)) {
      expect(row(slug, 'I.2')['Đánh giá'], slug).toBe('Khi có yêu cầu');
      expect(row(slug, 'II.3')['Đánh giá'], slug).toBe('Không ghi thời gian');
      for (const id of ['I.2', 'II.3', 'III.2', 'III.3', 'IV.2', 'VI.2']) expect(row(slug, id)['Đánh giá'], `${slug} ${id}`).not.toMatch(/Thường xuyên|Quá hạn|Chậm/);
    }
  });
});
