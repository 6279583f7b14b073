/**
 * Checks on the Markdown body of a clerk's file: what the page's sanitiser
 * would remove (so the clerk learns why the text changed), text mangled by
 * legacy encodings or typed without marks, and links that lead nowhere. The body is parsed once,
 * by the same parser the build renders with, and the checks walk that tree.
 * Pure: the caller supplies which addresses and files exist.
 */
import type { Element, Nodes, Root } from 'hast';
import { bodyMessages } from '../i18n/validation.ts';
import { inlineImageAddresses, markdownTree } from '../markdown/processor.ts';
import { MAX_DEPTH, unsafeParts, type UnsafePart } from '../markdown/sanitize.ts';
import { looksLikeLegacyEncoding } from './text.ts';
import { looksToneless } from './tone-marks.ts';
import type { Finding } from './validation-report.ts';

/** Fewest words a field or a body line needs before its marks are judged: a title, a sentence. */
const TONELESS_FIELD_WORDS = 4;
const TONELESS_LINE_WORDS = 8;

export interface Body {
  file: string;
  text: string;
  /** Line in the file where the body starts. */
  firstLine: number;
  /** Absolute folder of the file, for relative links. */
  dir: string;
}

export interface LinkTargets {
  /** Site paths that will exist, without base, e.g. /tin-tuc/abc/ */
  pages: ReadonlySet<string>;
  /**
   * Does a file linked relatively (./tai-lieu.pdf) or from public/ (/files/x.pdf)
   * exist? `tag` says whether it is shown as an image or followed as a link.
   */
  fileExists: (body: Body, link: string, tag: LinkTag) => boolean;
}

/** Every check on one body. */
export function bodyProblems(body: Body, targets: LinkTargets): Finding[] {
  const findings = encodingProblems(body);
  const depth = htmlDepthEstimate(body.text);
  if (depth > MAX_DEPTH) return [...findings, unsafeFinding(body, { kind: 'nesting', depth }, () => body.firstLine)];
  const tree = markdownTree(body.text);
  const at = locator(body);
  // The line check above reads the text as written; a character reference (&#x202E;) is the character itself on the page.
  if (!invisible(body.text)) findings.push(...referencedInvisible(body, tree, at));
  // Links first: unsafeParts() marks the tree's elements.
  findings.push(...brokenLinks(body, tree, targets, at));
  // The first few are enough to act on; a flood would hide the other files' findings.
  for (const part of unsafeParts(tree).slice(0, MAX_REPORTED)) findings.push(unsafeFinding(body, part, at));
  return findings;
}

const MAX_REPORTED = 20;

// The native parser's raw-HTML pass slows down with the square of the nesting
// of block tags (20 000 nested <div>s take seconds). This linear count of
// open minus closed tags bounds it before parsing; a real page nests a few.
const TAG = /<(\/?)([a-z][a-z0-9-]*)/gi;
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);

function htmlDepthEstimate(text: string): number {
  let depth = 0;
  let max = 0;
  for (const [, close, name] of text.matchAll(TAG)) {
    if (close) depth = Math.max(0, depth - 1);
    else if (!VOID.has(name!.toLowerCase())) max = Math.max(max, ++depth);
  }
  return max;
}

/** Finds the line of a thing in the body: the first of `needles` present, each occurrence used once. */
type Locate = (...needles: string[]) => number;

function locator(body: Body): Locate {
  const lower = body.text.toLowerCase();
  const newlines: number[] = [];
  for (let i = lower.indexOf('\n'); i >= 0; i = lower.indexOf('\n', i + 1)) newlines.push(i);
  const lineAt = (index: number) => {
    let lo = 0;
    let hi = newlines.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (newlines[mid]! < index) lo = mid + 1;
      else hi = mid;
    }
    return body.firstLine + lo;
  };
  const cursor = new Map<string, number>();
  return (...needles) => {
    for (const needle of needles.map((n) => n.toLowerCase()).filter(Boolean)) {
      const index = lower.indexOf(needle, cursor.get(needle) ?? 0);
      if (index < 0) continue;
      cursor.set(needle, index + needle.length);
      return lineAt(index);
    }
    return body.firstLine;
  };
}

function isDangerous(part: UnsafePart): boolean {
  if (part.kind !== 'attribute') return part.kind === 'nesting' || part.withContent || FORM_PARTS.has(part.tag);
  return /^on/.test(part.attribute) || URL_ATTRIBUTES.has(part.attribute) || PAGE_ATTRIBUTES.has(part.attribute) || /^\s*(?:[a-z][a-z0-9+.-]*:|\/\/)/i.test(part.value);
}
const FORM_PARTS = new Set(['form', 'input', 'button', 'label', 'fieldset', 'option', 'output']);
const URL_ATTRIBUTES = new Set(['href', 'src', 'srcset', 'action', 'formaction', 'background', 'poster', 'ping', 'cite', 'data']);
// Attributes that restyle the page or take the name of one of its parts (DOM clobbering).
const PAGE_ATTRIBUTES = new Set(['style', 'id', 'name', 'class']);

function unsafeFinding(body: Body, part: UnsafePart, at: Locate): Finding {
  const line =
    part.kind === 'element'
      ? at(`<${part.tag}`)
      : part.kind === 'attribute'
        ? // A Markdown link has no attribute name in the text, only its URL.
          at(...(URL_ATTRIBUTES.has(part.attribute) ? [part.value] : []), part.attribute, `<${part.tag}`)
        : body.firstLine;
  const dangerous = isDangerous(part);
  return {
    severity: dangerous ? 'error' : 'warning',
    file: body.file,
    line,
    field: bodyMessages.body,
    found: bodyMessages.unsafeFound(part),
    expected: part.kind === 'nesting' ? bodyMessages.tooDeep(MAX_DEPTH) : dangerous ? bodyMessages.noScript : bodyMessages.dropped,
    hint: dangerous ? bodyMessages.noScriptHint : undefined,
  };
}

/**
 * Characters no page shows and XML forbids or discourages: a title holding one
 * (written "\x1b" or "\0" in double quotes) would make the RSS feed unreadable,
 * and HTML counts one in a body as an error. Tab and line breaks are text.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF]/;

/**
 * Characters that turn the direction of the text around them (U+202A–U+202E,
 * U+2066–U+2069): Vietnamese never needs one, and a title or a line holding
 * one shows other words than it holds (a file name or a number read backwards).
 */
const BIDI = /[\u202A-\u202E\u2066-\u2069]/;

const codePoint = (c: string) => `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

/** Every CONTROL or BIDI character, to be shown as an escape. */
const HIDDEN = new RegExp(`${CONTROL.source}|${BIDI.source}`, 'g');

/**
 * What to say of a CONTROL or BIDI character found in `text`: the words
 * around it, each such character written as an escape (\u001b, \u202e),
 * where the raw one would be invisible or turn the report's own line
 * around, and what it does.
 */
function invisibleCharacter(text: string, at: RegExpExecArray): Pick<Finding, 'found' | 'expected'> {
  const code = codePoint(at[0]);
  // JSON escapes U+0000–U+001F; the rest of HIDDEN it leaves as they are.
  const around = JSON.stringify(text.slice(Math.max(0, at.index - 40), at.index + 20));
  return {
    found: around.replace(HIDDEN, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`),
    expected: BIDI.test(at[0]) ? bodyMessages.bidiControl(code) : bodyMessages.controlCharacter(code),
  };
}

const invisible = (text: string) => CONTROL.exec(text) ?? BIDI.exec(text);

/**
 * The first CONTROL or BIDI character in the parsed body's text or attribute
 * values, where the body's text holds none as written: one written as a
 * character reference, on the line of the words beside it.
 */
function referencedInvisible(body: Body, tree: Root, at: Locate): Finding[] {
  const stack: Nodes[] = [tree];
  while (stack.length) {
    const node = stack.pop()!;
    const values = node.type === 'text' ? [node.value] : node.type === 'element' ? Object.values(node.properties).filter((v) => typeof v === 'string') : [];
    for (const value of values) {
      const found = invisible(value);
      if (!found) continue;
      const before = value.slice(0, found.index).split('\n').pop()!;
      const after = value.slice(found.index + found[0].length).split('\n')[0]!;
      const line = at(before.slice(-40), after.slice(0, 40));
      return [{ severity: 'error', file: body.file, line, field: bodyMessages.body, ...invisibleCharacter(value, found), hint: bodyMessages.invisibleReference }];
    }
    if ('children' in node) for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!);
  }
  return [];
}

function encodingProblems(body: Body): Finding[] {
  const lines = body.text.split('\n').map((text, i) => ({ line: body.firstLine + i, text }));
  const findings: Finding[] = [];
  if (body.text !== body.text.normalize('NFC')) {
    const at = lines.find(({ text }) => text !== text.normalize('NFC'));
    findings.push({ severity: 'warning', file: body.file, line: at?.line, field: bodyMessages.body, expected: bodyMessages.notNfc });
  }
  const hidden = invisible(body.text) ? lines.find(({ text }) => invisible(text)) : undefined;
  if (hidden) {
    findings.push({ severity: 'error', file: body.file, line: hidden.line, field: bodyMessages.body, ...invisibleCharacter(hidden.text, invisible(hidden.text)!) });
  }
  const legacy = lines.find(({ text }) => looksLikeLegacyEncoding(text));
  const toneless = legacy ? undefined : lines.find(({ text }) => looksToneless(text, TONELESS_LINE_WORDS));
  const at = legacy ?? toneless;
  if (at) {
    findings.push({
      severity: 'error',
      file: body.file,
      line: at.line,
      field: bodyMessages.body,
      found: `"${at.text.trim().slice(0, 60)}"`,
      ...(legacy ? { expected: bodyMessages.legacyEncoding } : { expected: bodyMessages.toneless, hint: bodyMessages.tonelessHint }),
    });
  }
  return findings;
}

export type LinkTag = 'a' | 'img';

function linksIn(tree: Root): { link: string; tag: LinkTag }[] {
  const links: { link: string; tag: LinkTag }[] = [];
  const stack: Nodes[] = [tree];
  while (stack.length) {
    const node = stack.pop()!;
    if (node.type === 'element') {
      const url = urlOf(node);
      if (typeof url === 'string') links.push({ link: url, tag: node.tagName as LinkTag });
    }
    if ('children' in node) for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!);
  }
  return links;
}
const urlOf = (el: Element) => (el.tagName === 'a' ? el.properties.href : el.tagName === 'img' ? el.properties.src : undefined);

function decoded(path: string): string {
  try {
    return decodeURI(path);
  } catch {
    return path; // A stray "%": look the file up as written.
  }
}

function brokenLinks(body: Body, tree: Root, targets: LinkTargets, at: Locate): Finding[] {
  const broken = (link: string, relative: boolean): Finding => ({
    severity: 'error',
    file: body.file,
    line: at(link),
    field: bodyMessages.body,
    found: link,
    expected: relative ? bodyMessages.relativeLink : bodyMessages.brokenLink,
    hint: relative ? bodyMessages.relativeLinkHint : bodyMessages.brokenLinkHint,
  });
  const unpublished = (link: string, expected: string): Finding => ({
    severity: 'error',
    file: body.file,
    line: at(link),
    field: bodyMessages.body,
    found: link,
    expected,
    hint: bodyMessages.imageHint,
  });
  let inline: Set<string> | undefined;
  return (
    linksIn(tree)
      // Other schemes, other hosts and fragments are not files of this site (the sanitiser judges them).
      .filter(({ link }) => link !== '' && !/^(?:[a-z][a-z0-9+.-]*:|#|\/\/)/i.test(link))
      .flatMap(({ link, tag }) => {
        const path = decoded(link.split(/[?#]/)[0]!);
        if (tag === 'img' && !link.startsWith('/')) {
          // The build's image pipeline imports the address as written: "./anh.jpg?x" or "#x" is no file, and the page gets a broken image.
          if (/[?#]/.test(link)) return [unpublished(link, bodyMessages.imageSuffix)];
          if (!targets.fileExists(body, path, tag)) return [broken(link, false)];
          inline ??= inlineImageAddresses(body.text);
          return inline.has(decoded(link)) ? [] : [unpublished(link, bodyMessages.imageNotInline)];
        }
        if (path.startsWith('/')) {
          const page = path.endsWith('/') ? path : `${path}/`;
          return !targets.pages.has(page) && !targets.fileExists(body, path, tag) ? [broken(link, false)] : [];
        }
        // The build publishes an image beside the page (its image pipeline, above), never another file:
        // a link relative to the Markdown file would lead nowhere on the published page.
        return [broken(link, true)];
      })
  );
}

/**
 * Front-matter text with a control character, mangled by a legacy encoding,
 * or typed without its marks, field by field. A field of a few words is
 * judged (a title, a name, alt text).
 */
export function fieldTextProblems(file: string, data: unknown, lineOf: (path: PropertyKey[]) => number | undefined, path: PropertyKey[] = []): Finding[] {
  if (typeof data === 'string') {
    const invisibleAt = invisible(data);
    const found = `"${data.slice(0, 60)}"`;
    const problem = invisibleAt
      ? invisibleCharacter(data, invisibleAt)
      : looksLikeLegacyEncoding(data)
        ? { found, expected: bodyMessages.legacyEncoding }
        : looksToneless(data, TONELESS_FIELD_WORDS)
          ? { found, expected: bodyMessages.toneless, hint: bodyMessages.tonelessHint }
          : null;
    return problem ? [{ severity: 'error', file, line: lineOf(path), field: path.join('.'), ...problem }] : [];
  }
  if (data && typeof data === 'object') {
    return Object.entries(data).flatMap(([key, value]) => fieldTextProblems(file, value, lineOf, [...path, Array.isArray(data) ? Number(key) : key]));
  }
  return [];
}
