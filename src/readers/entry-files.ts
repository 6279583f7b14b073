/**
 * Which files of a content folder are entries: Markdown at any depth whose
 * name does not start with "_" (an example or a draft kept out of the site).
 * Validation, the Astro loaders and the content queries all ask here.
 */
import { basename, extname } from 'node:path';
import { filesAndLinks } from './walk.ts';

/** The same rule as a glob, for Astro's loader: it loads exactly the ".md" files. */
export const ENTRY_GLOB = '**/[^_]*.md';

/** The one ending an entry is published with; ENTRY_GLOB matches only it. */
export const ENTRY_EXTENSION = '.md';

/**
 * Entry files, sorted. Also ".mdx" and any other spelling of ".md" (".MD",
 * ".Md"), which the loader's glob does not match: validation refuses them by
 * name, so a file saved by Windows as BAI-VIET.MD is reported rather than
 * silently left off the site. Symbolic links too, so validation can refuse
 * one that leads out of the content folder.
 */
export function entryFiles(dir: string): string[] {
  return filesAndLinks(dir).filter((path) => ['.md', '.mdx'].includes(extname(path).toLowerCase()) && !basename(path).startsWith('_'));
}
