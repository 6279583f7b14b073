/**
 * Reading published procedure lists from disk: the national package (JSON),
 * or a provincial table (CSV or XLSX, read with maintained parsers). Rows
 * become Imported procedures through the pure mapping in src/lib.
 */
import { parse as parseCsv } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import { fromNationalRecord, fromTableRow, headerField, type Imported } from '../lib/procedure-import.ts';

function nationalRecords(json: unknown): Record<string, unknown>[] {
  if (Array.isArray(json)) return json;
  const holder = json as Record<string, unknown>;
  const list = Object.values(holder).find(Array.isArray);
  return (list as Record<string, unknown>[] | undefined) ?? [holder];
}

/** A table's header row is the first that names at least two known columns (titles may sit above it). */
function rowsToObjects(rows: string[][]): Record<string, string>[] {
  const at = rows.findIndex((r) => r.filter((c) => headerField(c)).length >= 2);
  if (at < 0) return [];
  const header = rows[at]!;
  return rows
    .slice(at + 1)
    .filter((r) => r.some((c) => c.trim()))
    .map((r) => Object.fromEntries(header.map((h, i) => [h, r[i] ?? ''])));
}

async function xlsxRows(file: string): Promise<string[][]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  const sheet = workbook.worksheets[0];
  const rows: string[][] = [];
  sheet?.eachRow({ includeEmpty: false }, (row) => {
    const values = row.values as unknown[];
    rows.push(values.slice(1).map((v) => (v === null || v === undefined ? '' : typeof v === 'object' && 'text' in v ? String(v.text) : String(v))));
  });
  return rows;
}

export async function readProcedureSource(file: string): Promise<Imported[]> {
  const ext = extname(file).toLowerCase();
  if (ext === '.json') return nationalRecords(JSON.parse(readFileSync(file, 'utf8'))).map(fromNationalRecord);
  const rows = ext === '.xlsx' ? await xlsxRows(file) : (parseCsv(readFileSync(file), { bom: true, relaxColumnCount: true }) as string[][]);
  return rowsToObjects(rows).map(fromTableRow).filter((p) => p.code || p.name);
}
