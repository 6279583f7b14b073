/**
 * Which files of a content folder are entries: Markdown at any depth whose
 * name does not start with "_" (an example or a draft kept out of the site).
 * Validation, the Astro loaders and the content queries all ask here.
 */
import { existsSync, readdirSync } from 'node:fs';
import { extname, join } from 'node:path';

/** The same rule as a glob, for Astro's loader. */
export const ENTRY_GLOB = '**/[^_]*.md';

/** Entry files, sorted; .mdx ones too, so validation can refuse them by name. */
export function entryFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((d) => d.isFile() && ['.md', '.mdx'].includes(extname(d.name)) && !d.name.startsWith('_'))
    .map((d) => join(d.parentPath, d.name))
    .sort();
}
