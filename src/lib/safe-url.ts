/**
 * Which addresses a URL field of the content may hold. A link on a
 * government page must never run code or carry a page inside it, so only
 * web addresses (https, and http for the government hosts that still have no
 * https) and, where a contact is meant, mailto: and tel: are taken; the
 * Markdown sanitiser allows the same schemes in bodies (src/markdown/).
 * Pure: parsed with WHATWG URL, as a browser would read the address.
 */

/** Schemes of an address a page is at. */
export const WEB_SCHEMES = ['https', 'http'] as const;
/** Schemes of a link a citizen may follow: a page, or writing or calling someone. */
export const LINK_SCHEMES = [...WEB_SCHEMES, 'mailto', 'tel'] as const;

export type UrlProblem =
  /** Not an absolute address at all ("www.example.gov.vn", "trang chủ"). */
  | { kind: 'notUrl' }
  /** An address of another kind: javascript:, data:, vbscript:, file:… */
  | { kind: 'scheme'; scheme: string };

export function urlProblem(value: string, schemes: readonly string[]): UrlProblem | undefined {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return { kind: 'notUrl' };
  }
  // The parser lower-cases the scheme and drops tabs and newlines inside it, as browsers do ("java\tscript:").
  const scheme = url.protocol.slice(0, -1);
  return schemes.includes(scheme) ? undefined : { kind: 'scheme', scheme };
}

/**
 * A value for a link's query (`?u=…`, `?subject=…`), escaped only where the
 * query needs it: spaces, controls and the characters that end or split a
 * value (`&`, `=`, `+`, `#`, `%`) or may not stand in a URL (quotes, `<>`,
 * `\^{|}` and the backtick). Letters with tone marks and an address's `:`
 * and `/` stay as written: the browser encodes the letters as UTF-8 when
 * the link is followed, the same URL `encodeURIComponent` gives, while the
 * page keeps them readable and gzip finds them again beside the page's own
 * text (the feedback link on every page was 0.3 KB of escapes).
 */
export function queryValue(text: string): string {
  return text.replace(/[\0-\x20"#%&'+<=>\\^`{|}\x7f]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}
