/**
 * What `cchc init` writes: a commune's whole site repository, as text. Pure
 * apart from reading the package's own templates; the command writes it.
 * The site depends on this package and holds only its content, one line of
 * astro.config.mjs, its content config re-export, its workflows and a README.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { Document, type Scalar, type YAMLMap } from 'yaml';
import { cmsComments, exampleTitles, initDefaults, provinceYamlHeader, siteYamlComments, siteYamlHeader, type InitField, type initOptionalFlags } from '../i18n/init.ts';
import { CMS_PLACEHOLDERS, PUBLISH_BRANCH } from '../lib/cms-signin.ts';
import type { IsoDate } from '../lib/dates.ts';
import { normaliseBase } from '../lib/address.ts';
import { scaffold } from '../lib/scaffold.ts';
import { unitName } from '../lib/unit.ts';
import { COLLECTION_NAMES, collection, PROVINCE_COLLECTIONS } from '../collections/registry.ts';
import { COMMUNES_FOLDER, PROVINCE_FOLDER } from '../build/province.ts';

export type InitAnswers = Record<InitField, string> & Partial<Record<keyof typeof initOptionalFlags, string>>;

export interface SiteFile {
  path: string;
  text: string;
}

const template = (name: string) => readFileSync(new URL(`./templates/${name}`, import.meta.url), 'utf8');
const PACKAGE = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
  name: string;
  version: string;
  engines: { node: string };
  peerDependencies: Record<string, string>;
  devDependencies: Record<string, string>;
  allowScripts: Record<string, boolean>;
};

const GITLAB_COM = 'https://gitlab.com';

/** owner/name from what was typed, also when the repository's address was pasted (https://gitlab.com/nhom/du-an.git). */
function repoPath(answer: string): string {
  const path = URL.canParse(answer) ? new URL(answer).pathname : answer;
  return path
    .trim()
    .replace(/^\/+|\/+$/g, '')
    .replace(/\.git$/, '');
}

/**
 * site.yaml's `cms:` block for the Git host answered: "github", "gitlab"
 * (gitlab.com) or a self-hosted GitLab's address. GitLab signs in with PKCE
 * and needs only the OAuth application's ID (the placeholder until it is
 * known); GitHub commits to the branch its workflow publishes, and signs in
 * through an authenticator when one is given, else with a token.
 */
function cmsBlock(a: Pick<InitAnswers, 'git' | 'repo' | 'appId' | 'authUrl'>): Record<string, string> {
  const host = a.git.trim().toLowerCase();
  const repo = repoPath(a.repo);
  if (host === 'github') return { backend: 'github', repo, branch: PUBLISH_BRANCH, ...(a.authUrl && { authUrl: a.authUrl.trim() }) };
  // No branch for GitLab: the CMS then commits to the project's default branch, the one .gitlab-ci.yml publishes.
  const gitlab = { backend: 'gitlab', repo, appId: a.appId?.trim() || CMS_PLACEHOLDERS.appId };
  const origin = host === 'gitlab' || host === 'gitlab.com' ? GITLAB_COM : URL.canParse(a.git.trim()) ? new URL(a.git.trim()).origin : undefined;
  if (origin === GITLAB_COM) return gitlab;
  if (origin) return { ...gitlab, authUrl: origin, apiRoot: `${origin}/api/v4` };
  // Not a host we know: the schema names the choices.
  return { backend: a.git, repo };
}

/** site.yaml's fields from the answers; the site schema then judges them like any clerk's file. */
export function siteData(a: InitAnswers): Record<string, unknown> {
  const url = URL.canParse(a.url) ? new URL(a.url) : null;
  const center = initDefaults.center(a.kind, a.name);
  const agency = initDefaults.agency(a.kind, a.name);
  return {
    name: a.name,
    kind: a.kind,
    province: a.province,
    formerUnits: [],
    serviceCenter: { name: center, address: a.centerAddress, phone: a.hotline },
    agency,
    description: initDefaults.description(a.kind, a.name),
    address: a.centerAddress,
    phone: a.hotline,
    email: a.email,
    hotlines: [{ label: center, phone: a.hotline }],
    feedback: { receiver: agency, address: a.centerAddress, phone: a.hotline, email: a.email },
    officeHours: initDefaults.officeHours,
    responsible: { name: a.responsible, title: initDefaults.responsibleTitle },
    portals: { national: initDefaults.nationalPortal },
    // A malformed address goes to the schema as written, which explains what it expects.
    url: url?.origin ?? a.url,
    base: (url && normaliseBase(url.pathname)) ?? '/',
    cms: cmsBlock(a),
  };
}

/** The admin's steps for the host, with the site's own /admin/ address as GitLab's redirect URI. */
function cmsComment(data: Record<string, unknown>): string {
  const { backend } = data.cms as { backend: string };
  const adminUrl = new URL(`${data.base as string}admin/`, data.url as string).href;
  return backend === 'github' ? cmsComments.github(adminUrl) : cmsComments.gitlab(adminUrl);
}

function siteYaml(data: Record<string, unknown>): string {
  const doc = new Document(data);
  doc.commentBefore = siteYamlHeader.replace(/^/gm, ' ');
  const map = doc.contents as YAMLMap<Scalar<string>>;
  for (const pair of map.items) {
    const key = pair.key.value;
    const comment = key === 'cms' ? cmsComment(data) : siteYamlComments[key as keyof typeof siteYamlComments];
    if (comment) pair.key.commentBefore = comment.replace(/^/gm, ' ');
  }
  return doc.toString({ lineWidth: 0 });
}

/** npm package names are lower-case ASCII: the folder's name, folded. */
function packageName(folder: string): string {
  const name = folder
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .replace(/đ/gi, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9-]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return name || 'cong-cchc';
}

const SITE_SCRIPTS = {
  build: 'cchc build',
  preview: 'astro preview --host 127.0.0.1',
  dev: 'astro dev',
  check: 'cchc check',
  verify: 'cchc verify',
  new: 'cchc new',
  report: 'cchc report',
  'import:procedures': 'cchc import',
  test: 'cchc check && cchc build && cchc verify',
};

/** A province repository builds its communes (src/build/province.ts); each command takes --commune SLUG. */
const PROVINCE_SCRIPTS = {
  build: 'cchc build',
  'build:all': 'cchc build-all',
  list: 'cchc build-all --list',
  check: 'cchc check',
  verify: 'cchc verify',
  new: 'cchc new',
  report: 'cchc report',
  'import:procedures': 'cchc import --content province',
};

function packageJson(folder: string, packageSpec: string, scripts: Record<string, string>): string {
  const pkg = {
    name: packageName(basename(folder)),
    private: true,
    type: 'module',
    engines: PACKAGE.engines,
    scripts,
    dependencies: { [PACKAGE.name]: packageSpec, astro: PACKAGE.peerDependencies.astro },
    // Node 24 for every npm script, even where the system Node is older.
    devDependencies: { node: PACKAGE.devDependencies.node },
    allowScripts: PACKAGE.allowScripts,
  };
  return `${JSON.stringify(pkg, null, 2)}\n`;
}

const ASTRO_CONFIG = `// @ts-check
import cchcPortal from 'cchc-portal';
import { defineConfig } from 'astro/config';

export default defineConfig({ integrations: [cchcPortal()] });
`;

const CONTENT_CONFIG = `// Các loại nội dung của cổng thông tin CCHC (tin tức, thủ tục, kế hoạch…), do cchc-portal khai báo.
export { collections } from 'cchc-portal/content';
`;

/** One example per collection of the registry, named _vi-du.md: a leading "_" keeps it out of the site. */
function examples(today: IsoDate, unit: string): SiteFile[] {
  return COLLECTION_NAMES.map((name) => collection(name).scaffold).map((kind) => {
    const { folder, text } = scaffold(kind, exampleTitles[kind], today, unit);
    return { path: `content/${folder}/_vi-du.md`, text: text.replace(/^draft: false\b/m, 'draft: true') };
  });
}

export function siteFiles(folder: string, answers: InitAnswers, options: { packageSpec?: string; today: IsoDate }): SiteFile[] {
  const unit = unitName(answers);
  const fill = (text: string) => text.replaceAll('{{unit}}', unit);
  return [
    { path: 'package.json', text: packageJson(folder, options.packageSpec ?? `^${PACKAGE.version}`, SITE_SCRIPTS) },
    { path: 'astro.config.mjs', text: ASTRO_CONFIG },
    { path: 'src/content.config.ts', text: CONTENT_CONFIG },
    { path: 'content/site.yaml', text: siteYaml(siteData(answers)) },
    ...examples(options.today, unit),
    { path: '.github/workflows/publish.yml', text: template('github-publish.yml') },
    { path: '.gitlab-ci.yml', text: template('gitlab-ci.yml') },
    { path: '.gitignore', text: template('gitignore') },
    { path: 'README.md', text: fill(template('README.md')) },
  ];
}

/** What `cchc init --province` asks: the province's identity (src/schemas/province.ts). */
export interface ProvinceAnswers {
  /** "tỉnh Minh Họa", "thành phố Hải Phòng". */
  province: string;
  url: string;
  hotline: string;
  email: string;
  homeAffairsAddress: string;
}

/** province/site.yaml's fields from the answers; the province schema then judges them. */
export function provinceData(a: ProvinceAnswers): Record<string, unknown> {
  return {
    name: a.province,
    homeAffairs: { name: initDefaults.homeAffairs(a.province), address: a.homeAffairsAddress, phone: a.hotline, email: a.email },
    hotlines: [{ label: initDefaults.provinceHotline(a.province), phone: a.hotline }],
    url: URL.canParse(a.url) ? new URL(a.url).origin : a.url,
  };
}

/**
 * A province repository (src/build/province.ts): the province's identity,
 * its empty shared folders, no commune yet (`cchc init --commune` adds
 * them), and the same astro.config.mjs and content config as a commune's
 * site, since each commune is built as one.
 */
export function provinceRepoFiles(folder: string, a: ProvinceAnswers, options: { packageSpec?: string }): SiteFile[] {
  const doc = new Document(provinceData(a));
  doc.commentBefore = provinceYamlHeader.replace(/^/gm, ' ');
  return [
    { path: 'package.json', text: packageJson(folder, options.packageSpec ?? `^${PACKAGE.version}`, PROVINCE_SCRIPTS) },
    { path: 'astro.config.mjs', text: ASTRO_CONFIG },
    { path: 'src/content.config.ts', text: CONTENT_CONFIG },
    { path: `${PROVINCE_FOLDER}/site.yaml`, text: doc.toString({ lineWidth: 0 }) },
    // Git keeps no empty folder.
    ...PROVINCE_COLLECTIONS.map((name) => ({ path: `${PROVINCE_FOLDER}/${collection(name).folder}/.gitkeep`, text: '' })),
    { path: `${COMMUNES_FOLDER}/.gitkeep`, text: '' },
    { path: '.gitignore', text: template('gitignore') },
    { path: 'README.md', text: template('README-tinh.md').replaceAll('{{province}}', a.province) },
  ];
}

/** One commune of a province repository: its content folder alone, as init writes it for a site of its own. */
export function communeFiles(slug: string, answers: InitAnswers, options: { today: IsoDate }): SiteFile[] {
  return siteFiles(slug, answers, options)
    .filter((f) => f.path.startsWith('content/'))
    .map((f) => ({ ...f, path: `${COMMUNES_FOLDER}/${slug}/${f.path}` }));
}
