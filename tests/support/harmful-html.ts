/** What must never reach a page from clerk Markdown, looked for as a browser would parse the HTML. */
import type { Element, Nodes } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { SAFE_HREF, SAFE_IMAGE_SRC, SANITIZE_SCHEMA } from '../../src/markdown/sanitize-schema.ts';

function elementsOf(node: Nodes): Element[] {
  const out: Element[] = [];
  const stack: Nodes[] = [node];
  while (stack.length) {
    const next = stack.pop()!;
    if (next.type === 'element') out.push(next);
    if ('children' in next) stack.push(...next.children);
    if (next.type === 'element' && next.content) stack.push(next.content);
  }
  return out;
}

/** Elements outside the allowlist, handlers, styles, ids, and URLs that leave the site or run code, in `html`. */
export function harmful(html: string): string[] {
  const found: string[] = [];
  for (const el of elementsOf(fromHtml(html, { fragment: true }))) {
    if (!SANITIZE_SCHEMA.tagNames!.includes(el.tagName)) found.push(`<${el.tagName}>`);
    for (const [key, value] of Object.entries(el.properties)) {
      if (/^on/i.test(key)) found.push(`${key} on <${el.tagName}>`);
      if (key === 'style' && !['th', 'td'].includes(el.tagName)) found.push(`style on <${el.tagName}>`);
      if (['srcSet', 'action', 'formAction', 'data', 'poster', 'background'].includes(key)) found.push(`${key} on <${el.tagName}>`);
      if (key === 'id' && !/^(?:user-content-|footnote-label$)/.test(String(value))) found.push(`id=${value}`);
    }
    const href = el.properties.href;
    if (href !== undefined && !SAFE_HREF.test(String(href))) found.push(`href=${href}`);
    const src = el.properties.src;
    if (src !== undefined && !SAFE_IMAGE_SRC.test(String(src))) found.push(`src=${src}`);
  }
  return found;
}

/** The text of a parsed fragment, as a reader would see it. */
export function textOf(html: string): string {
  const parts: string[] = [];
  const stack: Nodes[] = [fromHtml(html, { fragment: true })];
  while (stack.length) {
    const next = stack.pop()!;
    if (next.type === 'text') parts.push(next.value);
    if ('children' in next) for (let i = next.children.length - 1; i >= 0; i--) stack.push(next.children[i]!);
  }
  return parts.join('');
}
