/**
 * The browser CMS's config.yml, generated at build time from the same Zod
 * schemas the build validates with (src/schemas) and the Vietnamese wording
 * in src/i18n/cms.ts. The integration in src/integrations/admin.ts writes it
 * to dist/admin/config.yml; nothing here is written by hand.
 */
import { relative, sep } from 'node:path';
import { stringify } from 'yaml';
import { z } from 'zod';
import { adminUi, collectionText, commonLabels, fieldHints, fieldLabels, taskPickerEmpty, taskPickerNote, unionLabels, unitPickerNote } from '../i18n/cms.ts';
import * as vi from '../i18n/vi.ts';
import type { Site } from '../schemas/site.ts';
import { COLLECTION_NAMES, collection, PLAN_TASK_PICKER, PLAN_UNIT_PICKER, type CmsForm, type CollectionName } from '../collections/registry.ts';
import { CMS_PLACEHOLDERS } from '../lib/cms-signin.ts';
import { UPLOAD_FOLDER } from '../lib/paths.ts';
import { emblemSrc, siteLogo } from '../data/logo.ts';
import { unitName } from '../lib/unit.ts';
import { fieldsOf, type CmsField, type FieldContext } from './schema-fields.ts';
import { planOptions, type TaskOption } from './task-options.ts';

/** Recognised by identity where a schema factory takes Astro's image(). */
export const cmsImage = z.string();

/** Images uploaded in the CMS land beside the Markdown, where astro:assets optimises them. */
const IMAGE_FOLDER = 'images';
/** A document's PDF uploaded in the CMS lands beside it, in tep/. */
const FILE_FOLDER = 'tep';

/** Enum keys are matched to the label table in src/i18n/vi.ts with exactly those keys. */
const optionTables: readonly Record<string, string>[] = [
  vi.topics,
  vi.procedureStatus,
  vi.onlineLevels,
  vi.procedureLevels,
  vi.recipientKinds,
  vi.commendationReasons,
  vi.targetKinds,
  vi.periodUnits,
  vi.cadenceUnits,
  vi.eventKinds,
  vi.indexScopes,
  vi.scoreUnits,
];

/** One collection as the CMS shows it: the registry's form, with the schema given the CMS's image. */
export interface CollectionSpec extends CmsForm {
  name: CollectionName;
  folder: string;
  schema: z.ZodObject;
  /** Where uploads go beside the Markdown: images/, or tep/ for a document's PDF; none without uploads. */
  mediaFolder?: string;
}

function specOf(name: CollectionName): CollectionSpec {
  const { folder, schema, images, attachments, cms } = collection(name);
  const mediaFolder = attachments.length ? FILE_FOLDER : images.length ? IMAGE_FOLDER : undefined;
  return { ...cms, name, folder, schema: schema(cmsImage), ...(mediaFolder ? { mediaFolder } : {}) };
}

/** Every collection of the registry, in its order (the CMS's sidebar). */
export const CMS_COLLECTIONS: readonly CollectionSpec[] = COLLECTION_NAMES.map(specOf);

/** The task picker with the plans' tasks as options; typed text while there are none. */
function taskPicker(hint: string | undefined, tasks: readonly TaskOption[]): Record<string, unknown> {
  if (!tasks.length) return { widget: 'string', hint: [hint, taskPickerEmpty].filter(Boolean).join(' ') };
  return { widget: 'select', options: tasks, hint: [hint, taskPickerNote].filter(Boolean).join(' ') };
}

/** The unit picker with the units the plans name; typed text while they name none. */
function unitPicker(hint: string | undefined, units: readonly string[]): Record<string, unknown> {
  if (!units.length) return { widget: 'string' };
  return { widget: 'select', options: units, hint: [hint, unitPickerNote].filter(Boolean).join(' ') };
}

function contextFor(spec: CollectionSpec, plans: PlanOptions): FieldContext {
  const own = fieldLabels[spec.name];
  const hint = (path: string) => fieldHints[spec.name][path];
  const picker = (path: string, override: Record<string, unknown>) =>
    override === PLAN_TASK_PICKER ? taskPicker(hint(path), plans.tasks) : override === PLAN_UNIT_PICKER ? unitPicker(hint(path), plans.units) : override;
  const overrides = Object.fromEntries(Object.entries(spec.overrides).map(([path, override]) => [path, picker(path, override)]));
  return {
    collection: spec.name,
    label: (path) => own[path] ?? commonLabels[path.split('.').pop()!] ?? path,
    hint,
    optionLabels: (keys) => {
      const wanted = [...keys].sort().join('\n');
      return optionTables.find((table) => Object.keys(table).sort().join('\n') === wanted);
    },
    unionLabels: (path) => unionLabels[spec.name]?.[path],
    multiline: new Set(spec.multiline),
    overrides,
    image: cmsImage,
    imageOptions: {},
  };
}

type PlanOptions = ReturnType<typeof planOptions>;

/**
 * The fields of one collection, front matter first and the Markdown body
 * last; `plans` gives the task and unit pickers' options (src/cms/task-options.ts).
 */
export function collectionFields(spec: CollectionSpec, plans: PlanOptions = { tasks: [], units: [] }): CmsField[] {
  const ctx = contextFor(spec, plans);
  return [...fieldsOf(spec.schema, '', ctx), { name: 'body', label: ctx.label('body'), widget: 'markdown', required: false }];
}

export interface Backend {
  name: 'github' | 'gitlab';
  repo: string;
  branch?: string;
  base_url?: string;
  api_root?: string;
  auth_type?: 'pkce';
  app_id?: string;
}

/**
 * The Git host and repository, from site.yaml's `cms:` block, else from the
 * CI that is building (GitHub Actions and GitLab CI name the repository).
 */
export function backendFor(site: Pick<Site, 'cms'>, env: NodeJS.ProcessEnv = process.env): Backend {
  const cms = site.cms;
  if (cms?.backend === 'gitlab') {
    return {
      name: 'gitlab',
      repo: cms.repo,
      ...(cms.branch ? { branch: cms.branch } : {}),
      ...(cms.authUrl ? { base_url: cms.authUrl } : {}),
      ...(cms.apiRoot ? { api_root: cms.apiRoot } : {}),
      ...(cms.appId ? { auth_type: 'pkce' as const, app_id: cms.appId } : {}),
    };
  }
  if (cms) {
    return { name: 'github', repo: cms.repo, ...(cms.branch ? { branch: cms.branch } : {}), ...(cms.authUrl ? { base_url: cms.authUrl } : {}) };
  }
  if (env.GITHUB_REPOSITORY) return { name: 'github', repo: env.GITHUB_REPOSITORY };
  if (env.CI_PROJECT_PATH && env.CI_SERVER_URL) {
    const host = env.CI_SERVER_URL.replace(/\/+$/, '');
    return { name: 'gitlab', repo: env.CI_PROJECT_PATH, ...(host === 'https://gitlab.com' ? {} : { base_url: host, api_root: `${host}/api/v4` }) };
  }
  // A repository nobody owns: the CMS then works in local-folder mode only (and check names it).
  return { name: 'github', repo: CMS_PLACEHOLDERS.repo };
}

export interface ConfigInput {
  site: Site;
  /** The commune's content folder, absolute. */
  contentDir: string;
  /** The repository root the CMS opens (in local mode, the folder the clerk picks). */
  projectRoot?: string;
  env?: NodeJS.ProcessEnv;
}

/** Folder of the content, relative to the repository root, with forward slashes. */
function contentPath(contentDir: string, projectRoot = process.cwd()): string {
  const path = relative(projectRoot, contentDir).split(sep).join('/');
  return path || '.';
}

/** An id every address function keeps as it is (a plan's address takes a number), replaced by the CMS's {{slug}}. */
const SLUG_SENTINEL = '987654321';

/**
 * The page an entry is published at, relative to site_url, for the CMS's
 * link beside "Xem trước"; none for collections without pages of their own.
 * Entries are saved under their id ({{slug}} is the file name, see cms.slug).
 */
export function previewPath(name: CollectionName): string | undefined {
  const address = collection(name).address;
  return address?.(SLUG_SENTINEL).replace(SLUG_SENTINEL, '{{slug}}').replace(/^\//, '');
}

export function cmsConfig({ site, contentDir, projectRoot, env }: ConfigInput): Record<string, unknown> {
  const content = contentPath(contentDir, projectRoot);
  const siteUrl = new URL(site.base, site.url).href;
  const plans = planOptions(contentDir);
  return {
    backend: backendFor(site, env),
    app_title: adminUi.appTitle(unitName(site)),
    // The commune's logo on the sign-in page and in the title bar (never the CMS's own).
    logo: { src: siteLogo(site, contentDir)?.src ?? emblemSrc(site) },
    site_url: siteUrl,
    // Files linked from a page body (/tai-lieu/x.pdf) are served from public/.
    media_folder: `public/${UPLOAD_FOLDER}`,
    public_folder: `/${UPLOAD_FOLDER}`,
    // File names without tone marks: "Đăng ký khai sinh" → dang-ky-khai-sinh.md
    slug: { encoding: 'ascii', clean_accents: true, sanitize_replacement: '-' },
    output: { omit_empty_optional_fields: true },
    // No code blocks: they are not content for a commune page, and their highlighter loads from a CDN.
    field_defaults: {
      richtext: { editor_components: ['image'], buttons: ['bold', 'italic', 'link', 'heading-two', 'heading-three', 'quote', 'bulleted-list', 'numbered-list'] },
    },
    collections: CMS_COLLECTIONS.map((spec) => {
      const text = collectionText[spec.name];
      return {
        name: spec.name,
        label: text.label,
        label_singular: text.singular,
        description: text.description,
        folder: `${content}/${spec.folder}`,
        extension: 'md',
        format: 'yaml-frontmatter',
        create: true,
        slug: spec.slug,
        identifier_field: spec.identifier,
        ...(spec.summary ? { summary: spec.summary } : {}),
        ...(previewPath(spec.name) ? { preview_path: previewPath(spec.name) } : {}),
        sortable_fields: spec.sortable,
        ...(spec.mediaFolder ? { media_folder: spec.mediaFolder, public_folder: `./${spec.mediaFolder}` } : {}),
        fields: collectionFields(spec, plans),
      };
    }),
  };
}

const SCHEMA_URL = 'https://unpkg.com/@sveltia/cms/schema/sveltia-cms.json';

export function cmsConfigYaml(input: ConfigInput): string {
  const header = [
    `# yaml-language-server: $schema=${SCHEMA_URL}`,
    '# Tệp này được tạo tự động khi dựng trang, từ các lược đồ trong src/schemas',
    '# (src/cms/config.ts). Đừng sửa tay: sửa lược đồ hoặc src/i18n/cms.ts rồi dựng lại.',
  ].join('\n');
  return `${header}\n${stringify(cmsConfig(input), { lineWidth: 0, aliasDuplicateObjects: false })}`;
}
