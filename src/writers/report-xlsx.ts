/**
 * Tables as XLSX workbooks, beside their CSV: the period report's annex
 * (reportRows) and the provincial hub's progress board (boardRows), one
 * sheet each, figures as numbers, the header row bold and frozen, columns
 * wide enough to read. Written with ExcelJS, which the project already uses
 * to read the province's lists.
 */
import ExcelJS from 'exceljs';
import { boardRows, type Board } from '../lib/board.ts';
import { startOfDayInVietnam, type IsoDate } from '../lib/dates.ts';
import { reportRows, type PeriodReport, type ReportCell } from '../lib/report.ts';
import { reportUi } from '../i18n/vi.ts';

/** Column widths in characters: long text columns wide, figures narrow. */
function widthOf(values: readonly (string | number | null)[]): number {
  const longest = Math.max(
    ...values.map((v) =>
      v === null
        ? 0
        : Math.max(
            ...String(v)
              .split('\n')
              .map((l) => l.length),
          ),
    ),
  );
  return Math.min(60, Math.max(8, longest + 2));
}

interface Sheet {
  creator: string;
  /** The table's own day rather than the build's clock, so a rebuild gives the same workbook properties. */
  day: IsoDate;
  name: string;
  rows: ReportCell[][];
}

async function tableXlsx({ creator, day, name, rows }: Sheet): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = creator;
  workbook.created = workbook.modified = startOfDayInVietnam(day);
  // Excel refuses a sheet name longer than 31 characters.
  const sheet = workbook.addWorksheet(name.slice(0, 31), { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.addRows(rows);
  sheet.getRow(1).font = { bold: true };
  sheet.getRow(1).alignment = { vertical: 'middle', wrapText: true };
  const columns = rows[0]!.length;
  for (let c = 1; c <= columns; c++) {
    sheet.getColumn(c).width = widthOf(rows.map((r) => r[c - 1] ?? null));
    sheet.getColumn(c).alignment = { vertical: 'top', wrapText: true };
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

export function reportXlsx(report: PeriodReport): Promise<Buffer> {
  return tableXlsx({ creator: report.commune.agency, day: report.asOf, name: report.period.label, rows: reportRows(report) });
}

/** The hub's progress board; `creator` is the province's Department of Home Affairs. */
export function boardXlsx(board: Board, hubUrl: string, creator: string): Promise<Buffer> {
  return tableXlsx({ creator, day: board.today, name: reportUi.periodLabel(board.period.key, board.period.year), rows: boardRows(board, hubUrl) });
}
