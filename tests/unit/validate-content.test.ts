import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { formatReport } from '../../src/lib/validation-report.ts';
import { validateContent } from '../../src/validation/validate-content.ts';
import { brokenCommune, FAULTS, NEWS } from '../support/broken-commune.ts';
import { FIXTURE_TODAY, FIXTURES } from '../support/fixtures.ts';

const made: string[] = [];
afterAll(() => {
  for (const d of made) rmSync(d, { recursive: true, force: true });
});

describe('validateContent', () => {
  it('finds nothing wrong in the fixture communes, the demo\u2019s among them', async () => {
    for (const [name, dir] of Object.entries(FIXTURES)) {
      const { findings } = await validateContent(dir, { today: FIXTURE_TODAY[name as keyof typeof FIXTURES] ?? '2024-12-31' });
      expect(formatReport(findings), dir).toBe('');
    }
  });

  it.each(FAULTS)('reports $name with file, field, found and expected', async ({ edits, file, field, says, fileName }) => {
    const dir = brokenCommune(...edits);
    made.push(dir);
    const { findings } = await validateContent(dir, { projectRoot: dir, today: '2024-06-30' });
    expect(findings.length, formatReport(findings)).toBe(1);
    const [finding] = findings;
    expect(finding!.severity).toBe('error');
    expect(finding!.file).toBe(file);
    if (field) expect(finding!.field).toBe(field);
    if (!fileName) expect(finding!.line, 'a line number for the clerk').toBeGreaterThan(0);
    const text = formatReport(findings);
    for (const words of says) expect(text).toContain(words);
    expect(text).toMatch(/^LỖI /);
    expect(text).toContain('Cần:');
  });

  it('says a YAML file is wrong as a YAML file, not as a Markdown file’s front matter', async () => {
    const dir = brokenCommune({ file: 'site.yaml', edit: (t) => `${t}social: [không đóng\n` });
    made.push(dir);
    const { findings } = await validateContent(dir, { projectRoot: dir, today: '2024-06-30' });
    const report = formatReport(findings.filter((f) => f.severity === 'error'));
    expect(report).toContain('site.yaml');
    expect(report).toContain('cú pháp YAML');
    expect(report).not.toContain('đầu bài');
  });

  it('names the line of the field a cross-check finds wrong, found again after the parse was let go', async () => {
    // A blank line and a comment first, so the field's line is not its place among the fields.
    const dir = brokenCommune({ file: NEWS, edit: (t) => t.replace('task: "2024/2"', '# nhiệm vụ\n\ntask: "2024/99"') });
    made.push(dir);
    const { findings } = await validateContent(dir, { projectRoot: dir, today: '2024-06-30' });
    const written =
      readFileSync(join(dir, NEWS), 'utf8')
        .split('\n')
        .findIndex((l) => l.startsWith('task:')) + 1;
    expect(findings).toEqual([expect.objectContaining({ file: NEWS, field: 'task', line: written })]);
  });

  it('refuses .mdx in a clerk collection', async () => {
    const dir = brokenCommune({ file: 'news/nhan-ket-qua-qua-buu-dien.md', copyTo: 'news/bai-mdx.mdx' });
    made.push(dir);
    const { findings } = await validateContent(dir, { projectRoot: dir, today: '2024-06-30' });
    expect(findings).toEqual([expect.objectContaining({ file: 'news/bai-mdx.mdx', expected: expect.stringContaining('.mdx') })]);
  });

  it('reports two files that would publish at the same address', async () => {
    const dir = brokenCommune({ file: 'news/nhan-ket-qua-qua-buu-dien.md', copyTo: 'news/Nhận-kết-quả-qua-bưu-điện.md' });
    made.push(dir);
    const { findings } = await validateContent(dir, { projectRoot: dir, today: '2024-06-30' });
    expect(findings).toHaveLength(1);
    expect(findings[0]!.expected).toMatch(/^địa chỉ trang \/tin-tuc\/nhan-ket-qua-qua-buu-dien\/ trùng với tệp news\/(nhan|Nhận)/);
  });
});
