/**
 * Every content collection, described once: its folder, schema, id rule,
 * public address, CMS form, `npm run new` template and search kind. The Astro
 * content config (./astro.ts), validation, the cross-file checks, the CMS
 * config, the scaffold and the CMS's labels all read this table, so adding a
 * collection is one entry here plus its schema, pages and tests
 * (docs/decisions.md, "Adding a collection").
 *
 * Pure: no Astro import, so the validation pass and the command-line tools
 * read it without Astro running.
 */
import type { z } from 'zod';
import type { ScaffoldKind } from '../i18n/templates.ts';
import { documentKinds, reformIndices, topics } from '../i18n/vi.ts';
import { disclosureSlug } from '../lib/late-files.ts';
import { paths } from '../lib/paths.ts';
import type { SearchKind } from '../lib/search.ts';
import { slugify } from '../lib/text.ts';
import { commendationSchema } from '../schemas/commendation.ts';
import { documentSchema } from '../schemas/document.ts';
import { eventSchema } from '../schemas/event.ts';
import { indexResultSchema } from '../schemas/index-result.ts';
import { lateDisclosureSchema } from '../schemas/late-disclosure.ts';
import { newsSchema } from '../schemas/news.ts';
import { planSchema } from '../schemas/plan.ts';
import { procedureSchema } from '../schemas/procedure.ts';
import { periodSlugLabels, reportNarrativeSchema } from '../schemas/report-narrative.ts';

/** How the CMS shows and names a collection's entries; everything else in its form comes from the schema. */
export interface CmsForm {
  /** File name template of a new entry (the CMS makes a slug without marks of it). */
  slug: string;
  identifier: string;
  summary?: string;
  sortable: readonly string[];
  /** Paths shown as a multi-line box. */
  multiline: readonly string[];
  /** Paths whose widget is replaced (relation, select). */
  overrides: Record<string, Record<string, unknown>>;
}

export interface CollectionDef {
  /** Folder under the content folder. */
  folder: string;
  /**
   * The entry schema, given the schema of an image: Astro's image() in the
   * build, a path string in validation and in the CMS. Collections without
   * images ignore it.
   */
  schema: (image: z.ZodType) => z.ZodObject;
  /** Fields holding one image ({src, alt}) or a list of them: their files must exist. */
  images: readonly string[];
  /** Fields naming a file copied into the site (a document's PDF): it must exist. */
  attachments: readonly string[];
  /**
   * The id from the front matter, for collections addressed by their data
   * rather than their file name (undefined when the data does not say yet:
   * the schema then reports the field). See entryId().
   */
  idFromData?: (data: Record<string, unknown>) => string | undefined;
  /**
   * The file name must be the id. The CMS can refer to an entry only by its
   * file name ({{slug}}): a plan's tasks are referred to as YEAR/ID, so a
   * plan saved as ke-hoach-2025.md would get references the build rejects.
   */
  fileNameIsId?: boolean;
  /** The entry's own page, by id; none for collections shown only on other pages. */
  address?: (id: string) => string;
  cms: CmsForm;
  /** The `npm run new` kind and its template (src/i18n/templates.ts). */
  scaffold: ScaffoldKind;
  /** What its pages are in site search; none when they are not indexed. */
  search?: SearchKind;
  /**
   * Its pages read an entry's Markdown source (`entry.body`), not only the
   * HTML Astro rendered from it. Astro's content store keeps the source of
   * these collections only: the rest's bodies were a third of the store at
   * 5000 entries, loaded, bundled and held in memory by every build
   * (docs/benchmarks.md). tests/unit/collections.test.ts finds the pages
   * that read it.
   */
  readsBody?: true;
}

/** A select over a label table whose keys the schema also accepts as labels (keyOrLabel). */
const selectOf = (labels: Record<string, string>) => ({ widget: 'select', options: Object.entries(labels).map(([value, label]) => ({ label, value })) });

/**
 * A plan task, picked from a list the CMS config is given at build time
 * (src/cms/config.ts fills in the options, recognising this object by
 * identity) and stored as "YEAR/ID". Built rather than a relation: the CMS's
 * relation widget cannot shorten a 100–400-character task text inside a list,
 * and it offers to create a whole plan ("Thêm kế hoạch") from the field.
 */
export const PLAN_TASK_PICKER: Readonly<Record<string, unknown>> = { widget: 'select' };

/**
 * The unit an item comes from (news.unit, events.unit), picked from the units
 * the plans name (group units, leads, partners, per-unit quotas), so a
 * per-unit quota counts it. Filled in like PLAN_TASK_PICKER.
 */
export const PLAN_UNIT_PICKER: Readonly<Record<string, unknown>> = { widget: 'select' };

/** Procedure codes, picked from the procedures collection. */
const procedureRelation = {
  widget: 'relation',
  collection: 'procedures',
  value_field: 'code',
  display_fields: ['{{code}} – {{name}}'],
  search_fields: ['code', 'name'],
  multiple: true,
};

const numberIn = (data: Record<string, unknown>, key: string) => (typeof data[key] === 'number' ? data[key] : undefined);

/** In the CMS's order: the collections a clerk edits most come first. */
export const COLLECTIONS = {
  news: {
    folder: 'news',
    schema: newsSchema,
    images: ['cover'],
    attachments: [],
    address: paths.newsItem,
    cms: {
      slug: '{{title}}',
      identifier: 'title',
      summary: "{{title}} ({{date | date('DD/MM/YYYY')}})",
      sortable: ['date', 'title'],
      multiline: ['summary', 'cover.alt'],
      overrides: { topics: { ...selectOf(topics), multiple: true }, task: PLAN_TASK_PICKER, unit: PLAN_UNIT_PICKER },
    },
    scaffold: 'tin-tuc',
    search: 'news',
  },
  procedures: {
    folder: 'procedures',
    schema: () => procedureSchema,
    images: [],
    attachments: [],
    address: paths.procedure,
    cms: {
      slug: '{{name}}',
      identifier: 'name',
      summary: '{{code}} – {{name}}',
      sortable: ['name', 'code', 'field', 'updated'],
      multiline: ['summary', 'exemptions', 'fees.note', 'result', 'applicants', 'conditions', 'cases.steps', 'decision.title', 'legalBasis.title'],
      overrides: { related: procedureRelation },
    },
    scaffold: 'thu-tuc',
    search: 'procedure',
    readsBody: true,
  },
  events: {
    folder: 'events',
    schema: eventSchema,
    images: ['photos'],
    attachments: [],
    address: paths.event,
    cms: {
      slug: '{{title}}',
      identifier: 'title',
      summary: "{{title}} ({{date | date('DD/MM/YYYY')}})",
      sortable: ['date', 'title'],
      multiline: ['summary', 'photos.alt'],
      overrides: { task: PLAN_TASK_PICKER, unit: PLAN_UNIT_PICKER },
    },
    scaffold: 'su-kien',
  },
  commendations: {
    folder: 'commendations',
    schema: commendationSchema,
    images: ['photo'],
    attachments: [],
    address: paths.commendation,
    cms: {
      slug: '{{title}}',
      identifier: 'title',
      summary: "{{recipient}} ({{date | date('DD/MM/YYYY')}})",
      sortable: ['date', 'title', 'recipient'],
      multiline: ['summary', 'photo.alt', 'decision.title'],
      overrides: { task: PLAN_TASK_PICKER },
    },
    scaffold: 'bieu-duong',
    search: 'commendation',
  },
  plans: {
    folder: 'plans',
    schema: () => planSchema,
    images: [],
    attachments: [],
    // One plan a year, at /ke-hoach/YEAR/; its tasks are referred to as YEAR/ID.
    idFromData: (data) => numberIn(data, 'year')?.toString(),
    fileNameIsId: true,
    address: (id) => paths.plan(Number(id)),
    cms: {
      slug: '{{year}}',
      identifier: 'title',
      summary: '{{year}}: {{number}}',
      sortable: ['year', 'title'],
      multiline: ['basis', 'recipients', 'tasks.content', 'tasks.form', 'tasks.notes', 'tasks.partners'],
      overrides: {},
    },
    scaffold: 'ke-hoach',
    search: 'plan',
  },
  indices: {
    folder: 'indices',
    schema: () => indexResultSchema,
    images: [],
    attachments: [],
    // Results are shown on one page per index (paths.index), not one per file.
    cms: {
      slug: '{{index}}-{{scope}}-{{year}}',
      identifier: 'index',
      summary: '{{index}} {{year}} ({{scope}})',
      sortable: ['year', 'index'],
      multiline: ['commentary', 'source.title'],
      overrides: { index: selectOf(reformIndices) },
    },
    scaffold: 'chi-so',
    search: 'index',
    readsBody: true,
  },
  'late-disclosures': {
    folder: 'late-disclosures',
    schema: () => lateDisclosureSchema,
    images: [],
    attachments: [],
    // One page per quarter, addressed by its year and quarter rather than its file name.
    idFromData: (data) => {
      const year = numberIn(data, 'year');
      const quarter = numberIn(data, 'quarter');
      return year === undefined || quarter === undefined ? undefined : disclosureSlug(year, quarter);
    },
    address: paths.lateQuarter,
    cms: {
      slug: '{{year}}-quy-{{quarter}}',
      identifier: 'year',
      summary: 'Quý {{quarter}}/{{year}}',
      sortable: ['year', 'quarter'],
      multiline: ['cases.reason'],
      overrides: { 'cases.procedure': { ...procedureRelation, multiple: false } },
    },
    scaffold: 'tre-han',
    search: 'disclosure',
    readsBody: true,
  },
  documents: {
    folder: 'documents',
    schema: () => documentSchema,
    images: [],
    attachments: ['file'],
    address: paths.document,
    cms: {
      slug: '{{number}}',
      identifier: 'title',
      summary: '{{number}} – {{title}}',
      sortable: ['date', 'number', 'title'],
      multiline: ['title', 'summary'],
      overrides: { kind: selectOf(documentKinds), task: PLAN_TASK_PICKER, file: { widget: 'file' } },
    },
    scaffold: 'van-ban',
    search: 'document',
  },
  reports: {
    folder: 'reports',
    schema: () => reportNarrativeSchema,
    images: [],
    attachments: [],
    // One narrative per period report, read by that report's page and files (/ke-hoach/YEAR/bao-cao/PERIOD/).
    idFromData: (data) => {
      const year = numberIn(data, 'year');
      return year === undefined || typeof data.period !== 'string' ? undefined : `${year}-${data.period}`;
    },
    cms: {
      slug: '{{year}}-{{period}}',
      identifier: 'number',
      summary: '{{year}} {{period}}: {{number}}',
      sortable: ['year', 'date'],
      multiline: ['recipients', 'subject'],
      overrides: { period: selectOf(periodSlugLabels) },
    },
    scaffold: 'bao-cao',
    readsBody: true,
  },
} as const satisfies Record<string, CollectionDef>;

export type CollectionName = keyof typeof COLLECTIONS;
export const COLLECTION_NAMES = Object.keys(COLLECTIONS) as CollectionName[];

/** One collection's description, typed as the common shape (optional fields readable). */
/** The collections a province repository holds for all its communes (province/<folder>/, src/build/province.ts). */
export const PROVINCE_COLLECTIONS = ['procedures', 'news', 'documents'] as const satisfies readonly CollectionName[];

export function collection(name: CollectionName): CollectionDef {
  return COLLECTIONS[name];
}

/** An entry's file name without extension, slugged: the id of most collections. */
export function fileId(filePath: string): string {
  return slugify(
    filePath
      .split(/[\\/]/)
      .pop()!
      .replace(/\.mdx?$/, ''),
  );
}

/**
 * The id of an entry: the address segment it publishes under and the name
 * other entries refer to it by. The one rule used by the Astro loader,
 * validation, the cross-file checks and (through `cms.slug`) the CMS.
 */
export function entryId(name: CollectionName, filePath: string, data: Record<string, unknown>): string {
  return collection(name).idFromData?.(data) ?? fileId(filePath);
}
