import { describe, expect, it } from 'vitest';
import { siteSchema } from '../../src/schemas/site.ts';
import { placeOf } from '../../src/lib/unit.ts';

describe('placeOf', () => {
  it('names the province alone for a unit of the two-tier country, and the district first for a historic site', () => {
    expect(placeOf({ province: 'tỉnh Quảng Ninh' })).toBe('tỉnh Quảng Ninh');
    expect(placeOf({ district: 'huyện Đức Thọ', province: 'tỉnh Hà Tĩnh' })).toBe('huyện Đức Thọ, tỉnh Hà Tĩnh');
  });
  it('site.yaml takes no district and the kind đặc khu', () => {
    const shape = siteSchema.shape;
    expect(shape.district.safeParse(undefined).success).toBe(true);
    expect(shape.kind.safeParse('đặc khu').success).toBe(true);
    expect(shape.kind.safeParse('huyện').success).toBe(false);
  });
});
