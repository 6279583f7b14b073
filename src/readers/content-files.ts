/**
 * The one gate every published file passes: the validation pass asks it for
 * each cover, photo, attachment and linked file, and the build reads a
 * document's PDF only through it (src/data/documents.ts), so nothing the
 * check refused can be copied into the site. The rules are in
 * src/lib/file-paths.ts; here the disk is asked, links followed.
 */
import { existsSync, realpathSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { isInside, writtenPathProblem, type PathProblem } from '../lib/file-paths.ts';

export type FileVerdict = { ok: true; path: string } | { ok: false; problem: PathProblem };

/**
 * The real path of `written`, a path relative to `fromDir`, if it names a
 * plain file inside `root` once every symbolic link is followed.
 */
export function confinedFile(root: string, fromDir: string, written: string): FileVerdict {
  const problem = writtenPathProblem(written);
  if (problem) return { ok: false, problem };
  const path = resolve(fromDir, written);
  if (!isInside(resolve(root), path)) return { ok: false, problem: { kind: 'outside' } };
  // existsSync follows links: a link to nothing is missing.
  if (!existsSync(path)) return { ok: false, problem: { kind: 'missing' } };
  const real = realpathSync(path);
  // The path as written stays inside, so only a symbolic link on the way can lead out.
  if (!isInside(realpathSync(root), real)) return { ok: false, problem: { kind: 'linkOutside' } };
  if (!statSync(real).isFile()) return { ok: false, problem: { kind: 'notFile' } };
  return { ok: true, path: real };
}
