import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { period, planProgress, type PlanItem } from '../../src/lib/progress.ts';
import { csvCell, periodReport, reportCsv, reportFileName, reportJson, type ReportTask } from '../../src/lib/report.ts';
import { reportCsvColumns } from '../../src/i18n/vi.ts';

const commune = {
  name: 'Minh Họa',
  kind: 'xã',
  agency: 'Ủy ban nhân dân xã Minh Họa',
  district: 'huyện Đông',
  province: 'tỉnh Tây',
  url: 'https://minhhoa.example.org',
  base: '/xa-minh-hoa/',
};
const plan = { number: '12/KH-UBND', title: 'Kế hoạch tuyên truyền CCHC năm 2024', year: 2024, issued: '2024-01-15' };
const tasks: ReportTask[] = [
  { id: '1', content: 'Viết tin bài về CCHC, "mỗi quý 1 tin"', lead: 'Văn hóa - Xã hội', timing: { kind: 'ongoing' }, target: { count: 4, of: 'news', per: 'year' } },
  {
    id: '2',
    content: 'Đối thoại với doanh nghiệp',
    lead: 'Văn phòng - Thống kê',
    timing: { kind: 'recurring', every: 'quarter' },
    target: { count: 1, of: 'events', per: 'quarter' },
  },
  { id: '3', content: 'Hội nghị công bố chỉ số', lead: 'Công chức VP-TK', timing: { kind: 'month', month: 4 } },
  { id: '4', content: 'Duy trì trang mạng xã hội', lead: 'Một cửa', timing: { kind: 'ongoing' } },
];
const items: PlanItem[] = [
  { kind: 'news', id: 'ban-hanh-ke-hoach', title: 'Ban hành kế hoạch', date: '2024-02-20', task: '2024/1' },
  { kind: 'events', id: 'doi-thoai-quy-1', title: 'Đối thoại quý I', date: '2024-03-27', task: '2024/2' },
  { kind: 'news', id: 'tin-doi-thoai-quy-2', title: '=Đối thoại quý II, tin', date: '2024-06-26', task: '2024/2' },
  { kind: 'events', id: 'hoi-nghi-chi-so', title: 'Hội nghị công bố chỉ số', date: '2024-04-17', task: '2024/3' },
  { kind: 'news', id: 'tong-ket-2023', title: 'Tổng kết năm 2023', date: '2023-12-28', task: '2024/1' },
];

function q2() {
  return periodReport(commune, plan, planProgress({ year: 2024, tasks }, items, '2024-06-30'), period(2024, 'Q2'));
}

describe('period report', () => {
  it('carries the commune, the plan and the period with absolute links', () => {
    const r = q2();
    expect(r.commune).toEqual({
      name: 'Minh Họa',
      kind: 'xã',
      unit: 'xã Minh Họa',
      agency: 'Ủy ban nhân dân xã Minh Họa',
      district: 'huyện Đông',
      province: 'tỉnh Tây',
      reportsTo: 'Phòng Nội vụ huyện Đông',
      url: 'https://minhhoa.example.org/xa-minh-hoa/',
    });
    expect(r.plan.url).toBe('https://minhhoa.example.org/xa-minh-hoa/ke-hoach/2024/');
    expect(r.period).toMatchObject({ code: '2024-Q2', slug: 'quy-2', label: 'Quý II năm 2024', start: '2024-04-01', end: '2024-06-30', state: 'in-progress' });
    expect(r.period.url).toBe('https://minhhoa.example.org/xa-minh-hoa/ke-hoach/2024/bao-cao/quy-2/');
    expect(r.asOf).toBe('2024-06-30');
    expect(r.outside.map((i) => i.id)).toEqual(['tong-ket-2023']);
  });

  it('gives each task its target, result, status and items with links', () => {
    const [news, dialogue, conference, social] = q2().tasks;
    expect(news).toMatchObject({
      targetLabel: '4 tin bài/năm',
      scope: 'to-date',
      needed: 4,
      done: 0,
      counted: 1,
      expected: 2,
      // Two were due by the end of June and one is there; the year's four still lack three.
      behind: 1,
      yearShort: 3,
      status: 'behind',
      statusLabel: 'Chậm tiến độ',
    });
    expect(dialogue).toMatchObject({ targetLabel: '1 hoạt động/quý', needed: 1, done: 0, status: 'behind', missingKind: 'hoạt động', behind: 1, yearShort: 3 });
    expect(dialogue!.items).toEqual([
      expect.objectContaining({ kind: 'news', counts: false, url: 'https://minhhoa.example.org/xa-minh-hoa/tin-tuc/tin-doi-thoai-quy-2/' }),
    ]);
    expect(conference).toMatchObject({ targetLabel: expect.stringContaining('ít nhất 1 sản phẩm'), status: 'done', done: 1 });
    expect(conference!.items[0]).toMatchObject({ kindLabel: 'Sự kiện', path: '/su-kien/hoi-nghi-chi-so/' });
    expect(social).toMatchObject({ targetLabel: null, needed: null, status: 'ongoing' });
    expect(q2().summary).toMatchObject({ behind: 2, done: 1, ongoing: 1, overdue: 0 });
  });

  it('says when a period has not started or is closed, and stops the figures at its end', () => {
    const progress = planProgress({ year: 2024, tasks }, items, '2024-06-30');
    expect(periodReport(commune, plan, progress, period(2024, 'Q3')).period.state).toBe('not-started');
    const q1 = periodReport(commune, plan, progress, period(2024, 'Q1'));
    expect(q1.period.state).toBe('closed');
    expect(q1.asOf).toBe('2024-03-31');
  });
});

describe('CSV for Excel', () => {
  it('starts with a UTF-8 byte-order mark, ends records with CRLF and has one row per task', () => {
    const csv = reportCsv(q2());
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(Buffer.from(csv, 'utf8').subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    expect(csv.endsWith('\r\n')).toBe(true);
    const records = csv.slice(1).split('\r\n').slice(0, -1);
    expect(records).toHaveLength(1 + tasks.length);
    expect(records[0]).toBe(reportCsvColumns.join(','));
    expect(csv.replace(/\r\n/g, '')).not.toMatch(/\r/);
  });

  it('quotes cells with commas, quotes and line breaks, and defuses formulas', () => {
    expect(csvCell('Văn hóa - Xã hội')).toBe('Văn hóa - Xã hội');
    expect(csvCell('a, b')).toBe('"a, b"');
    expect(csvCell('a; b')).toBe('"a; b"');
    expect(csvCell('tin "mỗi quý"')).toBe('"tin ""mỗi quý"""');
    expect(csvCell('dòng 1\ndòng 2')).toBe('"dòng 1\ndòng 2"');
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvCell('+84')).toBe("'+84");
    expect(csvCell(3)).toBe('3');
    expect(csvCell(null)).toBe('');
    const csv = reportCsv(q2());
    expect(csv).toContain('"Viết tin bài về CCHC, ""mỗi quý 1 tin"""');
    // Only a cell's first character can start a formula; a title inside the items cell is safe.
    expect(csv).toContain(
      '"26/06/2024 – Tin bài: =Đối thoại quý II, tin – https://minhhoa.example.org/xa-minh-hoa/tin-tuc/tin-doi-thoai-quy-2/ (không tính vào chỉ tiêu)"',
    );
  });

  it('has the header only for a plan with no tasks', () => {
    const empty = periodReport(commune, plan, planProgress({ year: 2024, tasks: [] }, items, '2024-06-30'), period(2024, 'Y'));
    expect(reportCsv(empty)).toBe(`\uFEFF${reportCsvColumns.join(',')}\r\n`);
    expect(JSON.parse(reportJson(empty)).tasks).toEqual([]);
  });
});

describe('per-unit quotas, cadences and carried deadlines in the report', () => {
  const wards = ['Phường 1', 'Phường 2', 'Xã Bình Hiệp'];
  const quotaTasks: ReportTask[] = [
    {
      id: '1',
      content: 'Tin của mỗi phường, xã',
      lead: 'UBND các phường, xã',
      timing: { kind: 'ongoing' },
      target: { count: 1, of: 'news', per: 'quarter', each: wards },
    },
    { id: '2', content: 'Mỗi tháng 1 tin', lead: 'Văn phòng', timing: { kind: 'recurring', every: 'month' }, target: { count: 1, of: 'news', per: 'month' } },
    { id: '3', content: 'Việc của quý I', lead: 'Văn phòng', timing: { kind: 'quarter', quarter: 1 } },
  ];
  const news = (id: string, date: string, task: string, unit?: string): PlanItem => ({ kind: 'news', id, title: id, date, task, ...(unit ? { unit } : {}) });
  const quotaItems = [
    news('p1-a', '2024-04-02', '2024/1', 'Phường 1'),
    news('p1-b', '2024-05-02', '2024/1', 'phường 1'),
    news('pnv', '2024-05-03', '2024/1', 'Phòng Nội vụ'),
    news('apr-1', '2024-04-03', '2024/2'),
    news('apr-2', '2024-04-20', '2024/2'),
    news('jun', '2024-06-10', '2024/2'),
  ];
  const report = periodReport(commune, plan, planProgress({ year: 2024, tasks: quotaTasks }, quotaItems, '2024-07-05'), period(2024, 'Q2'));
  const [perUnit, monthly, carried] = report.tasks;

  it('gives per-unit figures and names the units behind', () => {
    expect(perUnit).toMatchObject({ needed: 3, counted: 1, done: 2, status: 'overdue', note: '1/3 đơn vị đạt; chưa đạt: Phường 2, Xã Bình Hiệp' });
    expect(perUnit!.units!.map((u) => [u.unit, u.counted, u.statusLabel])).toEqual([
      ['Phường 1', 1, 'Đã hoàn thành'],
      ['Phường 2', 0, 'Quá hạn, chưa hoàn thành'],
      ['Xã Bình Hiệp', 0, 'Quá hạn, chưa hoàn thành'],
    ]);
    expect(perUnit!.items.map((i) => [i.unit, i.counts, i.why])).toEqual([
      ['Phường 1', true, null],
      ['phường 1', true, null],
      ['Phòng Nội vụ', false, 'unit'],
    ]);
  });

  it('names the empty month of a monthly target', () => {
    expect(monthly).toMatchObject({ needed: 3, counted: 2, done: 3, status: 'overdue', note: 'chưa đạt trong tháng 5/2024' });
    expect(monthly!.missed.map((m) => m.label)).toEqual(['tháng 5/2024']);
  });

  it('names the empty months of a cadence, not the yearly quota it sits on', () => {
    const task: ReportTask = {
      id: '1',
      content: 'c',
      lead: 'l',
      timing: { kind: 'ongoing' },
      target: { count: 12, of: 'news', per: 'year', cadence: { count: 1, every: 'month' } },
    };
    const r = periodReport(commune, plan, planProgress({ year: 2024, tasks: [task] }, [news('a', '2024-04-02', '2024/1')], '2024-06-30'), period(2024, 'Q2'));
    expect(r.tasks[0]).toMatchObject({ status: 'overdue', scope: 'to-date', needed: 12, counted: 1, note: 'chưa đạt trong tháng 5/2024, tháng 6/2024' });
  });

  it('carries a missed quý I task into quý II', () => {
    expect(carried).toMatchObject({ status: 'overdue', carried: true, note: 'hạn 31/03/2024 đã qua, còn tồn từ kỳ trước' });
    expect(carried!.missed.map((m) => m.label)).toEqual(['quý I/2024']);
  });

  it('puts each item’s unit in the CSV beside its line, and the note in the last column', () => {
    const [header, ...rows] = reportCsv(report).replace('\uFEFF', '').split('\r\n');
    expect(header!.split(',').slice(-3)).toEqual(['Sản phẩm trong kỳ', 'Đơn vị thực hiện sản phẩm', 'Ghi chú tiến độ']);
    expect(rows[0]).toContain('"Phường 1\nphường 1\nPhòng Nội vụ","1/3 đơn vị đạt; chưa đạt: Phường 2, Xã Bình Hiệp"');
    expect(rows[0]).toContain('(không tính vào chỉ tiêu: đơn vị không thuộc danh sách giao)');
    expect(JSON.parse(reportJson(report)).tasks[0].items[2]).toMatchObject({ unit: 'Phòng Nội vụ', counts: false, why: 'unit' });
  });
});

describe('JSON and file names', () => {
  it('is the report model, pretty-printed, with a format tag for collectors', () => {
    const json = reportJson(q2());
    expect(json.endsWith('}\n')).toBe(true);
    const parsed = JSON.parse(json);
    expect(parsed).toMatchObject({ format: 'cchc-portal/bao-cao-ke-hoach', version: 2, period: { code: '2024-Q2' } });
    expect(parsed.tasks[0].status).toBe('behind');
  });
  it('addresses a two-tier unit’s report to the province, and never puts a thị xã in its own district', () => {
    const two = (unit: { kind: string; district?: string | undefined; agency: string }) =>
      periodReport({ ...commune, ...unit }, plan, planProgress({ year: 2024, tasks }, items, '2024-06-30'), period(2024, 'Q2'));
    const ward = two({ kind: 'phường', district: undefined, agency: 'Ủy ban nhân dân phường Minh Họa' });
    expect(ward.commune).toMatchObject({ unit: 'phường Minh Họa', district: undefined, reportsTo: 'Sở Nội vụ tỉnh Tây' });
    const town = two({ kind: 'thị xã', district: 'thị xã Minh Họa', agency: 'Ủy ban nhân dân thị xã Minh Họa' });
    expect(town.commune).toMatchObject({ unit: 'thị xã Minh Họa', district: undefined, reportsTo: 'Sở Nội vụ tỉnh Tây' });
    const [header, first] = reportCsv(town).replace('\uFEFF', '').split('\r\n');
    expect(header!.split(',').slice(0, 4)).toEqual(['Đơn vị', 'Huyện', 'Tỉnh', 'Nơi nhận báo cáo']);
    expect(first!.split(',').slice(0, 4)).toEqual(['Ủy ban nhân dân thị xã Minh Họa', '', 'tỉnh Tây', 'Sở Nội vụ tỉnh Tây']);
    expect(reportFileName(town.commune, town, 'csv')).toBe('thi-xa-minh-hoa-2024-quy-2.csv');
  });

  it('names downloads after the commune and the period, without marks', () => {
    expect(reportFileName(commune, q2(), 'csv')).toBe('xa-minh-hoa-2024-quy-2.csv');
  });
});

describe('npm run report', () => {
  const run = (...args: string[]) =>
    spawnSync(process.execPath, ['bin/cchc.mjs', 'report', ...args], { encoding: 'utf8', env: { ...process.env, CCHC_TODAY: '2024-06-30' } });
  const out = mkdtempSync(join(tmpdir(), 'cchc-report-cli-'));
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it('writes the CSV and JSON of a period and says what is behind', () => {
    const r = run('--content', 'tests/fixtures/chau-thanh-2024', '--period', '2024-H1', '--out', out);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain('6 tháng đầu năm 2024, số liệu đến ngày 30/06/2024: 6 nhiệm vụ, 2 chậm tiến độ hoặc quá hạn.');
    expect(readFileSync(join(out, 'xa-minh-hoa-chau-thanh-2024-6-thang.csv')).subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    expect(JSON.parse(readFileSync(join(out, 'xa-minh-hoa-chau-thanh-2024-6-thang.json'), 'utf8')).period.code).toBe('2024-H1');
  });

  it('explains the period codes when one is missing or wrong', () => {
    for (const args of [[], ['--period', '2024-Q5'], ['--period', 'quy-2']]) {
      const r = run(...args, '--out', out);
      expect(r.status).toBe(2); // a usage error, as for every cchc command
      expect(r.stderr).toContain('Cách dùng: npm run report -- --period 2024-Q2');
    }
  });

  it('says when there is no plan for the year, or the content is broken', () => {
    const none = run('--content', 'tests/fixtures/chau-thanh-2024', '--period', '2023', '--out', out);
    expect(none.status).toBe(1);
    expect(none.stderr).toContain('Không có kế hoạch năm 2023');
    const broken = run('--content', 'tests/fixtures/broken', '--period', '2024', '--out', out);
    expect(broken.status).toBe(1);
    expect(broken.stderr).toMatch(/^LỖI /m);
    expect(broken.stderr).toContain('Không lập được báo cáo');
  });
});
