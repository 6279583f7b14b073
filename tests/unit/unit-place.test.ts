import { describe, expect, it } from 'vitest';
import { siteSchema } from '../../src/schemas/site.ts';
import { districtOf, formerUnitGroups, fullUnitName, placeOf, reportsToOf, unitInitials, unitName } from '../../src/lib/unit.ts';

describe('placeOf', () => {
  it('names the province alone for a unit of the two-tier country, and the district first for a historic site', () => {
    expect(placeOf({ province: 'tỉnh Quảng Ninh' })).toBe('tỉnh Quảng Ninh');
    expect(placeOf({ district: 'huyện Đức Thọ', province: 'tỉnh Hà Tĩnh' })).toBe('huyện Đức Thọ, tỉnh Hà Tĩnh');
  });
  it('does not repeat a thị xã that its plan names as its own district', () => {
    const town = { name: 'Kiến Tường', kind: 'thị xã', district: 'Thị xã Kiến Tường', province: 'tỉnh Long An' };
    expect(placeOf(town)).toBe('tỉnh Long An');
    expect(fullUnitName(town)).toBe('thị xã Kiến Tường, tỉnh Long An');
    expect(unitName(town)).toBe('thị xã Kiến Tường');
  });
  it('gives a real district only: none since the reform, none when a thị xã names itself', () => {
    expect(districtOf({ name: 'Hòa Bình', kind: 'phường' })).toBeUndefined();
    expect(districtOf({ name: 'An Khánh', kind: 'xã', district: 'huyện Châu Thành' })).toBe('huyện Châu Thành');
    expect(districtOf({ name: 'Kiến Tường', kind: 'thị xã', district: 'Thị xã Kiến Tường' })).toBeUndefined();
  });
  it('reports to the province since the reform, to the district office on a historic site, or where the site says', () => {
    expect(reportsToOf({ name: 'Hòa Bình', kind: 'phường', province: 'tỉnh Quảng Ninh' })).toBe('Sở Nội vụ tỉnh Quảng Ninh');
    expect(reportsToOf({ name: 'An Khánh', kind: 'xã', district: 'huyện Châu Thành', province: 'tỉnh Bến Tre' })).toBe('Phòng Nội vụ huyện Châu Thành');
    expect(reportsToOf({ name: 'Kiến Tường', kind: 'thị xã', district: 'thị xã Kiến Tường', province: 'tỉnh Long An' })).toBe('Sở Nội vụ tỉnh Long An');
    expect(reportsToOf({ name: 'X', kind: 'xã', province: 'tỉnh Y', reportsTo: 'Ủy ban nhân dân tỉnh Y' })).toBe('Ủy ban nhân dân tỉnh Y');
  });
  it('site.yaml takes no district, the kind đặc khu, former units and a service center', () => {
    const shape = siteSchema.shape;
    expect(shape.district.safeParse(undefined).success).toBe(true);
    expect(shape.kind.safeParse('đặc khu').success).toBe(true);
    expect(shape.kind.safeParse('huyện').success).toBe(false);
    expect(shape.formerUnits.parse([{ name: 'Bằng Cả', kind: 'xã', until: '30/06/2025' }])).toEqual([{ name: 'Bằng Cả', kind: 'xã', until: '2025-06-30' }]);
    expect(shape.formerUnits.safeParse([{ name: 'Bằng Cả', kind: 'làng' }]).success).toBe(false);
    expect(shape.serviceCenter.safeParse({ name: 'Trung tâm', address: 'Số 1', phone: '0203 123 456' }).success).toBe(true);
    expect(shape.serviceCenter.safeParse({ name: 'Trung tâm', address: 'Số 1', phone: '0203 123 456', mapUrl: 'javascript:alert(1)' }).success).toBe(false);
  });
});

describe('formerUnitGroups', () => {
  it('keeps the order and says a shared last day once', () => {
    const units = [
      { name: 'Bằng Cả', kind: 'xã', until: '2025-06-30' },
      { name: 'Hoành Bồ', kind: 'phường', until: '2025-06-30' },
    ];
    expect(formerUnitGroups(units)).toEqual([{ names: ['xã Bằng Cả', 'phường Hoành Bồ'], until: '2025-06-30' }]);
  });
  it('groups only neighbours with the same day, and keeps a unit without a day', () => {
    const units = [
      { name: 'A', kind: 'xã', until: '2019-12-31' },
      { name: 'B', kind: 'xã', until: '2025-06-30' },
      { name: 'C', kind: 'thị trấn' },
    ];
    expect(formerUnitGroups(units)).toEqual([
      { names: ['xã A'], until: '2019-12-31' },
      { names: ['xã B'], until: '2025-06-30' },
      { names: ['thị trấn C'], until: undefined },
    ]);
    expect(formerUnitGroups([])).toEqual([]);
  });
});

describe('unitInitials', () => {
  it('marks a site without a logo with its name\u2019s initials, marks kept', () => {
    expect(unitInitials({ name: 'Bằng Cả' })).toBe('BC');
    expect(unitInitials({ name: 'Hòa An' })).toBe('HA');
    expect(unitInitials({ name: 'đồng  sơn' })).toBe('ĐS');
    expect(unitInitials({ name: 'Vân Đồn' })).toBe('VĐ');
  });
});
