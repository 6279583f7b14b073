/**
 * The browser CMS's config.yml is generated from the Zod schemas; these tests
 * hold the two sides together: every schema field is an editable CMS field
 * with a Vietnamese label, required exactly when the schema requires it, and
 * the whole config is valid for the CMS (its own JSON schema, shipped in
 * @sveltia/cms).
 */
import { Ajv } from 'ajv';
import { readFileSync } from 'node:fs';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { backendFor, cmsConfig, cmsConfigYaml, cmsImage, collectionFields, CMS_COLLECTIONS } from '../../src/cms/config.ts';
import { CMS_PLACEHOLDERS } from '../../src/lib/cms-signin.ts';
import { DATE_FIELD_TYPE, fieldsOf, schemaEntries, schemaPaths, type CmsField, type FieldContext } from '../../src/cms/schema-fields.ts';
import { loadSite } from '../../src/data/site.ts';
import { fieldHints, fieldLabels, taskPickerNote, unionLabels, unitPickerNote } from '../../src/i18n/cms.ts';
import { planUnits } from '../../src/lib/plans.ts';
import { selfHostedScript, sveltiaRoot } from '../../src/integrations/admin.ts';
import { text } from '../../src/schemas/fields.ts';
import { newsSchema } from '../../src/schemas/news.ts';
import { COLLECTION_NAMES, collection } from '../../src/collections/registry.ts';
import { FIXTURES } from '../support/fixtures.ts';

const site = loadSite(resolve(FIXTURES.bangCa));
const config = cmsConfig({ site, contentDir: resolve(FIXTURES.bangCa), env: {} }) as { collections: { name: string; folder: string; fields: CmsField[] }[] };

/** Every field of a CMS field tree by dotted path, with list items and union kinds flattened like schemaEntries. */
function cmsEntries(fields: readonly CmsField[], path = ''): [string, CmsField][] {
  return fields.flatMap((field): [string, CmsField][] => {
    const here = path ? `${path}.${field.name}` : field.name;
    const inner = [...((field.fields as CmsField[] | undefined) ?? []), ...((field.types as { fields?: CmsField[] }[] | undefined) ?? []).flatMap((t) => t.fields ?? [])];
    const kind = field.typeKey ? [[`${here}.${field.typeKey as string}`, { name: field.typeKey, label: 'kind', widget: 'hidden' }] as [string, CmsField]] : [];
    return [[here, field], ...kind, ...cmsEntries(inner, here)];
  });
}

describe('the CMS config follows the Zod schemas', () => {
  it('has one collection for every collection of the registry, in its folder', () => {
    expect(config.collections.map((c) => c.name)).toEqual(COLLECTION_NAMES);
    expect(config.collections.map((c) => c.folder)).toEqual(COLLECTION_NAMES.map((name) => `${FIXTURES.bangCa}/${collection(name).folder}`));
  });

  for (const spec of CMS_COLLECTIONS) {
    describe(spec.name, () => {
      const fields = collectionFields(spec);
      const cms = new Map(cmsEntries(fields));
      const entries = schemaEntries(spec.schema);

      it('covers every schema field, and nothing else but the Markdown body', () => {
        const schema = new Set(schemaPaths(spec.schema));
        expect([...cms.keys()].filter((p) => !schema.has(p))).toEqual(['body']);
        expect([...schema].filter((p) => !cms.has(p))).toEqual([]);
      });

      it('asks for a field exactly when the schema requires it', () => {
        for (const [path, schema] of entries) {
          const field = cms.get(path)!;
          if (field.widget === 'hidden') continue;
          const optional = schema.safeParse(undefined).success;
          expect({ path, required: field.required !== false }).toEqual({ path, required: !optional });
        }
      });

      it('labels every field in Vietnamese, from src/i18n', () => {
        for (const [path, field] of cms) {
          if (field.widget === 'hidden') continue;
          expect(field.label, path).not.toBe(path);
          expect(field.label, path).not.toBe(field.name);
        }
      });

      it('offers the schema\u2019s own choices, each with its Vietnamese label', () => {
        for (const [path, schema] of entries) {
          const field = cms.get(path)!;
          if (field.widget !== 'select') continue;
          const options = field.options as { label: string; value: string }[];
          for (const option of options) expect(typeof option.label, `${path}: ${JSON.stringify(option)}`).toBe('string');
          for (const option of options) expect(schema.safeParse(field.multiple ? [option.value] : option.value).success, `${path} = ${option.value}`).toBe(true);
        }
      });

      it('keeps no label, hint or widget setting for a field the schema no longer has', () => {
        const known = new Set([...schemaPaths(spec.schema), 'body']);
        const keys = [
          ...Object.keys(fieldLabels[spec.name]),
          ...Object.keys(fieldHints[spec.name]),
          ...Object.keys(unionLabels[spec.name] ?? {}),
          ...spec.multiline,
          ...Object.keys(spec.overrides),
        ];
        expect(keys.filter((k) => !known.has(k))).toEqual([]);
      });
    });
  }

  it('shows a field added to a schema without any other change', () => {
    const spec = CMS_COLLECTIONS.find((c) => c.name === 'news')!;
    const extended = { ...spec, schema: newsSchema(cmsImage).extend({ venue: text, seats: z.number().int().min(1).optional() }) };
    const fields = collectionFields(extended);
    expect(fields.find((f) => f.name === 'venue')).toMatchObject({ widget: 'string' });
    expect(fields.find((f) => f.name === 'seats')).toMatchObject({ widget: 'number', value_type: 'int', min: 1, required: false });
  });

  it('maps the building blocks to the right widgets', () => {
    const byName = (collection: string) => new Map(cmsEntries(collectionFields(CMS_COLLECTIONS.find((c) => c.name === collection)!)));
    const news = byName('news');
    // The ngày/tháng/năm field of src/cms/admin-script.js, not the browser's date input (MM/DD/YYYY in English).
    expect(news.get('date')).toEqual({ name: 'date', label: expect.any(String), widget: DATE_FIELD_TYPE });
    expect(news.get('cover.src')).toMatchObject({ widget: 'image' });
    expect(news.get('draft')).toMatchObject({ widget: 'boolean', default: false });
    // Without plans' tasks given (no content folder), the task is typed; see 'the task picker' below.
    expect(news.get('task')).toMatchObject({ widget: 'string' });
    const procedures = byName('procedures');
    expect(procedures.get('code')).toMatchObject({ widget: 'string', pattern: ['^\\d\\.\\d{6}$', expect.stringContaining('1.001193')] });
    expect(procedures.get('channels.online')).toMatchObject({ widget: 'select', default: 'none' });
    expect(procedures.get('status.state')).toMatchObject({ default: 'in-force' });
    expect(procedures.get('cases.documents.originals')).toMatchObject({ widget: 'number', value_type: 'int', min: 0, default: 1 });
    expect(procedures.get('portalUrl')).toMatchObject({ widget: 'string', type: 'url' });
    // A procedure known only from the province's list has no applicants yet (issue 14): the list is optional.
    expect(procedures.get('applicants')).toMatchObject({ widget: 'list', required: false });
    expect(news.get('topics')).toMatchObject({ min: 1 });
    const plans = byName('plans');
    const timing = plans.get('tasks.timing')!;
    expect(timing).toMatchObject({ widget: 'object', typeKey: 'kind' });
    expect((timing.types as { name: string; label: string }[]).map((t) => t.name)).toEqual([
      'ongoing',
      'on-request',
      'unspecified',
      'recurring',
      'year',
      'month',
      'quarter',
      'date',
      'range',
    ]);
    expect(plans.get('year')).toMatchObject({ widget: 'number', value_type: 'int', min: 2000, max: 2100 });
  });

  it('stores uploaded images beside the Markdown, with a relative path astro:assets optimises', () => {
    for (const collection of config.collections.filter((c) => ['news', 'events', 'commendations'].includes(c.name))) {
      expect(collection).toMatchObject({ media_folder: 'images', public_folder: './images' });
    }
  });

  it('is valid for Sveltia CMS, by its own JSON schema', () => {
    const schema = JSON.parse(readFileSync(join(sveltiaRoot(), 'schema/sveltia-cms.json'), 'utf8'));
    const validate = new Ajv({ allErrors: true, strict: false, validateFormats: false }).compile(schema);
    expect(validate(config), JSON.stringify(validate.errors?.slice(0, 5))).toBe(true);
    // …and that schema does reject what the CMS would not know.
    expect(validate({ ...config, locale: 'vi' })).toBe(false);
  });

  it('writes YAML that reads back as the same config, without anchors', () => {
    const yaml = cmsConfigYaml({ site, contentDir: resolve(FIXTURES.bangCa), env: {} });
    expect(yaml).not.toMatch(/[&*]a\d/);
    expect(parse(yaml)).toEqual(config);
  });

  it('uses paths relative to the repository for a commune in another folder', () => {
    const fixture = cmsConfig({ site, contentDir: resolve(FIXTURES.lienMinh), env: {} }) as typeof config;
    expect(fixture.collections[0]!.folder).toBe('tests/fixtures/lien-minh-2022/news');
  });
});

describe('fields a clerk cannot get wrong', () => {
  const fieldsOfCollection = (name: string, from = config) => new Map(cmsEntries(from.collections.find((c) => c.name === name)!.fields));

  it('picks topics and every kind from the lists declared once, never typed', () => {
    const pickers: [string, string][] = [
      ['news', 'topics'],
      ['events', 'kind'],
      ['documents', 'kind'],
      ['commendations', 'recipientKind'],
      ['commendations', 'reason'],
      ['indices', 'index'],
      ['indices', 'scope'],
      ['indices', 'scoreUnit'],
      ['procedures', 'level'],
      ['procedures', 'status.state'],
      ['plans', 'tasks.target.of'],
    ];
    for (const [name, path] of pickers) {
      const field = fieldsOfCollection(name).get(path)!;
      expect(field.widget, `${name}.${path}`).toBe('select');
      expect((field.options as unknown[]).length, `${name}.${path}`).toBeGreaterThan(1);
    }
    expect(fieldsOfCollection('news').get('topics')).toMatchObject({ multiple: true });
  });

  /** A plan whose grouped appendix has two tasks with the same text for different units. */
  function communeWithGroupedPlan(): string {
    const dir = mkdtempSync(join(tmpdir(), 'cms-tasks-'));
    mkdirSync(join(dir, 'plans'));
    const long =
      'Tuyên truyền, phổ biến các quy định mới về thủ tục hành chính trên cổng thông tin điện tử, trang mạng xã hội và hệ thống loa truyền thanh của phường, tổ dân phố';
    const task = (id: string, lead: string) => `  - id: "${id}"\n    content: "${long}"\n    form: Tin bài\n    lead: ${lead}\n    timing:\n      kind: ongoing\n`;
    writeFileSync(
      join(dir, 'plans', '2025.md'),
      `---\nnumber: 12/KH-UBND\ntitle: Kế hoạch 2025\nyear: 2025\nissued: 2025-01-10\nissuer: UBND phường\nsigner:\n  name: Nguyễn Văn A\n  title: Chủ tịch\nbasis: []\nrecipients: []\ntasks:\n${task('I.1', 'Văn phòng HĐND và UBND phường')}${task('II.1', 'Phòng Văn hóa – Xã hội')}---\n\nNội dung.\n`,
    );
    return dir;
  }

  it('offers each plan task with its year, id, lead unit and a short text, and stores YEAR/ID', () => {
    const dir = communeWithGroupedPlan();
    const picked = fieldsOfCollection('events', cmsConfig({ site, contentDir: dir, projectRoot: dir, env: {} }) as typeof config).get('task')!;
    expect(picked.widget).toBe('select');
    expect(picked.hint).toContain(taskPickerNote);
    const options = picked.options as { label: string; value: string }[];
    expect(options.map((o) => o.value)).toEqual(['2025/I.1', '2025/II.1']);
    const [first, second] = options.map((o) => o.label);
    expect(first).toMatch(/^2025 · nhiệm vụ I\.1 · Văn phòng HĐND và UBND phường: Tuyên truyền, phổ biến/);
    expect(second).toContain('Phòng Văn hóa – Xã hội');
    expect(first).not.toBe(second);
    // The text is cut at a word boundary, so no option runs to hundreds of characters.
    const short = first!.split(': ')[1]!;
    expect(short.length).toBeLessThanOrEqual(81);
    expect(short).toMatch(/\S…$/);
    expect(startsWithWholeWords(short)).toBe(true);
  });

  it('offers the units the plans name for the unit an article or an activity comes from, once each', () => {
    const dir = communeWithGroupedPlan();
    const built = cmsConfig({ site, contentDir: dir, projectRoot: dir, env: {} }) as typeof config;
    for (const name of ['news', 'events']) {
      const unit = fieldsOfCollection(name, built).get('unit')!;
      expect(unit, name).toMatchObject({ widget: 'select', options: ['Phòng Văn hóa – Xã hội', 'Văn phòng HĐND và UBND phường'] });
      expect(unit.hint).toContain(unitPickerNote);
    }
    // Spelling variants of one unit are one option; partners and per-unit quotas count too.
    expect(
      planUnits([
        {
          groups: [{ id: 'I', title: 'Nhóm', unit: 'Phòng Nội vụ' }],
          tasks: [
            { lead: 'phòng  nội vụ', partners: ['UBND phường Hoà An'], target: { count: 1, of: 'news', per: 'year', each: ['UBND phường Hòa An', 'UBND xã Bình Minh'] } },
          ],
        } as never,
      ]),
    ).toEqual(['Phòng Nội vụ', 'UBND phường Hoà An', 'UBND xã Bình Minh']);
    // No plan names a unit: the field stays typed text.
    expect(
      fieldsOfCollection('news', cmsConfig({ site, contentDir: mkdtempSync(join(tmpdir(), 'cms-units-')), projectRoot: dir, env: {} }) as typeof config).get('unit'),
    ).toMatchObject({ widget: 'string' });
  });

  it('offers no "add a plan" button: the task is not a relation to the plans collection', () => {
    for (const c of config.collections) {
      for (const [path, field] of cmsEntries(c.fields)) if (field.widget === 'relation') expect(`${c.name}.${path}: ${String(field.collection)}`).not.toMatch(/: plans$/);
    }
    const fixture = fieldsOfCollection('news').get('task')!;
    expect(fixture).toMatchObject({ widget: 'select' });
    expect((fixture.options as { value: string }[]).length).toBeGreaterThan(3);
  });
});

/** The short text is the start of the task's text, whole words only. */
function startsWithWholeWords(short: string): boolean {
  const words = short.replace(/…$/, '').split(' ');
  return 'Tuyên truyền, phổ biến các quy định mới về thủ tục hành chính trên cổng thông tin điện tử, trang mạng xã hội'.startsWith(words.join(' ')) && words.length > 5;
}

describe('the CMS backend', () => {
  it('reads the repository from site.yaml', () => {
    expect(backendFor({ cms: { backend: 'github', repo: 'ubnd/cong', authUrl: 'https://auth.example.workers.dev' } }, {})).toEqual({
      name: 'github',
      repo: 'ubnd/cong',
      base_url: 'https://auth.example.workers.dev',
    });
    expect(
      backendFor({ cms: { backend: 'gitlab', repo: 'tinh/xa/cong', appId: 'abc', apiRoot: 'https://git.tinh.gov.vn/api/v4', authUrl: 'https://git.tinh.gov.vn' } }, {}),
    ).toEqual({
      name: 'gitlab',
      repo: 'tinh/xa/cong',
      base_url: 'https://git.tinh.gov.vn',
      api_root: 'https://git.tinh.gov.vn/api/v4',
      auth_type: 'pkce',
      app_id: 'abc',
    });
  });

  it('falls back to the CI that builds, then to local-folder mode only', () => {
    expect(backendFor({}, { GITHUB_REPOSITORY: 'ubnd/cong' })).toEqual({ name: 'github', repo: 'ubnd/cong' });
    expect(backendFor({}, { CI_PROJECT_PATH: 'xa/cong', CI_SERVER_URL: 'https://gitlab.com' })).toEqual({ name: 'gitlab', repo: 'xa/cong' });
    expect(backendFor({}, { CI_PROJECT_PATH: 'xa/cong', CI_SERVER_URL: 'https://git.tinh.gov.vn/' })).toMatchObject({
      base_url: 'https://git.tinh.gov.vn',
      api_root: 'https://git.tinh.gov.vn/api/v4',
    });
    expect(backendFor({}, {})).toEqual({ name: 'github', repo: CMS_PLACEHOLDERS.repo });
  });
});

describe('self-hosting the CMS script', () => {
  const script = readFileSync(join(sveltiaRoot(), 'dist/sveltia-cms.js'), 'utf8');

  it('points every CDN font at /admin/fonts/ and finds each in an installed package', () => {
    const { script: rewritten, fonts } = selfHostedScript(script, '/xa/admin/');
    expect(script).toContain('cdn.jsdelivr.net');
    expect(rewritten).not.toContain('cdn.jsdelivr.net');
    expect(fonts.map((f) => f.name).sort()).toEqual([
      'material-symbols-outlined-latin-wght-normal.woff2',
      'noto-mono-latin-400-normal.woff2',
      'source-sans-3-latin-wght-normal.woff2',
    ]);
    expect(rewritten).toContain('url(/xa/admin/fonts/source-sans-3-latin-wght-normal.woff2)');
  });

  it('stops the build when the CMS wants a font no package provides', () => {
    const wanting = 'src:url(https://cdn.jsdelivr.net/fontsource/fonts/khong-co-phong:vf@5.3.0/latin-wght-normal.woff2)';
    expect(() => selfHostedScript(wanting, '/admin/')).toThrow(/@fontsource-variable\/khong-co-phong/);
  });
});

describe('the field walker', () => {
  const ctx: FieldContext = {
    collection: 'test',
    label: (p) => `nhãn ${p}`,
    hint: () => undefined,
    optionLabels: () => undefined,
    unionLabels: () => undefined,
    multiline: new Set(),
    overrides: {},
    image: cmsImage,
    imageOptions: {},
  };

  it('refuses a schema it cannot show rather than guessing', () => {
    expect(() => fieldsOf(z.object({ blob: z.unknown().transform(String) }), '', ctx)).toThrow(/test\.blob/);
  });
});
