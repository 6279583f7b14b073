/**
 * The publishing pipelines validate, so a broken workflow fails here rather
 * than on the hosting side: GitHub workflows against SchemaStore's schema
 * (@action-validator/core), .gitlab-ci.yml against GitLab's own CI schema
 * (bundled in gitlab-ci-local, run offline). Then their shape: publishing
 * happens only after check, build and tests passed, with npm and Astro's
 * build cache kept between runs.
 */
import { validateWorkflow } from '@action-validator/core';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { SHARE_IMAGE_CACHE } from '../../src/data/share-image.ts';
import { SEARCH_INDEX_CACHE } from '../../src/search/index-cache.ts';
import { gitlabLint } from '../support/pipelines.ts';

const WORKFLOWS = '.github/workflows';
const workflowFiles = readdirSync(WORKFLOWS).filter((f) => /\.ya?ml$/.test(f));
/** The workflows `cchc init` gives a site: one per repository shape (a single site, many communes). */
const TEMPLATES = 'src/init/templates';
const siteWorkflows = readdirSync(TEMPLATES).filter((f) => /^github-.*\.yml$/.test(f));
const read = (file: string) => readFileSync(file, 'utf8');
const scripts = Object.keys(JSON.parse(read('package.json')).scripts as Record<string, string>);

interface Step {
  name?: string;
  uses?: string;
  run?: string;
  if?: string;
  with?: Record<string, unknown>;
  env?: Record<string, string>;
  id?: string;
}
interface Job {
  needs?: string | string[];
  if?: string;
  steps: Step[];
  permissions?: Record<string, string>;
  strategy?: { matrix: Record<string, unknown> };
}
const workflow = (file: string, dir = WORKFLOWS) => parse(read(join(dir, file))) as { on: Record<string, unknown>; jobs: Record<string, Job> };
const deploysPages = (file: string, dir = WORKFLOWS) => Object.values(workflow(file, dir).jobs).some((j) => j.steps.some(uses('actions/deploy-pages')));

/** Index of the first step matching, or -1. */
const stepIndex = (steps: Step[], match: (s: Step) => boolean) => steps.findIndex(match);
const runs = (text: string) => (s: Step) => s.run?.includes(text) ?? false;
const uses = (action: string) => (s: Step) => s.uses?.startsWith(`${action}@`) ?? false;

/** npm scripts a command line calls: `npm run x`, `npm test`. */
function npmScriptsIn(command: string): string[] {
  return [...command.matchAll(/npm (?:run ([\w:-]+)|(test)\b)/g)].map((m) => m[1] ?? m[2]!);
}

describe('GitHub workflows', () => {
  it.each(workflowFiles)('%s validates against the workflow schema', (file) => {
    const result = validateWorkflow(read(join(WORKFLOWS, file)));
    expect(result.errors).toEqual([]);
  });

  it.each(siteWorkflows)('the site workflow %s validates against the workflow schema', (file) => {
    expect(validateWorkflow(read(join(TEMPLATES, file))).errors).toEqual([]);
  });

  it('never two workflows deploy to one Pages site: one here, one per repository shape', () => {
    expect(workflowFiles.filter((f) => deploysPages(f))).toEqual(['publish.yml']);
    expect(siteWorkflows.filter((f) => deploysPages(f, TEMPLATES)).sort()).toEqual(['github-province.yml', 'github-publish.yml']);
  });

  it('a site workflow publishes only after check, build and verify passed', () => {
    const wf = workflow('github-publish.yml', TEMPLATES);
    const steps = wf.jobs.build!.steps;
    const order = [runs('npm ci'), runs('cchc check'), runs('cchc build'), runs('cchc verify'), uses('actions/upload-pages-artifact')].map((m) => stepIndex(steps, m));
    expect(order.every((i) => i >= 0)).toBe(true);
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(wf.jobs.deploy!.needs).toBe('build');
  });

  it('the validator rejects a broken workflow', () => {
    const broken = read(join(WORKFLOWS, 'publish.yml')).replace('runs-on: ubuntu-latest', 'runs_on: ubuntu-latest');
    expect(validateWorkflow(broken).errors.length).toBeGreaterThan(0);
    expect(validateWorkflow('on: push\njobs:\n  a:\n    steps: [ {uses: x}\n').errors.length).toBeGreaterThan(0);
  });

  it('only calls npm scripts that exist', () => {
    for (const file of workflowFiles) {
      for (const job of Object.values(workflow(file).jobs)) {
        for (const step of job.steps ?? []) for (const name of npmScriptsIn(step.run ?? '')) expect(scripts, `${file}: npm ${name}`).toContain(name);
      }
    }
  });

  it('tests a pull request: install, check, build, test, and publishes nothing', () => {
    const wf = workflow('publish.yml');
    expect(Object.keys(wf.on)).toEqual(expect.arrayContaining(['pull_request', 'push']));
    const steps = wf.jobs.test!.steps;
    const order = [runs('npm ci'), runs('npm run check'), runs('npm run build'), runs('npm test')].map((m) => stepIndex(steps, m));
    expect(order.every((i) => i >= 0)).toBe(true);
    expect(order).toEqual([...order].sort((a, b) => a - b));
    // Publishing steps are guarded to main, never a pull request.
    for (const step of steps.filter((s) => s.uses?.includes('pages'))) expect(step.if, step.uses).toBe("env.PUBLISH == 'true'");
    expect(read(join(WORKFLOWS, 'publish.yml'))).toContain("PUBLISH: ${{ github.event_name != 'pull_request' && github.ref == 'refs/heads/main' }}");
  });

  it('publishes on main with the official Pages actions, only after check, build and tests passed', () => {
    const wf = workflow('publish.yml');
    const test = wf.jobs.test!.steps;
    const upload = stepIndex(test, uses('actions/upload-pages-artifact'));
    expect(upload).toBeGreaterThan(stepIndex(test, runs('npm test')));
    expect(stepIndex(test, uses('actions/configure-pages'))).toBeLessThan(stepIndex(test, runs('npm run build')));
    expect(test[upload]!.with).toEqual({ path: 'dist' });
    const deploy = wf.jobs.deploy!;
    expect(deploy.needs).toBe('test');
    expect(deploy.if).toContain("github.ref == 'refs/heads/main'");
    expect(deploy.steps.some(uses('actions/deploy-pages'))).toBe(true);
    expect(deploy.permissions).toEqual({ pages: 'write', 'id-token': 'write' });
  });

  it('builds for the address Pages serves (base path of a project site)', () => {
    const build = workflow('publish.yml').jobs.test!.steps.find(runs('npm run build'))!;
    expect(build.env).toEqual({ PAGES_ORIGIN: '${{ steps.pages.outputs.origin }}', PAGES_BASE_PATH: '${{ steps.pages.outputs.base_path }}' });
    // Only when Pages gave an address (main); a pull request builds with site.yaml's.
    expect(build.run).toContain('if [ -n "$PAGES_ORIGIN" ]; then');
    expect(build.run).toContain('export CCHC_SITE_URL="$PAGES_ORIGIN" CCHC_BASE="$PAGES_BASE_PATH/"');
  });

  it('keeps npm and Astro build caches between runs', () => {
    for (const [file, dir] of [
      ['publish.yml', WORKFLOWS],
      ['github-publish.yml', TEMPLATES],
      ['github-province.yml', TEMPLATES],
    ] as const) {
      const steps = Object.values(workflow(file, dir).jobs).flatMap((j) => j.steps);
      expect(
        steps.some((s) => uses('actions/setup-node')(s) && s.with?.cache === 'npm'),
        file,
      ).toBe(true);
      const cache = steps.findIndex((s) => uses('actions/cache')(s) && s.with?.path === 'node_modules/.astro');
      expect(cache, file).toBeGreaterThanOrEqual(0);
      // Restored after `npm ci`, which empties node_modules.
      expect(steps.findIndex(runs('npm ci')), file).toBeLessThan(cache);
    }
    // Drawn share images and the last search bundle live in that folder, so CI never draws a card twice nor indexes the same pages again.
    expect(SHARE_IMAGE_CACHE.startsWith('node_modules/.astro/')).toBe(true);
    expect(SEARCH_INDEX_CACHE.startsWith('node_modules/.astro/')).toBe(true);
  });
});

describe('GitLab CI', () => {
  const gitlab = read('.gitlab-ci.yml');
  const config = parse(gitlab) as Record<
    string,
    { script?: string[]; needs?: { job: string }[]; artifacts?: { paths: string[] }; cache?: { paths: string[] }[]; rules?: { if: string }[] }
  >;

  // gitlab-ci-local compiles GitLab's whole schema on each run: about 1–2 s.
  it.each([['.gitlab-ci.yml'], [join(TEMPLATES, 'gitlab-ci.yml')], [join(TEMPLATES, 'gitlab-province.yml')]])(
    '%s validates against GitLab CI schema',
    { timeout: 60_000 },
    (file) => {
      const { status, output } = gitlabLint(read(file));
      expect(output).toContain('json schema validated');
      expect(status, output).toBe(0);
    },
  );

  it('the schema check rejects a broken .gitlab-ci.yml', { timeout: 60_000 }, () => {
    const misspelt = gitlabLint(gitlab.replace('  artifacts:\n    paths:\n      - public', '  artifact:\n    paths:\n      - public'));
    expect(misspelt.status).not.toBe(0);
    expect(misspelt.output).toContain("'artifact' property is not expected to be here");
    const noScript = gitlabLint(gitlab.replace('  script:\n    - npm run check', '  scripts:\n    - npm run check'));
    expect(noScript.status).not.toBe(0);
    const badValue = gitlabLint(gitlab.replace('  interruptible: false', '  interruptible: false\n  when: sometimes'));
    expect(badValue.status).not.toBe(0);
    expect(badValue.output).toMatch(/when/);
    const badYaml = gitlabLint(gitlab.replace('  stage: deploy', '  stage: deploy\n   bad: indentation'));
    expect(badYaml.status).not.toBe(0);
  });

  it('checks, builds and tests, then the pages job publishes that build on the default branch only', () => {
    const script = config.test!.script!.join('\n');
    const at = ['npm run check', 'npm run build', 'npm test'].map((c) => script.indexOf(c));
    expect(at.every((i) => i >= 0)).toBe(true);
    expect(at).toEqual([...at].sort((a, b) => a - b));
    for (const name of npmScriptsIn(script)) expect(scripts).toContain(name);
    expect(config.pages!.needs).toEqual([{ job: 'test', artifacts: true }]);
    expect(config.pages!.artifacts!.paths).toEqual(['public']);
    expect(config.pages!.rules).toEqual([{ if: '$CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH' }]);
    expect(config.test!.cache!.flatMap((c) => c.paths)).toEqual(expect.arrayContaining(['.npm/', 'node_modules/.astro/']));
  });
});
