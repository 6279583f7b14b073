/**
 * What clerk Markdown may put on a page, as an allowlist for
 * hast-util-sanitize. Anything not named here is removed from the rendered
 * tree, whatever its spelling in the source: the tree holds decoded values
 * (entities resolved, case normalised by the HTML parser), so the rules below
 * see the URL and the tag the browser would see. docs/decisions.md explains
 * each choice.
 *
 * Started from hast-util-sanitize's defaultSchema (GitHub's rules) and
 * narrowed: no forms, no style beyond Markdown's own table alignment, no
 * class except the ones Markdown itself emits, no URL to another host for an
 * image, no scheme but http, https, mailto and tel for a link.
 */
import type { Schema } from 'hast-util-sanitize';
import { LINK_SCHEMES } from '../lib/safe-url.ts';

// A URL the browser resolves on this site: "/path" (never "//host" or "/\host",
// which browsers read as another host), "./file", "../file", "file", "?q" or
// "#part", with no colon before the first "/", "?" or "#" (that would be a
// scheme). Control characters and backslashes are refused anywhere: browsers
// drop tabs and newlines inside URLs and read "\" as "/", so "/\t/host" and
// "/\host" would leave the site. Every quantifier runs over a class that the
// next token cannot match, so matching is linear on any input.
const SAME_SITE = String.raw`(?:[#?]|\/(?![\/\\])|[^\/\\:?#\u0000-\u0020\u007F][^\/\\:?#\u0000-\u001F\u007F]*(?:[\/?#]|$))`;
const TAIL = String.raw`[^\\\u0000-\u001F\u007F]*$`;

/** A link target: this site, or http(s), mailto, tel anywhere. */
export const SAFE_HREF = new RegExp(`^(?:(?:${LINK_SCHEMES.join('|')}):|${SAME_SITE})${TAIL}`, 'i');
/** An image source: this site's own files only (no tracking pixel, no other host). */
export const SAFE_IMAGE_SRC = new RegExp(`^${SAME_SITE}${TAIL}`);

/** The namespace of heading ids in clerk Markdown (./processor.ts); no template id starts so. */
export const HEADING_ID_PREFIX = 'muc-';

// Ids only in the namespaces of Markdown's footnotes and headings, so raw HTML
// cannot take the id of a part of the page (DOM clobbering).
const CONTENT_ID = new RegExp(`^(?:user-content-|${HEADING_ID_PREFIX})`);
const TABLE_ALIGN = ['text-align: left', 'text-align: center', 'text-align: right'];

export const SANITIZE_SCHEMA: Schema = {
  tagNames: [
    'a',
    'abbr',
    'b',
    'blockquote',
    'br',
    'caption',
    'code',
    'dd',
    'del',
    'details',
    'div',
    'dl',
    'dt',
    'em',
    'figcaption',
    'figure',
    'h1',
    'h2',
    'h3',
    'h4',
    'h5',
    'h6',
    'hr',
    'i',
    'img',
    'input',
    'ins',
    'kbd',
    'li',
    'mark',
    'ol',
    'p',
    'pre',
    'q',
    's',
    'samp',
    'section',
    'small',
    'span',
    'strong',
    'sub',
    'summary',
    'sup',
    'table',
    'tbody',
    'td',
    'tfoot',
    'th',
    'thead',
    'tr',
    'u',
    'ul',
    'var',
  ],
  attributes: {
    '*': ['ariaHidden', 'ariaLabel', 'dir', 'lang', 'title', ['id', CONTENT_ID, 'footnote-label']],
    // Footnote references and back-references as Sätteri emits them.
    a: [['href', SAFE_HREF], 'dataFootnoteRef', 'dataFootnoteBackref', ['className', 'data-footnote-backref'], ['ariaDescribedBy', 'footnote-label']],
    img: [['src', SAFE_IMAGE_SRC], 'alt', 'width', 'height'],
    code: [['className', /^language-./]],
    h2: [['className', 'sr-only']],
    section: ['dataFootnotes', ['className', 'footnotes']],
    // Task lists: a disabled checkbox, nothing else a form could use.
    input: [['type', 'checkbox'], ['disabled', true], 'checked'],
    li: [['className', 'task-list-item']],
    ul: [['className', 'contains-task-list']],
    ol: ['start', ['className', 'contains-task-list']],
    details: ['open'],
    th: [['style', ...TABLE_ALIGN], 'colSpan', 'rowSpan', 'scope'],
    td: [['style', ...TABLE_ALIGN], 'colSpan', 'rowSpan'],
  },
  required: { input: { type: 'checkbox', disabled: true } },
  ancestors: { tbody: ['table'], td: ['table'], th: ['table'], thead: ['table'], tfoot: ['table'], tr: ['table'], caption: ['table'] },
  // The URL rules above are complete; the scheme list repeats the link rule
  // for hast-util-sanitize's own check, as a second lock.
  protocols: { href: ['http', 'https', 'mailto', 'tel'] },
  // Clobbering is handled by the id rule above: Sätteri already prefixes
  // footnote ids, and a second prefix would break their links.
  clobber: [],
  clobberPrefix: '',
  allowComments: false,
  allowDoctypes: false,
  // Removed with everything inside; any other unknown element is unwrapped and its text kept.
  strip: [
    'script',
    'style',
    'iframe',
    'frame',
    'frameset',
    'object',
    'embed',
    'applet',
    'noscript',
    'noembed',
    'noframes',
    'template',
    'textarea',
    'select',
    'svg',
    'math',
    'title',
    'xmp',
    'plaintext',
    'head',
    'meta',
    'link',
    'base',
    'video',
    'audio',
    'picture',
    'source',
    'track',
    'canvas',
    'portal',
  ],
};
