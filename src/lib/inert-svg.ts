/**
 * Whether an SVG drawing is only a drawing. Served from the site's own
 * origin, an SVG is a document: a <script>, an on…= handler, an <animate>
 * that turns a link into javascript:, a <foreignObject> holding HTML or a
 * reference to another host all run or load there. Outside the CMS's upload
 * folder (where SVG is refused outright) a maintainer's logo or favicon may be
 * SVG if it passes this allowlist of shapes and painting. Pure: the parsed
 * tree is walked, whatever the spelling of the source.
 */
import { fromHtml } from 'hast-util-from-html';
import type { Nodes } from 'hast';

export type SvgPart = { kind: 'element'; name: string } | { kind: 'attribute'; element: string; name: string; value: string };

const SHAPES = new Set(
  [
    'svg',
    'g',
    'defs',
    'symbol',
    'use',
    'title',
    'desc',
    'metadata',
    'path',
    'rect',
    'circle',
    'ellipse',
    'line',
    'polyline',
    'polygon',
    'text',
    'tspan',
    'textPath',
    'linearGradient',
    'radialGradient',
    'stop',
    'clipPath',
    'mask',
    'pattern',
    'marker',
    'filter',
    'feBlend',
    'feColorMatrix',
    'feComposite',
    'feDropShadow',
    'feFlood',
    'feGaussianBlur',
    'feMerge',
    'feMergeNode',
    'feMorphology',
    'feOffset',
  ].map((name) => name.toLowerCase()),
);
// A reference to anything but a part of the same drawing ("#id") may load from
// elsewhere: url() and CSS's other loaders (image-set(), image(), src(),
// @import), and any CSS escape, which spells them otherwise ("u\rl(").
const OUTSIDE_REFERENCE = /url\s*\(\s*(?!['"]?#)|\b(?:image(?:-set)?|src)\s*\(|@import|\\/i;

// Read by a browser's XML parser but not by the HTML parser used here: entities
// declared in a DOCTYPE expand into markup, and <?xml-stylesheet?> applies XSLT.
const XML_ONLY = /<!DOCTYPE|<!ENTITY|<\?(?!xml\s)/gi;

/** The parts of an SVG text that are more than a drawing; none for an inert one. */
export function activeSvgParts(text: string): SvgPart[] {
  const parts: SvgPart[] = [...new Set(text.match(XML_ONLY) ?? [])].map((name) => ({ kind: 'element', name }));
  const stack: Nodes[] = [fromHtml(text, { fragment: true })];
  while (stack.length) {
    const node = stack.pop()!;
    if (node.type === 'element') {
      const element = node.tagName;
      if (!SHAPES.has(element.toLowerCase())) parts.push({ kind: 'element', name: element });
      for (const [name, raw] of Object.entries(node.properties)) {
        const value = Array.isArray(raw) ? raw.join(' ') : String(raw);
        const lower = name.toLowerCase();
        const handler = lower.startsWith('on');
        // xlink:href under any prefix the file binds to the XLink namespace ("l:href") is a link to a browser's XML parser.
        const link = /^(?:xlink)?href$|:href$/.test(lower) && !value.startsWith('#');
        if (handler || link || OUTSIDE_REFERENCE.test(value)) parts.push({ kind: 'attribute', element, name, value });
      }
    }
    // Reversed, so parts come out in the order of the file.
    if ('children' in node) stack.push(...[...node.children].reverse());
  }
  return parts;
}
