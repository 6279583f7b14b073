/**
 * A built page as Pagefind should read it, and the text it will index. Pure:
 * a string in, a string out; the page is read with a real HTML parser
 * (parse5, through hast-util-from-html), and the published HTML is never
 * changed (the indexer writes copies).
 *
 * Pagefind's attributes are its public interface: `data-pagefind-body` marks
 * what is indexed (the layout puts it on the main content of detail pages
 * only), `data-pagefind-ignore` what is left out of it, `data-pagefind-meta`
 * a metadata field.
 */
import { fromHtml } from 'hast-util-from-html';
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
/** Elements whose content is not text. */
const NOT_TEXT = new Set(['script', 'style', 'template', ...LABELS]);

// The syntax tree's types, from the parser's own signature (hast's types are not a dependency of ours).
type Root = ReturnType<typeof fromHtml>;
type Element = Extract<Root['children'][number], { type: 'element' }>;
type Node = Root['children'][number] | Element['children'][number];

const isElement = (node: Node): node is Element => node.type === 'element';
const has = (node: Element, attribute: string) => node.properties[attribute.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase())] !== undefined;

/** The outermost elements marked for the index, in document order. */
function indexedParts(node: Root | Element): Element[] {
  return node.children.flatMap((child) => (isElement(child) ? (has(child, BODY) ? [child] : indexedParts(child)) : []));
}

interface Indexed {
  part: IndexPart;
  /** The first h1 of the indexed parts, the page's title. */
  h1: Element | undefined;
  /** Text pieces, one per text node; element boundaries count as spaces, as the browser's words do. */
  text: string[];
}

/** What Pagefind reads inside an indexed part: everything but what it ignores and the labels. */
function collect(node: Element, into: Indexed): void {
  if (has(node, IGNORE) || NOT_TEXT.has(node.tagName) || (into.part === 'main' && has(node, FULL_TEXT))) return;
  if (node.tagName === 'h1') into.h1 ??= node;
  into.text.push(' ');
  for (const child of node.children) {
    if (child.type === 'text') into.text.push(child.value);
    else if (isElement(child)) collect(child, into);
  }
  into.text.push(' ');
}

function textOf(node: Element): string {
  const into: Indexed = { part: 'main', h1: undefined, text: [] };
  collect(node, into);
  return into.text.join('');
}

/** What a part's copy indexes of a parsed page: `parts`, its indexedParts(). */
function read(parts: Element[], part: IndexPart): Indexed | null {
  if (parts.length === 0) return null;
  const indexed: Indexed = { part, h1: undefined, text: [] };
  for (const element of parts) collect(element, indexed);
  return indexed;
}

const titleOf = (h1: Element | undefined): string => (h1 ? textOf(h1).replace(/\s+/g, ' ').trim() : '');

/** What Pagefind will index on a page: its title (first h1) and the text of its indexed parts, without what it ignores. */
export function indexedText(html: string, part: IndexPart = 'main'): { title: string; text: string } | null {
  const indexed = read(indexedParts(fromHtml(html)), part);
  return indexed && { title: titleOf(indexed.h1), text: indexed.text.join('') };
}

/**
 * The page as Pagefind should read it: the title (the indexed part's first
 * h1) as metadata only, not also as text, where it would double every title
 * word's entry in the index; and the folded metadata of
 * src/lib/search-folding.ts at the end, so that a query typed with d finds
 * words written with đ. Null for a page with nothing to index in that part
 * (for the full-text index: a page without a FULL_TEXT body).
 */
export function pageForIndex(page: string, part: IndexPart = 'main'): string | null {
  return pageForIndexes(page, [part])[part] ?? null;
}

/** pageForIndex() for several parts, the page parsed once. */
export function pageForIndexes(page: string, parts: readonly IndexPart[]): Partial<Record<IndexPart, string>> {
  // Most pages of a site are listings without an indexed part: not worth parsing.
  if (!page.includes(BODY)) return {};
  const article = page.includes(FULL_TEXT);
  const wanted = parts.filter((part) => part === 'main' || article);
  if (wanted.length === 0) return {};
  const elements = indexedParts(fromHtml(page));
  const copies: Partial<Record<IndexPart, string>> = {};
  for (const part of wanted) {
    const indexed = read(elements, part);
    if (indexed) copies[part] = copyFor(page, indexed, part === 'main' && !article);
  }
  return copies;
}

/** The copy: the title as metadata, the folded fields, and on a page only the main bundle has, MAIN_ONLY_FILTER. */
function copyFor(page: string, indexed: Indexed, mainOnly: boolean): string {
  const title = titleOf(indexed.h1);
  // Edit the page at the parser's offsets rather than serialise the tree, so nothing else changes.
  const at = indexed.h1?.position?.start.offset;
  const html = at === undefined ? page : `${page.slice(0, at + '<h1'.length)} data-pagefind-meta="title" ${IGNORE}${page.slice(at + '<h1'.length)}`;
  const fields = [
    [FOLDED_TITLE, foldedTitleField(title)],
    [FOLDED_WORDS, foldedWords(indexed.text.join(''))],
  ].filter(([, value]) => value);
  // Inline metadata (key:value) on empty elements: searchable, never shown, no text of its own.
  const filters = mainOnly ? Object.entries(MAIN_ONLY_FILTER).map(([key, value]) => `<span data-pagefind-filter="${key}:${value}"></span>`) : [];
  const spans = [...fields.map(([key, value]) => `<span data-pagefind-meta="${key}:${value}"></span>`), ...filters].join('');
  const end = html.lastIndexOf('</body>');
  return end < 0 ? html + spans : html.slice(0, end) + spans + html.slice(end);
}
