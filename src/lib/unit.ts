/** The administrative unit a site belongs to, as its pages name it. */
import { nameKey } from './text.ts';

interface Unit {
  name: string;
  kind: string;
  district?: string | undefined;
  province: string;
}

/** "xã Bằng Cả", "phường Hồng Gai", "đặc khu Vân Đồn": the unit with its kind. */
export function unitName(unit: Pick<Unit, 'name' | 'kind'>): string {
  return `${unit.kind} ${unit.name}`;
}

/**
 * Where the unit sits: "tỉnh Quảng Ninh" since the two-tier reform of
 * 1 July 2025, "huyện Đức Thọ, tỉnh Hà Tĩnh" for a site from before it. A
 * thị xã's plan may name the town itself as its district; it is not repeated.
 */
export function placeOf(unit: { name?: string; kind?: string; district?: string | undefined; province: string }): string {
  const district = districtOf(unit);
  return district ? `${district}, ${unit.province}` : unit.province;
}

/**
 * The unit's real district, with its kind ("huyện Đức Thọ"): only a site from
 * before the reform has one, and a thị xã whose plan names itself as its
 * district has none. Undefined when there is no district to name.
 */
export function districtOf(unit: { name?: string; kind?: string; district?: string | undefined }): string | undefined {
  if (!unit.district) return undefined;
  return unit.name && unit.kind && nameKey(unit.district) === nameKey(unitName({ name: unit.name, kind: unit.kind })) ? undefined : unit.district;
}

/** "xã Bằng Cả, tỉnh Quảng Ninh": the unit with where it sits, each name once. */
export function fullUnitName(unit: Unit): string {
  return `${unitName(unit)}, ${placeOf(unit)}`;
}

/**
 * Who receives the commune's reform reports: the site's own `reportsTo`, or
 * the Department of Home Affairs of the province (since 1 July 2025), or the
 * district's Office of Home Affairs for a historic site.
 */
export function reportsToOf(unit: Unit & { reportsTo?: string | undefined }): string {
  if (unit.reportsTo) return unit.reportsTo;
  const district = districtOf(unit);
  return district ? `Phòng Nội vụ ${district}` : `Sở Nội vụ ${unit.province}`;
}

/**
 * The former units in their order, those that ended on the same day
 * together: [{ names: ['xã Bằng Cả', 'phường Hoành Bồ'], until: '2025-06-30' }],
 * so the page says the date once per group.
 */
export function formerUnitGroups<D extends string>(units: readonly { name: string; kind: string; until?: D | undefined }[]): { names: string[]; until: D | undefined }[] {
  const groups: { names: string[]; until: D | undefined }[] = [];
  for (const unit of units) {
    const last = groups.at(-1);
    if (last && last.until === unit.until) last.names.push(unitName(unit));
    else groups.push({ names: [unitName(unit)], until: unit.until });
  }
  return groups;
}

/**
 * "BC" for Bằng Cả, "HA" for Hòa An: the mark in the header of a site with no
 * logo, a neutral block with the name's initials (never a drawn emblem).
 */
export function unitInitials(unit: Pick<Unit, 'name'>): string {
  return unit.name
    .normalize('NFC')
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 3)
    .map((word) => word[0]!.toLocaleUpperCase('vi'))
    .join('');
}
