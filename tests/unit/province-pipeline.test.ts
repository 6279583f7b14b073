/**
 * The province pipelines (src/init/templates/github-province.yml,
 * gitlab-province.yml): the schemas are checked in pipeline.test.ts with
 * every template; here, their shape and the matrix they run. The hosts'
 * schemas do not know the job limits (GitLab's accepts `parallel: 201`), so
 * the limits are checked on the matrix `cchc build-all --list --batches`
 * prints for a province of 300 communes.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { JOB_LIMITS } from '../../src/build/batches.ts';

const TEMPLATES = 'src/init/templates';
const read = (name: string) => parse(readFileSync(join(TEMPLATES, name), 'utf8'));

interface Step {
  uses?: string;
  run?: string;
  if?: string;
  with?: Record<string, unknown>;
  env?: Record<string, string>;
}
interface Job {
  name?: string;
  needs?: string | string[];
  if?: string;
  steps: Step[];
  strategy?: { 'fail-fast'?: boolean; matrix: unknown };
  concurrency?: { group: string; 'cancel-in-progress': boolean };
}
interface Workflow {
  env: Record<string, string>;
  concurrency: unknown;
  jobs: Record<string, Job>;
}

const work = mkdtempSync(join(tmpdir(), 'cchc-province-ci-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** A province of `n` communes: only site.yaml matters to the listing. */
function province(n: number): string {
  const root = join(work, `communes-${n}`);
  for (let i = 1; i <= n; i++) {
    mkdirSync(join(root, `xa-${i}`, 'content'), { recursive: true });
    writeFileSync(join(root, `xa-${i}`, 'content', 'site.yaml'), '');
  }
  return root;
}

function cchc(args: string[]) {
  const r = spawnSync(process.execPath, [resolve('bin/cchc.mjs'), ...args], { encoding: 'utf8' });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

interface Matrix {
  include: { batch: string; key: string; communes: string[] }[];
}

function matrixFor(root: string, batches: string): Matrix {
  const r = cchc(['build-all', '--communes', root, '--list', '--batches', batches]);
  expect(r.status, r.stderr).toBe(0);
  return JSON.parse(r.stdout) as Matrix;
}

const stepRunning = (job: Job, text: string) => job.steps.findIndex((s) => s.run?.includes(text));
const stepUsing = (job: Job, action: string) => job.steps.findIndex((s) => s.uses?.startsWith(`${action}@`));

describe('the GitHub province workflow', () => {
  const wf = read('github-province.yml') as Workflow;
  const single = read('github-publish.yml') as Workflow;
  const { plan, build, deploy } = wf.jobs as Record<'plan' | 'build' | 'deploy', Job>;

  it('batches a 300-commune province within GitHub’s 256 jobs, every commune in one job', () => {
    const batches = wf.env.BATCHES!;
    expect(Number(batches)).toBeLessThanOrEqual(JOB_LIMITS.github);
    expect(plan.steps[stepRunning(plan, 'npx cchc build-all --list --batches "$BATCHES"')]).toBeDefined();
    const matrix = matrixFor(province(300), batches);
    expect(matrix.include.length).toBeLessThanOrEqual(JOB_LIMITS.github);
    expect(matrix.include.flatMap((b) => b.communes)).toHaveLength(300);
    // Even the largest number of batches a matrix may have.
    expect(matrixFor(province(300), String(JOB_LIMITS.github)).include.length).toBeLessThanOrEqual(JOB_LIMITS.github);
    expect(cchc(['build-all', '--communes', province(1), '--list', '--batches', String(JOB_LIMITS.github + 1)]).status).toBe(2);
  });

  it('runs one job per batch, named after its communes, none cancelling the others', () => {
    expect(build.strategy).toEqual({ 'fail-fast': false, matrix: '${{ fromJSON(needs.plan.outputs.matrix) }}' });
    expect(build.name).toContain("${{ join(matrix.communes, ', ') }}");
    expect(build.steps[stepRunning(build, 'npx cchc build-all --batch "${{ matrix.batch }}" --prune --annotate --verify')]).toBeDefined();
  });

  it('restores the batch’s last good sites before building, and hands on and keeps what it has even when a commune failed', () => {
    const restore = stepUsing(build, 'actions/cache/restore');
    const built = stepRunning(build, 'cchc build-all --batch');
    const upload = stepUsing(build, 'actions/upload-artifact');
    const save = stepUsing(build, 'actions/cache/save');
    expect([restore, built, upload, save].every((i) => i >= 0)).toBe(true);
    expect([restore, built, upload, save]).toEqual([restore, built, upload, save].sort((a, b) => a - b));
    // Each commune is verified before it replaces its last good site (build-all --verify), never after it is in dist/.
    expect(build.steps[built]!.run).toContain('--verify');
    expect(stepRunning(build, 'cchc verify')).toBe(-1);
    expect(build.steps[restore]!.with!.path).toBe('dist');
    expect(build.steps[save]!.with!.path).toBe('dist');
    expect(build.steps[restore]!.with!['restore-keys']).toBe('sites-${{ matrix.key }}-\n');
    expect(String(build.steps[save]!.with!.key)).toMatch(/^sites-\$\{\{ matrix\.key \}\}-/);
    for (const i of [upload, save]) expect(build.steps[i]!.if, build.steps[i]!.uses ?? build.steps[i]!.run).toContain('!cancelled()');
    expect(build.steps[upload]!.with!.name).toBe('sites-${{ matrix.key }}');
  });

  it('deploys once, the assembled tree, also after a failed batch, measured against GitHub Pages first', () => {
    expect(deploy.needs).toEqual(['plan', 'build']);
    expect(deploy.if).toContain('!cancelled()');
    expect(deploy.if).toContain("needs.plan.result == 'success'");
    expect(deploy.if).toContain("github.ref == 'refs/heads/main'");
    const download = stepUsing(deploy, 'actions/download-artifact');
    expect(deploy.steps[download]!.with).toEqual({ pattern: 'sites-*', 'merge-multiple': true, path: 'site' });
    const order = [
      download,
      stepRunning(deploy, 'npx cchc build-hub --out site'),
      stepRunning(deploy, 'npx cchc size site --host github'),
      stepUsing(deploy, 'actions/upload-pages-artifact'),
      stepUsing(deploy, 'actions/deploy-pages'),
    ];
    expect(order.every((i) => i >= 0)).toBe(true);
    expect(order).toEqual([...order].sort((a, b) => a - b));
    // A broken hub is named on the run's page but does not hold back the communes' deployment.
    const hub = deploy.steps[order[1]!] as { 'continue-on-error'?: boolean; run?: string };
    expect(hub['continue-on-error']).toBe(true);
    expect(hub.run).toContain('::error title=Trang chung của tỉnh::');
    // Its last good copy comes back from the cache before it is built, and goes back after, whatever happened.
    expect(hub.run).toContain('--last-good hub-last-good');
    const restore = stepUsing(deploy, 'actions/cache/restore');
    const save = stepUsing(deploy, 'actions/cache/save');
    expect([restore, order[1]!, save, order[4]!]).toEqual([restore, order[1]!, save, order[4]!].sort((a, b) => a - b));
    expect(deploy.steps[restore]!.with!.path).toBe('hub-last-good');
    expect(deploy.steps[save]!.with!.path).toBe('hub-last-good');
    expect(deploy.steps[restore]!.with!['restore-keys']).toBe('hub-\n');
    expect(deploy.steps[save]!.if).toContain('!cancelled()');
  });

  it('never races the single-site workflow: the same run group, the same Pages deployment group', () => {
    expect(wf.concurrency).toEqual(single.concurrency);
    expect(deploy.concurrency).toEqual({ group: 'github-pages', 'cancel-in-progress': false });
    expect(single.jobs.deploy!.concurrency).toEqual(deploy.concurrency);
  });
});

describe('the GitLab province pipeline', () => {
  const ci = read('gitlab-province.yml') as Record<
    string,
    {
      parallel?: number;
      script?: string[];
      needs?: unknown;
      cache?: { key: unknown; paths: string[]; when?: string }[];
      artifacts?: { when?: string; paths: string[] };
      rules?: { if: string; when?: string }[];
      resource_group?: string;
    }
  >;
  const { plan, build, pages } = ci as Required<typeof ci>;

  it('batches a 300-commune province within GitLab’s 200 parallel jobs, as many batches as jobs', () => {
    const batches = /--batches (\d+)/.exec(plan!.script!.join('\n'))?.[1];
    expect(batches).toBeDefined();
    expect(build!.parallel).toBe(Number(batches));
    expect(build!.parallel).toBeLessThanOrEqual(JOB_LIMITS.gitlab);
    const matrix = matrixFor(province(300), batches!);
    expect(matrix.include.length).toBeLessThanOrEqual(JOB_LIMITS.gitlab);
    expect(matrix.include.flatMap((b) => b.communes)).toHaveLength(300);
    expect(matrixFor(province(300), String(JOB_LIMITS.gitlab)).include.length).toBeLessThanOrEqual(JOB_LIMITS.gitlab);
  });

  it('builds batch CI_NODE_INDEX/CI_NODE_TOTAL on its cached last good sites, and hands them on even when it fails', () => {
    expect(build!.script!.join('\n')).toContain('npx cchc build-all --batch "$CI_NODE_INDEX/$CI_NODE_TOTAL" --prune --verify');
    expect(build!.script!.join('\n')).not.toContain('cchc verify');
    expect(build!.cache).toContainEqual({ key: 'sites-$CI_NODE_INDEX-of-$CI_NODE_TOTAL', paths: ['dist/'], when: 'always' });
    expect(build!.artifacts).toEqual({ when: 'always', paths: ['dist/'], expire_in: '1 day' });
  });

  it('publishes once, on the default branch, also after a failed batch, after the size check', () => {
    expect(pages!.needs).toEqual([{ job: 'build', artifacts: true }]);
    expect(pages!.rules).toEqual([{ if: '$CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH', when: 'always' }]);
    expect(pages!.resource_group).toBe('pages');
    const script = pages!.script!.join('\n');
    // The hub is built on the assembled tree, before it is measured; a broken hub does not stop the communes' deployment.
    expect(script).toMatch(/npx cchc build-hub --out dist --last-good hub-last-good \|\| echo "LỖI/);
    expect(pages!.cache).toContainEqual({ key: 'hub-last-good', paths: ['hub-last-good/'], when: 'always' });
    expect(script.indexOf('npx cchc build-hub --out dist')).toBeLessThan(script.indexOf('npx cchc size dist --host gitlab'));
    expect(script.indexOf('npx cchc size dist --host gitlab')).toBeGreaterThanOrEqual(0);
    expect(script.indexOf('npx cchc size dist --host gitlab')).toBeLessThan(script.indexOf('mv dist public'));
  });
});
