/**
 * Sign-in on day one: `cchc init`'s answers for each Git host become
 * site.yaml's `cms:` block, that block becomes a CMS backend Sveltia CMS
 * accepts, and `cchc check` fails while the block still holds a placeholder
 * (planted in turn: init's own GitLab appId, the repository, an example
 * authUrl) and passes once real values are in. The workflows init writes
 * publish from the branch the CMS commits to.
 */
import { Ajv } from 'ajv';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { parse } from 'yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { backendFor, cmsConfig } from '../../src/cms/config.ts';
import { siteFiles, type InitAnswers } from '../../src/init/site-files.ts';
import { sveltiaRoot } from '../../src/integrations/admin.ts';
import { CMS_PLACEHOLDERS, PUBLISH_BRANCH } from '../../src/lib/cms-signin.ts';
import { siteSchema, type Site } from '../../src/schemas/site.ts';
import { cmsSignInFindings } from '../../src/validation/cms-signin.ts';

const BASE: Omit<InitAnswers, 'git' | 'repo'> = {
  name: 'Hà An',
  kind: 'phường',
  province: 'thành phố Hải Phòng',
  centerAddress: 'Số 1 đường Hà An',
  hotline: '0225 3 800 000',
  email: 'ubnd.haan@example.org',
  responsible: 'Trần Thị B',
  url: 'https://haan.example.org/cchc/',
};

const work = mkdtempSync(join(tmpdir(), 'cchc-signin-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Writes what init writes for these answers into a fresh folder; returns the folder. */
function initSite(answers: Partial<InitAnswers> & Pick<InitAnswers, 'git' | 'repo'>): string {
  const dir = mkdtempSync(join(work, 'site-'));
  for (const file of siteFiles(dir, { ...BASE, ...answers }, { today: '2026-03-02' })) {
    mkdirSync(dirname(join(dir, file.path)), { recursive: true });
    writeFileSync(join(dir, file.path), file.text);
  }
  return dir;
}

/** Where init writes site.yaml in the new site, as check names it. */
const SITE_YAML = 'content/site.yaml';
const siteYamlOf = (dir: string) => readFileSync(join(dir, SITE_YAML), 'utf8');
const siteOf = (dir: string): Site => siteSchema.parse(parse(siteYamlOf(dir)));

const sveltia = new Ajv({ allErrors: true, strict: false, validateFormats: false }).compile(
  JSON.parse(readFileSync(join(sveltiaRoot(), 'schema/sveltia-cms.json'), 'utf8')),
);

/** The CMS config the build would generate for the site, checked against Sveltia CMS's own schema. */
function backendBlock(dir: string) {
  const config = cmsConfig({ site: siteOf(dir), contentDir: join(dir, 'content'), projectRoot: dir, env: {} });
  expect(sveltia(config), JSON.stringify(sveltia.errors?.slice(0, 3))).toBe(true);
  return config.backend;
}

describe('cchc init writes a cms: block for the Git host answered', () => {
  it('GitHub: the repository and the branch its workflow publishes; token sign-in until an authenticator is given', () => {
    const dir = initSite({ git: 'github', repo: 'ubnd-haan/cong-cchc' });
    expect(siteOf(dir).cms).toEqual({ backend: 'github', repo: 'ubnd-haan/cong-cchc', branch: PUBLISH_BRANCH });
    expect(backendBlock(dir)).toEqual({ name: 'github', repo: 'ubnd-haan/cong-cchc', branch: 'main' });
    expect(siteYamlOf(dir)).toContain('personal access token');

    const withAuth = initSite({ git: 'GitHub', repo: 'ubnd-haan/cong-cchc', authUrl: 'https://cchc-auth.example.workers.dev' });
    expect(backendBlock(withAuth)).toEqual({ name: 'github', repo: 'ubnd-haan/cong-cchc', branch: 'main', base_url: 'https://cchc-auth.example.workers.dev' });
  });

  it('GitLab.com: PKCE with the application ID, the placeholder until it is known, no branch (the default one)', () => {
    const dir = initSite({ git: 'gitlab', repo: 'https://gitlab.com/ubnd-haan/cong-cchc.git' });
    expect(siteOf(dir).cms).toEqual({ backend: 'gitlab', repo: 'ubnd-haan/cong-cchc', appId: CMS_PLACEHOLDERS.appId });
    // The redirect URI the admin registers is the site's own /admin/, base path included.
    expect(siteYamlOf(dir)).toContain('Redirect URI: https://haan.example.org/cchc/admin/');

    const ready = initSite({ git: 'gitlab', repo: 'ubnd-haan/cong-cchc', appId: 'a1b2c3' });
    expect(backendBlock(ready)).toEqual({ name: 'gitlab', repo: 'ubnd-haan/cong-cchc', auth_type: 'pkce', app_id: 'a1b2c3' });
  });

  it('a self-hosted GitLab: its origin for sign-in and its API root', () => {
    const dir = initSite({ git: 'https://git.haiphong.gov.vn/', repo: 'xa-phuong/ha-an', appId: 'f00d' });
    expect(siteOf(dir).cms).toEqual({
      backend: 'gitlab',
      repo: 'xa-phuong/ha-an',
      appId: 'f00d',
      authUrl: 'https://git.haiphong.gov.vn',
      apiRoot: 'https://git.haiphong.gov.vn/api/v4',
    });
    expect(backendBlock(dir)).toEqual({
      name: 'gitlab',
      repo: 'xa-phuong/ha-an',
      base_url: 'https://git.haiphong.gov.vn',
      api_root: 'https://git.haiphong.gov.vn/api/v4',
      auth_type: 'pkce',
      app_id: 'f00d',
    });
    // gitlab.com typed as an address is gitlab.com, not a self-hosted instance.
    expect(siteOf(initSite({ git: 'https://gitlab.com', repo: 'a/b', appId: 'x1' })).cms).toEqual({ backend: 'gitlab', repo: 'a/b', appId: 'x1' });
  });

  it('an unknown host is refused by the site schema, naming the field', () => {
    const data = parse(siteYamlOf(initSite({ git: 'bitbucket', repo: 'a/b' })));
    const result = siteSchema.safeParse(data);
    expect(result.success).toBe(false);
    expect(result.error!.issues.map((i) => i.path.join('.'))).toContain('cms.backend');
  });
});

describe('cchc check on the CMS sign-in', () => {
  const replace = (dir: string, from: string, to: string) => writeFileSync(join(dir, 'content/site.yaml'), siteYamlOf(dir).replace(from, to));

  it('fails on init’s GitLab placeholder, naming site.yaml, its line and cms.appId, and passes with a real ID', () => {
    const dir = initSite({ git: 'gitlab', repo: 'ubnd-haan/cong-cchc' });
    const [finding, ...rest] = cmsSignInFindings(join(dir, 'content'), dir);
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({ severity: 'error', file: SITE_YAML, field: 'cms.appId' });
    expect(siteYamlOf(dir).split('\n')[finding!.line! - 1]).toContain(`appId: ${CMS_PLACEHOLDERS.appId}`);
    expect(finding!.found).toContain(CMS_PLACEHOLDERS.appId);
    replace(dir, CMS_PLACEHOLDERS.appId, '8c2f4e1d9a');
    expect(cmsSignInFindings(join(dir, 'content'), dir)).toEqual([]);
  });

  it('fails on a GitLab block without appId, on the placeholder repository and on an example authUrl', () => {
    const gitlab = initSite({ git: 'gitlab', repo: 'ubnd-haan/cong-cchc' });
    replace(gitlab, `  appId: ${CMS_PLACEHOLDERS.appId}\n`, '');
    expect(cmsSignInFindings(join(gitlab, 'content'), gitlab)).toMatchObject([{ severity: 'error', field: 'cms.appId' }]);

    const github = initSite({ git: 'github', repo: CMS_PLACEHOLDERS.repo, authUrl: `${CMS_PLACEHOLDERS.authUrl}/` });
    expect(cmsSignInFindings(join(github, 'content'), github).map((f) => [f.severity, f.field])).toEqual([
      ['error', 'cms.repo'],
      ['error', 'cms.authUrl'],
    ]);
    const real = initSite({ git: 'github', repo: 'ubnd-haan/cong-cchc', authUrl: 'https://cchc-auth.example.workers.dev' });
    expect(cmsSignInFindings(join(real, 'content'), real)).toEqual([]);
  });

  it('only warns on a site without a cms: block (the CMS edits a local folder)', () => {
    const dir = initSite({ git: 'github', repo: 'ubnd-haan/cong-cchc' });
    writeFileSync(join(dir, 'content/site.yaml'), siteYamlOf(dir).replace(/\n(#[^\n]*\n)*cms:\n( [^\n]*\n)*/, '\n'));
    expect(siteOf(dir).cms).toBeUndefined();
    expect(cmsSignInFindings(join(dir, 'content'), dir)).toMatchObject([{ severity: 'warning', field: 'cms' }]);
    // The fallback the build uses then is the same placeholder repository check refuses.
    expect(backendFor(siteOf(dir), {})).toEqual({ name: 'github', repo: CMS_PLACEHOLDERS.repo });
  });

  it('the command exits 1 on init’s output, in Vietnamese, and 0 once configured', () => {
    const dir = initSite({ git: 'https://git.haiphong.gov.vn', repo: 'xa-phuong/ha-an' });
    const check = () => spawnSync(process.execPath, [resolve('bin/cchc.mjs'), 'check', dir], { encoding: 'utf8', cwd: dir });
    const failing = check();
    expect(failing.status, failing.stdout + failing.stderr).toBe(1);
    expect(failing.stdout).toMatch(/LỖI {2}content\/site\.yaml:\d+\n {2}Trường: cms\.appId\n {2}Tìm thấy: "chua-co-id-ung-dung" \(giá trị mẫu, chưa điền\)/);
    expect(failing.stdout).toContain('Có 1 lỗi');
    replace(dir, CMS_PLACEHOLDERS.appId, '8c2f4e1d9a');
    const passing = check();
    expect(passing.status, passing.stdout).toBe(0);
  });
});

describe('a clerk’s save is published', () => {
  it('GitHub: the workflow runs and deploys on pushes to the branch the CMS commits to', () => {
    const workflow = parse(readFileSync('src/init/templates/github-publish.yml', 'utf8')) as {
      on: { push: { branches: string[] } };
      jobs: { build: { env: { PUBLISH: string } }; deploy: { if: string } };
    };
    expect(workflow.on.push.branches).toEqual([PUBLISH_BRANCH]);
    expect(workflow.jobs.build.env.PUBLISH).toContain(`refs/heads/${PUBLISH_BRANCH}`);
    expect(workflow.jobs.deploy.if).toContain(`refs/heads/${PUBLISH_BRANCH}`);
  });

  it('GitLab: the pipeline publishes the default branch, which the CMS commits to when cms: names no branch', () => {
    const ci = parse(readFileSync('src/init/templates/gitlab-ci.yml', 'utf8')) as { workflow: { rules: { if: string }[] }; pages: { rules: { if: string }[] } };
    expect(ci.workflow.rules.map((r) => r.if)).toContain('$CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH');
    expect(ci.pages.rules.map((r) => r.if)).toEqual(['$CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH']);
    for (const git of ['gitlab', 'https://git.haiphong.gov.vn']) expect(siteOf(initSite({ git, repo: 'a/b' })).cms).not.toHaveProperty('branch');
  });
});
