/** Import round trip through the real command: import, edit the body, re-import. */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const dir = mkdtempSync(join(tmpdir(), 'cchc-import-'));
cpSync('tests/fixtures/chau-thanh-2024', dir, { recursive: true });
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const run = (...args: string[]) =>
  spawnSync(process.execPath, ['bin/cchc.mjs', 'import', ...args, '--content', dir], {
    encoding: 'utf8',
    env: { ...process.env, CCHC_TODAY: '2024-07-01' },
  });
const check = () => spawnSync(process.execPath, ['bin/cchc.mjs', 'check', '--content', dir], { encoding: 'utf8', env: { ...process.env, CCHC_TODAY: '2024-12-31' } });
const birth = join(dir, 'procedures/dang-ky-khai-sinh.md');
const source = join(dir, 'goi.json');
const national = JSON.parse(readFileSync('tests/fixtures/import/goi-du-lieu-quoc-gia.json', 'utf8'));

describe('npm run import:procedures', () => {
  it('updates a known code, adds a new one and reports the missing one', () => {
    writeFileSync(source, JSON.stringify(national));
    const { status, stdout } = run(source);
    expect(status).toBe(0);
    expect(stdout).toMatch(/~ Cập nhật .*dang-ky-khai-sinh\.md \(1\.001193\): .*processingTime/);
    expect(stdout).toMatch(/\+ Thêm mới .*chung-thuc-chu-ky-trong-cac-giay-to-van-ban.*\.md \(2\.000884/);
    expect(stdout).toMatch(/\? .*chung-thuc-ban-sao-tu-ban-chinh\.md \(2\.000815\) không có trong danh sách mới/);
    expect(check().status, check().stdout).toBe(0);
  });

  it('keeps the body a clerk wrote and updates the fields on re-import', () => {
    writeFileSync(birth, `${readFileSync(birth, 'utf8')}\nĐoạn hướng dẫn do cán bộ xã viết thêm.\n`);
    national[0].CACHTHUCTHUCHIEN[0].THOIGIAN[0].THOIGIANGIAIQUYET = '01 ngày làm việc';
    writeFileSync(source, JSON.stringify(national));
    const { stdout } = run(source);
    expect(stdout).toMatch(/~ Cập nhật .*dang-ky-khai-sinh\.md \(1\.001193\): processingTime$/m);
    const text = readFileSync(birth, 'utf8');
    expect(text).toContain('Đoạn hướng dẫn do cán bộ xã viết thêm.');
    expect(text).toMatch(/^processingTime: 01 ngày làm việc/m);
  });

  it('is idempotent: the same list again changes no file', () => {
    const before = readFileSync(birth, 'utf8');
    const { stdout } = run(source);
    expect(stdout).toContain('= Không đổi: 2 thủ tục.');
    expect(stdout).not.toMatch(/^\s*[+~] /m);
    expect(readFileSync(birth, 'utf8')).toBe(before);
  });

  it('marks a procedure missing from the list as abolished only when asked', () => {
    const { stdout } = run(source, '--mark-abolished');
    expect(stdout).toMatch(/- Đánh dấu đã bãi bỏ: .*chung-thuc-ban-sao-tu-ban-chinh\.md \(2\.000815\)/);
    const text = readFileSync(join(dir, 'procedures/chung-thuc-ban-sao-tu-ban-chinh.md'), 'utf8');
    expect(text).toMatch(/status:\n {2}state: abolished\n {2}since: "?2024-07-01"?/);
    expect(check().status).toBe(0);
  });

  it('imports a provincial CSV and lists what the new files still need', () => {
    const { stdout } = run('tests/fixtures/import/danh-muc-tthc-cap-xa.csv');
    expect(stdout).toMatch(
      /\+ Thêm mới .*dang-ky-ket-hon\.md \(1\.000894 Đăng ký kết hôn\); chưa có: thành phần hồ sơ, trình tự thực hiện, đối tượng thực hiện, kết quả$/m,
    );
    expect(check().stdout).toContain('dang-ky-ket-hon.md');
  });

  const snapshot = () =>
    Object.fromEntries(
      readdirSync(dir, { recursive: true, encoding: 'utf8' })
        .sort()
        .map((f) => [f, statSync(join(dir, f)).isFile() ? readFileSync(join(dir, f), 'utf8') : '']),
    );

  it.each([
    ['cat-ngang.json', [], /cat-ngang\.json không phải JSON hợp lệ/],
    ['khong-phai-bang-tinh.xlsx', [], /khong-phai-bang-tinh\.xlsx không phải bảng tính Excel/],
    ['trong.csv', [], /trong\.csv trống/],
    ['bang-ma-la.csv', [], /bang-ma-la\.csv không lưu ở bảng mã nhận ra được/],
    ['ma-sai.csv', [], /ma-sai\.csv có 2 mã thủ tục sai dạng/],
    ['danh-sach-can-bo.csv', ['--mark-abolished'], /Không nhận ra .*danh-sach-can-bo\.csv là danh mục thủ tục/],
    ['tinh-khac.csv', ['--mark-abolished'], /Không đánh dấu bãi bỏ: không thủ tục nào trong .*tinh-khac\.csv/],
  ])('refuses %s %s with one Vietnamese message, exit 1 and no file written', (name, flags, message) => {
    const before = snapshot();
    const { status, stderr, stdout } = run(`tests/fixtures/import/${name}`, ...flags);
    expect(status).toBe(1);
    expect(stderr).toMatch(message);
    expect(stderr + stdout).not.toMatch(/\bat .*:\d+:\d+|Error:|Unexpected|Invalid/);
    expect(snapshot()).toEqual(before);
  });

  it('refuses a huge file without reading it', () => {
    const huge = join(dir, 'khong-lo.csv');
    writeFileSync(huge, '');
    truncateSync(huge, 200 * 1024 * 1024);
    const { status, stderr } = run(huge);
    rmSync(huge);
    expect(status).toBe(1);
    expect(stderr).toMatch(/khong-lo\.csv quá lớn \(200 MB; tối đa 100 MB\)/);
  });

  it('imports a list Excel saved in Windows-1258', () => {
    const { status, stdout } = run('tests/fixtures/import/windows-1258.csv');
    expect(status).toBe(0);
    expect(stdout).toContain('Nhập từ tests/fixtures/import/windows-1258.csv: 2 thủ tục.');
  });

  it('explains usage when the file is missing', () => {
    expect(run('khong-co.json').stderr).toContain('Không tìm thấy tệp khong-co.json');
  });
});
