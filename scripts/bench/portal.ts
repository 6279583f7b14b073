/**
 * The portal a benchmark measures, in a folder of its own: HEAD (what is
 * committed) or the working tree, with a node_modules of links to the
 * repository's packages and none to its caches, so the benchmark's builds
 * keep their caches (content store, share cards, build fingerprints) to
 * themselves and a cold build is cold.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { linkNodeModules } from './bare-site.ts';

const REPO = resolve(import.meta.dirname, '../..');
/** What a snapshot of the portal holds (public/ when the project has one). */
const PORTAL_PARTS = ['astro.config.mjs', 'package.json', 'tsconfig.json', 'bin', 'src', 'public', 'scripts'].filter((part) => existsSync(join(REPO, part)));

/** The portal at HEAD, or the working tree with `worktree`, written into `dir`; returns `dir`. */
export function snapshotPortal(dir: string, worktree: boolean): string {
  mkdirSync(dir);
  if (worktree) {
    for (const part of PORTAL_PARTS) cpSync(join(REPO, part), join(dir, part), { recursive: true });
  } else {
    execFileSync('tar', ['-x', '-C', dir], { input: execFileSync('git', ['archive', 'HEAD', ...PORTAL_PARTS], { cwd: REPO, maxBuffer: 1 << 30 }) });
  }
  linkNodeModules(dir);
  return dir;
}

/** The commit a snapshot is of. */
export const portalCommit = (): string => execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: REPO, encoding: 'utf8' }).trim();
