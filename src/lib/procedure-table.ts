/**
 * A province's table (the cells of one sheet, or a CSV file) → its procedure
 * rows, as provinces lay it out: a title block above the header; a header
 * over two rows (merged cells repeat the top text, or leave it blank in a CSV;
 * "Mức độ DVC" split into "Toàn trình" and "Một phần"); a row of column
 * numbers "(1) (2) (3)" under it; section headings ("I" beside "LĨNH VỰC HỘ
 * TỊCH" merged across the row) and notes merged across the row. Pure: the
 * reader (src/readers/procedure-sources.ts) turns a file into TableRows.
 */
import { importMessages as m } from '../i18n/validation.ts';
import { fromTableRow, headerField, ImportError, SOURCE_ROW, type Imported } from './procedure-import.ts';
import { looksLikeLegacyEncoding } from './text.ts';

export interface TableRow {
  /** The row's number as the spreadsheet shows it (1-based). */
  number: number;
  cells: string[];
  /** Cells whose value the list cannot use (an error such as #N/A, a formula without a result): column index → what was found. */
  flaws?: ReadonlyMap<number, string>;
}

/** A column's letter as Excel shows it: 0 → A, 26 → AA. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let letters = '';
  while (n > 0) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** A heading's number: "I", "II.", "1", "1.1", "a)". */
const NUMBERING = /^(?:[IVXLC]+|\d+(?:\.\d+)*|[a-zđ])[.)]?$/i;
/** A cell of the column-number row under a header: "1", "(2)". */
const COLUMN_NUMBER = /^\(?\d{1,2}\)?$/;
const CODE_LIKE = /\d\.\d{6}/;

const filledOf = (row: TableRow) => row.cells.map((c) => c.trim()).filter(Boolean);

/** The index of the header row: the first that names both the code and the name column; -1 when none does. */
export function findHeader(rows: readonly TableRow[]): number {
  return rows.findIndex((r) => {
    const fields = r.cells.map((c) => headerField(c));
    return fields.includes('code') && fields.includes('name');
  });
}

/** A row of column numbers under the header: "1 2 3 …" or "(1) (2) (3) …". */
const isColumnNumbers = (row: TableRow) => {
  const filled = filledOf(row);
  return filled.length >= 2 && filled.every((c) => COLUMN_NUMBER.test(c));
};

/** Words, not a code: "LĨNH VỰC HỘ TỊCH", "Ghi chú: …". */
const WORDS = /\p{L}{2,}\P{L}+\p{L}{2,}/u;

/**
 * A section heading or a note: apart from its number, one text in every
 * filled cell (a merged row), or, as a CSV keeps a merged row, its text once,
 * in words, with no name and no code ("I", "LĨNH VỰC HỘ TỊCH").
 */
function isHeading(row: TableRow, nameColumn: number): boolean {
  let filled = filledOf(row);
  if (filled.length >= 2 && NUMBERING.test(filled[0]!)) filled = filled.slice(1);
  if (filled.length > 1 && new Set(filled).size === 1) return true;
  return filled.length === 1 && !(row.cells[nameColumn] ?? '').trim() && WORDS.test(filled[0]!) && !CODE_LIKE.test(filled[0]!);
}

/**
 * The procedures of a table, each remembering its row (SOURCE_ROW); undefined
 * when the table has no header row naming a code and a name column.
 * @throws ImportError naming each cell of a procedure's column that holds an error or a formula without a result.
 */
export function tableProcedures(file: string, rows: readonly TableRow[]): Imported[] | undefined {
  const at = findHeader(rows);
  if (at < 0) return undefined;
  const headers = rows[at]!.cells.map((c) => c.trim());
  const codeColumn = headers.findIndex((h) => headerField(h) === 'code');
  const nameColumn = headers.findIndex((h) => headerField(h) === 'name');
  const cell = (row: TableRow, i: number) => (row.cells[i] ?? '').trim();
  /** A header's second row: the code and name cells merged from above (or blank), and sub-headers under a merged one. */
  const isHeaderPart = (row: TableRow) =>
    [codeColumn, nameColumn].every((i) => cell(row, i) === '' || cell(row, i) === headers[i]) && !row.cells.some((c) => CODE_LIKE.test(c));

  let next = at + 1;
  for (; next < rows.length && next <= at + 2; next++) {
    const row = rows[next]!;
    if (isColumnNumbers(row)) continue;
    if (!isHeaderPart(row) || filledOf(row).length === 0) break;
    // A sub-header names its column when it is a known one ("Toàn trình", "Lệ phí") or when the header above spans
    // several columns (merged: repeated, or blank in a CSV); a lone header keeps its name.
    const above = [...headers];
    const spans = (i: number) => !above[i] || above[i] === above[i - 1] || above[i] === above[i + 1];
    row.cells.forEach((c, i) => {
      const sub = c.trim();
      if (!sub || sub === above[i]) return;
      if (headerField(sub)) headers[i] = sub;
      else if (spans(i)) headers[i] = `${above[i] ?? ''} ${sub}`.trim();
    });
  }

  const flaws: string[] = [];
  const procedures: Imported[] = [];
  for (const row of rows.slice(next)) {
    if (filledOf(row).length === 0 || isHeading(row, nameColumn) || isColumnNumbers(row)) continue;
    if (cell(row, codeColumn) === headers[codeColumn] && cell(row, nameColumn) === headers[nameColumn]) continue; // the header again, on a new page
    // Columns of one field (two "Phí" columns under a merged header) are kept together, each with its header.
    const byField = new Map<string, [header: string, value: string][]>();
    headers.forEach((header, i) => {
      const field = headerField(header);
      if (!field) return;
      const flaw = row.flaws?.get(i);
      if (flaw !== undefined) flaws.push(m.badCell(row.number, columnLetter(i), header, flaw));
      // Word's line break in a cell (a vertical tab) is a line break; another control character is nothing a clerk typed.
      // biome-ignore lint/suspicious/noControlCharactersInRegex: removing control characters is the point
      const value = (row.cells[i] ?? '').replace(/[\v\f]/g, '\n').replace(/[\u0000-\u0008\u000E-\u001F\u007F]/g, ' ');
      if (value.trim()) byField.set(field, [...(byField.get(field) ?? []), [header, value]]);
    });
    const record = Object.fromEntries(
      [...byField.values()].map((parts) => [parts[0]![0], parts.length === 1 ? parts[0]![1] : parts.map(([h, v]) => `${h}: ${v.trim()}`).join('; ')]),
    );
    const procedure = fromTableRow(record);
    if (!procedure.code && !procedure.name) continue;
    // Typed with a TCVN3 (.VnTime) or VNI font, the letters are other letters: "§¨ng ký" is "Đăng ký".
    if (looksLikeLegacyEncoding(Object.values(record).join(' '))) {
      const [header, value] = Object.entries(record).find(([, v]) => looksLikeLegacyEncoding(` ${v} ${v} `)) ?? Object.entries(record)[0]!;
      flaws.push(m.badCell(row.number, columnLetter(headers.indexOf(header)), header, m.legacyFont(value)));
    }
    Object.defineProperty(procedure, SOURCE_ROW, { value: m.where(row.number, columnLetter(codeColumn)) });
    procedures.push(procedure);
  }
  if (flaws.length) throw new ImportError([m.badCells(file, flaws.length), ...flaws].join('\n'));
  return procedures;
}
