/**
 * The one place where an axe finding may be accepted instead of fixed.
 * Each entry names the rule, narrows it to pages and elements, and says why
 * it is right to leave as it is. The crawl fails on any other violation, and
 * also on an entry here that no longer matches anything (a stale exception).
 *
 * Today the list is empty: every violation found so far was fixed in the markup.
 */
export interface A11yException {
  /** axe rule id, e.g. 'color-contrast'. */
  rule: string;
  /** Pages it applies to (URL path with the base path); all pages if absent. */
  page?: RegExp;
  /** CSS selector of the element, as axe reports it; every element if absent. */
  target?: RegExp;
  /** Why this is acceptable, in a sentence a reviewer can check. */
  reason: string;
}

export const A11Y_EXCEPTIONS: A11yException[] = [];
