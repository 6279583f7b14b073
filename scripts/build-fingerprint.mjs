/**
 * A build with nothing new to build is skipped. The fingerprint of a build
 * covers everything its output depends on:
 * - every file of the commune's content folder (names and bytes);
 * - the generator: every file of this repository that git tracks or would
 *   track (.gitignore'd outputs and caches are left out, and tests/, whose
 *   fixture communes are content folders of their own), package-lock.json
 *   included, so a dependency update rebuilds;
 * - the CCHC_* settings, the extra `astro build` flags, the Node version;
 * - today's date in Vietnam (or CCHC_TODAY): news dated in the future and
 *   plan progress change with the day, so a new day always rebuilds.
 * After a successful build the fingerprint is kept in node_modules/.astro
 * with the identity of the output folder it produced; a later build with the
 * same fingerprint, whose output folder is still that folder, does nothing.
 * `--force` or CCHC_FORCE_BUILD=1 builds anyway.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..');
const STATE = join(ROOT, 'node_modules/.astro/build-fingerprints');
/** Folders and files of a checkout without git, when `git ls-files` cannot answer. */
const GENERATOR = ['astro.config.mjs', 'package.json', 'package-lock.json', 'tsconfig.json', 'src', 'public', 'scripts'];

function walk(dir) {
  if (!existsSync(dir)) return [];
  if (!statSync(dir).isDirectory()) return [dir];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && !e.parentPath.split(sep).includes('node_modules'))
    .map((e) => join(e.parentPath, e.name));
}

function generatorFiles(root) {
  try {
    const listed = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 1 << 28 });
    return listed
      .split('\0')
      .filter((f) => f && !f.startsWith('tests/'))
      .map((f) => join(root, f))
      // Regular files only: a symlinked node_modules (untracked, since .gitignore's
      // `node_modules/` matches directories) or a submodule is not read as a file.
      .filter((f) => existsSync(f) && statSync(f).isFile());
  } catch {
    return GENERATOR.flatMap((part) => walk(join(root, part)));
  }
}

/** Today in Asia/Ho_Chi_Minh, as the build sees it. */
function today(env) {
  return env.CCHC_TODAY || new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(new Date());
}

/** The fingerprint of building `contentDir` with `env` and `args` (with the generator at `root`, this repository by default). */
export function buildFingerprint({ contentDir, env, args, root = ROOT }) {
  const hash = createHash('sha256');
  const settings = Object.entries(env)
    .filter(([k]) => k.startsWith('CCHC_') && k !== 'CCHC_FORCE_BUILD')
    .sort(([a], [b]) => a.localeCompare(b));
  hash.update(JSON.stringify({ settings, contentDir, args, node: process.version, today: today(env) }));
  const add = (label, base, files) => {
    for (const file of files.sort()) {
      hash.update(`\0${label}:${relative(base, file)}\0`);
      hash.update(readFileSync(file));
    }
  };
  add('generator', root, generatorFiles(root));
  add('content', contentDir, walk(contentDir));
  return hash.digest('hex');
}

const stateFile = (out) => join(STATE, `${createHash('sha1').update(out).digest('hex').slice(0, 16)}.json`);

/** The output folder's identity: a folder put back by hand or by another build is not the one recorded. */
function identity(out) {
  const dir = statSync(out);
  const home = join(out, 'index.html');
  const page = existsSync(home) ? statSync(home) : undefined;
  return { ino: dir.ino, mtimeMs: dir.mtimeMs, home: page ? [page.ino, page.size, page.mtimeMs] : null };
}

export function isUpToDate(out, fingerprint) {
  try {
    if (!existsSync(out)) return false;
    const state = JSON.parse(readFileSync(stateFile(out), 'utf8'));
    return state.fingerprint === fingerprint && JSON.stringify(state.output) === JSON.stringify(identity(out));
  } catch {
    return false;
  }
}

export function recordBuild(out, fingerprint) {
  mkdirSync(STATE, { recursive: true });
  writeFileSync(stateFile(out), JSON.stringify({ out, fingerprint, output: identity(out) }));
}
