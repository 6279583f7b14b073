import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { scaffold, FOLDERS } from '../../src/lib/scaffold.ts';
import { templates, type ScaffoldKind } from '../../src/i18n/templates.ts';
import { newsSchema } from '../../src/schemas/news.ts';
import { procedureSchema } from '../../src/schemas/procedure.ts';
import { commendationSchema } from '../../src/schemas/commendation.ts';
import { planSchema } from '../../src/schemas/plan.ts';
import { eventSchema } from '../../src/schemas/event.ts';
import { parseMarkdown } from '../../src/validation/front-matter.ts';

const SCHEMAS: Record<ScaffoldKind, z.ZodObject> = {
  'tin-tuc': newsSchema(z.string()),
  'thu-tuc': procedureSchema,
  'bieu-duong': commendationSchema(z.string()),
  'su-kien': eventSchema(z.string()),
  'ke-hoach': planSchema,
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
  it('names a plan by its year, from the title or today', () => {
    expect(scaffold('ke-hoach', 'Kế hoạch tuyên truyền CCHC năm 2025', '2024-12-20').fileName).toBe('2025.md');
    expect(scaffold('ke-hoach', 'Kế hoạch tuyên truyền CCHC', '2026-01-05').fileName).toBe('2026.md');
  });
  it('dates the file today and keeps quotes in the title', () => {
    const { text } = scaffold('tin-tuc', 'Hội nghị "Dân hỏi – xã trả lời"', '2024-03-31');
    const parsed = parseMarkdown(text)!;
    expect(parsed.data).toMatchObject({ title: 'Hội nghị "Dân hỏi – xã trả lời"', date: '2024-03-31' });
  });
});

describe.each(Object.keys(templates) as ScaffoldKind[])('template %s', (kind) => {
  const { text } = scaffold(kind, 'Tiêu đề thử', '2024-06-30');
  const parsed = parseMarkdown(text)!;
  it('is valid YAML with a comment on every field line', () => {
    expect(parsed.syntaxError).toBeUndefined();
    const fieldLines = text.split('---')[1]!.split('\n').filter((l) => /^\s*[a-zA-Z]+:/.test(l));
    for (const line of fieldLines) expect(line, line).toMatch(/#\s*\S/);
  });
  it('names every field of the schema', () => {
    for (const key of Object.keys(SCHEMAS[kind].shape)) expect(text, key).toMatch(new RegExp(`^#?\\s*${key}:`, 'm'));
  });
  it('only needs its blanks filled to pass the schema', () => {
    const fill = (v: unknown): unknown =>
      v === '' ? (kind === 'thu-tuc' ? '1.001193' : 'x') : Array.isArray(v) ? v.map(fill) : v && typeof v === 'object' ? Object.fromEntries(Object.entries(v).map(([k, x]) => [k, fill(x)])) : v;
    const result = SCHEMAS[kind].safeParse(fill(parsed.data));
    expect(result.success, JSON.stringify(result.error?.issues)).toBe(true);
  });
  it('is written into the right folder', () => {
    expect(scaffold(kind, 'x', '2024-06-30').folder).toBe(FOLDERS[kind]);
  });
});

describe('npm run new', () => {
  const run = (dir: string, ...args: string[]) =>
    spawnSync(process.execPath, ['scripts/new.ts', ...args], { encoding: 'utf8', env: { ...process.env, CCHC_CONTENT_DIR: dir, CCHC_TODAY: '2024-05-02' } });

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
