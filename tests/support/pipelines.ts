/** Offline validation of a GitLab CI file with GitLab's own schema (bundled in gitlab-ci-local). */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export function gitlabLint(yaml: string): { status: number | null; output: string } {
  const dir = mkdtempSync(join(tmpdir(), 'cchc-gitlab-'));
  try {
    writeFileSync(join(dir, '.gitlab-ci.yml'), yaml);
    cpSync('package.json', join(dir, 'package.json'));
    const bin = resolve('node_modules/gitlab-ci-local/dist/index.js');
    const r = spawnSync(process.execPath, [bin, '--list', '--json-schema-validation'], { cwd: dir, encoding: 'utf8', timeout: 60_000 });
    return { status: r.status, output: `${r.stdout}\n${r.stderr}` };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
