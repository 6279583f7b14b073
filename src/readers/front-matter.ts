/**
 * Splits a Markdown file into YAML front matter and body, keeping positions
 * so that every finding can name the line a clerk has to fix.
 */
import { isAlias, LineCounter, parseDocument, visit, type Document } from 'yaml';
import { yamlMessages, yamlOtherError } from '../i18n/validation.ts';

export interface ParsedFile {
  data: unknown;
  body: string;
  /** Line of the file on which the body starts. */
  bodyLine: number;
  /** 1-based line in the file of the node at `path`, if it exists. */
  lineOf: (path: readonly PropertyKey[]) => number | undefined;
  /** The text as written for the scalar at `path` (50.000 where YAML reads 50). */
  sourceAt: (path: readonly PropertyKey[]) => string | undefined;
  /** A YAML syntax error; `message` is Vietnamese. */
  syntaxError?: { line?: number | undefined; message: string };
}

/** Aliases a clerk never needs; a few hundred expand to gigabytes (the "billion laughs" file). */
const MAX_ALIASES = 50;
/** A UTF-8 byte-order mark some editors put first; Astro ignores it, and so do we. */
const BOM = /^\uFEFF/;

const FENCE = /^---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

type Ranged = { range?: [number, number, number] } | undefined;

function locator(doc: Document, counter: LineCounter, offsetLines: number) {
  return (path: readonly PropertyKey[]) => {
    const start = (doc.getIn(path as unknown[], true) as Ranged)?.range?.[0];
    return start === undefined ? undefined : counter.linePos(start).line + offsetLines;
  };
}

function sourceReader(doc: Document, source: string) {
  return (path: readonly PropertyKey[]) => {
    const range = (doc.getIn(path as unknown[], true) as Ranged)?.range;
    return range ? source.slice(range[0], range[1]) : undefined;
  };
}

/** Line of the first alias (*name), where resolving aliases failed. */
function firstAliasLine(doc: Document, counter: LineCounter): number | undefined {
  let start: number | undefined;
  visit(doc, {
    Alias: (_key, node) => {
      start = isAlias(node) ? node.range?.[0] : undefined;
      return visit.BREAK;
    },
  });
  return start === undefined ? undefined : counter.linePos(start).line;
}

export function parseYaml(source: string, offsetLines = 0): Omit<ParsedFile, 'body' | 'bodyLine'> {
  const counter = new LineCounter();
  const text = source.replace(BOM, '');
  const doc = parseDocument(text, { lineCounter: counter });
  const lineOf = locator(doc, counter, offsetLines);
  const sourceAt = sourceReader(doc, text);
  const shift = (line: number | undefined) => (line === undefined ? undefined : line + offsetLines);
  const error = doc.errors[0];
  if (error) {
    return { data: undefined, lineOf, sourceAt, syntaxError: { line: shift(error.linePos?.[0]?.line), message: yamlMessages[error.code] ?? yamlOtherError } };
  }
  try {
    return { data: doc.toJS({ maxAliasCount: MAX_ALIASES }) ?? {}, lineOf, sourceAt };
  } catch (error) {
    // yaml resolves aliases only here, and throws for an alias bomb or an alias without its anchor.
    const code = String(error).includes('Excessive alias') ? 'RESOURCE_EXHAUSTION' : 'BAD_ALIAS';
    return { data: undefined, lineOf, sourceAt, syntaxError: { line: shift(firstAliasLine(doc, counter)), message: yamlMessages[code]! } };
  }
}

export function parseMarkdown(text: string): ParsedFile | null {
  const source = text.replace(BOM, '');
  const match = FENCE.exec(source);
  if (!match) return null;
  // Front matter starts on line 2, after the opening fence.
  return { ...parseYaml(match[1]!, 1), body: source.slice(match[0].length), bodyLine: match[0].split('\n').length };
}

/**
 * The `lineOf` of a Markdown file's front matter, parsed again when first
 * asked. A YAML document with positions weighs many times its text; keeping
 * one for every entry until the cross-checks (which need a line only for a
 * finding) made validation hold them all at once, and the collector copy them.
 */
export function frontMatterLines(text: string): ParsedFile['lineOf'] {
  let lineOf: ParsedFile['lineOf'] | undefined;
  return (path) => {
    lineOf ??= parseMarkdown(text)?.lineOf ?? (() => undefined);
    return lineOf(path);
  };
}
