/** The pure parts of the báo cáo: the date line, the subject, the two shortfalls, activities without a post, and the document's parts. */
import { describe, expect, it } from 'vitest';
import { behindFor, period, planProgress, slotsOf, yearShortfall, type PlanItem } from '../../src/lib/progress.ts';
import { periodReport, unpostedActivities, type ReportTask } from '../../src/lib/report.ts';
import { annexCells, annexColumns, documentDateLine, reportDocument, reportSubject } from '../../src/lib/report-document.ts';
import type { ReportNarrative } from '../../src/schemas/report-narrative.ts';

describe('the date line', () => {
  it('writes the place and the date in words, with a zero before days under 10 and before January and February', () => {
    expect(documentDateLine('Hòa An', '2026-06-30')).toBe('Hòa An, ngày 30 tháng 6 năm 2026');
    expect(documentDateLine('Bằng Cả', '2026-02-05')).toBe('Bằng Cả, ngày 05 tháng 02 năm 2026');
    expect(documentDateLine('Bằng Cả', '2026-01-15')).toBe('Bằng Cả, ngày 15 tháng 01 năm 2026');
    expect(documentDateLine('Bằng Cả', '2026-12-09')).toBe('Bằng Cả, ngày 09 tháng 12 năm 2026');
  });
});

describe('the subject', () => {
  const of = (label: string) => ({ period: { label } }) as Parameters<typeof reportSubject>[0];
  it('names the plan and the period in lower case, or takes the clerk’s own', () => {
    expect(reportSubject(of('Quý II năm 2026'))).toBe('Kết quả thực hiện Kế hoạch tuyên truyền CCHC quý II năm 2026');
    expect(reportSubject(of('6 tháng đầu năm 2026'))).toBe('Kết quả thực hiện Kế hoạch tuyên truyền CCHC 6 tháng đầu năm 2026');
    expect(reportSubject(of('Năm 2026'))).toBe('Kết quả thực hiện Kế hoạch tuyên truyền CCHC năm 2026');
    expect(reportSubject(of('Năm 2026'), { subject: 'Kết quả công tác tuyên truyền CCHC năm 2026' })).toBe('Kết quả công tác tuyên truyền CCHC năm 2026');
  });
});

const news = (date: string, task = '2026/1'): PlanItem & { counts: boolean } => ({ kind: 'news', id: date, title: date, date, task, counts: true });

describe('two separate shortfalls', () => {
  it('behind for the period: what each of its slots expected by the report date and does not hold', () => {
    const yearly = { id: '1', timing: { kind: 'ongoing' as const }, target: { count: 8, of: 'news' as const, per: 'year' as const } };
    const monthly = { id: '2', timing: { kind: 'recurring' as const, every: 'month' as const }, target: { count: 1, of: 'news' as const, per: 'month' as const } };
    const items = [news('2026-01-12'), news('2026-04-01', '2026/2'), news('2026-04-20', '2026/2'), news('2026-06-03', '2026/2')];
    const progress = planProgress({ year: 2026, tasks: [yearly, monthly] }, items, '2026-06-30');
    const [y, m] = progress.tasks.map((t) => t.periods.Q2);
    // Eight a year, four due by the end of June, one there.
    expect(behindFor(y!, '2026-06-30')).toBe(3);
    // Two in April do not fill May: one month behind, though the quarter holds three.
    expect(behindFor(m!, '2026-06-30')).toBe(1);
    expect(behindFor({ target: null, slots: [] }, '2026-06-30')).toBeNull();
  });

  it("short of the year's target: every slot of the year, later ones too, less what fills it by the report date", () => {
    const yearly = slotsOf({ id: '1', timing: { kind: 'ongoing' }, target: { count: 8, of: 'news', per: 'year' } }, 2026);
    expect(yearShortfall({ slots: yearly, items: [news('2026-01-12'), news('2026-05-02')] }, '2026-06-30')).toBe(6);
    // An item after the report date does not count for a past report.
    expect(yearShortfall({ slots: yearly, items: [news('2026-01-12'), news('2026-07-02')] }, '2026-06-30')).toBe(7);
    const monthly = slotsOf({ id: '2', timing: { kind: 'recurring', every: 'month' }, target: { count: 1, of: 'news', per: 'month' } }, 2026);
    // Three in April do not fill May: the surplus of one month is not carried to another.
    expect(yearShortfall({ slots: monthly, items: [news('2026-04-01'), news('2026-04-10'), news('2026-04-20')] }, '2026-06-30')).toBe(11);
    expect(yearShortfall({ slots: monthly, items: [{ ...news('2026-04-01'), counts: false }] }, '2026-06-30')).toBe(12);
    // A quota for each of two units: one unit's items fill only its own.
    const each = slotsOf({ id: '3', timing: { kind: 'ongoing' }, target: { count: 2, of: 'news', per: 'year', each: ['Phường 1', 'Phường 2'] } }, 2026);
    const ofUnit = (date: string) => ({ ...news(date), unit: 'Phường 1' });
    expect(yearShortfall({ slots: each, items: [ofUnit('2026-01-05'), ofUnit('2026-02-05'), ofUnit('2026-03-05')] }, '2026-06-30')).toBe(2);
    expect(yearShortfall({ slots: [], items: [news('2026-04-01')] }, '2026-06-30')).toBeNull();
  });
});

describe('activities recorded without a post', () => {
  const event = (date: string, task = '2026/1') => ({ kind: 'events' as const, date, task });
  const q2 = period(2026, 'Q2');
  it('lists the events of the period that no news item of the same task follows within two weeks', () => {
    const items = [event('2026-05-15'), event('2026-06-25', '2026/3'), { kind: 'news' as const, date: '2026-06-26', task: '2026/3' }, event('2026-03-20', '2026/4')];
    expect(unpostedActivities(items, q2)).toEqual([event('2026-05-15')]);
    // A news item of another task, before the event, or weeks later is not its post.
    expect(unpostedActivities([event('2026-05-15'), { kind: 'news' as const, date: '2026-05-16', task: '2026/2' }], q2)).toHaveLength(1);
    expect(unpostedActivities([event('2026-05-15'), { kind: 'news' as const, date: '2026-05-14', task: '2026/1' }], q2)).toHaveLength(1);
    expect(unpostedActivities([event('2026-05-15'), { kind: 'news' as const, date: '2026-06-15', task: '2026/1' }], q2)).toHaveLength(1);
    expect(unpostedActivities([event('2026-05-15'), { kind: 'news' as const, date: '2026-05-29', task: '2026/1' }], q2)).toHaveLength(0);
  });
});

describe('the document’s parts', () => {
  const commune = { name: 'Hòa An', kind: 'phường', agency: 'Ủy ban nhân dân phường Hòa An', province: 'tỉnh Quảng Ninh', url: 'https://hoaan.example.org', base: '/' };
  const plan = { number: '12/KH-UBND', title: 'Kế hoạch tuyên truyền CCHC năm 2026', year: 2026, issued: '2026-01-20' };
  const tasks: ReportTask[] = [{ id: '1', content: 'Tin bài', lead: 'VH-XH', timing: { kind: 'ongoing' }, target: { count: 8, of: 'news', per: 'year' } }];
  const report = periodReport(commune, plan, planProgress({ year: 2026, tasks }, [news('2026-01-12')], '2026-06-30'), period(2026, 'Q2'));
  const narrative: ReportNarrative = {
    year: 2026,
    period: 'quy-2',
    number: '45/BC-UBND',
    date: '2026-06-30',
    signer: { name: 'Trần Văn Khánh', title: 'Phó Chủ tịch', authority: 'KT. Chủ tịch' },
    recipients: ['Sở Nội vụ tỉnh Quảng Ninh', 'Lưu: VT'],
  };

  it('heads, addresses and signs the report from the narrative', () => {
    expect(reportDocument(report, narrative)).toMatchObject({
      issuer: 'ỦY BAN NHÂN DÂN PHƯỜNG HÒA AN',
      number: 'Số: 45/BC-UBND',
      dateLine: 'Hòa An, ngày 30 tháng 6 năm 2026',
      recipient: 'Kính gửi: Sở Nội vụ tỉnh Quảng Ninh.',
      written: true,
      signer: { authority: 'KT. CHỦ TỊCH', title: 'PHÓ CHỦ TỊCH', name: 'Trần Văn Khánh' },
      annexOf: '(Kèm theo Báo cáo số 45/BC-UBND ngày 30/06/2026)',
    });
    expect(reportDocument(report, { ...narrative, place: 'Quảng Ninh' }).dateLine).toBe('Quảng Ninh, ngày 30 tháng 6 năm 2026');
  });

  it('leaves the number, date and signature blank without a narrative, and sends it to whom the unit reports', () => {
    const doc = reportDocument(report, null);
    expect(doc).toMatchObject({ number: 'Số:       /BC-UBND', written: false, signer: null, recipients: ['Sở Nội vụ tỉnh Quảng Ninh', 'Lưu: VT'] });
    expect(doc.dateLine).toMatch(/^Hòa An, ngày\s+tháng\s+năm$/);
  });

  it('gives the annex one cell per column, the two shortfalls apart', () => {
    const cells = annexCells(report.tasks[0]!);
    expect(cells).toHaveLength(annexColumns.length);
    expect(cells.slice(2)).toEqual(['8 tin bài/năm', '0', '1/8 (lũy kế)', '3', '7', 'Chậm tiến độ']);
  });
});
