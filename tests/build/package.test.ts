/**
 * The generator as a commune gets it: `npm pack`, `cchc init` into a folder
 * outside this repository, `npm install` of the packed tarball there, then
 * the site's own README commands on a PATH whose Node is the system's (20 on
 * these machines): the site builds, its pipeline (check, build, verify) passes,
 * and its workflow files validate.
 */
import { validateWorkflow } from '@action-validator/core';
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withoutVitest } from '../support/build.ts';
import { gitlabLint } from '../support/pipelines.ts';

const REPO = resolve('.');
const work = mkdtempSync(join(tmpdir(), 'cchc-package-'));
const site = join(work, 'cong-cchc-ha-an');

/** The environment of someone at a terminal in the site: no trace of this repository's tools or of vitest. */
function siteEnv(): NodeJS.ProcessEnv {
  const env = Object.fromEntries(Object.entries(withoutVitest(process.env)).filter(([key]) => !key.startsWith('npm_') && !key.startsWith('CCHC_')));
  env.PATH = (process.env.PATH ?? '')
    .split(delimiter)
    .filter((dir) => !dir.startsWith(REPO))
    .join(delimiter);
  return { ...env, ASTRO_TELEMETRY_DISABLED: '1' };
}

function run(command: string, args: string[], cwd: string): SpawnSyncReturns<string> {
  const result = spawnSync(command, args, { cwd, env: siteEnv(), encoding: 'utf8', timeout: 600_000 });
  if (result.status !== 0) console.error(`${command} ${args.join(' ')}\n${result.stdout}\n${result.stderr}`);
  return result;
}

let tarball = '';
const timings: Record<string, number> = {};
function timed<T>(name: string, step: () => T): T {
  const start = performance.now();
  const result = step();
  timings[name] = Math.round(performance.now() - start);
  return result;
}

beforeAll(() => {
  const pack = run('npm', ['pack', '--json', '--pack-destination', work], REPO);
  expect(pack.status, pack.stderr).toBe(0);
  tarball = join(work, (JSON.parse(pack.stdout) as { filename: string }[])[0]!.filename);
  const init = timed('init', () =>
    spawnSync(
      process.execPath,
      [
        join(REPO, 'bin/cchc.mjs'),
        'init',
        site,
        '--ten',
        'Hà An',
        '--loai',
        'phường',
        '--tinh',
        'thành phố Hải Phòng',
        '--dia-chi-trung-tam',
        'Số 1 đường Hà An, phường Hà An',
        '--duong-day-nong',
        '0225 3 800 000',
        '--email',
        'ubnd.haan@example.org',
        '--nguoi-phu-trach',
        'Trần Thị B',
        '--dia-chi-trang',
        'https://haan.example.org/',
        // GitHub with token sign-in: a working CMS configuration, so the site's own `npm test` (check first) passes.
        '--git',
        'github',
        '--kho',
        'ubnd-haan/cong-cchc',
        '--goi',
        `file:${tarball}`,
      ],
      { cwd: work, env: siteEnv(), encoding: 'utf8' },
    ),
  );
  expect(init.status, `${init.stdout}\n${init.stderr}`).toBe(0);
  const install = timed('npm install', () => run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline'], site));
  expect(install.status).toBe(0);
}, 900_000);

afterAll(() => {
  console.log(`init → first build (ms): ${JSON.stringify(timings)}`);
  rmSync(work, { recursive: true, force: true });
});

describe('a site made by `cchc init` from the packed package', () => {
  it('holds its content, one line of configuration, its workflows and a README', () => {
    const files = readdirSync(site, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile() && !e.parentPath.includes('node_modules'))
      .map((e) =>
        join(e.parentPath, e.name)
          .slice(site.length + 1)
          .split('\\')
          .join('/'),
      )
      .filter((f) => f !== 'package-lock.json')
      .sort();
    expect(files).toEqual([
      '.github/workflows/publish.yml',
      '.gitignore',
      '.gitlab-ci.yml',
      'README.md',
      'astro.config.mjs',
      'content/commendations/_vi-du.md',
      'content/documents/_vi-du.md',
      'content/events/_vi-du.md',
      'content/indices/_vi-du.md',
      'content/late-disclosures/_vi-du.md',
      'content/news/_vi-du.md',
      'content/plans/_vi-du.md',
      'content/procedures/_vi-du.md',
      'content/reports/_vi-du.md',
      'content/site.yaml',
      'package.json',
      'src/content.config.ts',
    ]);
    expect(readFileSync(join(site, 'astro.config.mjs'), 'utf8')).toContain('integrations: [cchcPortal()]');
    expect(readFileSync(join(site, 'node_modules/cchc-portal/package.json'), 'utf8')).toContain('"name": "cchc-portal"');
  });

  it('runs its README commands where the system Node is the one on the PATH', () => {
    const node = run('node', ['--version'], site);
    console.log(`system Node on the site's PATH: ${node.stdout.trim()}`);
    const build = timed('npm run build', () => run('npm', ['run', 'build'], site));
    expect(build.status).toBe(0);
    const home = readFileSync(join(site, 'dist/index.html'), 'utf8');
    expect(home).toContain('<html lang="vi"');
    expect(home).toContain('phường Hà An');
    // The example drafts (_vi-du.md) are not published.
    expect(existsSync(join(site, 'dist/tin-tuc/vi-du/index.html'))).toBe(false);
  }, 600_000);

  it('passes its own pipeline: npm test runs check, build and verify', () => {
    const test = timed('npm test', () => run('npm', ['test'], site));
    expect(test.status).toBe(0);
    expect(test.stdout).toMatch(/verify|kiểm tra/i);
  }, 900_000);

  it('its workflow files validate against GitHub’s and GitLab’s schemas', () => {
    expect(validateWorkflow(readFileSync(join(site, '.github/workflows/publish.yml'), 'utf8')).errors).toEqual([]);
    const gitlab = gitlabLint(readFileSync(join(site, '.gitlab-ci.yml'), 'utf8'));
    expect(gitlab.output).toContain('json schema validated');
    expect(gitlab.status, gitlab.output).toBe(0);
  }, 120_000);
});
