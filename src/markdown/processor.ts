/**
 * Clerk Markdown, parsed the same way for `check` and for the build: Sätteri
 * (Astro 7's default, native) with raw HTML reparsed into real elements, then
 * the allowlist of sanitize-schema.ts applied.
 */
import type { Element, Root } from 'hast';
import GithubSlugger from 'github-slugger';
import { markdownToHast, markdownToMdast, type Features, type HastPluginDefinition, type MdastPluginDefinition } from 'satteri';
import { footnoteUi } from '../i18n/vi.ts';
import { withBase } from '../lib/paths.ts';
import { sanitizeProperties, sanitizeTree } from './sanitize.ts';
import { HEADING_ID_PREFIX } from './sanitize-schema.ts';

/**
 * The parser's features. `rawHtml` turns inline and block HTML into elements,
 * including a tag opened in one HTML block and closed in another, so the
 * sanitiser sees what the browser would build instead of opaque strings.
 * smartPunctuation is what Astro turns on by default (`markdown.smartypants`).
 */
export const MARKDOWN_FEATURES: Features = {
  gfm: { footnotes: footnoteUi },
  smartPunctuation: true,
  rawHtml: true,
};

/** The tree `check` inspects: what the build renders, before sanitising. */
export function markdownTree(markdown: string): Root {
  return markdownToHast(markdown, { features: MARKDOWN_FEATURES }) as Root;
}

/**
 * The addresses of a body's inline Markdown images (![…](./anh.jpg)), decoded
 * as Astro's image pipeline decodes them. Only these are published: Astro
 * collects images from the Markdown's own image nodes, so a relative image
 * written by reference (![…][x]) or as an HTML <img> is left pointing at a
 * file that is never copied, unless an inline image names the same file.
 */
export function inlineImageAddresses(markdown: string): Set<string> {
  const found = new Set<string>();
  const stack: { type: string; url?: string; children?: unknown[] }[] = [markdownToMdast(markdown, { features: MARKDOWN_FEATURES, position: false }) as never];
  while (stack.length) {
    const node = stack.pop()!;
    if (node.type === 'image' && node.url) {
      try {
        found.add(decodeURI(node.url));
      } catch {
        found.add(node.url);
      }
    }
    if (node.children) stack.push(...(node.children as typeof stack));
  }
  return found;
}

// Set by the Markdown-phase plugin when a page has no raw HTML. Absent (the
// plugin not run) means the whole tree is sanitised: the safe default.
const MARKDOWN_ONLY = 'cchcMarkdownOnly';
type Bag = Record<string, unknown>;

const rawHtmlPlugin: MdastPluginDefinition = {
  name: 'cchc-raw-html',
  before(_root, ctx) {
    (ctx.data as Bag)[MARKDOWN_ONLY] = true;
  },
  // Only raw HTML nodes cross from the native parser to this visitor.
  html(_node, ctx) {
    (ctx.data as Bag)[MARKDOWN_ONLY] = false;
  },
};

/**
 * A clerk links a page of the site as /ke-hoach/2024/; under a base path
 * (/xa-bang-ca/) it is published at /xa-bang-ca/ke-hoach/2024/.
 */
function rebase(element: Element, base: string, set: (key: string, value: string) => void): void {
  for (const key of ['href', 'src']) {
    const value = element.properties?.[key];
    if (typeof value === 'string' && value.startsWith('/') && !value.startsWith('//') && !value.startsWith(base)) set(key, withBase(base, value));
  }
}

function rebaseTree(node: Root | Element, base: string): void {
  for (const child of node.children) {
    if (child.type !== 'element') continue;
    rebase(child, base, (key, value) => {
      child.properties[key] = value;
    });
    rebaseTree(child, base);
  }
}

/**
 * A page with raw HTML gets its whole tree replaced by the sanitised copy,
 * once the tree is complete. A page without any has only Markdown's own
 * elements, of which links and images carry URLs: those alone are sanitised,
 * by the same schema, which spares copying every page's tree into JavaScript
 * (that copy costs about 20 times the rendering; docs/decisions.md).
 * Astro's own image and heading-id plugins run after this one.
 */
const sanitizePlugin = (base: string): HastPluginDefinition => ({
  name: 'cchc-sanitize',
  element: {
    filter: ['a', 'img'],
    visit(node, ctx) {
      if (!(ctx.data as Bag)[MARKDOWN_ONLY]) return;
      const safe = sanitizeProperties(node as Element) ?? {};
      for (const key of Object.keys(node.properties ?? {})) {
        if (safe[key] !== node.properties[key]) ctx.setProperty(node, key, safe[key] ?? null);
      }
      if (base !== '/') rebase(node as Element, base, (key, value) => ctx.setProperty(node, key, value));
    },
  },
  after(root, ctx) {
    if ((ctx.data as Bag)[MARKDOWN_ONLY]) return;
    const safe = sanitizeTree(root as Root);
    if (base !== '/') rebaseTree(safe, base);
    ctx.replaceNode(root, safe);
  },
});

/**
 * Heading ids of clerk Markdown live under their own prefix (#muc-can-cu), so
 * a heading typed without tone marks ("## Noi dung") never takes the id of a
 * part of the page (<main id="noi-dung">, the procedure's #ho-so): an id on a
 * page twice is invalid and breaks the skip link. Runs before Astro's own
 * heading-id step, which keeps an id already set. A factory: one slugger a page.
 */
const headingIdsPlugin = (): HastPluginDefinition => {
  const slugger = new GithubSlugger();
  return {
    name: 'cchc-heading-ids',
    element: {
      filter: ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'],
      visit(node, ctx) {
        if (typeof node.properties?.id !== 'string') ctx.setProperty(node, 'id', `${HEADING_ID_PREFIX}${slugger.slug(ctx.textContent(node))}`);
      },
    },
  };
};

/** The plugins, always as a pair: Sätteri's `mdastPlugins` and `hastPlugins`, for a site published under `base`. */
export function sanitizePlugins(base = '/') {
  return { mdastPlugins: [rawHtmlPlugin], hastPlugins: [headingIdsPlugin, sanitizePlugin(base)] };
}

export const SANITIZE_PLUGINS = sanitizePlugins();
