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
 * its own with the same code replaces the shared one. Nothing is copied.
 * This module knows where things are; ./province-procedures.ts which
 * procedures and notes a commune publishes. They are two because this one
 * is read by the build fingerprint, which `build-all --list` loads in a CI
 * job before any npm install: it imports nothing but Node.
 */
import { existsSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { filesAndLinks } from '../readers/walk.ts';
import { listCommunes } from './communes.ts';

export const PROVINCE_FOLDER = 'province';
export const COMMUNES_FOLDER = 'communes';
/** A commune's notes on shared procedures, in its content folder. */
const NOTES_FILE = 'procedure-notes.yaml';

export const provinceSiteFile = (provinceDir: string): string => join(provinceDir, 'site.yaml');
export const sharedProceduresDir = (provinceDir: string): string => join(provinceDir, 'procedures');
export const notesFile = (contentDir: string): string => join(contentDir, NOTES_FILE);

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

/** The communes of a province repository, sorted. */
export function provinceCommunes(provinceDir: string): string[] {
  return listCommunes(join(dirname(provinceDir), COMMUNES_FOLDER));
}

/** The province's files every commune's build reads: a change to one rebuilds every commune. */
export function sharedInputs(provinceDir: string): string[] {
  return [provinceSiteFile(provinceDir), ...filesAndLinks(sharedProceduresDir(provinceDir))].filter((f) => existsSync(f));
}
