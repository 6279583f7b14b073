/**
 * A plan's tasks as every consumer reads them (src/lib/plans.ts): full ids
 * ("II.1") where the appendix numbers tasks again in each group, the group
 * each sits under, references resolved, and how untimed tasks read and are
 * judged (never late, never "Thường xuyên").
 */
import { describe, expect, it } from 'vitest';
import { progressStatus } from '../../src/i18n/vi.ts';
import { crossCheck, type CheckedEntry } from '../../src/lib/cross-checks.ts';
import { groupHeading, planTasks, tasksByGroup, timingLabel } from '../../src/lib/plans.ts';
import { taskChoices, taskOf } from '../../src/lib/references.ts';
import { planProgress, slotsOf, type PlanItem } from '../../src/lib/progress.ts';
import { measureLabel } from '../../src/lib/report.ts';
import { planSchema, type Timing } from '../../src/schemas/plan.ts';

const plan = planSchema.parse({
  number: '12/KH-UBND',
  title: 'Kế hoạch',
  year: 2024,
  issued: '2024-01-15',
  issuer: 'UBND thị xã',
  signer: { name: 'A', title: 'Chủ tịch' },
  groups: [
    { id: 'I', title: 'Phòng Nội vụ', unit: 'Phòng Nội vụ' },
    { id: 'II', title: 'Văn phòng HĐND và UBND' },
  ],
  tasks: [
    { id: 1, group: 'I', content: 'Tham mưu kế hoạch', lead: 'Phòng Nội vụ', timing: { kind: 'quarter', quarter: 1 } },
    { id: 2, group: 'I', content: 'Tổ chức hội nghị', lead: 'Phòng Nội vụ', timing: { kind: 'on-request', note: 'Khi có kế hoạch của thị xã' } },
    { id: 1, group: 'II', content: 'Đăng tin', form: 'Tin bài', lead: 'Văn phòng', timing: { kind: 'unspecified' }, target: { count: 4, of: 'news', per: 'year' } },
  ],
});

describe('a plan’s tasks with full ids and groups', () => {
  it('gives each task its full id, its printed number and its group, in order', () => {
    const tasks = planTasks(plan);
    expect(tasks.map((t) => [t.id, t.number, t.group?.title])).toEqual([
      ['I.1', '1', 'Phòng Nội vụ'],
      ['I.2', '2', 'Phòng Nội vụ'],
      ['II.1', '1', 'Văn phòng HĐND và UBND'],
    ]);
    expect(tasksByGroup(tasks).map((run) => [run.group && groupHeading(run.group), run.tasks.map((t) => t.id)])).toEqual([
      ['I. Phòng Nội vụ', ['I.1', 'I.2']],
      ['II. Văn phòng HĐND và UBND', ['II.1']],
    ]);
  });
  it('keeps the plain number as the id when the appendix has no groups', () => {
    const flat = planTasks({ groups: [], tasks: plan.tasks.map(({ group: _, ...t }, i) => ({ ...t, id: String(i + 1) })) });
    expect(flat.map((t) => [t.id, t.group])).toEqual([
      ['1', null],
      ['2', null],
      ['3', null],
    ]);
    expect(tasksByGroup(flat)).toHaveLength(1);
  });
  it('resolves a reference by the full id only, and offers full ids to the task picker', () => {
    const plans = [{ data: plan }];
    expect(taskOf(plans, '2024/II.1')?.task.content).toBe('Đăng tin');
    expect(taskOf(plans, '2024/ii.1')?.task.id).toBe('II.1');
    expect(taskOf(plans, '2024/1')).toBeUndefined();
    expect(taskOf(plans, '2023/II.1')).toBeUndefined();
    expect(taskChoices([plan]).map((c) => c.value)).toEqual(['2024/I.1', '2024/I.2', '2024/II.1']);
  });

  it('checks references and repeated ids by full id', () => {
    const entry = (collection: CheckedEntry['collection'], file: string, data: Record<string, unknown>, slug: string): CheckedEntry => ({
      collection,
      file,
      slug,
      data,
      lineOf: () => 3,
    });
    const news = (task: string) => entry('news', `news/${task.replace(/\W/g, '-')}.md`, { title: 'Tin', date: '2024-05-02', task }, task.replace(/\W/g, '-'));
    const plans = entry('plans', 'plans/2024.md', plan, '2024');
    expect(crossCheck([plans, news('2024/II.1'), news('2024/I.2')])).toEqual([]);
    expect(crossCheck([plans, news('2024/1')])).toEqual([expect.objectContaining({ field: 'task', found: '"2024/1"' })]);
    // Number 1 in groups I and II is two tasks (I.1, II.1); 1 twice in group I is one id twice.
    const twice = { ...plan, tasks: [...plan.tasks, { ...plan.tasks[0]! }] };
    expect(crossCheck([entry('plans', 'plans/2024.md', twice, '2024')])).toEqual([
      expect.objectContaining({ severity: 'error', field: 'tasks', found: 'I.1', expected: expect.stringContaining('mã nhiệm vụ "I.1" bị lặp trong cùng kế hoạch') }),
    ]);
  });
});

describe('timings the plans write without a time', () => {
  it('read in words, never as "Thường xuyên"', () => {
    const labels = (timing: Timing) => timingLabel(timing, 2024);
    expect(labels({ kind: 'on-request', note: 'Khi có kế hoạch của thị xã' })).toBe('Khi có kế hoạch của thị xã');
    expect(labels({ kind: 'on-request' })).toBe('Khi có yêu cầu');
    expect(labels({ kind: 'unspecified' })).toBe('Không ghi thời gian');
  });

  it('are never late, overdue or "Thường xuyên" in any period, done or not', () => {
    const news = (date: string, id: string): PlanItem => ({ kind: 'news', id, title: id, date, task: '2024/II.1' });
    for (const today of ['2024-02-15', '2024-06-30', '2024-12-31', '2025-03-01']) {
      const progress = planProgress({ year: 2024, tasks: planTasks(plan) }, [news('2024-02-01', 'a')], today);
      const [, onRequest, blank] = progress.tasks;
      for (const key of ['Q1', 'Q2', 'Q3', 'Q4', 'H1', 'Y'] as const) {
        expect(onRequest!.periods[key].status, `${today} ${key}`).toBe('on-request');
        expect(['unspecified', 'done'], `${today} ${key}`).toContain(blank!.periods[key].status);
        for (const t of [onRequest!, blank!]) expect(progressStatus[t.periods[key].status]).not.toMatch(/Thường xuyên|Quá hạn|Chậm/);
      }
      // A target still counts, against the year: 1 of 4 news, shown as a figure, not judged.
      expect(blank!.periods.Y).toMatchObject({ target: 4, counted: 1, missing: 3, status: 'unspecified' });
      expect(onRequest!.due).toBeNull();
    }
    // A quý I task in the same plan is judged as ever: late once its quarter is over.
    expect(planProgress({ year: 2024, tasks: planTasks(plan) }, [], '2024-06-30').tasks[0]!.periods.Q1.status).toBe('overdue');
  });

  it('count as done once a target is met, and expect nothing without one', () => {
    const items = ['01', '03', '05', '07'].map((m, i): PlanItem => ({ kind: 'news', id: `n${i}`, title: 'n', date: `2024-${m}-10`, task: '2024/II.1' }));
    const progress = planProgress({ year: 2024, tasks: planTasks(plan) }, items, '2024-12-31');
    expect(progress.tasks[2]!.periods.Y.status).toBe('done');
    const onRequest = planTasks(plan)[1]!;
    expect(slotsOf(onRequest, 2024)).toEqual([]);
    expect(measureLabel(onRequest, [])).toBeNull();
  });
});
