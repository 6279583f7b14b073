/** The administrative unit a site belongs to, as its pages name it. */

/**
 * Where the unit sits: "tỉnh Quảng Ninh" since the two-tier reform of
 * 1 July 2025, "huyện Đức Thọ, tỉnh Hà Tĩnh" for a site from before it.
 */
export function placeOf(unit: { district?: string | undefined; province: string }): string {
  return unit.district ? `${unit.district}, ${unit.province}` : unit.province;
}
