/**
 * What the gates of `cchc verify` report: typed problems, no sentences.
 * src/i18n/verify.ts turns them into Vietnamese.
 */

/** The gates, in the order they run. */
export const GATES = ['links', 'html', 'furniture', 'requests', 'policy', 'axe'] as const;
export type GateId = (typeof GATES)[number];

export type ProblemCode =
  // links: an internal address or #fragment that leads nowhere
  | 'missing-target'
  | 'missing-anchor'
  | 'outside-base'
  // html: an html-validate error
  | 'invalid-html'
  // furniture: what every page needs
  | 'no-sitemap'
  | 'not-built'
  | 'not-in-sitemap'
  | 'h1-count'
  | 'title-missing'
  | 'title-duplicate'
  | 'description-missing'
  | 'canonical-wrong'
  | 'error-page-canonical'
  | 'error-page-indexed'
  // requests: something a visitor's browser would fetch from another host
  | 'external-resource'
  | 'external-css'
  // policy: the Content-Security-Policy and what it forbids
  | 'csp-missing'
  | 'csp-different'
  | 'inline-script'
  | 'style-element'
  | 'event-handler'
  | 'javascript-url'
  | 'meta-refresh'
  | 'base-element'
  | 'form-elsewhere'
  // axe
  | 'axe-violation'
  | 'iframe';

export interface Problem {
  gate: GateId;
  code: ProblemCode;
  /** The page or file it was found in: its URL path, with the base path. */
  page: string;
  /** What it is about: an address, an element's selector, an attribute. */
  target?: string;
  /** The rule broken, for gates run by a tool (html-validate, axe). */
  rule?: string;
  /** A value that completes the finding: a count, the other page, the tool's own (English) message. */
  detail?: string;
  line?: number;
  column?: number;
}

export interface GateReport {
  problems: Problem[];
  /** How many things the gate looked at (pages, links, files): a gate that looked at nothing is itself a fault. */
  checked: number;
}
