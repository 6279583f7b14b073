import { describe, expect, it } from 'vitest';
import { phoneText, telHref } from '../../src/lib/phone.ts';

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
