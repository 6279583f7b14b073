import { rmSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { formatReport } from '../../src/lib/validation-report.ts';
import { validateContent } from '../../src/validation/validate-content.ts';
import { brokenCommune, NEWS } from '../support/broken-commune.ts';

const EVENT = 'events/chuyen-muc-cchc-thang-1.md';
const made: string[] = [];
afterAll(() => {
  for (const d of made) rmSync(d, { recursive: true, force: true });
});

function check(...edits: Parameters<typeof brokenCommune>) {
  const dir = brokenCommune(...edits);
  made.push(dir);
  return validateContent(dir, { projectRoot: dir, today: '2024-06-30' });
}

const withPhoto = (photo: string) => (t: string) => t.replace('place: Đài truyền thanh xã\n', `place: Đài truyền thanh xã\nphotos:\n${photo}`);

describe('events in the validation pass', () => {
  it('reads the fixture’s events as entries', async () => {
    const { findings, entries } = await check();
    expect(formatReport(findings)).toBe('');
    expect(entries.filter((e) => e.collection === 'events').map((e) => e.slug)).toEqual([
      'chuyen-muc-cchc-thang-1',
      'chuyen-muc-cchc-thang-2',
      'chuyen-muc-cchc-thang-4',
    ]);
  });

  it.each([
    { name: 'an unknown kind', edit: (t: string) => t.replace('kind: phat-thanh', 'kind: phát thanh'), field: 'kind', says: '"phat-thanh"' },
    { name: 'a missing task', edit: (t: string) => t.replace(/^task: .*\n/m, ''), field: 'task', says: 'chưa có (bắt buộc)' },
    { name: 'a task that does not exist', edit: (t: string) => t.replace('task: "2024/4"', 'task: "2024/9"'), field: 'task', says: 'không có nhiệm vụ 2024/9' },
    { name: 'a photo without alt text', edit: withPhoto('  - src: ../news/images/nop-ho-so-truc-tuyen.jpg\n'), field: 'photos.0.alt', says: 'lời mô tả ảnh' },
    { name: 'a photo that is not there', edit: withPhoto('  - src: ./images/khong-co.jpg\n    alt: Ảnh minh họa\n'), field: 'photos.0.src', says: 'khong-co.jpg' },
  ])('reports $name with the file, field and line', async ({ edit, field, says }) => {
    const { findings } = await check({ file: EVENT, edit });
    expect(findings, formatReport(findings)).toHaveLength(1);
    expect(findings[0]).toMatchObject({ severity: 'error', file: EVENT, field });
    expect(findings[0]!.line).toBeGreaterThan(1);
    expect(formatReport(findings)).toContain(says);
  });

  it('accepts a photo beside another collection’s Markdown, with alt text', async () => {
    const { findings } = await check({ file: EVENT, edit: withPhoto('  - src: ../news/images/nop-ho-so-truc-tuyen.jpg\n    alt: Người dân nộp hồ sơ\n') });
    expect(formatReport(findings)).toBe('');
  });

  it('warns, without stopping the build, when an item is dated outside its task’s year', async () => {
    const { findings } = await check({ file: NEWS, edit: (t) => t.replace(/^date: .*$/m, 'date: "2023-12-28"') });
    expect(findings).toEqual([expect.objectContaining({ severity: 'warning', file: NEWS, field: 'date', found: '2023-12-28' })]);
    expect(formatReport(findings)).toContain('không được tính vào tiến độ');
  });
});
