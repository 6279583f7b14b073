/**
 * A plan appendix as a thị xã writes it (issue #16), built from
 * tests/fixtures/kien-tuong-2024 on 30/06/2024: six groups under their units,
 * numbers restarting in each (full ids "II.1"), tasks without a form, and
 * timings on request or left blank. The plan page shows the groups; the
 * progress table, every report page and CSV show each task's text beside its
 * number; untimed tasks read in words and are never "Thường xuyên", late or
 * overdue. Planted faults: an undeclared group and a repeated full id stop
 * `check` with Vietnamese messages.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PERIOD_SLUGS } from '../../src/lib/progress.ts';
import { BUILDS, buildCommune, buildEnv } from '../support/build.ts';
import { BuiltSite } from '../support/dist.ts';
import { FIXTURES } from '../support/fixtures.ts';

const OUT = resolve(BUILDS, 'kien-tuong-2024');
const site = new BuiltSite(OUT);
const PLAN = '/ke-hoach/2024/';
const REPORTS = Object.values(PERIOD_SLUGS).map((slug) => `${PLAN}bao-cao/${slug}/`);

const text = (s: string | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
const JUDGED = /Thường xuyên|Quá hạn|Chậm/;

/** Tasks whose timing gives no time, and how the plan page must name their timing. */
const UNTIMED: Record<string, string> = {
  'I.2': 'Khi có kế hoạch của thị xã',
  'III.3': 'Khi có yêu cầu',
  'IV.2': 'Khi có kế hoạch của thị xã',
  'II.3': 'Không ghi thời gian',
  'III.2': 'Không ghi thời gian',
  'VI.2': 'Không ghi thời gian',
};

beforeAll(() => {
  const result = buildCommune(FIXTURES.kienTuong, OUT);
  if (result.status !== 0) throw new Error(`build of ${FIXTURES.kienTuong} failed:\n${result.output}`);
}, 300_000);

describe('a grouped appendix on the plan page', () => {
  it('puts the tasks under six headings with their units, numbered again from 1 in each', () => {
    const table = site.page(PLAN).querySelector('table.task-table')!;
    const groups = table.querySelectorAll('tbody');
    expect(groups).toHaveLength(6);
    expect(groups.map((g) => text(g.querySelector('tr.group-row th[scope="rowgroup"]')?.text))).toEqual([
      'I. Phòng Nội vụ – Đơn vị thực hiện: Phòng Nội vụ thị xã',
      'II. Văn phòng HĐND và UBND – Đơn vị thực hiện: Văn phòng Hội đồng nhân dân và Ủy ban nhân dân thị xã',
      'III. Phòng Văn hóa và Thông tin – Đơn vị thực hiện: Phòng Văn hóa và Thông tin thị xã',
      'IV. Trung tâm Văn hóa – Thể thao và Truyền thanh – Đơn vị thực hiện: Trung tâm Văn hóa – Thể thao và Truyền thanh thị xã',
      'V. Các phòng chuyên môn – Đơn vị thực hiện: Các phòng, ban chuyên môn thuộc Ủy ban nhân dân thị xã',
      'VI. UBND các xã, phường – Đơn vị thực hiện: Ủy ban nhân dân các xã, phường',
    ]);
    expect(groups.map((g) => g.querySelectorAll('th[scope="row"]').map((th) => text(th.text)))).toEqual([
      ['1', '2', '3', '4'],
      ['1', '2', '3'],
      ['1', '2', '3'],
      ['1', '2'],
      ['1', '2'],
      ['1', '2', '3'],
    ]);
    // Each row is the anchor of its full id, where reports and items link.
    expect(table.querySelector('tr[id="nhiem-vu-II.1"]')?.text).toContain('Cập nhật, công khai đầy đủ');
    const headings = table.querySelectorAll('thead th').map((th) => text(th.text));
    const form = headings.indexOf('Hình thức, sản phẩm');
    expect(form).toBeGreaterThan(0);
    // A task without a form shows a dash in that column, not an empty cell.
    expect(text(table.querySelector('tr[id="nhiem-vu-I.2"]')!.querySelectorAll('td')[form - 1]!.text)).toBe('–');
  });

  it('names on-request and blank timings in words', () => {
    const page = site.page(PLAN);
    for (const [id, words] of Object.entries(UNTIMED)) {
      const row = text(page.querySelector(`table.task-table tr[id="nhiem-vu-${id}"]`)?.text);
      expect(row, id).toContain(words);
      expect(row, id).not.toMatch(JUDGED);
    }
  });
});

describe('the task’s text beside its number wherever progress shows', () => {
  it('in the plan page’s progress table, under each group’s heading', () => {
    const table = site.page(PLAN).querySelector('table.progress')!;
    expect(table.querySelectorAll('tr.group-row')).toHaveLength(6);
    const head = table.querySelector('tr[data-task="II.1"] th[scope="row"]')!;
    expect(head.querySelector('a')!.getAttribute('href')).toBe('/ke-hoach/2024/#nhiem-vu-II.1');
    expect(text(head.text)).toMatch(/^II\.1 Cập nhật, công khai đầy đủ, kịp thời thủ tục hành chính/);
  });

  it('in every report page: the overview, the list of what is behind, and the details', () => {
    for (const path of REPORTS) {
      const page = site.page(path);
      const row = page.querySelector('.report-table tr[id="nhiem-vu-II.1"]')!;
      expect(text(row.querySelector('th')!.text), path).toBe('II.1');
      expect(text(row.querySelector('td')!.text), path).toContain('Cập nhật, công khai đầy đủ');
      expect(text(page.querySelector('[id="chi-tiet-II.1"]')?.text), path).toContain('II.1');
    }
    // Quý I: the month-3 task III.1 was not done; the behind list says what it is.
    const behind = text(site.page(`${PLAN}bao-cao/quy-1/`).querySelector('#cham-tien-do + ul')?.text);
    expect(behind).toContain('Nhiệm vụ III.1 (Xây dựng chuyên mục "Cải cách hành chính"');
    expect(behind).toContain('Quá hạn');
    // The details name the group and its unit.
    const details = text(site.page(`${PLAN}bao-cao/quy-2/`).querySelector('[aria-labelledby="chi-tiet-VI.1"]')?.text);
    expect(details).toContain('Nhóm: VI. UBND các xã, phường (Ủy ban nhân dân các xã, phường)');
  });

  it('in every report CSV, by full id with the whole text', () => {
    for (const path of REPORTS) {
      const rows = parseCsv(readFileSync(site.fileFor(`${path}bao-cao.csv`)), { bom: true, columns: true }) as Record<string, string>[];
      expect(rows.map((r) => r['TT nhiệm vụ'])).toContain('VI.3');
      const row = rows.find((r) => r['TT nhiệm vụ'] === 'II.2')!;
      expect(row['Nội dung nhiệm vụ'], path).toBe(
        'Viết tin, bài về kết quả cải cách hành chính, dịch vụ công trực tuyến và thanh toán trực tuyến đăng trên trang thông tin điện tử của thị xã',
      );
      for (const [id, words] of Object.entries(UNTIMED)) {
        const untimed = rows.find((r) => r['TT nhiệm vụ'] === id)!;
        expect(untimed['Thời gian'], `${path} ${id}`).toBe(words);
        expect(untimed['Đánh giá'], `${path} ${id}`).not.toMatch(JUDGED);
      }
    }
  });
});

describe('on-request and blank timings are never judged', () => {
  it('read in words, never "Thường xuyên", "Quá hạn" or "Chậm", in the progress table and every report', () => {
    const progress = site.page(PLAN).querySelector('table.progress')!;
    for (const id of Object.keys(UNTIMED)) {
      const row = text(progress.querySelector(`tr[data-task="${id}"]`)?.text);
      expect(row, id).toMatch(/Khi có yêu cầu|Không ghi thời gian/);
      expect(row, id).not.toMatch(JUDGED);
      for (const path of REPORTS) {
        const page = site.page(path);
        expect(text(page.querySelector(`.report-table tr[id="nhiem-vu-${id}"]`)?.text), `${path} ${id}`).not.toMatch(JUDGED);
        expect(text(page.querySelector(`[aria-labelledby="chi-tiet-${id}"]`)?.text), `${path} ${id}`).toContain(`Thời gian: ${UNTIMED[id]}`);
        expect(text(page.querySelector('#cham-tien-do + ul')?.text), path).not.toContain(`Nhiệm vụ ${id} `);
      }
    }
    // An on-request task's item still shows, counted: the conference of I.2.
    expect(text(progress.querySelector('tr[data-task="I.2"] td[data-period="Q2"]')?.text)).toBe('1 sản phẩm Khi có yêu cầu');
  });
});

describe('items point at grouped tasks by full id', () => {
  it('a news item links to its task by full id', () => {
    const page = site.page('/tin-tuc/dich-vu-cong-truc-tuyen-thang-2/');
    const link = page.querySelector('a[href="/ke-hoach/2024/#nhiem-vu-II.2"]');
    expect(text(link?.text)).toBe('nhiệm vụ II.2 – 12/KH-UBND');
    expect(site.page('/su-kien/doi-thoai-doanh-nghiep-quy-2/').querySelector('a[href="/ke-hoach/2024/#nhiem-vu-V.2"]')).not.toBeNull();
    expect(text(site.page(PLAN).querySelector('table.progress tr[data-task="II.2"] td[data-period="Q2"]')?.text)).toBe('2/4 (lũy kế) Đúng tiến độ');
  });
});

describe('planted faults in a grouped plan stop check', () => {
  const temp: string[] = [];
  afterAll(() => {
    for (const d of temp) rmSync(d, { recursive: true, force: true });
  });

  /** `check` over a copy of the fixture whose plan is changed by `edit`. */
  function checkWith(edit: (plan: string) => string) {
    const dir = mkdtempSync(join(tmpdir(), 'cchc-groups-'));
    temp.push(dir);
    cpSync(FIXTURES.kienTuong, dir, { recursive: true });
    const file = join(dir, 'plans', '2024.md');
    const before = readFileSync(file, 'utf8');
    const after = edit(before);
    expect(after).not.toBe(before);
    writeFileSync(file, after);
    return spawnSync(process.execPath, ['bin/cchc.mjs', 'check', '--content', dir], { encoding: 'utf8', env: buildEnv() });
  }

  it('a task under a group the plan does not declare: the field, what was found and the valid groups', () => {
    const run = checkWith((plan) => plan.replace('  - group: VI\n    id: 3', '  - group: VII\n    id: 3'));
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/LỖI {2}\S*plans\/2024\.md:\d+/);
    expect(run.stdout).toContain('Trường: tasks.16.group');
    expect(run.stdout).toContain('Tìm thấy: "VII"');
    expect(run.stdout).toContain('mã của một nhóm đã khai trong groups: "I", "II", "III", "IV", "V", "VI"');
  });

  it('two tasks with one full id', () => {
    const run = checkWith((plan) => plan.replace('  - group: I\n    id: 3', '  - group: I\n    id: 2'));
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('Trường: tasks');
    expect(run.stdout).toContain('Tìm thấy: I.2');
    expect(run.stdout).toContain('mã nhiệm vụ "I.2" bị lặp trong cùng kế hoạch');
  });

  it('the fixture itself passes', () => {
    const run = spawnSync(process.execPath, ['bin/cchc.mjs', 'check', '--content', FIXTURES.kienTuong], { encoding: 'utf8', env: buildEnv() });
    // Nothing about the plan or the items on its grouped tasks (site.yaml may be warned about its CMS block).
    expect(run.stdout).not.toMatch(/plans\/|news\/|events\//);
    expect(run.stdout).toContain('Nội dung hợp lệ: 18 tệp');
    expect(run.status).toBe(0);
  });
});
