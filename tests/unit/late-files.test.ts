/** The arithmetic of the late-processing disclosure (src/lib/late-files.ts). */
import { describe, expect, it } from 'vitest';
import { addDays, daysLate, disclosureProblems, formatRate, officialText, rate, totals, weekday, type Disclosure, type LateCase } from '../../src/lib/late-files.ts';

const base: LateCase = {
  procedure: '1.004873',
  received: '2024-04-01',
  due: '2024-04-04',
  returned: '2024-04-08',
  reason: 'Chờ xác minh',
  official: { position: 'Công chức Tư pháp - Hộ tịch', name: 'Trần Thị Mẫu' },
  apology: true,
};
const quarter = (cases: LateCase[], processed = 100, holidays: string[] = []): Disclosure => ({ year: 2024, quarter: 2, processed, holidays, cases });

describe('days late', () => {
  it('counts working days after the due date, the return day always included', () => {
    expect(weekday('2024-04-05')).toBe(5); // a Friday
    // Due Thursday 04/04, returned Monday 08/04: Friday counts, the weekend does not, Monday is the return day.
    expect(daysLate('2024-04-04', '2024-04-08')).toBe(2);
    // Due Friday, returned Monday: one day late.
    expect(daysLate('2024-04-05', '2024-04-08')).toBe(1);
    // Returned on a Saturday morning at the one-stop desk: still a day late.
    expect(daysLate('2024-04-05', '2024-04-06')).toBe(1);
    expect(daysLate('2024-04-01', '2024-04-02')).toBe(1);
    expect(daysLate('2024-04-01', '2024-04-12')).toBe(9);
  });

  it('skips the holidays a disclosure lists', () => {
    // Tết 2024: 08–14/02 off. Due 07/02, returned Friday 16/02: only 15/02 and the return day count.
    const tet = ['2024-02-08', '2024-02-09', '2024-02-12', '2024-02-13', '2024-02-14'];
    expect(daysLate('2024-02-07', '2024-02-16', tet)).toBe(2);
    expect(daysLate('2024-02-07', '2024-02-16')).toBe(7);
  });

  it('is 0 for a file returned on or before its due date', () => {
    expect(daysLate('2024-04-04', '2024-04-04')).toBe(0);
    expect(daysLate('2024-04-04', '2024-04-03')).toBe(0);
  });

  it('crosses months and years', () => {
    expect(addDays('2024-02-28', 2)).toBe('2024-03-01');
    expect(addDays('2023-12-31', 1)).toBe('2024-01-01');
    expect(daysLate('2024-12-31', '2025-01-02')).toBe(2);
  });
});

describe('checks of a disclosure', () => {
  it('finds nothing wrong in a good quarter', () => {
    expect(disclosureProblems(quarter([base]))).toEqual([]);
    expect(disclosureProblems(quarter([], 0))).toEqual([]);
  });

  it('rejects a return before the receipt, a due date before the receipt, and a file that was not late', () => {
    expect(disclosureProblems(quarter([{ ...base, returned: '2024-03-29', received: '2024-04-01' }])).map((p) => p.kind)).toEqual(['returnedBeforeReceived']);
    expect(disclosureProblems(quarter([{ ...base, due: '2024-03-30' }])).map((p) => p.kind)).toEqual(['receivedAfterDue']);
    expect(disclosureProblems(quarter([{ ...base, returned: '2024-04-04' }]))).toMatchObject([{ kind: 'notLate', index: 0, field: 'returned', due: '2024-04-04' }]);
  });

  it('rejects a return outside the quarter', () => {
    expect(disclosureProblems(quarter([{ ...base, received: '2024-06-25', due: '2024-06-28', returned: '2024-07-02' }]))).toMatchObject([
      { kind: 'outsideQuarter', span: { start: '2024-04-01', end: '2024-06-30' } },
    ]);
  });

  it('checks days late when written, and only then', () => {
    expect(disclosureProblems(quarter([{ ...base, daysLate: 2 }]))).toEqual([]);
    expect(disclosureProblems(quarter([{ ...base, daysLate: 4 }]))).toMatchObject([{ kind: 'daysLateMismatch', value: 4, computed: 2, field: 'daysLate' }]);
  });

  it('needs at least as many files processed as are listed late, and holidays inside the quarter', () => {
    expect(disclosureProblems(quarter([base, base], 1))).toMatchObject([{ kind: 'processedTooFew', late: 2 }]);
    expect(disclosureProblems(quarter([], 10, ['2024-01-01']))).toMatchObject([{ kind: 'holidayOutsideQuarter', index: 0 }]);
  });

  it('keeps the apology consistent', () => {
    expect(disclosureProblems(quarter([{ ...base, apology: false, apologyDate: '2024-04-04' }])).map((p) => p.kind)).toEqual(['apologyDateWithoutApology']);
    expect(disclosureProblems(quarter([{ ...base, apologyDate: '2024-03-20' }])).map((p) => p.kind)).toEqual(['apologyBeforeReceipt']);
  });
});

describe('totals and on-time rates', () => {
  it('adds up a quarter', () => {
    const late2 = { ...base, received: '2024-05-02', due: '2024-05-06', returned: '2024-05-07', apology: false };
    expect(totals([quarter([base, late2], 286)])).toEqual({ processed: 286, late: 2, onTime: 284, onTimeRate: 99.3, apologies: 1, daysLate: 3, maxDaysLate: 2 });
  });

  it('says 100 % only when no file was late, and nothing when no file was processed', () => {
    expect(totals([quarter([], 312)]).onTimeRate).toBe(100);
    expect(rate(9999, 10000)).toBe(99.9);
    expect(rate(2, 3)).toBe(66.6);
    expect(totals([quarter([], 0)])).toMatchObject({ processed: 0, late: 0, onTimeRate: null });
  });

  it('adds up a year from its quarters', () => {
    const q1: Disclosure = {
      year: 2024,
      quarter: 1,
      processed: 200,
      holidays: [],
      cases: [{ ...base, received: '2024-03-01', due: '2024-03-04', returned: '2024-03-05' }],
    };
    expect(totals([q1, quarter([], 300), quarter([base], 100)])).toMatchObject({ processed: 600, late: 2, onTime: 598, onTimeRate: 99.6 });
  });

  it('writes rates the Vietnamese way', () => {
    expect(formatRate(99.3)).toBe('99,3%');
    expect(formatRate(100)).toBe('100,0%');
  });

  it('names an official only where the site allows it', () => {
    expect(officialText(base.official, 'position')).toBe('Công chức Tư pháp - Hộ tịch');
    expect(officialText(base.official, 'name')).toBe('Trần Thị Mẫu – Công chức Tư pháp - Hộ tịch');
    expect(officialText({ position: 'Công chức Văn phòng - Thống kê' }, 'name')).toBe('Công chức Văn phòng - Thống kê');
  });
});
