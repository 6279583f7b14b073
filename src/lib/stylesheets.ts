/**
 * A page's stylesheets as one file. Astro links one file per chunk of CSS:
 * the rules every page shares, then those of the page's kind (a procedure's
 * answer box, the home page's, the report's). Every link is a request that
 * holds the first paint, and on a slow network its round trip costs more
 * than the bytes, so the build joins the stylesheets a page links, in their
 * order (the cascade is the same), into one file named by its content
 * (src/integrations/cchc.ts).
 */
import { createHash } from 'node:crypto';

const STYLESHEET = /<link\b[^>]*\brel="stylesheet"[^>]*>/;
/** Two or more stylesheet links, with only white space between them. */
const RUN = new RegExp(`(?:${STYLESHEET.source}\\s*){2,}`);
const STYLESHEETS = new RegExp(STYLESHEET.source, 'g');
const hrefOf = (tag: string) => /\bhref="([^"]+)"/.exec(tag)?.[1];

/** The stylesheets a built page links, as written (with the base path). */
export function pageStylesheets(html: string): string[] {
  return [...html.matchAll(/<link\b[^>]*>/g)]
    .map((m) => m[0])
    .filter((tag) => STYLESHEET.test(tag))
    .map(hrefOf)
    .filter((href): href is string => Boolean(href));
}

/** Two or more stylesheet links side by side in the page's head: where they are and what they link. */
export interface StylesheetRun {
  start: number;
  end: number;
  hrefs: string[];
}

export function stylesheetRun(html: string): StylesheetRun | undefined {
  const head = html.indexOf('</head>');
  const run = RUN.exec(head < 0 ? html : html.slice(0, head));
  if (!run) return undefined;
  const hrefs = [...run[0].matchAll(STYLESHEETS)].map((m) => hrefOf(m[0]));
  if (hrefs.some((href) => !href)) return undefined;
  return { start: run.index, end: run.index + run[0].trimEnd().length, hrefs: hrefs as string[] };
}

/**
 * A stylesheet of the build's own under the site's base path: a plain path
 * to a .css file, nothing that climbs out of the output folder, no other host.
 */
export function isBuiltStylesheet(href: string, base: string): boolean {
  return href.startsWith(base) && /^[\w./-]+\.css$/.test(href) && !href.includes('//') && !href.split('/').includes('..');
}

/** The file the joined stylesheets are published as, beside them: named by its content, so hosts may cache it for good. */
export function joinedName(css: string): string {
  return `page.${createHash('sha256').update(css).digest('base64url').slice(0, 10)}.css`;
}

/** The page with its run of links replaced by one link to `href`. */
export function withOneStylesheet(html: string, run: StylesheetRun, href: string): string {
  return `${html.slice(0, run.start)}<link rel="stylesheet" href="${href}">${html.slice(run.end)}`;
}
