/**
 * Reading published procedure lists from disk: the national package (JSON),
 * or a provincial table (CSV or XLSX, read with maintained parsers). Rows
 * become Imported procedures through the pure mapping in src/lib.
 */
import { parse as parseCsv } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { readFileSync, statSync } from 'node:fs';
import { extname } from 'node:path';
import { importMessages as m } from '../i18n/validation.ts';
import { fromNationalRecord, ImportError, type Imported } from '../lib/procedure-import.ts';
import { findHeader, tableProcedures, type TableRow } from '../lib/procedure-table.ts';
import { decodeText } from '../lib/text-encoding.ts';
import { looksLikeLegacyEncoding } from '../lib/text.ts';

/** A national package of all procedures is a few megabytes; far more is not a procedure list. */
const MAX_SOURCE_BYTES = 100 * 1024 * 1024;

type Rec = Record<string, unknown>;
const isRecord = (v: unknown): v is Rec => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The records of a package: the top-level array, or the first array a wrapper object holds, or one record. */
function nationalRecords(json: unknown): Rec[] {
  if (Array.isArray(json)) return json.filter(isRecord);
  if (!isRecord(json)) return [];
  const list = Object.values(json).find(Array.isArray);
  return list ? list.filter(isRecord) : [json];
}

/** A number as the sheet shows it: with the decimals its format fixes ("0.000000" keeps 1.001190), without float noise (2.00098600000001). */
function numberText(value: number, format: string | undefined): string {
  const fixed = /^0\.(0+)$/.exec(format ?? '');
  if (fixed) return value.toFixed(fixed[1]!.length);
  return Number.isInteger(value) ? String(value) : String(Number(value.toPrecision(12)));
}

const pad = (n: number) => String(n).padStart(2, '0');
/** A date cell as a clerk reads it: dd/mm/yyyy (ExcelJS gives the day at midnight UTC). */
const dateText = (d: Date) => `${pad(d.getUTCDate())}/${pad(d.getUTCMonth() + 1)}/${d.getUTCFullYear()}`;

/** A cell's text as Excel shows it (rich text, a hyperlink's label, a formula's result), or the flaw that leaves it none. */
function cellText(cell: ExcelJS.Cell): { text: string; flaw?: string } {
  const value = cell.value;
  const shown = (v: unknown): { text: string; flaw?: string } =>
    v instanceof Date
      ? { text: dateText(v) }
      : typeof v === 'number'
        ? { text: numberText(v, cell.numFmt) }
        : v !== null && typeof v === 'object' && 'error' in v
          ? { text: '', flaw: String((v as { error: unknown }).error) }
          : { text: cell.text };
  if (value !== null && typeof value === 'object' && ('formula' in value || 'sharedFormula' in value)) {
    const { result } = value as ExcelJS.CellFormulaValue;
    if (result === undefined || result === null) return { text: '', flaw: m.formulaNoResult(String((value as ExcelJS.CellFormulaValue).formula ?? '')) };
    return shown(result);
  }
  return shown(value);
}

function sheetRows(sheet: ExcelJS.Worksheet): TableRow[] {
  const rows: TableRow[] = [];
  sheet.eachRow({ includeEmpty: false }, (row) => {
    const flaws = new Map<number, string>();
    const cells = Array.from({ length: row.cellCount }, (_, i) => {
      const { text, flaw } = cellText(row.getCell(i + 1));
      if (flaw !== undefined) flaws.set(i, flaw);
      return text;
    });
    rows.push({ number: row.number, cells, flaws });
  });
  return rows;
}

/**
 * The visible sheet that holds a procedure list; a hidden sheet (an old list, a lookup table) is never read.
 * @throws ImportError when several visible sheets hold one, since which to import is the clerk's choice.
 */
async function xlsxProcedures(file: string, bytes: Buffer): Promise<Imported[] | undefined> {
  const workbook = new ExcelJS.Workbook();
  // An .xlsx file is a zip archive; anything else makes ExcelJS throw in English.
  if (bytes.subarray(0, 4).toString('latin1') !== 'PK\x03\x04') throw new ImportError(m.notWorkbook(file));
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    throw new ImportError(m.notWorkbook(file));
  }
  const lists = workbook.worksheets
    .filter((sheet) => sheet.state !== 'hidden' && sheet.state !== 'veryHidden')
    .map((sheet) => ({ name: sheet.name, rows: sheetRows(sheet) }))
    .filter(({ rows }) => findHeader(rows) >= 0);
  if (lists.length > 1)
    throw new ImportError(
      m.manySheets(
        file,
        lists.map((l) => l.name),
      ),
    );
  return lists[0] && tableProcedures(file, lists[0].rows);
}

function text(file: string, bytes: Buffer): string {
  const decoded = decodeText(bytes, { legacy: true });
  if (!decoded.ok) throw new ImportError(m.encoding(file));
  return decoded.text;
}

function json(file: string, bytes: Buffer): unknown {
  try {
    return JSON.parse(text(file, bytes));
  } catch (error) {
    if (error instanceof ImportError) throw error;
    throw new ImportError(m.badJson(file, error instanceof SyntaxError ? error.message : String(error)));
  }
}

/** A CSV's procedures. Excel for a Vietnamese Windows separates fields with ";" (the decimal mark is ","), so ";" and tab are tried too. */
function csvProcedures(file: string, bytes: Buffer): Imported[] | undefined {
  const source = text(file, bytes);
  for (const delimiter of [',', ';', '\t']) {
    let records: string[][];
    try {
      records = parseCsv(source, { delimiter, relaxColumnCount: true, relaxQuotes: true }) as string[][];
    } catch (error) {
      if (delimiter !== ',') continue;
      throw new ImportError(m.badCsv(file, error instanceof Error ? error.message.split('\n')[0]! : String(error)));
    }
    const rows = records.map((cells, i) => ({ number: i + 1, cells }));
    if (findHeader(rows) >= 0) return tableProcedures(file, rows);
  }
  // TCVN3 or VNI bytes read as Windows-1258: the headers are not found because every letter is another.
  if (looksLikeLegacyEncoding(source)) throw new ImportError(m.encoding(file));
  return undefined;
}

/**
 * The procedures a list holds. Every way a file can be wrong (empty, huge,
 * truncated, not a workbook, an unknown encoding, no code and name columns)
 * is an ImportError whose message names the file in Vietnamese.
 */
export async function readProcedureSource(file: string, maxBytes = MAX_SOURCE_BYTES): Promise<Imported[]> {
  const ext = extname(file).toLowerCase();
  if (!['.json', '.csv', '.xlsx'].includes(ext)) throw new ImportError(m.unknownType(file));
  let size: number;
  try {
    size = statSync(file).size;
  } catch (error) {
    throw new ImportError(m.unreadable(file, (error as NodeJS.ErrnoException).code ?? String(error)));
  }
  if (size > maxBytes) throw new ImportError(m.tooBig(file, Math.ceil(size / 1024 / 1024), Math.floor(maxBytes / 1024 / 1024)));
  const bytes = readFileSync(file);
  if (bytes.toString('latin1').trim() === '') throw new ImportError(m.empty(file));
  const procedures =
    ext === '.json'
      ? nationalRecords(json(file, bytes))
          .filter((r) => 'MATTHC' in r && 'TENTTHC' in r)
          .map(fromNationalRecord)
      : ((ext === '.xlsx' ? await xlsxProcedures(file, bytes) : csvProcedures(file, bytes)) ?? []);
  if (procedures.length === 0) throw new ImportError(m.notAList(file));
  return procedures;
}
