/**
 * The period report's annex as an XLSX workbook, beside the CSV and JSON:
 * one sheet with the CSV's rows (reportRows), figures as numbers, the
 * header row bold and frozen, columns wide enough to read. Written with
 * ExcelJS, which the project already uses to read the province's lists.
 */
import ExcelJS from 'exceljs';
import { startOfDayInVietnam } from '../lib/dates.ts';
import { reportRows, type PeriodReport } from '../lib/report.ts';

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

export async function reportXlsx(report: PeriodReport): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = report.commune.agency;
  // The report's own day rather than the build's clock, so a rebuild of the same report gives the same workbook properties.
  workbook.created = workbook.modified = startOfDayInVietnam(report.asOf);
  const sheet = workbook.addWorksheet(report.period.label.slice(0, 31), { views: [{ state: 'frozen', ySplit: 1 }] });
  const rows = reportRows(report);
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
