/**
 * Splits a Markdown file into YAML front matter and body, keeping positions
 * so that every finding can name the line a clerk has to fix.
 */
import { LineCounter, parseDocument, type Document } from 'yaml';

export interface ParsedFile {
  data: unknown;
  body: string;
  /** Line of the file on which the body starts. */
  bodyLine: number;
  /** 1-based line in the file of the node at `path`, if it exists. */
  lineOf: (path: readonly PropertyKey[]) => number | undefined;
  syntaxError?: { line?: number | undefined; message: string };
}

const FENCE = /^---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

function locator(doc: Document, counter: LineCounter, offsetLines: number) {
  return (path: readonly PropertyKey[]) => {
    const node = doc.getIn(path as unknown[], true) as { range?: [number, number, number] } | undefined;
    const start = node?.range?.[0];
    return start === undefined ? undefined : counter.linePos(start).line + offsetLines;
  };
}

export function parseYaml(source: string, offsetLines = 0): Omit<ParsedFile, 'body' | 'bodyLine'> {
  const counter = new LineCounter();
  const doc = parseDocument(source, { lineCounter: counter, prettyErrors: true });
  const lineOf = locator(doc, counter, offsetLines);
  const error = doc.errors[0];
  if (error) {
    const line = error.linePos?.[0]?.line;
    return { data: undefined, lineOf, syntaxError: { line: line === undefined ? undefined : line + offsetLines, message: error.message } };
  }
  return { data: doc.toJS() ?? {}, lineOf };
}

export function parseMarkdown(source: string): ParsedFile | null {
  const match = FENCE.exec(source);
  if (!match) return null;
  // Front matter starts on line 2, after the opening fence.
  return { ...parseYaml(match[1]!, 1), body: source.slice(match[0].length), bodyLine: match[0].split('\n').length };
}
