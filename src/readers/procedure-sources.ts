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
import { fromNationalRecord, fromTableRow, headerField, ImportError, type Imported } from '../lib/procedure-import.ts';
import { decodeText } from '../lib/text-encoding.ts';

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

/**
 * A table's header row is the first that names both the code and the name
 * column: a province's export has its title block (merged cells: "DANH MỤC
 * THỦ TỤC HÀNH CHÍNH…", the province, blank rows) above it. Below it, a row
 * whose filled cells all hold one text is a merged section heading ("I. Lĩnh
 * vực Hộ tịch"), not a procedure.
 */
function rowsToObjects(rows: string[][]): Record<string, string>[] {
  const at = rows.findIndex((r) => {
    const fields = r.map((c) => headerField(c));
    return fields.includes('code') && fields.includes('name');
  });
  if (at < 0) return [];
  const header = rows[at]!;
  return rows
    .slice(at + 1)
    .filter((r) => {
      const filled = r.map((c) => c.trim()).filter(Boolean);
      return filled.length > 0 && !(filled.length > 1 && new Set(filled).size === 1);
    })
    .map((r) => Object.fromEntries(header.map((h, i) => [h, r[i] ?? ''])));
}

async function xlsxRows(file: string, bytes: Buffer): Promise<string[][]> {
  const workbook = new ExcelJS.Workbook();
  // An .xlsx file is a zip archive; anything else makes ExcelJS throw in English.
  if (bytes.subarray(0, 4).toString('latin1') !== 'PK\x03\x04') throw new ImportError(m.notWorkbook(file));
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    throw new ImportError(m.notWorkbook(file));
  }
  const sheet = workbook.worksheets[0];
  const rows: string[][] = [];
  // A cell's text is what Excel shows: rich text, a hyperlink's label, a formula's result.
  sheet?.eachRow({ includeEmpty: false }, (row) => {
    rows.push(Array.from({ length: row.cellCount }, (_, i) => row.getCell(i + 1).text));
  });
  return rows;
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

function csvRows(file: string, bytes: Buffer): string[][] {
  try {
    return parseCsv(text(file, bytes), { relaxColumnCount: true, relaxQuotes: true }) as string[][];
  } catch (error) {
    if (error instanceof ImportError) throw error;
    throw new ImportError(m.badCsv(file, error instanceof Error ? error.message.split('\n')[0]! : String(error)));
  }
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
      : rowsToObjects(ext === '.xlsx' ? await xlsxRows(file, bytes) : csvRows(file, bytes))
          .map(fromTableRow)
          .filter((p) => p.code || p.name);
  if (procedures.length === 0) throw new ImportError(m.notAList(file));
  return procedures;
}
