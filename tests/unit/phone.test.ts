import { describe, expect, it } from 'vitest';
import { numbersToCall, phoneText, sameNumber, telHref } from '../../src/lib/phone.ts';

describe('phone numbers', () => {
  it('dials the digits only, keeping a leading +', () => {
    expect(telHref('0203 3690 215')).toBe('tel:02033690215');
    expect(telHref('+84 (203) 3690-215')).toBe('tel:+842033690215');
    expect(telHref('1800 1096 (miễn phí)')).toBe('tel:18001096');
  });

  it('shows the number on one line: no breakable space or hyphen is left', () => {
    const shown = phoneText(' 0239 3 800-002 ');
    expect(shown).toBe('0239\u00a03\u00a0800\u2011002');
    expect(shown).not.toMatch(/[ \t\n-]/);
  });
});

describe('the numbers to call from the home page', () => {
  it('knows one number written two ways', () => {
    expect(sameNumber('0203 3 800 123', '0203.3800.123')).toBe(true);
    expect(sameNumber('0203 3 800 123', '0203 3 800 124')).toBe(false);
  });

  it('adds the filing desk after the hotlines, unless a hotline already dials it', () => {
    const hotlines = [{ label: 'Đường dây nóng', phone: '0203 3 800 115' }];
    expect(numbersToCall(hotlines, { name: 'Trung tâm', phone: '0203 3800 123' })).toEqual([...hotlines, { label: 'Trung tâm', phone: '0203 3800 123' }]);
    expect(numbersToCall([...hotlines, { label: 'Một cửa', phone: '0203.3800.123' }], { name: 'Trung tâm', phone: '0203 3 800 123' })).toHaveLength(2);
  });
});
