/**
 * The files under a folder, and the symbolic links, without entering linked
 * folders: a link to /etc or back to a parent would otherwise be walked as
 * if it were content (some Node versions follow them in a recursive
 * readdir). Callers judge each link themselves (src/readers/content-files.ts).
 */
import { existsSync, lstatSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Files and symbolic links under `dir`, sorted. */
export function filesAndLinks(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((d) => (d.isDirectory() ? filesAndLinks(join(dir, d.name)) : d.isFile() || d.isSymbolicLink() ? [join(dir, d.name)] : []))
    .sort();
}

/** A symbolic link to a folder: Astro's loader would walk into it. */
export function isFolderLink(path: string): boolean {
  return lstatSync(path).isSymbolicLink() && existsSync(path) && statSync(path).isDirectory();
}
