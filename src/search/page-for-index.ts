/**
 * A built page as Pagefind should read it, and the text it will index. Pure:
 * a string in, a string out; the published HTML is never changed (the
 * indexer writes copies).
 *
 * The page is read in one pass of htmlparser2's events, without building a
 * tree: the search-index step reads every page of the site, and parse5's
 * tree (hast-util-from-html) cost about 0.8 ms a page, two thirds of the
 * step's own CPU before Pagefind (docs/benchmarks.md). The pages are the
 * build's own output (Astro's templates, Markdown already sanitised and
 * serialised), so what a tree builder would repair does not occur.
 *
 * Pagefind's attributes are its public interface: `data-pagefind-body` marks
 * what is indexed (the layout puts it on the main content of detail pages
 * only), `data-pagefind-ignore` what is left out of it, `data-pagefind-meta`
 * a metadata field.
 */
import { Parser } from 'htmlparser2';
import { FOLDED_TITLE, FOLDED_WORDS, foldedTitleField, foldedWords } from '../lib/search-folding.ts';
import { MAIN_ONLY_FILTER } from '../lib/search.ts';

const BODY = 'data-pagefind-body';
const IGNORE = 'data-pagefind-ignore';
/**
 * Marks an article's body (news, commendations): left out of the main index
 * (its size budget, docs/search.md), indexed in the full-text bundle, which
 * the search page merges only when asked or when the main one finds nothing.
 */
const FULL_TEXT = 'data-full-text';
/** The bodies, for Pagefind's excludeSelectors when it writes the main index. */
export const FULL_TEXT_SELECTOR = `[${FULL_TEXT}]`;
/**
 * Labels of definition lists and tables, on every page of a kind ("Ngày ban
 * hành", "Bản chính"): in the index they would make every page match those
 * words and swell their entries. Inline labels carry data-pagefind-ignore.
 * Pagefind is told to leave them out too (its excludeSelectors).
 */
export const LABELS = ['dt', 'thead', 'caption'];
/** Which index a copy is for: the main one, or the full-text one (the pages with a body marked FULL_TEXT, whole). */
export type IndexPart = 'main' | 'full-text';
const PARTS: readonly IndexPart[] = ['main', 'full-text'];
const FULL_TEXT_ONLY: readonly IndexPart[] = ['full-text'];
const NONE: readonly IndexPart[] = [];
/** Elements whose content is not text. */
const NOT_TEXT = new Set(['script', 'style', 'template', ...LABELS]);

/** What one part reads of a page. */
interface Indexed {
  /** Where the part's first h1 starts in the page (its `<`), the page's title. */
  h1At: number | undefined;
  title: string;
  /** Text pieces, one per text node; element boundaries count as spaces, as the browser's words do. */
  text: string[];
}

interface PageRead {
  /** The outermost indexed elements, as [start, end) offsets in the page. */
  bodies: [number, number][];
  /** The outermost FULL_TEXT bodies within them, the same way: the main part's copy leaves them out. */
  fullTexts: [number, number][];
  parts: Record<IndexPart, Indexed>;
}

/** An element open while reading: what it changes for its content. */
interface Open {
  /** Its content is read by neither part (ignored, a label, not text). */
  skipped: boolean;
  /** A FULL_TEXT body: read by the full-text part only. */
  fullText: boolean;
  /** An outermost indexed element. */
  body: boolean;
  /** An h1 whose text is being read as a title: the pieces, and the FULL_TEXT depth it opened at. */
  title: { pieces: string[]; fullTextDepth: number; parts: IndexPart[] } | null;
}

/**
 * Reads what Pagefind will index of a page, in document order: inside the
 * outermost `data-pagefind-body` elements, every text but what is ignored,
 * the labels and non-text elements; the main part also without FULL_TEXT
 * bodies. The title of a part is its first h1 read, as text without its
 * FULL_TEXT parts.
 */
function readPage(page: string): PageRead {
  const parts = { main: { h1At: undefined, title: '', text: [] }, 'full-text': { h1At: undefined, title: '', text: [] } } as Record<IndexPart, Indexed>;
  const bodies: [number, number][] = [];
  const fullTexts: [number, number][] = [];
  let fullTextStart = 0;
  const stack: Open[] = [];
  let inBody = false;
  let bodyStart = 0;
  let skipped = 0;
  let fullText = 0;
  const titles: NonNullable<Open['title']>[] = [];
  /** The parts that read the current position (called for every tag and text: no array made). */
  const reading = (): readonly IndexPart[] => (!inBody || skipped > 0 ? NONE : fullText > 0 ? FULL_TEXT_ONLY : PARTS);
  const boundary = () => {
    for (const part of reading()) parts[part].text.push(' ');
    for (const title of titles) if (skipped === 0 && fullText === title.fullTextDepth) title.pieces.push(' ');
  };
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        const open: Open = { skipped: false, fullText: false, body: false, title: null };
        stack.push(open);
        if (!inBody) {
          if (!(BODY in attributes)) return;
          inBody = open.body = true;
          bodyStart = parser.startIndex;
        }
        if (skipped > 0 || IGNORE in attributes || NOT_TEXT.has(name)) {
          open.skipped = true;
          skipped++;
          return;
        }
        if (FULL_TEXT in attributes) {
          // The main part leaves the whole element out, its boundaries too.
          open.fullText = true;
          if (fullText++ === 0) fullTextStart = parser.startIndex;
        }
        boundary();
        if (name === 'h1') {
          const claims = reading().filter((part) => parts[part].h1At === undefined);
          for (const part of claims) parts[part].h1At = parser.startIndex;
          if (claims.length) {
            open.title = { pieces: [], fullTextDepth: fullText, parts: claims };
            titles.push(open.title);
          }
        }
      },
      ontext(text) {
        for (const part of reading()) parts[part].text.push(text);
        for (const title of titles) if (inBody && skipped === 0 && fullText === title.fullTextDepth) title.pieces.push(text);
      },
      onclosetag() {
        const open = stack.pop();
        if (!open || !inBody) return;
        if (open.skipped) {
          skipped--;
        } else {
          boundary();
          if (open.fullText && --fullText === 0) fullTexts.push([fullTextStart, Math.min(parser.endIndex + 1, page.length)]);
          if (open.title) {
            titles.splice(titles.indexOf(open.title), 1);
            const title = open.title.pieces.join('').replace(/\s+/g, ' ').trim();
            for (const part of open.title.parts) parts[part].title = title;
          }
        }
        if (open.body) {
          inBody = false;
          bodies.push([bodyStart, Math.min(parser.endIndex + 1, page.length)]);
        }
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.end(page);
  return { bodies, fullTexts, parts };
}

/** What Pagefind will index on a page: its title (first h1) and the text of its indexed parts, without what it ignores. */
export function indexedText(html: string, part: IndexPart = 'main'): { title: string; text: string } | null {
  if (!html.includes(BODY)) return null;
  const read = readPage(html);
  if (read.bodies.length === 0) return null;
  const indexed = read.parts[part];
  return { title: indexed.title, text: indexed.text.join('') };
}

/**
 * The copy Pagefind should read of a page: the indexed elements alone, with
 * the title (the indexed part's first h1) as metadata only, not also as
 * text, where it would double every title word's entry in the index; and the
 * folded metadata of src/lib/search-folding.ts at the end, so that a query
 * typed with d finds words written with đ. Null for a page with nothing to
 * index in that part (for the full-text index: a page without a FULL_TEXT
 * body).
 */
export function pageForIndex(page: string, part: IndexPart = 'main'): string | null {
  return pageForIndexes(page, [part])[part] ?? null;
}

/** pageForIndex() for several parts, the page read once. */
export function pageForIndexes(page: string, parts: readonly IndexPart[]): Partial<Record<IndexPart, string>> {
  // Most pages of a site are listings without an indexed part: not worth reading.
  if (!page.includes(BODY)) return {};
  const article = page.includes(FULL_TEXT);
  const wanted = parts.filter((part) => part === 'main' || article);
  if (wanted.length === 0) return {};
  const read = readPage(page);
  if (read.bodies.length === 0) return {};
  const copies: Partial<Record<IndexPart, string>> = {};
  for (const part of wanted) {
    const pieces = part === 'main' ? without(read.bodies, read.fullTexts) : read.bodies;
    copies[part] = copyFor(page, pieces, read.parts[part], part === 'main' && !article);
  }
  return copies;
}

/** The ranges `from` less the ranges `cut` (each within one of them, in order). */
function without(from: readonly [number, number][], cut: readonly [number, number][]): [number, number][] {
  if (cut.length === 0) return [...from];
  const pieces: [number, number][] = [];
  for (const [start, end] of from) {
    let at = start;
    for (const [cutStart, cutEnd] of cut) {
      if (cutStart < start || cutEnd > end) continue;
      pieces.push([at, cutStart]);
      at = cutEnd;
    }
    pieces.push([at, end]);
  }
  return pieces.filter(([start, end]) => end > start);
}

/**
 * The copy: only the indexed elements (for the main part, without the
 * FULL_TEXT bodies, which its Pagefind run excludes anyway: an edit to a
 * body leaves the main copies as they were), in a page of their own (Pagefind
 * indexes nothing else of a page that has a `data-pagefind-body`, and its
 * language is forced, so it finds the same words on the same pages, for a
 * third less HTML to read and write; only the footer's logo, which it took
 * as a page's image, is gone: tests/unit/search-copies.test.ts); the title
 * as metadata; the folded fields; and on a page only the main bundle has,
 * MAIN_ONLY_FILTER.
 */
function copyFor(page: string, bodies: readonly [number, number][], indexed: Indexed, mainOnly: boolean): string {
  // Edit the page at the parser's offsets rather than serialise anything, so nothing else changes.
  const at = indexed.h1At;
  const marked = (start: number, end: number) =>
    at === undefined || at < start || at >= end
      ? page.slice(start, end)
      : `${page.slice(start, at + '<h1'.length)} data-pagefind-meta="title" ${IGNORE}${page.slice(at + '<h1'.length, end)}`;
  const fields = [
    [FOLDED_TITLE, foldedTitleField(indexed.title)],
    [FOLDED_WORDS, foldedWords(indexed.text.join(''))],
  ].filter(([, value]) => value);
  // Inline metadata (key:value) on empty elements: searchable, never shown, no text of its own.
  const filters = mainOnly ? Object.entries(MAIN_ONLY_FILTER).map(([key, value]) => `<span data-pagefind-filter="${key}:${value}"></span>`) : [];
  const spans = [...fields.map(([key, value]) => `<span data-pagefind-meta="${key}:${value}"></span>`), ...filters].join('');
  return `<!DOCTYPE html><html><head><meta charset="utf-8"></head><body>${bodies.map(([start, end]) => marked(start, end)).join('')}${spans}</body></html>`;
}
