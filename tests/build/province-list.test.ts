/**
 * The province's published list at the scale of 2026 (issue 14): importing
 * tests/fixtures/import/danh-muc-tinh-2026.xlsx into an empty commune writes
 * exactly its commune-level rows, cell for cell (the sheet read back with the
 * same library, ExcelJS); a second run writes nothing; the national package
 * fills only the detail of listed procedures; `check` warns, per procedure,
 * what is missing, without failing; and one build publishes a page for each,
 * list-only pages saying what is not published and where to ask.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import { procedureUi } from '../../src/i18n/vi.ts';
import { parseMarkdown } from '../../src/readers/front-matter.ts';
import { BUILDS, buildCommune, buildEnv } from '../support/build.ts';
import { BuiltSite } from '../support/dist.ts';
import { listPageWeights } from '../support/list-pages.ts';
import { communeCopy, PROVINCE_LIST } from '../support/province-list.ts';

const LIST = PROVINCE_LIST.sheet;
const PACKAGE = 'tests/fixtures/import/goi-du-lieu-quoc-gia.json';
const { dir, remove } = communeCopy();
const out = resolve(BUILDS, 'province-list');
afterAll(remove);

const cchc = (...args: string[]) =>
  spawnSync(process.execPath, ['bin/cchc.mjs', ...args, '--content', dir], { encoding: 'utf8', env: buildEnv({ CCHC_TODAY: PROVINCE_LIST.today }) });
const procedures = () =>
  Object.fromEntries(
    readdirSync(join(dir, 'procedures'))
      .sort()
      .map((f) => [f, readFileSync(join(dir, 'procedures', f), 'utf8')]),
  );
type Written = {
  code: string;
  name: string;
  field: string;
  level: string;
  applicants?: string[];
  decision?: { number: string; issuer?: string };
  status: { state: string };
  processingTime?: string;
};
const byCode = () =>
  new Map(Object.entries(procedures()).map(([file, text]) => [(parseMarkdown(text)!.data as Written).code, { file, data: parseMarkdown(text)!.data as Written }]));

/** The sheet's rows under its header, by the header's own words: the test's reading, not the importer's. */
async function sheetRows(): Promise<Record<string, string>[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(LIST);
  const sheet = workbook.worksheets[0]!;
  const rows: string[][] = [];
  sheet.eachRow((row) => rows.push(Array.from({ length: row.cellCount }, (_, i) => row.getCell(i + 1).text)));
  const at = rows.findIndex((r) => r.includes('Mã TTHC'));
  const header = rows[at]!;
  return rows
    .slice(at + 1)
    .map((r) => Object.fromEntries(header.map((h, i) => [h, r[i] ?? ''])))
    .filter((r) => /^\d\.\d{6}$/.test(r['Mã TTHC']!));
}
const COMMUNE = new Set(['Cấp Xã', 'Cấp Tỉnh, Cấp Xã', 'Cấp xã/phường']);
const STATE: Record<string, string> = { 'Còn hiệu lực': 'in-force', 'Bãi bỏ': 'abolished', 'Hết hiệu lực': 'abolished', 'Sửa đổi, bổ sung': 'amended' };

describe('a province list of 470 commune-level procedures', async () => {
  const rows = await sheetRows();
  const commune = rows.filter((r) => COMMUNE.has(r['Cấp thực hiện']!));

  it('has the shape the issue asks for', () => {
    expect(commune.length).toBeGreaterThanOrEqual(460);
    expect(rows.length - commune.length, 'rows of other levels').toBeGreaterThan(0);
    expect(commune.filter((r) => STATE[r['Tình trạng']!] === 'abolished').length, 'abolished rows').toBeGreaterThan(0);
  });

  it('imports exactly the commune-level rows, cell for cell', () => {
    const run = cchc('import', LIST);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toContain(`Bỏ qua ${rows.length - commune.length} thủ tục không thực hiện ở cấp xã`);
    const written = byCode();
    expect([...written.keys()].sort()).toEqual(commune.map((r) => r['Mã TTHC']).sort());
    for (const row of commune) {
      const { data } = written.get(row['Mã TTHC']!)!;
      expect(
        {
          name: data.name,
          field: data.field,
          level: data.level,
          applicants: data.applicants?.join('; '),
          publisher: data.decision?.issuer,
          decision: data.decision?.number,
          state: data.status.state,
        },
        row['Mã TTHC'],
      ).toEqual({
        name: row['Tên TTHC'],
        field: row['Lĩnh vực'],
        level: 'commune',
        applicants: row['Đối tượng thực hiện'],
        publisher: row['Cơ quan công khai'],
        decision: row['QĐ công bố'],
        state: STATE[row['Tình trạng']!],
      });
    }
  });

  it('reads the CSV twin to the same files: a second run writes nothing and says so', () => {
    const before = procedures();
    for (const source of [LIST, LIST.replace('.xlsx', '.csv')]) {
      const run = cchc('import', source);
      expect(run.status, run.stderr).toBe(0);
      expect(run.stdout).toContain(`= Không đổi: ${commune.length} thủ tục.`);
      expect(run.stdout).not.toMatch(/^\s*[+~-] /m);
    }
    expect(procedures()).toEqual(before);
  });

  it('fills detail from the national package only for listed codes, keeping the list’s identity', () => {
    const national = JSON.parse(readFileSync(PACKAGE, 'utf8')) as Record<string, unknown>[];
    // A commune-level record the province does not list: the package must not add it.
    const pkg = join(dir, 'goi.json');
    writeFileSync(pkg, JSON.stringify([...national, { ...national[0], MATTHC: '1.999990', TENTTHC: 'Thủ tục chỉ có trong gói' }]));
    const run = cchc('import', LIST, '--detail', pkg);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/Chi tiết từ .*goi\.json: 2 thủ tục có trong danh mục; 1 thủ tục trong gói không có trong danh mục nên không thêm/);
    const written = byCode();
    expect(written.has('1.999990')).toBe(false);
    expect(written.size).toBe(commune.length);
    const birth = written.get('1.001193')!.data;
    expect(birth.processingTime).toBeTruthy();
    const row = commune.find((r) => r['Mã TTHC'] === '1.001193')!;
    expect({ name: birth.name, field: birth.field, decision: birth.decision?.number }).toEqual({
      name: row['Tên TTHC'],
      field: row['Lĩnh vực'],
      decision: row['QĐ công bố'],
    });
    const again = cchc('import', LIST, '--detail', pkg);
    expect(again.stdout).toContain(`= Không đổi: ${commune.length} thủ tục.`);
    rmSync(pkg);
  });

  it('passes check with one warning per list-only procedure in force, naming what is missing', () => {
    const run = cchc('check');
    expect(run.status, run.stdout + run.stderr).toBe(0);
    expect(run.stdout).not.toMatch(/^LỖI/m);
    expect(run.stdout).toMatch(/Thủ tục 1\.000894 \(procedures\/dang-ky-ket-hon\.md\) chưa có: thành phần hồ sơ, trình tự thực hiện, thời hạn giải quyết, phí, lệ phí/);
    const warned = run.stdout.match(/Thủ tục \d\.\d{6} \(/g) ?? [];
    const inForce = commune.filter((r) => STATE[r['Tình trạng']!] !== 'abolished').length;
    // The birth registration got its detail from the package; what the package lacks is still named.
    expect(warned.length).toBeGreaterThanOrEqual(inForce - 2);
    expect(warned.length).toBeLessThanOrEqual(inForce);
  });

  it('builds a page for every procedure in one build; a list-only page says what is missing and where to ask', () => {
    const built = buildCommune(dir, out, { CCHC_TODAY: PROVINCE_LIST.today });
    expect(built.status, built.output).toBe(0);
    const site = new BuiltSite(out);
    const slugs = Object.keys(procedures()).map((f) => f.replace(/\.md$/, ''));
    const pages = slugs.filter((slug) => site.has(`/thu-tuc-hanh-chinh/${slug}/`));
    expect(pages.length).toBe(commune.length);
    expect(pages.length).toBeGreaterThanOrEqual(460);

    for (const path of ['/thu-tuc-hanh-chinh/dang-ky-ket-hon/', '/thu-tuc-hanh-chinh/dang-ky-ket-hon/ban-in/']) {
      const html = site.html(path);
      const page = site.page(path);
      const text = page.querySelector('main')!.textContent.replace(/\s+/g, ' ');
      expect(text, path).toContain('1.000894');
      expect(text, path).toContain('Thành phần hồ sơ của thủ tục này chưa được đăng ở đây.');
      expect(text, path).toContain('Trung tâm Phục vụ hành chính công xã Minh Họa');
      expect(html, path).not.toMatch(/undefined|NaN|\[object Object\]/);
      // No empty table, list or heading.
      expect(
        page.querySelectorAll('table').filter((t) => t.querySelectorAll('tbody tr').length === 0),
        path,
      ).toEqual([]);
      expect(
        page.querySelectorAll('ul, ol').filter((l) => l.querySelectorAll('li').length === 0),
        path,
      ).toEqual([]);
      for (const h of page.querySelectorAll('main h2, main h3')) {
        expect(h.textContent.trim(), path).not.toBe('');
        const next = h.nextElementSibling;
        expect(next && !/^H[23]$/.test(next.tagName), `${path}: "${h.textContent}" has nothing under it`).toBe(true);
      }
    }
    const page = site.page('/thu-tuc-hanh-chinh/dang-ky-ket-hon/').querySelector('main')!.textContent.replace(/\s+/g, ' ');
    for (const sentence of [
      'Thời hạn giải quyết của thủ tục này chưa được đăng ở đây.',
      'Phí, lệ phí của thủ tục này chưa được đăng ở đây.',
      'Trình tự thực hiện của thủ tục này chưa được đăng ở đây.',
      'Kết quả của thủ tục này chưa được đăng ở đây.',
    ]) {
      expect(page).toContain(sentence);
    }
    expect(page).toContain('1000/QĐ-UBND');
    // No placeholder published as guidance: the heading stands only over a clerk's text.
    expect(page).not.toContain(procedureUi.guidance);

    // The heaviest procedure list page at the scale of a 2026 commune, printed for docs and the closing note.
    const { index, heaviest, largest, summary } = listPageWeights(site);
    console.log(`${commune.length} procedures: ${summary}`);
    expect(index.raw).toBeLessThan(30_000);
    expect(largest.raw).toBeLessThan(60_000);
    expect(heaviest.gzip).toBeLessThan(15_000);
  });
});
