/**
 * Every address a page refers to, from the attributes that hold one. The
 * links gate checks that internal ones resolve; the requests gate that what
 * a browser fetches comes from the site's own host.
 */
import type { HTMLElement } from 'node-html-parser';

export interface Reference {
  element: HTMLElement;
  tag: string;
  attribute: string;
  /** As written in the page. */
  value: string;
  /**
   * Followed by the visitor (a link, a form), not fetched by the browser on
   * its own: such an address may point at another host.
   */
  navigation: boolean;
}

/** Attributes holding an address, by element. */
const URL_ATTRIBUTES: Record<string, readonly string[]> = {
  a: ['href'],
  area: ['href'],
  link: ['href', 'imagesrcset'],
  img: ['src', 'srcset'],
  source: ['src', 'srcset'],
  script: ['src'],
  video: ['src', 'poster'],
  audio: ['src'],
  track: ['src'],
  iframe: ['src'],
  embed: ['src'],
  object: ['data'],
  input: ['src', 'formaction'],
  button: ['formaction'],
  form: ['action'],
};

const NAVIGATION_ATTRIBUTES = new Set(['action', 'formaction']);

/** <link> relations that name a document rather than fetch it. */
const NAVIGATION_RELS = new Set(['canonical', 'alternate', 'author', 'help', 'license', 'next', 'prev', 'search', 'me', 'bookmark']);

function isNavigation(tag: string, attribute: string, element: HTMLElement): boolean {
  if (tag === 'a' || tag === 'area' || NAVIGATION_ATTRIBUTES.has(attribute)) return true;
  if (tag !== 'link') return false;
  const rels = (element.getAttribute('rel') ?? '').toLowerCase().split(/\s+/).filter(Boolean);
  return rels.length > 0 && rels.every((rel) => NAVIGATION_RELS.has(rel));
}

export function referencesOf(root: HTMLElement): Reference[] {
  const found: Reference[] = [];
  for (const element of root.querySelectorAll('*')) {
    const tag = element.tagName.toLowerCase();
    for (const attribute of URL_ATTRIBUTES[tag] ?? []) {
      const raw = element.getAttribute(attribute);
      if (raw === undefined || raw.trim() === '') continue;
      const navigation = isNavigation(tag, attribute, element);
      for (const value of urlsIn(attribute, raw)) found.push({ element, tag, attribute, value, navigation });
    }
  }
  return found;
}

/** The address resolved against the page, or undefined for what is not http(s) (mailto:, tel:, data:, javascript:). */
export function resolveReference(value: string, page: URL): URL | undefined {
  if (!URL.canParse(value, page)) return undefined;
  const url = new URL(value, page);
  return url.protocol === 'http:' || url.protocol === 'https:' ? url : undefined;
}

/** An attribute's URLs: one for src/href, each candidate's for srcset. */
function urlsIn(attribute: string, value: string): string[] {
  if (attribute !== 'srcset' && attribute !== 'imagesrcset') return [value.trim()];
  return value
    .split(',')
    .map((candidate) => candidate.trim().split(/\s+/)[0]!)
    .filter(Boolean);
}

/** `url(...)` and `@import "..."` addresses in CSS text. */
export function cssUrls(css: string): string[] {
  return [...css.matchAll(/url\(\s*(?:"([^"]*)"|'([^']*)'|([^)]*?))\s*\)|@import\s+(?:"([^"]*)"|'([^']*)')/g)]
    .map((m) => (m[1] ?? m[2] ?? m[3] ?? m[4] ?? m[5] ?? '').trim())
    .filter(Boolean);
}
