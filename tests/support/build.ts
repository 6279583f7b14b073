/** Runs the real build (`cchc build` → astro build → Pagefind) for a content folder. */
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { FIXTURE_TODAY, FIXTURES, fixtureDir } from './fixtures.ts';

export interface BuildResult {
  status: number | null;
  /** stdout and stderr. */
  output: string;
  /** stdout alone: the JSON result with `--json`. */
  stdout: string;
}

/**
 * Vitest exports Vite's own variables (BASE_URL, MODE, DEV, SSR…) into
 * process.env; a child Astro build would take BASE_URL=/ from them and lose
 * the commune's base path, so the build gets the environment without them.
 */
export function withoutVitest(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  return Object.fromEntries(
    Object.entries(env).filter(([key]) => !['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'TEST', 'NODE_ENV'].includes(key) && !key.startsWith('VITEST')),
  );
}

/** The environment of a test's `cchc` run: without Vitest's variables, telemetry off, a pinned day. */
export function buildEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  return { ...withoutVitest(process.env), ASTRO_TELEMETRY_DISABLED: '1', CCHC_TODAY: '2024-06-30', ...extra };
}

/** Builds `contentDir`, which must be named: never the repository's content/ (see fixtureDir). */
export function buildCommune(contentDir: string, outDir: string, env: Record<string, string> = {}, args: string[] = []): BuildResult {
  const content = fixtureDir(contentDir);
  const result = spawnSync(process.execPath, [resolve('bin/cchc.mjs'), 'build', '--out', outDir, ...args], {
    encoding: 'utf8',
    env: buildEnv({ CCHC_CONTENT_DIR: content, ...env }),
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}`, stdout: result.stdout };
}

/**
 * A plain `astro build`, without `cchc build`: the integration indexes
 * the site itself at astro:build:done instead of a separate step after it.
 */
export function astroBuild(contentDir: string, outDir: string): BuildResult {
  const result = spawnSync(process.execPath, [resolve('node_modules/astro/bin/astro.mjs'), 'build', '--outDir', outDir], {
    encoding: 'utf8',
    env: buildEnv({ CCHC_CONTENT_DIR: fixtureDir(contentDir), CCHC_SEARCH_INDEX: '' }),
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}`, stdout: result.stdout };
}

export const BUILDS = resolve('.cache/test-builds');
export const SITES = {
  /** The demo commune, from its copy under tests/fixtures/ (the repository's content/ may be any commune). */
  demo: { content: FIXTURES.bangCa, out: resolve(BUILDS, 'demo') },
  /** The same demo published under a sub-path, as a district host or a Pages project site would. */
  demoSubPath: { content: FIXTURES.bangCa, out: resolve(BUILDS, 'demo-xa-bang-ca'), env: { CCHC_BASE: '/xa-bang-ca/' } },
  chauThanh: { content: FIXTURES.chauThanh, out: resolve(BUILDS, 'chau-thanh-2024') },
  lienMinh: { content: FIXTURES.lienMinh, out: resolve(BUILDS, 'lien-minh-2022') },
  /** Built on a day of its plan's year, so the home page shows the 2026 plan as current. */
  hoaAn: { content: FIXTURES.hoaAn, out: resolve(BUILDS, 'hoa-an-2026'), env: { CCHC_TODAY: FIXTURE_TODAY.hoaAn! } },
} as const satisfies Record<string, { content: string; out: string; env?: Record<string, string> }>;
