/**
 * Which procedures a commune of a province publishes, and its notes on them
 * (the layout is ./province.ts): its own files, then the province's whose
 * code it has no file for. The Astro loader, validation and the content
 * queries all ask here, so `cchc check` and the build read the same files.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { ENTRY_GLOB, entryFiles } from '../readers/entry-files.ts';
import { parseMarkdown, parseYaml, type ParsedFile } from '../readers/front-matter.ts';
import { notesFile, sharedProceduresDir } from './province.ts';

/** A commune's notes file, parsed, when it has one: validation judges it, the pages read it. */
export function readNotesFile(contentDir: string): { path: string; parsed: Omit<ParsedFile, 'body' | 'bodyLine'> } | undefined {
  const path = notesFile(contentDir);
  return existsSync(path) ? { path, parsed: parseYaml(readFileSync(path, 'utf8')) } : undefined;
}

/** The code a procedure file declares, or undefined when it cannot be read (validation reports it). */
function codeOf(file: string): string | undefined {
  return codeIn(readFileSync(file, 'utf8'));
}

function codeIn(text: string): string | undefined {
  try {
    const code = (parseMarkdown(text)?.data as { code?: unknown } | undefined)?.code;
    return typeof code === 'string' ? code.trim() : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Whether a shared file may declare one of `codes`. Parsing each of a
 * province's ~460 files cost most of a second per commune, in every build
 * and check; a file whose text holds none of them cannot declare one,
 * unless YAML spells it otherwise: an escape (a backslash), a quote doubled
 * or a line folded, which only a code of other characters than letters,
 * digits, dots, dashes and slashes needs. Then the file is parsed.
 */
function mayDeclare(text: string, codes: ReadonlySet<string>): boolean {
  if (text.includes('\\')) return true;
  for (const code of codes) if (!PLAIN_CODE.test(code) || text.includes(code)) return true;
  return false;
}

const PLAIN_CODE = /^[\p{L}\p{N}._/-]+$/u;

export interface ProcedureFiles {
  /** The commune's own procedure files. */
  own: string[];
  /** The province's procedure files the commune publishes. */
  shared: string[];
  /** The province's files replaced by a file of the commune with the same code. */
  replaced: string[];
}

/** The procedure files a commune publishes: its own, then the province's whose code it has no file for. */
export function procedureFiles(contentDir: string, provinceDir: string | undefined): ProcedureFiles {
  const own = entryFiles(join(contentDir, 'procedures'));
  if (!provinceDir) return { own, shared: [], replaced: [] };
  const ownCodes = new Set(own.map(codeOf).filter((c) => c !== undefined));
  const files = entryFiles(sharedProceduresDir(provinceDir));
  // Most communes publish the province's list as it is: nothing to compare.
  if (ownCodes.size === 0) return { own, shared: files, replaced: [] };
  const shared: string[] = [];
  const replaced: string[] = [];
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    const code = mayDeclare(text, ownCodes) ? codeIn(text) : undefined;
    (code !== undefined && ownCodes.has(code) ? replaced : shared).push(file);
  }
  return { own, shared, replaced };
}

/** A collection folder's entry files for a commune: for procedures in a province, its own and the shared ones it publishes. */
export function collectionFiles(folder: string, contentDir: string, provinceDir: string | undefined): string[] {
  if (folder !== 'procedures' || !provinceDir) return entryFiles(join(contentDir, folder));
  const { own, shared } = procedureFiles(contentDir, provinceDir);
  return [...own, ...shared];
}

/**
 * The glob Astro's loader reads a commune's procedures with: from the
 * repository's root, the commune's folder and the province's, less the
 * shared files the commune replaces (tinyglobby's "!" patterns).
 */
export function procedureGlob(contentDir: string, provinceDir: string): { base: string; pattern: string[] } {
  const base = commonParent(contentDir, provinceDir);
  const rel = (p: string) => relative(base, p).split(sep).join('/');
  const { replaced } = procedureFiles(contentDir, provinceDir);
  return {
    base,
    pattern: [`${rel(join(contentDir, 'procedures'))}/${ENTRY_GLOB}`, `${rel(sharedProceduresDir(provinceDir))}/${ENTRY_GLOB}`, ...replaced.map((f) => `!${rel(f)}`)],
  };
}

function commonParent(a: string, b: string): string {
  let base = a;
  while (relative(base, b).startsWith('..')) base = dirname(base);
  return base;
}
