/**
 * A province repository (docs/deploy.md, "Một kho cho cả tỉnh"), read here
 * and nowhere else:
 *
 *   province/site.yaml        the province's identity (src/schemas/province.ts)
 *   province/procedures/      the province's published list, shared by every commune
 *   province/news/, documents/ province-wide (for the provincial hub)
 *   communes/<slug>/content/  each commune's own content, as in a district's
 *                             repository, plus procedure-notes.yaml: its local
 *                             notes on shared procedures, keyed by code
 *
 * A commune publishes the shared procedures as its own; a procedure file of
 * its own with the same code replaces the shared one. Nothing is copied: the
 * Astro loader, validation and the build fingerprint all ask here which
 * files a commune's procedures are.
 */
import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, join, relative, sep } from 'node:path';
import { ENTRY_GLOB, entryFiles } from '../readers/entry-files.ts';
import { parseMarkdown, parseYaml, type ParsedFile } from '../readers/front-matter.ts';
import { filesAndLinks } from '../readers/walk.ts';
import { listCommunes } from './communes.ts';

export const PROVINCE_FOLDER = 'province';
export const COMMUNES_FOLDER = 'communes';
/** A commune's notes on shared procedures, in its content folder. */
const NOTES_FILE = 'procedure-notes.yaml';

export const provinceSiteFile = (provinceDir: string): string => join(provinceDir, 'site.yaml');
const sharedProceduresDir = (provinceDir: string): string => join(provinceDir, 'procedures');
const notesFile = (contentDir: string): string => join(contentDir, NOTES_FILE);

/**
 * The province a commune's content belongs to: <root>/province when the
 * content is <root>/communes/<slug>/content and <root>/province/site.yaml
 * exists; undefined for a commune on its own (or a district's).
 */
export function detectProvince(contentDir: string): string | undefined {
  const communes = dirname(dirname(contentDir));
  if (basename(contentDir) !== 'content' || basename(communes) !== COMMUNES_FOLDER) return undefined;
  const province = join(dirname(communes), PROVINCE_FOLDER);
  return existsSync(provinceSiteFile(province)) ? province : undefined;
}

/** The province of a build: the one its settings name (CCHC_PROVINCE_DIR), else the one its content lies in. */
export function provinceOf(settings: { contentDir: string; provinceDir: string | undefined }): string | undefined {
  return settings.provinceDir ?? detectProvince(settings.contentDir);
}

/** A commune's notes file, parsed, when it has one: validation judges it, the pages read it. */
export function readNotesFile(contentDir: string): { path: string; parsed: Omit<ParsedFile, 'body' | 'bodyLine'> } | undefined {
  const path = notesFile(contentDir);
  return existsSync(path) ? { path, parsed: parseYaml(readFileSync(path, 'utf8')) } : undefined;
}

/** The communes of a province repository, sorted. */
export function provinceCommunes(provinceDir: string): string[] {
  return listCommunes(join(dirname(provinceDir), COMMUNES_FOLDER));
}

/** The province's files every commune's build reads: a change to one rebuilds every commune. */
export function sharedInputs(provinceDir: string): string[] {
  return [provinceSiteFile(provinceDir), ...filesAndLinks(sharedProceduresDir(provinceDir))].filter((f) => existsSync(f));
}

/** The code a procedure file declares, or undefined when it cannot be read (validation reports it). */
function codeOf(file: string): string | undefined {
  try {
    const code = (parseMarkdown(readFileSync(file, 'utf8'))?.data as { code?: unknown } | undefined)?.code;
    return typeof code === 'string' ? code.trim() : undefined;
  } catch {
    return undefined;
  }
}

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
  const shared: string[] = [];
  const replaced: string[] = [];
  for (const file of entryFiles(sharedProceduresDir(provinceDir))) {
    const code = codeOf(file);
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
