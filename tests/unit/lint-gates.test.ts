/** The lint and dead-code gates of `npm test` fail on a planted fault, with this repository's own configuration. */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const BIOME = resolve('node_modules/@biomejs/biome/bin/biome');
const KNIP = resolve('node_modules/knip/bin/knip.js');
/** `npm run lint`'s own options, so the test runs the gate as npm test does. */
const LINT_OPTIONS = (JSON.parse(readFileSync('package.json', 'utf8')).scripts.lint as string).split(' ').filter((word) => word.startsWith('--'));

describe('biome lint', () => {
  const dir = mkdtempSync(join(tmpdir(), 'cchc-biome-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  copyFileSync('biome.json', join(dir, 'biome.json'));
  const lint = (path: string, code: string) => {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), code);
    const run = spawnSync(process.execPath, [BIOME, 'check', ...LINT_OPTIONS, '--vcs-enabled=false', path], {
      cwd: dir,
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1' },
    });
    return { status: run.status, output: run.stdout + run.stderr };
  };

  it('passes clean code and fails a planted fault, in TypeScript and in an .astro page', () => {
    expect(lint('src/lib/clean.ts', 'export const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);\n').status).toBe(0);
    const ts = lint('src/lib/planted.ts', 'export function clear(xs: string[][]) {\n  xs.forEach((x) => x.pop());\n}\n');
    expect(ts.status).not.toBe(0);
    expect(ts.output).toContain('useIterableCallbackReturn');
    const astro = lint('src/routes/planted.astro', "---\nimport { paths } from '../lib/paths.ts';\nconst unused = 1;\n---\n<a href={paths.news}>x</a>\n");
    expect(astro.status).not.toBe(0);
    expect(astro.output).toContain('noUnusedVariables');
    // A name used only in the template is used: Biome reads the whole .astro file, not its frontmatter alone.
    expect(astro.output).not.toContain('noUnusedImports');
  });
});

describe('knip', () => {
  const dir = mkdtempSync(join(tmpdir(), 'cchc-knip-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const write = (path: string, text: string) => {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  };

  it('finds an unused export and an unused file under a route, with the repository config', () => {
    copyFileSync('knip.jsonc', join(dir, 'knip.jsonc'));
    write('package.json', JSON.stringify({ name: 'planted', private: true, type: 'module' }));
    write('src/routes/index.ts', "import { used } from '../lib/a.ts';\nexport const GET = () => new Response(used);\n");
    write('src/lib/a.ts', "export const used = 'x';\nexport const unused = 'y';\n");
    write('src/lib/orphan.ts', 'export const orphan = 1;\n');
    const run = spawnSync(process.execPath, [KNIP, '--no-progress', '--no-config-hints'], { cwd: dir, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    expect(run.status, run.stderr).toBe(1);
    expect(run.stdout).toMatch(/Unused files \(1\)\s+src\/lib\/orphan\.ts/);
    expect(run.stdout).toMatch(/Unused exports \(1\)\s+unused\s+src\/lib\/a\.ts/);
  });
});
