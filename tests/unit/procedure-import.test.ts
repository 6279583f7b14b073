import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { confinedPath, planImport } from '../../src/lib/import-plan.ts';
import {
  fromNationalRecord,
  fromTableRow,
  headerField,
  ImportError,
  levelFromText,
  markAbolished,
  mergeProcedure,
  statusFromText,
  withDetail,
  type Imported,
} from '../../src/lib/procedure-import.ts';
import { decodeText } from '../../src/lib/text-encoding.ts';
import { procedureSchema } from '../../src/schemas/procedure.ts';
import { readProcedureSource } from '../../src/readers/procedure-sources.ts';

const national = JSON.parse(readFileSync('tests/fixtures/import/goi-du-lieu-quoc-gia.json', 'utf8'));

describe('national data package mapping', () => {
  const birth = fromNationalRecord(national[0]);
  const signature = fromNationalRecord(national[1]);

  it('maps identity, level and field', () => {
    expect(birth).toMatchObject({ code: '1.001193', name: 'Đăng ký khai sinh', field: 'Hộ tịch', level: 'commune' });
  });
  it('maps channels 1/2/3 and the stated online level', () => {
    expect(birth.channels).toEqual({ inPerson: true, online: 'full', postal: true });
    expect(signature.channels).toEqual({ inPerson: true, online: 'none', postal: false });
  });
  it('maps time and fees, with amounts written "10.000"', () => {
    expect(signature.processingTime).toBe('Trong ngày (hoặc ngày làm việc tiếp theo nếu tiếp nhận sau 15 giờ)');
    expect(signature.fees).toEqual([{ name: 'Phí chứng thực chữ ký', amount: 10000 }]);
    expect(birth.fees).toEqual([{ name: 'Lệ phí đăng ký khai sinh đúng hạn', amount: 0 }]);
  });
  it('reads a record that describes its channels and names no fee as free (an empty list), not as fees unknown', () => {
    const channels = (national[0].CACHTHUCTHUCHIEN as { THOIGIAN: Record<string, unknown>[] }[]).map((c) => ({
      ...c,
      THOIGIAN: c.THOIGIAN.map(({ PHILEPHI: _, ...t }) => t),
    }));
    expect(fromNationalRecord({ ...national[0], CACHTHUCTHUCHIEN: channels }).fees).toEqual([]);
    expect(fromNationalRecord({ ...national[0], CACHTHUCTHUCHIEN: [] }).fees).toBeUndefined();
  });
  it('maps documents with originals, copies and forms, and steps per case', () => {
    expect(birth.cases).toEqual([
      {
        documents: [
          { name: 'Tờ khai đăng ký khai sinh', originals: 1, copies: 0, form: 'Mẫu Tờ khai đăng ký khai sinh (Thông tư số 04/2024/TT-BTP)' },
          { name: 'Giấy chứng sinh do cơ sở y tế cấp', originals: 1, copies: 0 },
        ],
        steps: expect.arrayContaining([expect.stringMatching(/^Người đi đăng ký nộp hồ sơ/)]),
      },
    ]);
  });
  it('maps legal basis with dates in ISO form, the decision and related codes', () => {
    expect((birth.legalBasis as unknown[])[0]).toEqual({
      number: '60/2014/QH13',
      title: 'Luật Hộ tịch',
      issuer: 'Quốc hội',
      date: '2014-11-20',
      effective: '2016-01-01',
    });
    expect(birth.decision).toEqual({ number: '1521/QĐ-UBND', issuer: 'Ủy ban nhân dân tỉnh Quảng Ninh', date: '2023-06-15' });
    expect(birth.related).toEqual(['2.000986']);
    expect(signature.applicants).toEqual(['Công dân Việt Nam', 'Người nước ngoài']);
    expect(signature.conditions).toEqual(['Người yêu cầu chứng thực phải ký trước mặt người thực hiện chứng thực.']);
  });
  it('yields a procedure that passes our schema once dated', () => {
    const { data } = mergeProcedure(undefined, birth, '2024-06-30');
    expect(procedureSchema.safeParse(data).success).toBe(true);
  });
});

describe('provincial table mapping', () => {
  it('recognises Vietnamese headers however they are written', () => {
    expect(headerField('Tên thủ tục')).toBe('name');
    expect(headerField('TÊN THỦ TỤC HÀNH CHÍNH')).toBe('name');
    expect(headerField('Mã TTHC')).toBe('code');
    expect(headerField('Phí, lệ phí')).toBe('fee');
    expect(headerField('Thời hạn giải quyết')).toBe('processingTime');
    expect(headerField('Ghi chú')).toBeUndefined();
  });
  it('maps a row: free fee, channels from text', () => {
    const row = fromTableRow({
      'Mã thủ tục': '1.000656',
      'Tên thủ tục': 'Đăng ký khai tử',
      'Lĩnh vực': 'Hộ tịch',
      'Phí, lệ phí': 'Miễn lệ phí',
      'Cách thức thực hiện': 'Trực tiếp; Trực tuyến toàn trình; Bưu chính công ích',
    });
    expect(row).toMatchObject({
      code: '1.000656',
      name: 'Đăng ký khai tử',
      field: 'Hộ tịch',
      fees: [{ name: 'Phí, lệ phí', amount: 0 }],
      channels: { inPerson: true, online: 'full', postal: true },
    });
  });
  it('keeps a fee that is not a single amount as a note', () => {
    expect(fromTableRow({ 'Tên thủ tục': 'X', 'Phí, lệ phí': '2.000 đồng/trang; từ trang thứ ba 1.000 đồng/trang' }).fees).toEqual([
      { name: 'Phí, lệ phí', note: '2.000 đồng/trang; từ trang thứ ba 1.000 đồng/trang' },
    ]);
  });
  it('reads CSV and XLSX (header below a title row) to the same procedures', async () => {
    const csv = await readProcedureSource('tests/fixtures/import/danh-muc-tthc-cap-xa.csv');
    const xlsx = await readProcedureSource('tests/fixtures/import/danh-muc-tthc-cap-xa.xlsx');
    expect(csv.map((p) => p.code)).toEqual(['1.000894', '1.000656', '2.000815']);
    expect(xlsx).toEqual(csv);
  });
});

describe('a province list as exported from the national database', () => {
  it('recognises its headers', () => {
    expect(['STT', 'Mã TTHC', 'Tên TTHC', 'Lĩnh vực', 'Đối tượng thực hiện', 'Cơ quan công khai', 'Cấp thực hiện', 'Tình trạng', 'QĐ công bố'].map(headerField)).toEqual([
      undefined,
      'code',
      'name',
      'field',
      'applicants',
      'publisher',
      'levelText',
      'statusText',
      'decisionText',
    ]);
  });
  it.each([
    ['Cấp Xã', 'commune'],
    ['Cấp Tỉnh, Cấp Xã', 'commune'],
    ['Cấp xã/phường', 'commune'],
    ['cấp tỉnh', 'province'],
    ['Cấp Huyện', 'district'],
    ['Cấp Trung ương', 'ministry'],
    ['', undefined],
  ])('reads the level "%s" as %s', (text, level) => {
    expect(levelFromText(text)).toBe(level);
  });
  it.each([
    ['Còn hiệu lực', 'in-force'],
    ['Đang hiệu lực', 'in-force'],
    ['Bãi bỏ', 'abolished'],
    ['Hết hiệu lực', 'abolished'],
    ['Sửa đổi, bổ sung', 'amended'],
    ['', undefined],
  ])('reads the status "%s" as %s', (text, state) => {
    expect(statusFromText(text)).toBe(state);
  });
  it('maps a row to identity, level, status and the publishing decision', () => {
    expect(
      fromTableRow({
        STT: '7',
        'Mã TTHC': '1.000894',
        'Tên TTHC': 'Đăng ký kết hôn',
        'Lĩnh vực': 'Hộ tịch',
        'Đối tượng thực hiện': 'Công dân Việt Nam; Người nước ngoài',
        'Cơ quan công khai': 'Ủy ban nhân dân tỉnh Minh Họa',
        'Cấp thực hiện': 'Cấp Tỉnh, Cấp Xã',
        'Tình trạng': 'Bãi bỏ',
        'QĐ công bố': '1000/QĐ-UBND',
      }),
    ).toEqual({
      code: '1.000894',
      name: 'Đăng ký kết hôn',
      field: 'Hộ tịch',
      level: 'commune',
      applicants: ['Công dân Việt Nam', 'Người nước ngoài'],
      decision: { number: '1000/QĐ-UBND', issuer: 'Ủy ban nhân dân tỉnh Minh Họa' },
      status: { state: 'abolished' },
    });
  });
  it('finds the header under the title block and skips merged field headings', async () => {
    const read = await readProcedureSource('tests/fixtures/import/danh-muc-tinh-2026.xlsx');
    expect(read[0]).toMatchObject({ code: '1.001193', name: 'Đăng ký khai sinh' });
    expect(read.filter((p) => !p.code || /Lĩnh vực/.test(p.name))).toEqual([]);
    expect(await readProcedureSource('tests/fixtures/import/danh-muc-tinh-2026.csv')).toEqual(read);
  });
  it('lets the list decide identity and the package fill detail', () => {
    const birth = fromNationalRecord(national[0]);
    const row = { code: '1.001193', name: 'Đăng ký khai sinh (tên theo danh mục tỉnh)', field: 'Hộ tịch', level: 'commune', decision: { number: '1521/QĐ-UBND' } };
    const merged = withDetail(row, birth);
    expect(merged).toMatchObject({ name: row.name, processingTime: birth.processingTime, cases: birth.cases });
    // The package's decision says more (issuer, date) than the list's number alone: it is kept.
    expect(merged.decision).toEqual(birth.decision);
    expect(withDetail(row, undefined)).toBe(row);
    expect(withDetail({ ...row, decision: { number: '99/QĐ-UBND' } }, birth).decision).toEqual({ number: '99/QĐ-UBND' });
  });
});

describe('merging into an existing file', () => {
  const existing = { code: '1.000656', name: 'Đăng ký khai tử', summary: 'Do cán bộ viết', field: 'Hộ tịch', updated: '2024-01-01' };
  it('updates only the imported fields that changed and keeps the rest', () => {
    const { data, changed } = mergeProcedure(existing, { code: '1.000656', name: 'Đăng ký khai tử', field: 'Hộ tịch và chứng thực' }, '2024-06-30');
    expect(changed).toEqual(['field']);
    expect(data).toMatchObject({ summary: 'Do cán bộ viết', field: 'Hộ tịch và chứng thực', updated: '2024-06-30' });
  });
  it('changes nothing, not even the date, when the source says the same', () => {
    const { data, changed } = mergeProcedure(existing, { code: '1.000656', name: 'Đăng ký khai tử' }, '2024-06-30');
    expect(changed).toEqual([]);
    expect(data.updated).toBe('2024-01-01');
  });
  it('ignores key order when comparing', () => {
    const fees = [{ amount: 0, name: 'Lệ phí' }];
    expect(mergeProcedure({ ...existing, fees }, { code: '1.000656', name: 'Đăng ký khai tử', fees: [{ name: 'Lệ phí', amount: 0 }] }, '2024-06-30').changed).toEqual([]);
  });
  it('keeps what an existing field says beyond the source (a status date, a decision date)', () => {
    const dated = { ...existing, status: { state: 'abolished', since: '2025-07-01' }, decision: { number: '1/QĐ', date: '2025-06-01' } };
    expect(
      mergeProcedure(dated, { code: '1.000656', name: 'Đăng ký khai tử', status: { state: 'abolished' }, decision: { number: '1/QĐ' } }, '2026-01-05').changed,
    ).toEqual([]);
    const reinstated = mergeProcedure(dated, { code: '1.000656', name: 'Đăng ký khai tử', status: { state: 'in-force' } }, '2026-01-05');
    expect(reinstated.changed).toEqual(['status']);
    expect(reinstated.data.status).toEqual({ state: 'in-force' });
  });
  it('starts a new file from what the source says, with no blanks to fill', () => {
    const { data } = mergeProcedure(undefined, { code: '1.000894', name: 'Đăng ký kết hôn', field: 'Hộ tịch' }, '2026-01-05');
    expect(data).toEqual({ code: '1.000894', name: 'Đăng ký kết hôn', field: 'Hộ tịch', level: 'commune', status: { state: 'in-force' }, updated: '2026-01-05' });
    expect(procedureSchema.safeParse(data).success).toBe(true);
  });
  it('marks a procedure abolished with the date', () => {
    expect(markAbolished(existing, '2024-06-30')).toMatchObject({ status: { state: 'abolished', since: '2024-06-30' }, updated: '2024-06-30' });
  });
});

describe('reading a list the clerk chose', () => {
  const at = (name: string) => `tests/fixtures/import/${name}`;
  const codes = ['1.000894', '1.000656'];

  it.each(['utf-8-bom.csv', 'utf-16.csv', 'windows-1258.csv'])('reads %s to the same procedures as UTF-8', async (name) => {
    const utf8 = await readProcedureSource(at('danh-muc-tthc-cap-xa.csv'));
    const read = await readProcedureSource(at(name));
    expect(read.map((p) => p.code)).toEqual(codes);
    expect(read).toEqual(utf8.slice(0, 2));
  });

  it.each([
    ['trong.csv', /^Tệp .*trong\.csv trống/],
    ['cat-ngang.json', /^Tệp .*cat-ngang\.json không phải JSON hợp lệ \(có thể bị tải về thiếu/],
    ['khong-phai-bang-tinh.xlsx', /^Tệp .*khong-phai-bang-tinh\.xlsx không phải bảng tính Excel/],
    ['bang-ma-la.csv', /^Tệp .*bang-ma-la\.csv không lưu ở bảng mã nhận ra được/],
    ['danh-sach-can-bo.csv', /^Không nhận ra .*danh-sach-can-bo\.csv là danh mục thủ tục/],
    ['site.yaml', /^Tệp .*site\.yaml không phải loại nhận được/],
  ])('refuses %s in Vietnamese, naming the file', async (name, message) => {
    await expect(readProcedureSource(at(name))).rejects.toThrow(ImportError);
    await expect(readProcedureSource(at(name))).rejects.toThrow(message);
  });

  it('refuses a JSON that holds no procedure records', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cchc-source-'));
    writeFileSync(join(dir, 'cau-hinh.json'), JSON.stringify({ items: [{ ten: 'không phải thủ tục' }] }));
    await expect(readProcedureSource(join(dir, 'cau-hinh.json'))).rejects.toThrow(/Không nhận ra .*cau-hinh\.json/);
    rmSync(dir, { recursive: true });
  });

  it('refuses a file larger than the limit before reading it', async () => {
    await expect(readProcedureSource(at('danh-muc-tthc-cap-xa.csv'), 512)).rejects.toThrow(/danh-muc-tthc-cap-xa\.csv quá lớn/);
  });
});

describe('text encodings', () => {
  const vi = 'Đăng ký khai sinh';
  it('takes UTF-8 with or without a byte-order mark', () => {
    expect(decodeText(Buffer.from(vi))).toEqual({ ok: true, text: vi, encoding: 'utf-8' });
    expect(decodeText(Buffer.from(`\ufeff${vi}`))).toEqual({ ok: true, text: vi, encoding: 'utf-8' });
  });
  it('takes UTF-16 and Windows-1258 only where legacy files are allowed, and names them otherwise', () => {
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(vi, 'utf16le')]);
    const cp1258 = readFileSync('tests/fixtures/import/windows-1258.csv');
    expect(decodeText(utf16, { legacy: true })).toMatchObject({ ok: true, text: vi });
    expect(decodeText(utf16)).toEqual({ ok: false, guess: 'utf-16le' });
    expect(decodeText(cp1258, { legacy: true })).toMatchObject({ ok: true, encoding: 'windows-1258' });
    expect(decodeText(cp1258)).toEqual({ ok: false, guess: 'windows-1258' });
  });
  it('refuses bytes that read as neither', () => {
    expect(decodeText(Buffer.from([0x4d, 0x81, 0x01, 0xff]), { legacy: true })).toEqual({ ok: false });
  });
});

describe('planning an import', () => {
  const dir = '/tmp/noi-dung/procedures';
  const existing = new Map([['1.000656', { path: `${dir}/dang-ky-khai-tu.md`, data: { code: '1.000656', name: 'Đăng ký khai tử' }, body: '' }]]);
  const plan = (imported: Imported[], markAbolished = false) =>
    planImport({ source: 'ds.csv', imported, existing, dir, today: '2024-07-01', markAbolished, show: (p) => p, exists: () => false });

  it('confines every file to the procedures folder', () => {
    expect(confinedPath(dir, 'dang-ky')).toBe(`${dir}/dang-ky.md`);
    for (const name of ['../../../x', '../x', 'a/b', 'a\\b', 'x\0y', '..', '.', '', '/etc/passwd']) expect(confinedPath(dir, name)).toBeUndefined();
  });
  it('refuses malformed codes before planning any write, listing each', () => {
    expect(() =>
      plan([
        { code: '1.000894', name: 'Đăng ký kết hôn' },
        { code: '../../../x', name: '' },
      ]),
    ).toThrow(/có 1 mã thủ tục sai dạng[\s\S]*Mã "\.\.\/\.\.\/\.\.\/x"/);
  });
  it('refuses --mark-abolished when the list matches no existing procedure', () => {
    expect(() => plan([{ code: '9.999991', name: 'Thủ tục tỉnh khác' }], true)).toThrow(/Không đánh dấu bãi bỏ: không thủ tục nào trong ds\.csv trùng mã/);
    expect(plan([{ code: '9.999991', name: 'Thủ tục tỉnh khác' }]).writes.map((w) => w.path)).toEqual([`${dir}/thu-tuc-tinh-khac.md`]);
  });
  it('writes only commune-level procedures and counts the others', () => {
    const { writes, lines } = plan([
      { code: '1.000001', name: 'Của xã', level: 'commune' },
      { code: '1.000002', name: 'Của tỉnh', level: 'province' },
      { code: '1.000003', name: 'Không ghi cấp' },
    ]);
    expect(writes.map((w) => w.path)).toEqual([`${dir}/cua-xa.md`, `${dir}/khong-ghi-cap.md`]);
    expect(lines.join('\n')).toContain('Bỏ qua 1 thủ tục không thực hiện ở cấp xã');
  });
  it('fills detail only for listed codes and adds none from the package', () => {
    const detail = {
      source: 'goi.json',
      records: new Map([
        ['1.000001', { code: '1.000001', name: 'Gói', processingTime: '03 ngày' }],
        ['1.000009', { code: '1.000009', name: 'Chỉ trong gói' }],
      ]),
    };
    const { writes, lines } = planImport({
      source: 'ds.csv',
      imported: [{ code: '1.000001', name: 'Của xã' }],
      existing,
      dir,
      today: '2024-07-01',
      markAbolished: false,
      detail,
      show: (p) => p,
      exists: () => false,
    });
    expect(writes.map((w) => [w.path, w.data.name, w.data.processingTime])).toEqual([[`${dir}/cua-xa.md`, 'Của xã', '03 ngày']]);
    expect(lines.join('\n')).toContain('Chi tiết từ goi.json: 1 thủ tục có trong danh mục; 1 thủ tục trong gói không có trong danh mục nên không thêm.');
  });
  it('never plans two new procedures into one file', () => {
    const { writes, lines } = plan([
      { code: '1.000001', name: 'Cùng tên' },
      { code: '1.000002', name: 'Cùng tên' },
    ]);
    expect(writes).toHaveLength(1);
    expect(lines.join('\n')).toContain('Bỏ qua mã 1.000002');
  });
});
