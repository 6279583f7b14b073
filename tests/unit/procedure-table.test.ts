/** Province lists laid out as provinces publish them: the table → procedures, and the workbook and CSV readers around it. */
import ExcelJS from 'exceljs';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { planImport } from '../../src/lib/import-plan.ts';
import { SOURCE_ROW, tableCode, type Imported } from '../../src/lib/procedure-import.ts';
import { columnLetter, tableProcedures, type TableRow } from '../../src/lib/procedure-table.ts';
import { readProcedureSource } from '../../src/readers/procedure-sources.ts';

const table = (...rows: string[][]): TableRow[] => rows.map((cells, i) => ({ number: i + 1, cells }));
const H = ['STT', 'Mã TTHC', 'Tên thủ tục hành chính', 'Lĩnh vực'];
const codes = (list: Imported[] | undefined) => list?.map((p) => [p.code, p.name]);

describe('a province table', () => {
  it('skips a section heading numbered in its own cell and merged across the rest, and a note row', () => {
    const rows = table(
      H,
      ['I', 'LĨNH VỰC HỘ TỊCH', 'LĨNH VỰC HỘ TỊCH', 'LĨNH VỰC HỘ TỊCH'],
      ['1', '1.001193', 'Đăng ký khai sinh', 'Hộ tịch'],
      ['Ghi chú: danh mục gồm 1 thủ tục', 'Ghi chú: danh mục gồm 1 thủ tục', 'Ghi chú: danh mục gồm 1 thủ tục', ''],
    );
    expect(codes(tableProcedures('ds.xlsx', rows))).toEqual([['1.001193', 'Đăng ký khai sinh']]);
  });
  it('skips the same heading as a CSV keeps it: its text once, in the code column', () => {
    const rows = table(H, ['I', 'LĨNH VỰC HỘ TỊCH', '', ''], ['1', '1.001193', 'Đăng ký khai sinh', 'Hộ tịch']);
    expect(codes(tableProcedures('ds.csv', rows))).toEqual([['1.001193', 'Đăng ký khai sinh']]);
  });
  it('still reports a row with a malformed code and no name', () => {
    expect(tableProcedures('ds.csv', table(H, ['', '../../../x', '', '']))?.map((p) => p.code)).toEqual(['../../../x']);
  });
  it('reads a header over two rows, merged cells and all, with the online level marked in sub-columns', () => {
    const rows = table(
      ['STT', 'Mã TTHC', 'Tên thủ tục hành chính', 'Mức độ DVC', 'Mức độ DVC', 'Phí, lệ phí', 'Phí, lệ phí'],
      ['STT', 'Mã TTHC', 'Tên thủ tục hành chính', 'Toàn trình', 'Một phần', 'Phí', 'Lệ phí'],
      ['(1)', '(2)', '(3)', '(4)', '(5)', '(6)', '(7)'],
      ['1', '1.001193', 'Đăng ký khai sinh', 'x', '', 'Không', '8.000 đồng'],
      ['2', '1.000894', 'Đăng ký kết hôn', '', 'x', '', 'Miễn'],
    );
    const [birth, marriage] = tableProcedures('ds.xlsx', rows)!;
    expect(birth).toMatchObject({ code: '1.001193', channels: { online: 'full' }, fees: [{ note: 'Phí: Không; Lệ phí: 8.000 đồng' }] });
    expect(birth!.fees).toEqual([{ name: 'Phí, lệ phí', note: 'Phí: Không; Lệ phí: 8.000 đồng' }]);
    expect(marriage).toMatchObject({ code: '1.000894', channels: { online: 'partial' }, fees: [{ amount: 0 }] });
  });
  it('reads the same header as a CSV keeps it: merged cells blank', () => {
    const rows = table(
      ['STT', 'Mã TTHC', 'Tên thủ tục hành chính', 'Mức độ DVC', ''],
      ['', '', '', 'Toàn trình', 'Một phần'],
      ['1', '1.001193', 'Đăng ký khai sinh', '', 'x'],
    );
    expect(tableProcedures('ds.csv', rows)![0]!.channels).toEqual({ inPerson: true, online: 'partial', postal: false });
  });
  it('does not rename a lone column after a data row without code and name', () => {
    const rows = table(H, ['1', '', '', 'Hộ tịch'], ['2', '1.001193', 'Đăng ký khai sinh', 'Hộ tịch']);
    expect(tableProcedures('ds.csv', rows)![0]!.field).toBe('Hộ tịch');
  });
  it('skips a column-number row and the header repeated on a new page', () => {
    const rows = table(H, ['1', '2', '3', '4'], ['1', '1.001193', 'Đăng ký khai sinh', 'Hộ tịch'], H, ['2', '1.000894', 'Đăng ký kết hôn', 'Hộ tịch']);
    expect(codes(tableProcedures('ds.csv', rows))).toEqual([
      ['1.001193', 'Đăng ký khai sinh'],
      ['1.000894', 'Đăng ký kết hôn'],
    ]);
  });
  it("makes a line typed in a one-line cell (Alt+Enter, Word's vertical tab) a space, and keeps it in a note", () => {
    const rows = table([...H, 'Phí, lệ phí'], ['1', '1.001193', 'Đăng ký\nkhai sinh', 'Hộ\r\ntịch', 'Lệ phí\v8.000 đồng\u0007']);
    const [p] = tableProcedures('ds.xlsx', rows)!;
    expect(p).toMatchObject({ name: 'Đăng ký khai sinh', field: 'Hộ tịch', fees: [{ note: 'Lệ phí\n8.000 đồng' }] });
  });
  it('remembers each row for messages, without writing it', () => {
    const [p] = tableProcedures('ds.csv', table(['Danh mục'], H, ['1', '1.001193', 'Đăng ký khai sinh', 'Hộ tịch']))!;
    expect(p![SOURCE_ROW]).toBe('dòng 3, cột B');
    expect(Object.keys(p!)).not.toContain(String(SOURCE_ROW));
  });
  it('refuses a cell with an error or no result, and text typed in a TCVN3 font, naming row and column', () => {
    const rows: TableRow[] = [
      { number: 1, cells: H },
      { number: 2, cells: ['1', '1.001193', '', 'Hộ tịch'], flaws: new Map([[2, '#N/A']]) },
      { number: 3, cells: ['2', '2.000815', 'Chøng thùc b¶n sao tõ b¶n chÝnh', 'Chøng thùc'] },
      { number: 4, cells: ['3', '1.000894', 'Đăng ký kết hôn', 'Hộ tịch'], flaws: new Map([[0, '#REF!']]) },
    ];
    expect(() => tableProcedures('ds.xlsx', rows)).toThrow(
      /ds\.xlsx có 2 ô không đọc được[\s\S]*dòng 2, cột C \("Tên thủ tục hành chính"\): #N\/A\n[\s\S]*dòng 3, cột C .*phông chữ cũ/,
    );
  });
  it('names columns as Excel does', () => {
    expect([0, 1, 25, 26, 27, 701, 702].map(columnLetter)).toEqual(['A', 'B', 'Z', 'AA', 'AB', 'ZZ', 'AAA']);
  });
});

describe('codes as provinces write them', () => {
  it("takes spaces, a trailing dot and the national portal's full code", () => {
    expect(['1.001193 ', ' 1. 001193', '1.001193.', '1.001193.000.00.00.H12', '2.000986.000.00.00.h56'].map(tableCode)).toEqual([
      '1.001193',
      '1.001193',
      '1.001193',
      '1.001193',
      '2.000986',
    ]);
  });
  it('leaves anything else as written, so the import refuses it', () => {
    expect(['LĨNH VỰC HỘ TỊCH', '1.00119', '1.001193.000.00.00', '../../../x'].map(tableCode)).toEqual([
      'LĨNH VỰC HỘ TỊCH',
      '1.00119',
      '1.001193.000.00.00',
      '../../../x',
    ]);
  });
});

describe('one code listed twice', () => {
  it('is refused with both rows, nothing planned', () => {
    const row = (code: string, name: string, where: string) => Object.defineProperty({ code, name } as Imported, SOURCE_ROW, { value: where });
    expect(() =>
      planImport({
        source: 'ds.xlsx',
        imported: [
          row('1.001193', 'Đăng ký khai sinh', 'dòng 2, cột B'),
          row('1.000894', 'Đăng ký kết hôn', 'dòng 3, cột B'),
          row('1.001193', 'Đăng ký khai sinh (liên thông)', 'dòng 9, cột B'),
        ],
        existing: new Map(),
        dir: '/tmp/noi-dung/procedures',
        today: '2026-03-01',
        markAbolished: false,
        show: (p) => p,
        exists: () => false,
      }),
    ).toThrow(/1 mã thủ tục có ở hơn một dòng[\s\S]*Mã 1\.001193: dòng 2, cột B "Đăng ký khai sinh"; dòng 9, cột B "Đăng ký khai sinh \(liên thông\)"/);
  });
});

describe('reading workbooks and CSV files as provinces save them', () => {
  const dir = mkdtempSync(join(tmpdir(), 'cchc-table-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const workbook = async (name: string, fill: (wb: ExcelJS.Workbook) => void) => {
    const wb = new ExcelJS.Workbook();
    fill(wb);
    const file = join(dir, name);
    await wb.xlsx.writeFile(file);
    return file;
  };
  const list = (sheet: ExcelJS.Worksheet, ...rows: unknown[][]) => {
    sheet.addRow(H);
    for (const r of rows) sheet.addRow(r);
  };

  it('never reads a hidden sheet', async () => {
    const file = await workbook('an.xlsx', (wb) => {
      const old = wb.addWorksheet('Cũ');
      old.state = 'hidden';
      list(old, [1, '1.999999', 'Thủ tục của danh mục cũ', 'Cũ']);
      list(wb.addWorksheet('Danh mục'), [1, '1.001193', 'Đăng ký khai sinh', 'Hộ tịch']);
    });
    expect(codes(await readProcedureSource(file))).toEqual([['1.001193', 'Đăng ký khai sinh']]);
  });
  it('refuses a workbook whose several visible sheets are lists, naming them', async () => {
    const file = await workbook('hai-trang.xlsx', (wb) => {
      list(wb.addWorksheet('Cấp tỉnh'), [1, '1.234567', 'Thủ tục cấp tỉnh', 'Đất đai']);
      list(wb.addWorksheet('Cấp xã'), [1, '1.001193', 'Đăng ký khai sinh', 'Hộ tịch']);
    });
    await expect(readProcedureSource(file)).rejects.toThrow(/hai-trang\.xlsx có 2 trang tính đều là danh mục thủ tục \("Cấp tỉnh", "Cấp xã"\)/);
  });
  it('reads a code stored as a number as the sheet shows it, and refuses one that lost its last zero', async () => {
    const shown = await workbook('so.xlsx', (wb) => {
      const sheet = wb.addWorksheet('Danh mục');
      list(
        sheet,
        [1, 1.00119, 'Thủ tục mã tận cùng bằng 0', 'Hộ tịch'],
        [2, 2.00098600000001, 'Liên thông khai sinh', 'Hộ tịch'],
        [3, 'x', 'Chứng thực', new Date('2025-07-01T00:00:00Z')],
      );
      sheet.getCell('B2').numFmt = '0.000000';
    });
    expect((await readProcedureSource(shown)).map((p) => [p.code, p.field])).toEqual([
      ['1.001190', 'Hộ tịch'],
      ['2.000986', 'Hộ tịch'],
      ['x', '01/07/2025'],
    ]);
    const lost = await workbook('mat-so-0.xlsx', (wb) => list(wb.addWorksheet('Danh mục'), [1, 1.00119, 'Thủ tục mã tận cùng bằng 0', 'Hộ tịch']));
    const imported = await readProcedureSource(lost);
    expect(() =>
      planImport({
        source: 'mat-so-0.xlsx',
        imported,
        existing: new Map(),
        dir: '/tmp/p',
        today: '2026-03-01',
        markAbolished: false,
        show: (p) => p,
        exists: () => false,
      }),
    ).toThrow(/dòng 2, cột B: Mã "1\.00119"/);
  });
  it('refuses an error value and a formula without a result instead of importing "[object Object]" or dropping the row', async () => {
    const file = await workbook('loi.xlsx', (wb) =>
      list(
        wb.addWorksheet('Danh mục'),
        [1, '1.001193', { formula: 'VLOOKUP(B2,X!A:B,2,0)', result: { error: '#N/A' } }, 'Hộ tịch'],
        [2, { formula: '"1.000894"' }, 'Đăng ký kết hôn', 'Hộ tịch'],
        [3, '2.000815', 'Chứng thực', { error: '#REF!' }],
      ),
    );
    await expect(readProcedureSource(file)).rejects.toThrow(
      /có 3 ô không đọc được[\s\S]*dòng 2, cột C \("Tên thủ tục hành chính"\): #N\/A[\s\S]*dòng 3, cột B \("Mã TTHC"\): công thức ="1\.000894" chưa có kết quả[\s\S]*dòng 4, cột D \("Lĩnh vực"\): #REF!/,
    );
  });
  it('reads a CSV Excel saved with semicolons, as it does on a Vietnamese Windows', async () => {
    const file = join(dir, 'cham-phay.csv');
    writeFileSync(file, '\ufeffSTT;Mã TTHC;Tên thủ tục hành chính;Phí, lệ phí\r\n1;1.001193;"Đăng ký khai sinh; ""lưu động""";8.000 đồng\r\n');
    expect((await readProcedureSource(file)).map((p) => [p.code, p.name, p.fees])).toEqual([
      ['1.001193', 'Đăng ký khai sinh; "lưu động"', [{ name: 'Phí, lệ phí', amount: 8000, note: '8.000 đồng' }]],
    ]);
  });
  it('refuses a CSV in TCVN3 as an unknown encoding, not as "not a list"', async () => {
    const file = join(dir, 'tcvn3.csv');
    // "STT,Mã TTHC,Tên thủ tục hành chính" and "Chứng thực bản sao từ bản chính" in TCVN3 bytes.
    writeFileSync(
      file,
      Buffer.from('STT,M\xb7 TTHC,T\xaan th\xf1 t\xf4c h\xb5nh ch\xddnh\r\n1,2.000815,Ch\xf8ng th\xefc b\xb6n sao t\xe2 b\xb6n ch\xddnh\r\n', 'latin1'),
    );
    await expect(readProcedureSource(file)).rejects.toThrow(/tcvn3\.csv không lưu ở bảng mã nhận ra được/);
  });
});
