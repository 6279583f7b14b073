/** The hub's progress board (src/lib/board.ts): rows from the communes' own reports, nothing measured again. */
import { describe, expect, it } from 'vitest';
import { boardCsv, boardRow, boardRows, progressBoard, type BoardEntry } from '../../src/lib/board.ts';
import { parsePeriodCode, STATUSES } from '../../src/lib/progress.ts';
import type { PeriodReport } from '../../src/lib/report.ts';

const period = parsePeriodCode('2026-Q2')!;
const summary = (counts: Partial<Record<string, number>>) => Object.fromEntries(STATUSES.map((s) => [s, counts[s] ?? 0]));
const task = (id: string, status: string, of: string | null) => ({ id, status, target: of ? { count: 1, of, per: 'quarter' } : null });
const report = (counts: Partial<Record<string, number>>, tasks: ReturnType<typeof task>[]) => ({ summary: summary(counts), tasks }) as unknown as PeriodReport;

const entries: BoardEntry[] = [
  {
    slug: 'xa-a',
    unit: 'xã A',
    state: 'report',
    narrative: true,
    report: report({ done: 2, 'on-track': 1 }, [task('1', 'done', 'news'), task('2', 'done', null), task('3', 'on-track', 'events')]),
  },
  {
    slug: 'xa-b',
    unit: 'xã B',
    state: 'report',
    narrative: false,
    report: report({ done: 1, behind: 1, overdue: 1 }, [task('1', 'behind', 'news'), task('2', 'done', null), task('3', 'overdue', 'events')]),
  },
  { slug: 'xa-c', unit: 'xã C', state: 'errors' },
];

describe('progressBoard', () => {
  const board = progressBoard(
    entries.map((e) => boardRow(e, period)),
    period,
    '2026-07-15',
  );

  it('takes each commune’s counts from its own report’s summary, and sums them', () => {
    expect(board.rows.map((r) => r.counts)).toEqual([{ done: 2, 'on-track': 1, behind: 0, overdue: 0 }, { done: 1, 'on-track': 0, behind: 1, overdue: 1 }, null]);
    expect(board.totals).toEqual({ tasks: 6, counts: { done: 3, 'on-track': 1, behind: 1, overdue: 1 } });
  });

  it('names the communes behind on news, without a narrative, or without a report', () => {
    // xã B's overdue events task is no news quota; its behind news task is.
    expect(board.rows[1]!.newsBehind).toEqual(['1']);
    expect(board.attention).toEqual({ newsBehind: ['xã B'], noNarrative: ['xã B'], noReport: ['xã C'] });
  });

  it('links each row to the commune’s own report page', () => {
    expect(board.rows.map((r) => r.reportPath)).toEqual([
      '/xa-a/ke-hoach/2026/bao-cao/quy-2/',
      '/xa-b/ke-hoach/2026/bao-cao/quy-2/',
      '/xa-c/ke-hoach/2026/bao-cao/quy-2/',
    ]);
  });

  it('writes the same rows to the CSV, figures as numbers and a commune without a report left blank', () => {
    const rows = boardRows(board, 'https://tinh.example.org');
    expect(rows[1]!.slice(3, 10)).toEqual([3, 2, 1, 0, 0, 0, 'Đã có']);
    expect(rows[3]!.slice(3, 11)).toEqual([null, null, null, null, null, null, null, 'Nội dung của xã có lỗi, chưa dựng được báo cáo']);
    expect(rows[2]!.at(-1)).toBe('https://tinh.example.org/xa-b/ke-hoach/2026/bao-cao/quy-2/');
    const csv = boardCsv(board, 'https://tinh.example.org');
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv.split('\r\n')[2]).toBe('xã B,xa-b,Quý II năm 2026,3,1,0,1,1,1,Chưa có,,https://tinh.example.org/xa-b/ke-hoach/2026/bao-cao/quy-2/');
  });
});
