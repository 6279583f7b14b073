/**
 * References between entries (a plan task as YEAR/ID, a procedure by its
 * code) match without regard to case, and an unknown one is reported with
 * the file, the field and the valid choices.
 */
import { describe, expect, it } from 'vitest';
import { crossCheck, type CheckedEntry } from '../../src/lib/cross-checks.ts';
import { planProgress } from '../../src/lib/progress.ts';
import { taskChoices, taskOf } from '../../src/lib/references.ts';
import { taskOptionLabel } from '../../src/i18n/cms.ts';
import { shortText } from '../../src/lib/text.ts';

const entry = (collection: CheckedEntry['collection'], file: string, data: Record<string, unknown>, slug = file): CheckedEntry => ({
  collection,
  file,
  slug,
  data,
  lineOf: (field) => (field === 'task' ? 7 : 3),
  lineAt: () => 9,
});

const tasks = (...ids: string[]) =>
  ids.map((id) => ({ id, content: `Nhiệm vụ ${id}`, form: 'Tin bài', lead: 'Văn phòng', partners: [], timing: { kind: 'ongoing' as const } }));
const plan = entry('plans', 'plans/2024.md', { year: 2024, tasks: tasks('I.1', 'I.2', 'II.1') }, '2024');
const news = (task: string) => entry('news', 'news/tin.md', { title: 'Tin', date: '2024-05-02', task }, 'tin');

describe('task references', () => {
  it('match whatever the case: "2024/i.1" is task I.1', () => {
    expect(crossCheck([plan, news('2024/i.1')])).toEqual([]);
    expect(crossCheck([plan, news('2024/I.1')])).toEqual([]);
    const plans = [{ data: { year: 2024, tasks: tasks('I.1') } }];
    expect(taskOf(plans, '2024/i.1')?.task.id).toBe('I.1');
    expect(taskOf(plans, '2025/i.1')).toBeUndefined();
  });

  it('count toward the plan’s progress whatever the case', () => {
    const progress = planProgress({ year: 2024, tasks: tasks('I.1') }, [{ kind: 'news', id: 'tin', title: 'Tin', date: '2024-05-02', task: '2024/i.1' }], '2024-12-31');
    expect(progress.tasks[0]!.items.map((i) => i.id)).toEqual(['tin']);
  });

  it('name the file and field of an unknown one, and list the valid choices', () => {
    const [finding, ...rest] = crossCheck([plan, news('2024/III.1')]);
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({ severity: 'error', file: 'news/tin.md', line: 7, field: 'task', found: '"2024/III.1"' });
    expect(finding!.hint).toContain('2024/I.1, 2024/I.2, 2024/II.1');
    expect(finding!.hint).toMatch(/không phân biệt chữ hoa/);
  });

  it('trim a long list of choices, saying how many were left out', () => {
    const many = entry('plans', 'plans/2024.md', { year: 2024, tasks: tasks(...Array.from({ length: 30 }, (_, i) => String(i + 1))) }, '2024');
    const [finding] = crossCheck([many, news('2024/31')]);
    expect(finding!.hint).toContain('2024/12 và 18 giá trị khác');
    expect(finding!.hint).not.toContain('2024/13');
  });

  it('say there is no plan yet when there is nothing to choose', () => {
    const [finding] = crossCheck([news('2024/1')]);
    expect(finding!.hint).toMatch(/Chưa có kế hoạch nào/);
  });

  it('treat ids differing only in case as one id', () => {
    const twice = entry('plans', 'plans/2024.md', { year: 2024, tasks: tasks('I.1', 'i.1') }, '2024');
    expect(crossCheck([twice])).toEqual([expect.objectContaining({ field: 'tasks', found: 'i.1' })]);
  });
});

describe('procedure references', () => {
  const procedure = (code: string) => entry('procedures', `procedures/${code}.md`, { code }, code);
  const quarter = (code: string) =>
    entry('late-disclosures', 'late-disclosures/q2.md', { year: 2024, quarter: 2, cases: [{ procedure: code, official: { position: 'Công chức' } }] }, '2024-quy-2');

  it('match a code whatever its case, and list the codes for an unknown one', () => {
    expect(crossCheck([procedure('BTP-1'), quarter('btp-1')])).toEqual([]);
    const [finding] = crossCheck([procedure('1.000894'), procedure('1.001193'), quarter('1.999999')]);
    expect(finding).toMatchObject({ file: 'late-disclosures/q2.md', field: 'cases.0.procedure' });
    expect(finding!.hint).toContain('1.000894, 1.001193');
  });
});

describe('the task picker’s short text', () => {
  it('keeps a short text whole and cuts a long one at a word boundary', () => {
    expect(shortText('  Tuyên truyền\n trên loa  ')).toBe('Tuyên truyền trên loa');
    const long = 'Tuyên truyền, phổ biến các quy định mới về thủ tục hành chính trên cổng thông tin điện tử của phường';
    const short = shortText(long, 80);
    expect(short.length).toBeLessThanOrEqual(81);
    expect(short.endsWith('…')).toBe(true);
    expect(long.startsWith(short.slice(0, -1))).toBe(true);
    expect(long[short.length - 1]).toBe(' ');
  });

  it('lists the newest plan first, in the appendix’s order', () => {
    const choices = taskChoices([
      { year: 2024, tasks: tasks('1') },
      { year: 2025, tasks: tasks('I.1', 'II.1') },
    ]);
    expect(choices.map((c) => c.value)).toEqual(['2025/I.1', '2025/II.1', '2024/1']);
  });

  it('names the group of a grouped appendix, so two units’ alike tasks read apart', () => {
    const alike = { content: 'Đăng tin về cải cách hành chính trên trang thông tin điện tử', lead: 'Chủ tịch UBND', partners: [], timing: { kind: 'ongoing' } };
    const [first, second] = taskChoices([
      {
        year: 2024,
        groups: [
          { id: 'I', title: 'Nhiệm vụ của Phòng Nội vụ', unit: 'Phòng Nội vụ' },
          { id: 'II', title: 'Nhiệm vụ của UBND các xã, phường' },
        ],
        tasks: [
          { ...alike, id: '1', group: 'I' },
          { ...alike, id: '1', group: 'II' },
        ],
      } as never,
    ]).map(taskOptionLabel);
    expect(first).toBe('2024 · nhiệm vụ I.1 · Phòng Nội vụ · Chủ tịch UBND: Đăng tin về cải cách hành chính trên trang thông tin điện tử');
    expect(second).toBe('2024 · nhiệm vụ II.1 · Nhiệm vụ của UBND các xã, phường · Chủ tịch UBND: Đăng tin về cải cách hành chính trên trang thông tin điện tử');
  });
});
