/**
 * The one decision on what rendered Markdown may contain: the build sanitises
 * every page's tree with sanitizeTree() (or, for a page without raw HTML, its
 * links and images with sanitizeProperties()), and `check` asks unsafeParts()
 * what those calls would remove, so the clerk is told before the text changes.
 * Pure: HAST in, HAST or typed problems out.
 */
import type { Element, Nodes, Properties, Root, RootContent, Text } from 'hast';
import { sanitize } from 'hast-util-sanitize';
import { SANITIZE_SCHEMA } from './sanitize-schema.ts';

/**
 * Deeper than any real text (a table in a list in a quote is 8). The
 * sanitiser recurses, so a file of 20 000 nested <div>s would overflow the
 * stack; past this depth the page keeps only the text.
 */
export const MAX_DEPTH = 200;

function depthOf(tree: Root): number {
  let max = 0;
  const stack: [Nodes, number][] = [[tree, 0]];
  while (stack.length) {
    const [node, depth] = stack.pop()!;
    if (depth > max) max = depth;
    if ('children' in node) for (const child of node.children) stack.push([child, depth + 1]);
  }
  return max;
}

function textOnly(tree: Root): Root {
  const texts: string[] = [];
  const stack: Nodes[] = [tree];
  while (stack.length) {
    const node = stack.pop()!;
    if (node.type === 'text') texts.push(node.value);
    if ('children' in node && !(node.type === 'element' && SANITIZE_SCHEMA.strip!.includes(node.tagName))) {
      for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i] as RootContent);
    }
  }
  const text: Text = { type: 'text', value: texts.join('') };
  return { type: 'root', children: [{ type: 'element', tagName: 'p', properties: {}, children: [text] }] };
}

export function sanitizeTree(tree: Root): Root {
  return depthOf(tree) > MAX_DEPTH ? textOnly(tree) : (sanitize(tree, SANITIZE_SCHEMA) as Root);
}

/**
 * The properties an element keeps, judged alone (without its children or
 * ancestors): for the links and images of a page that has no raw HTML,
 * whose elements are all Markdown's own. Null when the element itself goes.
 */
export function sanitizeProperties(element: Element): Properties | null {
  const safe = sanitize({ type: 'root', children: [{ ...element, children: [] }] }, SANITIZE_SCHEMA) as Root;
  const kept = safe.children[0];
  return kept?.type === 'element' && kept.tagName === element.tagName ? kept.properties : null;
}

/** Something in the tree that sanitizeTree() removes. */
export type UnsafePart =
  /** The element goes; with its content when `withContent`, else only its tags. */
  | { kind: 'element'; tag: string; withContent: boolean }
  /** The attribute goes from an element that stays. `value` as the browser would read it. */
  | { kind: 'attribute'; tag: string; attribute: string; value: string }
  /** Elements nested past MAX_DEPTH: only the text is kept. */
  | { kind: 'nesting'; depth: number };

// Sanitised nodes keep a copy of `data`, so a mark set here finds each
// original element in the sanitised tree, whatever was unwrapped around it.
const MARK = 'cchcSanitizeId';
type Marked = Element & { data?: Record<string, unknown> };

function elements(node: Nodes): Element[] {
  const out: Element[] = [];
  const stack: Nodes[] = [node];
  while (stack.length) {
    const next = stack.pop()!;
    if (next.type === 'element') out.push(next);
    if ('children' in next) for (let i = next.children.length - 1; i >= 0; i--) stack.push(next.children[i] as RootContent);
  }
  return out;
}

/** HTML's name for a hast property: onError → onerror, ariaLabel → aria-label, className → class. */
function attributeName(property: string): string {
  if (property === 'className') return 'class';
  if (property === 'htmlFor') return 'for';
  if (/^(?:aria|data)[A-Z]/.test(property)) return property.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
  return property.toLowerCase();
}

const show = (value: unknown) => (Array.isArray(value) ? value.join(' ') : String(value));

/** The attributes of `element` that `safe` (its sanitised copy) no longer has as they were. */
function removedAttributes(element: Element, safe: Properties): UnsafePart[] {
  return Object.entries(element.properties)
    .filter(([, value]) => value !== undefined && value !== null && value !== false)
    .filter(([property, value]) => !(property in safe) || show(safe[property]) !== show(value))
    .map(([property, value]) => ({ kind: 'attribute', tag: element.tagName, attribute: attributeName(property), value: show(value) }));
}

/**
 * What sanitizeTree() would remove from `tree`, in document order: each
 * removed element once (not the content that goes with it), and each removed
 * attribute of an element that stays. Marks the tree's elements' `data`.
 */
export function unsafeParts(tree: Root): UnsafePart[] {
  const depth = depthOf(tree);
  if (depth > MAX_DEPTH) return [{ kind: 'nesting', depth }];
  for (const [i, el] of elements(tree).entries()) Object.assign(el, { data: { ...el.data, [MARK]: i } });
  const kept = new Map<number, Element>();
  for (const el of elements(sanitizeTree(tree))) kept.set((el as Marked).data![MARK] as number, el);

  const parts: UnsafePart[] = [];
  const walk = (node: Root | Element) => {
    for (const child of node.children) {
      if (child.type !== 'element') continue;
      const safe = kept.get((child as Marked).data![MARK] as number);
      if (safe?.tagName === child.tagName) {
        parts.push(...removedAttributes(child, safe.properties));
      } else {
        const withContent = SANITIZE_SCHEMA.strip!.includes(child.tagName);
        parts.push({ kind: 'element', tag: child.tagName, withContent });
        if (withContent) continue;
      }
      walk(child);
    }
  };
  walk(tree);
  return parts;
}
