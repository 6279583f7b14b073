/**
 * Where a file a clerk names may be. Every file the site publishes (a cover,
 * a photo, a document's PDF, an image in a body, an upload) must lie inside
 * the folder it belongs to, after symbolic links are followed: otherwise
 * `file: ../../../../x.pdf` or a committed link to /etc/passwd would publish
 * whatever the build machine can read. Pure: the reader
 * (src/readers/content-files.ts) follows the links and asks here.
 */
import { isAbsolute, relative, sep } from 'node:path';

export type PathProblem =
  /** "/home/x/anh.jpg", "C:\anh.jpg", "\\server\anh.jpg": only paths from the file's own folder. */
  | { kind: 'absolute' }
  /** "file:///etc/passwd", "https://…": a file of the content, not an address. */
  | { kind: 'address' }
  /** No such file (or a link to nothing). */
  | { kind: 'missing' }
  /** A folder, a device or anything else that is not a plain file. */
  | { kind: 'notFile' }
  /** A character the build's module resolver reads as part of an address ("?", "#", "%") or a control character. */
  | { kind: 'characters'; found: string }
  /** The path climbs out of the folder ("../../x.pdf"). */
  | { kind: 'outside' }
  /** The path is inside, but it is a symbolic link to a file outside. */
  | { kind: 'linkOutside' };

/** Problems visible in the path as written, before looking at the disk. */
export function writtenPathProblem(written: string): PathProblem | undefined {
  if (/^[a-z][a-z0-9+.-]+:/i.test(written)) return { kind: 'address' };
  if (isAbsolute(written) || /^[a-z]:|^[\\/]/i.test(written)) return { kind: 'absolute' };
  return undefined;
}

/**
 * A photo's path is imported by the build's module resolver, which reads "?"
 * and "#" as the start of a query or fragment and "%" as an escape: the file
 * check finds the file, and the build then does not.
 */
export function importPathProblem(written: string): PathProblem | undefined {
  const odd = [...written].find((c) => '?#%'.includes(c) || c.charCodeAt(0) < 0x20 || c.charCodeAt(0) === 0x7f);
  return odd === undefined ? undefined : { kind: 'characters', found: odd };
}

/** Is `path` the folder `root` or inside it? Both absolute and already resolved. */
export function isInside(root: string, path: string): boolean {
  const rel = relative(root, path);
  return rel === '' || (!rel.startsWith(`..${sep}`) && rel !== '..' && !isAbsolute(rel));
}
