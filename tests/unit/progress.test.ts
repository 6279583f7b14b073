import { describe, expect, it } from 'vitest';
import { isoDateInVietnam } from '../../src/lib/dates.ts';
import { nameKey } from '../../src/lib/text.ts';
import {
  currentPeriod,
  expectedBy,
  parsePeriodCode,
  period,
  periodCode,
  periodFromSlug,
  periodsOf,
  planProgress,
  slotsOf,
  statusCounts,
  taskWindow,
  toPlanItem,
  type ItemKind,
  type PlanItem,
  type TaskLike,
} from '../../src/lib/progress.ts';

const item = (date: string, task = '2024/1', kind: ItemKind = 'news', id = `${kind}-${date}`): PlanItem => ({ kind, id, title: id, date, task });

const quarterly: TaskLike = { id: '1', timing: { kind: 'recurring', every: 'quarter' }, target: { count: 1, of: 'events', per: 'quarter' } };
const fourNewsAYear: TaskLike = { id: '1', timing: { kind: 'ongoing' }, target: { count: 4, of: 'news', per: 'year' } };

function progressOf(task: TaskLike, items: PlanItem[], now: string | Date, year = 2024) {
  return planProgress({ year, tasks: [task] }, items, now).tasks[0]!;
}

describe('periods of a plan year', () => {
  it('has quý I–IV, 6 tháng and năm with calendar bounds', () => {
    expect(periodsOf(2024).map((p) => [p.key, p.start, p.end])).toEqual([
      ['Q1', '2024-01-01', '2024-03-31'],
      ['Q2', '2024-04-01', '2024-06-30'],
      ['Q3', '2024-07-01', '2024-09-30'],
      ['Q4', '2024-10-01', '2024-12-31'],
      ['H1', '2024-01-01', '2024-06-30'],
      ['Y', '2024-01-01', '2024-12-31'],
    ]);
  });
  it('reads and writes the report command codes and page slugs', () => {
    expect(parsePeriodCode('2024-Q2')).toEqual(period(2024, 'Q2'));
    expect(parsePeriodCode('2024-q4')).toEqual(period(2024, 'Q4'));
    expect(parsePeriodCode(' 2024-H1 ')).toEqual(period(2024, 'H1'));
    expect(parsePeriodCode('2024')).toEqual(period(2024, 'Y'));
    for (const bad of ['2024-Q5', '2024-H2', 'Q2-2024', '24-Q1', '']) expect(parsePeriodCode(bad), bad).toBeNull();
    expect(periodsOf(2024).map(periodCode)).toEqual(['2024-Q1', '2024-Q2', '2024-Q3', '2024-Q4', '2024-H1', '2024']);
    expect(periodFromSlug(2024, 'quy-2')).toEqual(period(2024, 'Q2'));
    expect(periodFromSlug(2024, '6-thang')).toEqual(period(2024, 'H1'));
    expect(periodFromSlug(2024, 'nam')).toEqual(period(2024, 'Y'));
    expect(periodFromSlug(2024, 'quy-5')).toBeNull();
  });
  it('picks the quarter of today for the current report, the year once it is over', () => {
    expect(currentPeriod(2024, '2024-06-30').key).toBe('Q2');
    expect(currentPeriod(2024, '2024-07-01').key).toBe('Q3');
    expect(currentPeriod(2024, '2025-01-02').key).toBe('Y');
    expect(currentPeriod(2024, '2023-12-31').key).toBe('Q1');
  });
});

describe('quarter boundaries at midnight in Asia/Ho_Chi_Minh (UTC+7)', () => {
  const lastInstantOfQ1 = new Date('2024-03-31T16:59:59.999Z'); // 23:59:59.999 on 31/03 in Vietnam
  const firstInstantOfQ2 = new Date('2024-03-31T17:00:00.000Z'); // 00:00 on 01/04 in Vietnam

  it('turns the build instant into the Vietnamese calendar day', () => {
    expect(isoDateInVietnam(lastInstantOfQ1)).toBe('2024-03-31');
    expect(isoDateInVietnam(firstInstantOfQ2)).toBe('2024-04-01');
  });

  it('is still quý I one millisecond before midnight: the missing dialogue is behind, not overdue', () => {
    const t = progressOf(quarterly, [], lastInstantOfQ1);
    expect(t.periods.Q1).toMatchObject({ status: 'behind', target: 1, expected: 1, counted: 0, missing: 1 });
    expect(t.periods.Q2.status).toBe('upcoming');
  });

  it('is quý II at midnight: quý I is overdue and quý II has started', () => {
    const t = progressOf(quarterly, [], firstInstantOfQ2);
    expect(t.periods.Q1.status).toBe('overdue');
    expect(t.periods.Q2).toMatchObject({ status: 'on-track', expected: 0 });
  });

  it('counts an item dated 31/03 in quý I and one dated 01/04 in quý II, and 01/04 only from midnight', () => {
    const items = [item('2024-03-31', '2024/1', 'events'), item('2024-04-01', '2024/1', 'events')];
    const before = planProgress({ year: 2024, tasks: [quarterly] }, items, lastInstantOfQ1);
    expect(before.tasks[0]!.periods.Q1).toMatchObject({ done: 1, status: 'done' });
    expect(before.later.map((i) => i.date)).toEqual(['2024-04-01']);
    const after = planProgress({ year: 2024, tasks: [quarterly] }, items, firstInstantOfQ2);
    expect(after.tasks[0]!.periods.Q2).toMatchObject({ done: 1, status: 'done' });
    expect(after.tasks[0]!.periods.Q1.items.map((i) => i.date)).toEqual(['2024-03-31']);
    expect(after.later).toEqual([]);
  });
});

describe('a leap year', () => {
  const monthly: TaskLike = { id: '1', timing: { kind: 'recurring', every: 'month' }, target: { count: 1, of: 'news', per: 'month' } };

  it('ends February on the 29th in 2024 and on the 28th in 2023', () => {
    expect(taskWindow({ kind: 'month', month: 2 }, 2024)).toEqual({ start: '2024-02-01', end: '2024-02-29' });
    expect(taskWindow({ kind: 'month', month: 2 }, 2023)).toEqual({ start: '2023-02-01', end: '2023-02-28' });
    expect(slotsOf(monthly, 2024)[1]).toMatchObject({ start: '2024-02-01', end: '2024-02-29' });
  });

  it('counts an item of 29/02 in February and quý I, and February is due that day', () => {
    const t = progressOf(monthly, [item('2024-01-10'), item('2024-02-29')], '2024-02-29');
    expect(t.periods.Q1).toMatchObject({ target: 3, done: 2, expected: 2, status: 'on-track' });
    const missingFeb = progressOf(monthly, [item('2024-01-10')], '2024-02-29');
    expect(missingFeb.periods.Q1).toMatchObject({ expected: 2, status: 'behind' });
    const in2023 = progressOf({ ...monthly }, [item('2023-01-10', '2023/1')], '2023-02-28', 2023);
    expect(in2023.periods.Q1).toMatchObject({ expected: 2, counted: 1, status: 'behind' });
  });
});

describe('plans and tasks at the edges', () => {
  it('handles a plan with no tasks', () => {
    const p = planProgress({ year: 2024, tasks: [] }, [item('2024-03-01')], '2024-06-30');
    expect(p.tasks).toEqual([]);
    expect(p.outside).toEqual([]);
    expect(Object.values(statusCounts(p, 'Q2')).every((n) => n === 0)).toBe(true);
  });

  it('counts an ongoing task without a target but passes no judgement', () => {
    const t = progressOf({ id: '1', timing: { kind: 'ongoing' } }, [item('2024-02-01'), item('2024-05-01', '2024/1', 'commendations')], '2024-06-30');
    expect(t.slots).toEqual([]);
    expect(t.periods.Q1).toMatchObject({ status: 'ongoing', target: null, done: 1, expected: null });
    expect(t.periods.Y).toMatchObject({ status: 'ongoing', done: 2 });
    expect(t.periods.Q3.status).toBe('upcoming');
  });

  it('expects one item of any kind from a one-off task without a target, by its due date', () => {
    const april: TaskLike = { id: '1', timing: { kind: 'month', month: 4 } };
    expect(progressOf(april, [], '2024-03-15').periods.Q2.status).toBe('upcoming');
    expect(progressOf(april, [], '2024-04-15').periods.Q2).toMatchObject({ status: 'on-track', target: 1, expected: 0 });
    expect(progressOf(april, [], '2024-04-30').periods.Q2.status).toBe('behind');
    expect(progressOf(april, [], '2024-05-01').periods.Q2.status).toBe('overdue');
    const held = progressOf(april, [item('2024-04-18', '2024/1', 'events')], '2024-06-30');
    expect(held.periods.Q2).toMatchObject({ status: 'done', done: 1 });
    expect(held.periods.Q1.status).toBe('not-applicable');
    expect(held.periods.H1.status).toBe('done');
    expect(held.periods.Y.status).toBe('done');
    expect(held.due).toBe('2024-04-30');
  });

  it('expects one item per unit from a recurring task without a target', () => {
    const t = progressOf({ id: '1', timing: { kind: 'recurring', every: 'month' } }, [item('2024-01-05'), item('2024-03-05')], '2024-03-31');
    // February is over and empty: the quarter is overdue, not merely behind (slots are judged one by one).
    expect(t.periods.Q1).toMatchObject({ target: 3, counted: 2, expected: 3, status: 'overdue', missing: 1 });
  });

  it('treats a task due before a date as due that day', () => {
    const t = progressOf({ id: '1', timing: { kind: 'date', date: '2024-01-17' } }, [], '2024-01-18');
    expect(t.periods.Q1.status).toBe('overdue');
    expect(t.periods.Q2.status).toBe('not-applicable');
  });

  it('limits a monthly target to the months of a range', () => {
    const t: TaskLike = { id: '1', timing: { kind: 'range', from: '2024-02', to: '2024-05-15' }, target: { count: 1, of: 'news', per: 'month' } };
    expect(slotsOf(t, 2024).map((s) => [s.start, s.end])).toEqual([
      ['2024-02-01', '2024-02-29'],
      ['2024-03-01', '2024-03-31'],
      ['2024-04-01', '2024-04-30'],
      ['2024-05-01', '2024-05-15'],
    ]);
    const p = progressOf(t, [], '2024-12-31');
    expect(p.periods.Q1.target).toBe(2);
    expect(p.periods.Q2.target).toBe(2);
    expect(p.periods.Q3.status).toBe('not-applicable');
    expect(p.periods.Y.target).toBe(4);
  });

  it('is done at once with a target of 0, and upcoming for periods not yet begun', () => {
    const t = progressOf({ id: '1', timing: { kind: 'ongoing' }, target: { count: 0, of: 'news', per: 'quarter' } }, [], '2024-06-30');
    expect(t.periods.Q1).toMatchObject({ status: 'done', target: 0, missing: 0 });
    expect(t.periods.Q2.status).toBe('done');
    expect(t.periods.Q3.status).toBe('upcoming');
    expect(t.periods.Y).toMatchObject({ status: 'done', target: 0 });
  });

  it('reports more items than the target as done, with nothing missing', () => {
    const items = ['2024-01-05', '2024-02-05', '2024-03-05', '2024-04-05', '2024-05-05'].map((d) => item(d));
    const t = progressOf(fourNewsAYear, items, '2024-06-30');
    // What counts toward the target stops at the target; `done` still shows every item.
    expect(t.periods.Y).toMatchObject({ status: 'done', target: 4, done: 5, counted: 4, missing: 0 });
    expect(t.periods.Q1).toMatchObject({ scope: 'to-date', done: 3, counted: 3, status: 'on-track' });
    expect(t.periods.Q2).toMatchObject({ scope: 'to-date', done: 2, counted: 4, status: 'done' });
  });

  it('measures a yearly target in a quarter from the start of the year, pro rata by whole months', () => {
    const t = progressOf(fourNewsAYear, [item('2024-02-20')], '2024-06-30');
    expect(t.periods.Q1).toMatchObject({ scope: 'to-date', target: 4, counted: 1, expected: 1, status: 'on-track' });
    expect(t.periods.Q2).toMatchObject({ scope: 'to-date', done: 0, counted: 1, expected: 2, status: 'behind', missing: 3 });
    expect(t.periods.H1).toMatchObject({ counted: 1, expected: 2, status: 'behind' });
    expect(t.periods.Y).toMatchObject({ scope: 'period', counted: 1, expected: 2, status: 'behind' });
    expect(t.periods.Q3.status).toBe('upcoming');
    // The year over, the yearly target is overdue; quý II stays "behind" as it stood at its end.
    const late = progressOf(fourNewsAYear, [item('2024-02-20')], '2025-01-05');
    expect(late.periods.Y.status).toBe('overdue');
    expect(late.periods.Q2.status).toBe('behind');
  });

  it('counts only the kind the target names, and lists the others as not counting', () => {
    const t = progressOf(quarterly, [item('2024-05-02', '2024/1', 'news'), item('2024-05-03', '2024/1', 'events')], '2024-06-30');
    expect(t.periods.Q2).toMatchObject({ done: 1, status: 'done' });
    expect(t.periods.Q2.items.map((i) => [i.kind, i.counts])).toEqual([
      ['news', false],
      ['events', true],
    ]);
  });

  it('sets apart items dated outside the plan year and ignores items of another year’s task', () => {
    const items = [item('2025-01-10'), item('2023-12-30'), item('2024-03-01', '2023/1'), item('2024-03-02', '2024/9'), item('2024-03-03')];
    const p = planProgress({ year: 2024, tasks: [fourNewsAYear] }, items, '2025-06-30');
    expect(p.outside.map((i) => i.date)).toEqual(['2023-12-30', '2025-01-10']);
    expect(p.tasks[0]!.items.map((i) => i.date)).toEqual(['2024-03-03']);
    expect(p.tasks[0]!.periods.Y.counted).toBe(1);
  });

  it('leaves out items dated after today until that day comes', () => {
    const p = planProgress({ year: 2024, tasks: [fourNewsAYear] }, [item('2024-06-30'), item('2024-07-01')], '2024-06-30');
    expect(p.tasks[0]!.periods.Y.counted).toBe(1);
    expect(p.later.map((i) => i.date)).toEqual(['2024-07-01']);
  });
});

describe('quotas as plans write them', () => {
  const unitItem = (date: string, unit: string, id = `${unit}-${date}`): PlanItem => ({ ...item(date, '2024/1', 'news', id), unit });
  const wards = ['Phường 1', 'Phường 2', 'Xã Bình Hiệp', 'Xã Thạnh Hưng'];
  const eachWard: TaskLike = { id: '1', timing: { kind: 'ongoing' }, target: { count: 1, of: 'news', per: 'year', each: wards } };

  it('matches unit names across case, spacing, NFD and old tone placement, and no further', () => {
    expect(nameKey('Xã  Hòa An')).toBe(nameKey('xã hoà an'.normalize('NFD')));
    expect(nameKey('Thủy')).toBe(nameKey('thuỷ'));
    expect(nameKey('Hòa')).not.toBe(nameKey('Hóa'));
    expect(nameKey('của')).toBe('của');
  });

  it('does not meet four units’ quotas with four items from one unit (the old sum did: 4/4)', () => {
    const items = ['2024-02-01', '2024-03-01', '2024-04-01', '2024-05-01'].map((d) => unitItem(d, 'Phường 1'));
    const y = progressOf(eachWard, items, '2025-01-02').periods.Y;
    expect(y).toMatchObject({ status: 'overdue', target: 4, done: 4, counted: 1, missing: 3 });
    expect(y.units!.map((u) => [u.unit, u.status, u.counted])).toEqual([
      ['Phường 1', 'done', 1],
      ['Phường 2', 'overdue', 0],
      ['Xã Bình Hiệp', 'overdue', 0],
      ['Xã Thạnh Hưng', 'overdue', 0],
    ]);
  });

  it('is done when every unit has met its quota, whatever the spelling of the unit', () => {
    const items = [
      unitItem('2024-02-01', 'phường  1'),
      unitItem('2024-03-01', 'PHƯỜNG 2'),
      unitItem('2024-04-01', 'Xã Bình Hiệp'.normalize('NFD')),
      unitItem('2024-05-01', 'xã thạnh hưng'),
    ];
    const y = progressOf(eachWard, items, '2024-06-30').periods.Y;
    expect(y).toMatchObject({ status: 'done', counted: 4, target: 4 });
    expect(y.units!.every((u) => u.status === 'done')).toBe(true);
  });

  it('lists an item of a unit outside the list, or of no unit, as not counting', () => {
    const t = progressOf(eachWard, [unitItem('2024-02-01', 'Phòng Nội vụ'), item('2024-02-02')], '2024-06-30');
    expect(t.items.map((i) => [i.counts, i.why])).toEqual([
      [false, 'unit'],
      [false, 'unit'],
    ]);
    expect(t.periods.Y.counted).toBe(0);
  });

  const monthly: TaskLike = { id: '1', timing: { kind: 'recurring', every: 'month' }, target: { count: 1, of: 'news', per: 'month' } };
  const aprilMayJune = [item('2024-04-03'), item('2024-04-20'), item('2024-06-10')];

  it('judges a monthly target month by month: two in April, none in May, one in June is not the quarter done (the old sum read 3/3)', () => {
    const q2 = progressOf(monthly, aprilMayJune, '2024-07-01').periods.Q2;
    expect(q2).toMatchObject({ status: 'overdue', target: 3, done: 3, counted: 2, missing: 1 });
    expect(q2.slots.map((s) => [s.slot.start, s.status])).toEqual([
      ['2024-04-01', 'done'],
      ['2024-05-01', 'overdue'],
      ['2024-06-01', 'done'],
    ]);
    // In June, May is already past and empty.
    expect(progressOf(monthly, aprilMayJune.slice(0, 2), '2024-06-05').periods.Q2.status).toBe('overdue');
    // On the last day of May, May is behind, not yet overdue.
    expect(progressOf(monthly, aprilMayJune.slice(0, 2), '2024-05-31').periods.Q2.status).toBe('behind');
  });

  it('applies a cadence on top of a yearly quota: both must hold', () => {
    const twelveAndMonthly: TaskLike = { id: '1', timing: { kind: 'ongoing' }, target: { count: 3, of: 'news', per: 'year', cadence: { count: 1, every: 'month' } } };
    // The year's 3 are all in April: the quota is met, but May is empty.
    const t = progressOf(twelveAndMonthly, [item('2024-04-01'), item('2024-04-02'), item('2024-04-03')], '2024-06-30');
    expect(t.periods.Q2).toMatchObject({ scope: 'to-date', target: 3, counted: 3, status: 'overdue' });
    expect(t.periods.Q2.slots.filter((s) => s.slot.cadence && s.status !== 'done').map((s) => [s.slot.start, s.status])).toEqual([
      ['2024-05-01', 'overdue'],
      ['2024-06-01', 'behind'],
    ]);
    // Quý I already missed January to March.
    expect(t.periods.Q1.status).toBe('overdue');
    const everyMonth = progressOf(
      twelveAndMonthly,
      ['01', '02', '03', '04', '05', '06'].map((m) => item(`2024-${m}-10`)),
      '2024-06-30',
    );
    expect(everyMonth.periods.H1.status).toBe('done');
  });

  it('applies a quarterly cadence to each unit', () => {
    const t: TaskLike = {
      id: '1',
      timing: { kind: 'ongoing' },
      target: { count: 2, of: 'news', per: 'year', each: ['A', 'B'], cadence: { count: 1, every: 'quarter' } },
    };
    const p = progressOf(t, [unitItem('2024-02-01', 'A'), unitItem('2024-02-02', 'B'), unitItem('2024-05-01', 'A')], '2024-07-01');
    expect(p.periods.Q2.units!.map((u) => [u.unit, u.status])).toEqual([
      ['A', 'done'],
      ['B', 'overdue'],
    ]);
    expect(p.periods.Q2.status).toBe('overdue');
  });
});

describe('overdue carries forward', () => {
  const q1: TaskLike = { id: '1', timing: { kind: 'quarter', quarter: 1 } };

  it('keeps a missed quý I task overdue in every later report of the year (it used to read "Không thuộc kỳ này")', () => {
    const t = progressOf(q1, [], '2024-12-31');
    for (const key of ['Q1', 'Q2', 'Q3', 'Q4', 'H1', 'Y'] as const) expect(t.periods[key].status, key).toBe('overdue');
    expect(t.periods.Q2).toMatchObject({ carried: true, target: 1, counted: 0, missing: 1, scope: 'to-date' });
    expect(t.periods.H1.carried).toBe(false);
  });

  it('shows it done, with the day, once an item lands late; quý I stays as it stood', () => {
    const t = progressOf(q1, [item('2024-05-10')], '2024-12-31');
    expect(t.periods.Q1.status).toBe('overdue');
    for (const key of ['Q2', 'Q3', 'Q4', 'H1', 'Y'] as const) expect(t.periods[key], key).toMatchObject({ status: 'done', doneLate: '2024-05-10' });
    // Before the item's day, quý II still reads overdue.
    expect(progressOf(q1, [item('2024-05-10')], '2024-05-09').periods.Q2.status).toBe('overdue');
  });

  it('does not carry a task done on time, a period not yet begun, or a missed month of a cadence', () => {
    const onTime = progressOf(q1, [item('2024-03-01')], '2024-12-31');
    expect(onTime.periods.Q2.status).toBe('not-applicable');
    expect(onTime.periods.Q1.doneLate).toBeNull();
    expect(progressOf(q1, [], '2024-04-15').periods.Q3.status).toBe('not-applicable');
    const quarterly: TaskLike = { id: '1', timing: { kind: 'recurring', every: 'quarter' } };
    expect(progressOf(quarterly, [item('2024-05-01')], '2024-06-30').periods.Q2).toMatchObject({ status: 'done', carried: false });
  });

  it('carries each unit of a one-off per-unit task until that unit is done', () => {
    const t: TaskLike = { id: '1', timing: { kind: 'quarter', quarter: 1 }, target: { count: 1, of: 'news', per: 'quarter', each: ['A', 'B'] } };
    const p = progressOf(
      t,
      [
        { ...item('2024-02-01'), unit: 'A' },
        { ...item('2024-08-01'), unit: 'B' },
      ],
      '2024-12-31',
    );
    expect(p.periods.Q2).toMatchObject({ status: 'overdue', carried: true, counted: 0, target: 1 });
    expect(p.periods.Q2.units!.map((u) => u.unit)).toEqual(['B']);
    expect(p.periods.Q3).toMatchObject({ status: 'done', doneLate: '2024-08-01' });
  });
});

describe('expectedBy', () => {
  const year = { start: '2024-01-01', end: '2024-12-31', count: 4, of: null };
  it('expects a share of whole months over, and everything once the slot ends', () => {
    expect(expectedBy(year, '2023-12-31')).toBe(0);
    expect(expectedBy(year, '2024-03-30')).toBe(0);
    expect(expectedBy(year, '2024-03-31')).toBe(1);
    expect(expectedBy(year, '2024-06-30')).toBe(2);
    expect(expectedBy(year, '2024-12-30')).toBe(3);
    expect(expectedBy(year, '2024-12-31')).toBe(4);
  });
});

describe('toPlanItem', () => {
  it('keeps published items with a task', () => {
    expect(toPlanItem('news', 'a', { title: 'A', date: '2024-01-01', task: '2024/1' })).toEqual({
      kind: 'news',
      id: 'a',
      title: 'A',
      date: '2024-01-01',
      task: '2024/1',
    });
    expect(toPlanItem('news', 'a', { title: 'A', date: '2024-01-01', task: '2024/1', unit: 'Phường 1' })?.unit).toBe('Phường 1');
    expect(toPlanItem('news', 'a', { title: 'A', date: '2024-01-01' })).toBeNull();
    expect(toPlanItem('events', 'a', { title: 'A', date: '2024-01-01', task: '2024/1', draft: true })).toBeNull();
  });
});
