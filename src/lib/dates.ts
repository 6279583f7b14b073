/**
 * Calendar dates for a Vietnamese commune. Every date in content is a plain
 * calendar day in Asia/Ho_Chi_Minh (UTC+7, no daylight saving), stored as an
 * ISO string "YYYY-MM-DD" so it never shifts with the build machine's zone.
 */

const OFFSET_MS = 7 * 60 * 60 * 1000;

export type IsoDate = string;
export type Quarter = 1 | 2 | 3 | 4;

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;
const VIETNAMESE = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;

function isRealDate(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false;
  return d <= daysInMonth(y, m);
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

/**
 * Parse "2024-03-31" or "31/03/2024" into an ISO date, or null when the text
 * is not a date that exists (31/02/2024 is rejected, never rolled over).
 */
export function parseCalendarDate(text: string): IsoDate | null {
  const t = text.trim();
  let y: number, m: number, d: number;
  const iso = ISO.exec(t);
  const vi = VIETNAMESE.exec(t);
  if (iso) [y, m, d] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  else if (vi) [d, m, y] = [Number(vi[1]), Number(vi[2]), Number(vi[3])];
  else return null;
  return isRealDate(y, m, d) ? `${y}-${pad(m)}-${pad(d)}` : null;
}

/**
 * A YAML loader may hand us a Date at UTC midnight for `2024-03-31`; its UTC
 * fields are the calendar day the clerk wrote.
 */
export function isoFromYamlDate(value: Date): IsoDate {
  return `${value.getUTCFullYear()}-${pad(value.getUTCMonth() + 1)}-${pad(value.getUTCDate())}`;
}

export function parts(date: IsoDate): { year: number; month: number; day: number } {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return { year, month, day };
}

/** The calendar day in Asia/Ho_Chi_Minh at a given instant. */
export function isoDateInVietnam(instant: Date): IsoDate {
  return isoFromYamlDate(new Date(instant.getTime() + OFFSET_MS));
}

export function quarterOf(date: IsoDate): Quarter {
  return (Math.floor((parts(date).month - 1) / 3) + 1) as Quarter;
}

export function yearOf(date: IsoDate): number {
  return parts(date).year;
}

const ROMAN = ['I', 'II', 'III', 'IV'] as const;
export function romanQuarter(q: Quarter): string {
  return ROMAN[q - 1]!;
}

/** "31/03/2024" — the form used on Vietnamese documents. */
export function formatDate(date: IsoDate): string {
  const { year, month, day } = parts(date);
  return `${pad(day)}/${pad(month)}/${year}`;
}

/** "ngày 31 tháng 3 năm 2024" — the long form used in headings and notices. */
export function formatDateLong(date: IsoDate): string {
  const { year, month, day } = parts(date);
  return `ngày ${day} tháng ${month} năm ${year}`;
}

/** The instant that starts this calendar day in Vietnam, for feeds and JSON-LD. */
export function startOfDayInVietnam(date: IsoDate): Date {
  const { year, month, day } = parts(date);
  return new Date(Date.UTC(year, month - 1, day) - OFFSET_MS);
}

/** RFC 3339 with the +07:00 offset, e.g. for <time datetime> and feeds. */
export function toIsoDateTime(date: IsoDate): string {
  return `${date}T00:00:00+07:00`;
}

export function compareDates(a: IsoDate, b: IsoDate): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
