/**
 * Phone numbers on the page. A number is dialled from its digits, and shown
 * with non-breaking spaces so that "0203 3690 215" never wraps across lines
 * on a narrow phone screen (and html-validate's tel-non-breaking stays quiet).
 */

/** `tel:` address: the digits and a leading +, nothing else. */
export function telHref(phone: string): string {
  const digits = phone.replace(/[^+\d]/g, '');
  return `tel:${digits.startsWith('+') ? `+${digits.slice(1).replace(/\+/g, '')}` : digits.replace(/\+/g, '')}`;
}

/** The number as written in site.yaml, its spaces and hyphens made non-breaking. */
export function phoneText(phone: string): string {
  return phone.trim().replace(/\s+/g, '\u00a0').replace(/-/g, '\u2011');
}

/** Two numbers written differently ("0203 3 800 123", "0203.3800.123") that dial the same. */
export function sameNumber(a: string, b: string): boolean {
  return telHref(a) === telHref(b);
}

/**
 * The numbers a citizen can call from the home page: the hotlines, then the
 * desk where files are handed in (the service center, or the committee on a
 * site without one) unless a hotline already dials it.
 */
export function numbersToCall<T extends { label: string; phone?: string | undefined }>(
  hotlines: readonly T[],
  desk: { name: string; phone: string },
): (T | { label: string; phone: string })[] {
  return hotlines.some((h) => h.phone && sameNumber(h.phone, desk.phone)) ? [...hotlines] : [...hotlines, { label: desk.name, phone: desk.phone }];
}
