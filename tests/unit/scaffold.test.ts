import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { scaffold } from '../../src/lib/scaffold.ts';
import { templates, type ScaffoldKind } from '../../src/i18n/templates.ts';
import { COLLECTION_NAMES, collection, entryId, type CollectionDef } from '../../src/collections/registry.ts';
import { parseMarkdown } from '../../src/readers/front-matter.ts';
import { placeholderFindings } from '../../src/lib/placeholders.ts';
import { validateContent } from '../../src/validation/validate-content.ts';
import { cpSync, mkdirSync, writeFileSync } from 'node:fs';
import { FIXTURES } from '../support/fixtures.ts';

/** Each kind's collection, from the registry. */
const BY_KIND = new Map<string, CollectionDef>(COLLECTION_NAMES.map((name) => [collection(name).scaffold, collection(name)]));
const schemaOf = (kind: ScaffoldKind) => BY_KIND.get(kind)!.schema(z.string());

/** What a clerk would write in a template's "" blanks: a code, a number or words. */
const BLANKS: Partial<Record<ScaffoldKind, Record<string, unknown>>> = {
  'thu-tuc': { code: '1.001193' },
  'chi-so': { score: 92.18, rank: 3, of: 13 },
  'tre-han': { processed: 120 },
  'su-kien': { task: '2024/1' },
};

describe('scaffold names', () => {
  it('slugs the title without marks, đ→d', () => {
    expect(scaffold('tin-tuc', 'Đối thoại doanh nghiệp quý II', '2024-06-30').fileName).toBe('doi-thoai-doanh-nghiep-quy-ii.md');
    expect(scaffold('thu-tuc', 'Đăng ký khai sinh', '2024-06-30')).toMatchObject({ folder: 'procedures', fileName: 'dang-ky-khai-sinh.md' });
  });
  it('keeps long titles to a readable length without a trailing dash', () => {
    const { fileName } = scaffold('tin-tuc', 'Một tiêu đề '.repeat(20), '2024-06-30');
    expect(fileName.length).toBeLessThanOrEqual(83);
    expect(fileName).not.toMatch(/-\.md$/);
  });
  it('names a disclosure by its quarter, from the title or the quarter before today', () => {
    expect(scaffold('tre-han', 'Quý II 2024', '2024-07-03')).toMatchObject({ folder: 'late-disclosures', fileName: '2024-quy-2.md' });
    expect(scaffold('tre-han', 'quy 4 nam 2023', '2024-01-05').text).toMatch(/^year: 2023 .*\nquarter: 4 /m);
    expect(scaffold('tre-han', 'Công khai hồ sơ trễ hạn', '2025-01-06').fileName).toBe('2024-quy-4.md');
    expect(scaffold('tre-han', 'Công khai hồ sơ trễ hạn', '2024-07-06').fileName).toBe('2024-quy-2.md');
  });

  it('names a report narrative by its year and period, as the report routes do', () => {
    expect(scaffold('bao-cao', 'Quý II 2026', '2026-06-20')).toMatchObject({ folder: 'reports', fileName: '2026-quy-2.md' });
    expect(scaffold('bao-cao', 'Báo cáo 6 tháng đầu năm 2026', '2026-06-20').fileName).toBe('2026-6-thang.md');
    expect(scaffold('bao-cao', 'Báo cáo năm 2025', '2025-12-10').text).toMatch(/^year: 2025 .*\nperiod: nam /m);
    expect(scaffold('bao-cao', 'Báo cáo kết quả', '2026-09-15').fileName).toBe('2026-quy-3.md');
  });
  it('takes an index and its year, or a document kind, from the title', () => {
    const sipas = parseMarkdown(scaffold('chi-so', 'SIPAS 2023 cấp xã', '2024-06-30').text)!.data as Record<string, unknown>;
    expect(sipas).toMatchObject({ index: 'SIPAS', year: 2023 });
    const resolution = parseMarkdown(scaffold('van-ban', 'Nghị quyết về cải cách hành chính', '2024-06-30').text)!.data as Record<string, unknown>;
    expect(resolution).toMatchObject({ kind: 'Nghị quyết', title: 'Nghị quyết về cải cách hành chính' });
    expect(scaffold('van-ban', 'x', '2024-06-30').folder).toBe('documents');
  });
  it('names a plan by its year, from the title or today', () => {
    expect(scaffold('ke-hoach', 'Kế hoạch tuyên truyền CCHC năm 2025', '2024-12-20').fileName).toBe('2025.md');
    expect(scaffold('ke-hoach', 'Kế hoạch tuyên truyền CCHC', '2026-01-05').fileName).toBe('2026.md');
  });
  it('dates the file today and keeps quotes in the title', () => {
    const { text } = scaffold('tin-tuc', 'Hội nghị "Dân hỏi – xã trả lời"', '2024-03-31');
    const parsed = parseMarkdown(text)!;
    expect(parsed.data).toMatchObject({ title: 'Hội nghị "Dân hỏi – xã trả lời"', date: '2024-03-31' });
  });

  it('keeps a backslash and writes a title typed over two lines on one', () => {
    const { text } = scaffold('van-ban', 'Quyết định 12\\2024\nvề   một cửa', '2024-03-31');
    const parsed = parseMarkdown(text)!;
    expect(parsed.syntaxError).toBeUndefined();
    expect(parsed.data).toMatchObject({ title: 'Quyết định 12\\2024 về một cửa' });
  });
});

describe.each(Object.keys(templates) as ScaffoldKind[])('template %s', (kind) => {
  const { text } = scaffold(kind, 'Tiêu đề thử', '2024-06-30');
  const parsed = parseMarkdown(text)!;
  const fill = (v: unknown, key = ''): unknown =>
    v === ''
      ? (BLANKS[kind]?.[key] ?? 'x')
      : Array.isArray(v)
        ? v.map((x) => fill(x))
        : v && typeof v === 'object'
          ? Object.fromEntries(Object.entries(v).map(([k, x]) => [k, fill(x, k)]))
          : v;
  it('is valid YAML with a comment on every field line', () => {
    expect(parsed.syntaxError).toBeUndefined();
    const fieldLines = text
      .split('---')[1]!
      .split('\n')
      .filter((l) => /^\s*[a-zA-Z]+:/.test(l));
    for (const line of fieldLines) expect(line, line).toMatch(/#\s*\S/);
  });
  it('names every field of the schema', () => {
    for (const key of Object.keys(schemaOf(kind).shape)) expect(text, key).toMatch(new RegExp(`^#?\\s*${key}:`, 'm'));
  });
  it('only needs its blanks filled to pass the schema', () => {
    const result = schemaOf(kind).safeParse(fill(parsed.data));
    expect(result.success, JSON.stringify(result.error?.issues)).toBe(true);
  });
  it("is written into its collection's folder, named by the id its data gives", () => {
    const { folder, fileName } = scaffold(kind, 'Tiêu đề thử', '2024-06-30');
    const name = COLLECTION_NAMES.find((n) => collection(n).scaffold === kind)!;
    expect(folder).toBe(collection(name).folder);
    const data = schemaOf(kind).parse(fill(parsed.data)) as Record<string, unknown>;
    if (collection(name).idFromData) expect(fileName).toBe(`${entryId(name, fileName, data)}.md`);
  });
});

describe('a scaffold is not published as it is', () => {
  it('refuses every template’s placeholder sentence until it is replaced', () => {
    for (const kind of Object.keys(templates) as ScaffoldKind[]) {
      const parsed = parseMarkdown(scaffold(kind, 'Tiêu đề thử', '2024-06-30').text)!;
      const found = placeholderFindings({ file: 'x.md', text: parsed.body, firstLine: parsed.bodyLine });
      // chi-so and van-ban have no body, so no sentence to replace; a report narrative has one under each of its four headings.
      expect(found.length, kind).toBe(parsed.body.trim() ? (kind === 'bao-cao' ? 4 : 1) : 0);
      expect(placeholderFindings({ file: 'x.md', text: 'Sáng 2/5, phường tổ chức tập huấn.', firstLine: 9 })).toEqual([]);
    }
  });

  it('starts news and events as drafts, and leaves the event’s task blank rather than guessing one', () => {
    for (const kind of ['tin-tuc', 'su-kien'] as const) expect(parseMarkdown(scaffold(kind, 'x', '2024-06-30').text)!.data).toMatchObject({ draft: true });
    expect(parseMarkdown(scaffold('su-kien', 'x', '2024-06-30').text)!.data).toMatchObject({ task: '' });
    for (const kind of Object.keys(templates) as ScaffoldKind[]) expect(scaffold(kind, 'x', '2024-06-30').text, kind).not.toMatch(/^task: "\d{4}\//m);
  });

  it('fails `check` with the placeholder left in, and passes once it is replaced', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cchc-placeholder-'));
    try {
      cpSync(FIXTURES.hoaAn, dir, { recursive: true });
      const { folder, fileName, text } = scaffold('tin-tuc', 'Tập huấn chuyển đổi số', '2026-05-02');
      mkdirSync(join(dir, folder), { recursive: true });
      const path = join(dir, folder, fileName);
      const filled = text.replace('summary: ""', 'summary: "Phường tập huấn cho cán bộ."');
      writeFileSync(path, filled);
      const planted = await validateContent(dir, { projectRoot: dir, today: '2026-06-30' });
      expect(planted.findings.filter((f) => f.severity === 'error')).toEqual([
        expect.objectContaining({ file: join(folder, fileName), field: 'nội dung bài', expected: expect.stringContaining('câu mẫu') }),
      ]);
      writeFileSync(path, filled.replace(/\n---\n[\s\S]*$/, '\n---\n\nSáng 2/5, phường tập huấn chuyển đổi số cho cán bộ một cửa.\n'));
      const done = await validateContent(dir, { projectRoot: dir, today: '2026-06-30' });
      expect(done.findings.filter((f) => f.severity === 'error')).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('scaffold kinds', () => {
  it("are the registry's: one template per collection, none without one", () => {
    expect(Object.keys(templates).sort()).toEqual(COLLECTION_NAMES.map((name) => collection(name).scaffold).sort());
  });
});

describe('npm run new', () => {
  const run = (dir: string, ...args: string[]) =>
    spawnSync(process.execPath, ['bin/cchc.mjs', 'new', ...args], { encoding: 'utf8', env: { ...process.env, CCHC_CONTENT_DIR: dir, CCHC_TODAY: '2024-05-02' } });

  it('creates the file once and refuses to overwrite it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cchc-new-'));
    try {
      const first = run(dir, 'tin-tuc', 'Tập huấn chuyển đổi số');
      expect(first.status, first.stderr).toBe(0);
      const path = join(dir, 'news/tap-huan-chuyen-doi-so.md');
      expect(readFileSync(path, 'utf8')).toContain('date: 2024-05-02');
      const second = run(dir, 'tin-tuc', 'Tập huấn chuyển đổi số');
      expect(second.status).toBe(1);
      expect(second.stderr).toContain('đã có; không ghi đè');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('explains usage for an unknown kind or a missing title', () => {
    expect(run(tmpdir(), 'bai-viet', 'x').stderr).toContain('Không có loại nội dung "bai-viet"');
    expect(run(tmpdir(), 'tin-tuc').stderr).toContain('Tiêu đề không được để trống');
  });
});
