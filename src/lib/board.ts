/**
 * The provincial hub's progress board for the Department of Home Affairs:
 * every commune's plan for one period side by side. Each row is made from
 * the commune's own period report (src/lib/report.ts periodReport, computed
 * by src/data/commune-report.ts with the same code as the commune's report
 * page), so a figure on the board is the one on the commune's page; nothing
 * here measures progress again. Pure: the page, the CSV and the XLSX
 * (src/writers/board-xlsx.ts) are all written from boardRows().
 */
import { boardColumns, boardUi } from '../i18n/hub.ts';
import { reportUi } from '../i18n/vi.ts';
import type { IsoDate } from './dates.ts';
import { paths, withBase } from './paths.ts';
import { PERIOD_SLUGS, type Period, type Status } from './progress.ts';
import { csvCell, type PeriodReport, type ReportCell } from './report.ts';

/** What the hub learned of one commune for the period. */
export type BoardEntry = { slug: string; unit: string } & (
  | { state: 'report'; report: PeriodReport; narrative: boolean }
  /** Its content does not pass validation: its build fails too, so it has no new report. */
  | { state: 'errors' }
  /** No plan for the period's year. */
  | { state: 'no-plan' }
);

/** The statuses the board counts, in its column order. */
export const BOARD_STATUSES = ['done', 'on-track', 'behind', 'overdue'] as const satisfies readonly Status[];
type BoardStatus = (typeof BOARD_STATUSES)[number];

export interface BoardRow {
  slug: string;
  unit: string;
  state: BoardEntry['state'];
  /** Tasks of the plan; null without a report. */
  tasks: number | null;
  /** Tasks per status for the period, the commune report's own summary; null without a report. */
  counts: Record<BoardStatus, number> | null;
  /** Ids of the tasks with a news target that are behind or overdue in the period. */
  newsBehind: string[];
  /** Whether the clerk has written the period's narrative; null without a report. */
  narrative: boolean | null;
  /** The commune's report page for the period, without the hub's origin. */
  reportPath: string;
}

export interface Board {
  period: Period;
  periodSlug: string;
  /** The build date the figures are measured on. */
  today: IsoDate;
  rows: BoardRow[];
  /** The sums over the communes with a report. */
  totals: { tasks: number; counts: Record<BoardStatus, number> };
  /** The communes the department should call: news quota behind, no narrative, no report. */
  attention: { newsBehind: string[]; noNarrative: string[]; noReport: string[] };
}

const isLate = (status: Status) => status === 'behind' || status === 'overdue';

/** A commune's row of the board of `period`: what the page, the CSV and the XLSX show of it. */
export function boardRow(entry: BoardEntry, period: Period): BoardRow {
  const reportPath = withBase(`/${entry.slug}/`, paths.report(period.year, PERIOD_SLUGS[period.key]));
  if (entry.state !== 'report') return { slug: entry.slug, unit: entry.unit, state: entry.state, tasks: null, counts: null, newsBehind: [], narrative: null, reportPath };
  const { report } = entry;
  return {
    slug: entry.slug,
    unit: entry.unit,
    state: 'report',
    tasks: report.tasks.length,
    counts: Object.fromEntries(BOARD_STATUSES.map((s) => [s, report.summary[s]])) as Record<BoardStatus, number>,
    newsBehind: report.tasks.filter((t) => t.target?.of === 'news' && isLate(t.status)).map((t) => t.id),
    narrative: entry.narrative,
    reportPath,
  };
}

/** The board of `period` from each commune's row (boardRow), in the order given (the communes' order). */
export function progressBoard(rows: BoardRow[], period: Period, today: IsoDate): Board {
  const counts = Object.fromEntries(BOARD_STATUSES.map((s) => [s, rows.reduce((n, r) => n + (r.counts?.[s] ?? 0), 0)])) as Record<BoardStatus, number>;
  const units = (test: (r: BoardRow) => boolean) => rows.filter(test).map((r) => r.unit);
  return {
    period,
    periodSlug: PERIOD_SLUGS[period.key],
    today,
    rows,
    totals: { tasks: rows.reduce((n, r) => n + (r.tasks ?? 0), 0), counts },
    attention: {
      newsBehind: units((r) => r.newsBehind.length > 0),
      noNarrative: units((r) => r.narrative === false),
      noReport: units((r) => r.state !== 'report'),
    },
  };
}

/** The row's state in words, for the note column. */
function stateNote(row: BoardRow): string | null {
  if (row.state === 'errors') return boardUi.stateErrors;
  if (row.state === 'no-plan') return boardUi.stateNoPlan;
  return null;
}

/**
 * The board's table: headings, then one row per commune. The CSV and the
 * XLSX are both written from it, so their numbers agree. `hubUrl` makes the
 * report links absolute, for a file read away from the site.
 */
export function boardRows(board: Board, hubUrl: string): ReportCell[][] {
  return [
    [...boardColumns],
    ...board.rows.map((r) => [
      r.unit,
      r.slug,
      reportUi.periodLabel(board.period.key, board.period.year),
      r.tasks,
      ...BOARD_STATUSES.map((s) => r.counts?.[s] ?? null),
      r.state === 'report' ? r.newsBehind.length : null,
      r.narrative === null ? null : r.narrative ? boardUi.narrativeWritten : boardUi.narrativeMissing,
      stateNote(r),
      new URL(r.reportPath, hubUrl).href,
    ]),
  ];
}

/** The board as CSV for Excel, as the commune's report CSV is written: UTF-8 with a byte-order mark, CRLF. */
export function boardCsv(board: Board, hubUrl: string): string {
  return `\uFEFF${boardRows(board, hubUrl)
    .map((r) => r.map(csvCell).join(','))
    .join('\r\n')}\r\n`;
}

/** A download's file name: "bang-theo-doi-2026-quy-2.csv". */
export function boardFileName(board: Pick<Board, 'period' | 'periodSlug'>, ext: 'csv' | 'xlsx'): string {
  return `bang-theo-doi-${board.period.year}-${board.periodSlug}.${ext}`;
}
