import { describe, expect, it } from 'vitest';
import { formatDate, formatDateLong, isoDateInVietnam, isoFromYamlDate, parseCalendarDate, quarterOf, romanQuarter, startOfDayInVietnam } from '../../src/lib/dates.ts';

describe('parseCalendarDate', () => {
  it('reads ISO and Vietnamese day/month/year', () => {
    expect(parseCalendarDate('2024-03-31')).toBe('2024-03-31');
    expect(parseCalendarDate('31/03/2024')).toBe('2024-03-31');
    expect(parseCalendarDate('7/2/2024')).toBe('2024-02-07');
  });
  it('rejects days that do not exist instead of rolling over', () => {
    expect(parseCalendarDate('2024-02-31')).toBeNull();
    expect(parseCalendarDate('31/02/2024')).toBeNull();
    expect(parseCalendarDate('2023-02-29')).toBeNull();
    expect(parseCalendarDate('2024-13-01')).toBeNull();
    expect(parseCalendarDate('hôm qua')).toBeNull();
  });
  it('knows leap years', () => {
    expect(parseCalendarDate('29/02/2024')).toBe('2024-02-29');
    expect(parseCalendarDate('2100-02-29')).toBeNull();
  });
});

describe('Asia/Ho_Chi_Minh', () => {
  it('a UTC instant late on 31 March is already 1 April in Vietnam', () => {
    expect(isoDateInVietnam(new Date('2024-03-31T16:59:59Z'))).toBe('2024-03-31');
    expect(isoDateInVietnam(new Date('2024-03-31T17:00:00Z'))).toBe('2024-04-01');
  });
  it('a news item dated 2024-03-31 is in quarter I wherever the build runs', () => {
    expect(quarterOf('2024-03-31')).toBe(1);
    expect(quarterOf('2024-04-01')).toBe(2);
    expect(quarterOf('2024-12-31')).toBe(4);
  });
  it('the start of a Vietnamese day is 17:00 UTC the day before', () => {
    expect(startOfDayInVietnam('2024-04-01').toISOString()).toBe('2024-03-31T17:00:00.000Z');
  });
  it('YAML dates at UTC midnight keep their calendar day', () => {
    expect(isoFromYamlDate(new Date(Date.UTC(2024, 2, 31)))).toBe('2024-03-31');
  });
});

describe('formatting', () => {
  it('writes dates the Vietnamese way', () => {
    expect(formatDate('2024-02-07')).toBe('07/02/2024');
    expect(formatDateLong('2024-02-07')).toBe('ngày 7 tháng 2 năm 2024');
    expect(romanQuarter(4)).toBe('IV');
  });
});
