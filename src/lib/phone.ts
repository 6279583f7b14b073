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
