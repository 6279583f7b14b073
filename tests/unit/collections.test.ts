/**
 * The collection registry (src/collections/registry.ts) is the one list of
 * collections. These tests hold it to itself (one id rule, which the CMS's
 * file names and task references follow) and to the places that must keep a
 * list of their own: search kinds (bundled for the browser, so they cannot
 * import the schemas), the kinds of item that count toward a task, the
 * fixtures' folders; and they fail when another module starts a list.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { COLLECTION_NAMES, type CollectionName, collection, entryId } from '../../src/collections/registry.ts';
import { planOptions } from '../../src/cms/task-options.ts';
import { itemKindLabels, targetKinds } from '../../src/i18n/vi.ts';
import { ITEM_KINDS } from '../../src/lib/progress.ts';
import { PAGE_SEARCH_KINDS, SEARCH_KINDS } from '../../src/lib/search.ts';
import { formatReport } from '../../src/lib/validation-report.ts';
import { validateContent } from '../../src/validation/validate-content.ts';
import { brokenCommune, FIXTURE, NEWS } from '../support/broken-commune.ts';

const made: string[] = [];
afterAll(() => {
  for (const d of made) rmSync(d, { recursive: true, force: true });
});

/** A CMS template ("{{year}}-quy-{{quarter}}", "{{slug}}/{{tasks.*.id}}") filled in as the CMS fills it. */
function fill(template: string, values: Record<string, unknown>): string {
  return template.replace(/\{\{([\w.*]+)\}\}/g, (_, key: string) => String(values[key]));
}

describe('the id rule', () => {
  it('names a plan by its year, a disclosure by its quarter, anything else by its file name', () => {
    expect(entryId('plans', 'plans/2025.md', { year: 2025 })).toBe('2025');
    expect(entryId('late-disclosures', 'late-disclosures/bao-cao.md', { year: 2024, quarter: 2 })).toBe('2024-quy-2');
    expect(entryId('news', 'news/Hội nghị đối thoại.md', { year: 2024 })).toBe('hoi-nghi-doi-thoai');
    // Until the schema has reported a missing year, the file name stands in.
    expect(entryId('plans', 'plans/2025.md', {})).toBe('2025');
  });

  it('is what the CMS names a new entry, for every collection addressed by its data', async () => {
    const { entries } = await validateContent(FIXTURE, { projectRoot: FIXTURE, today: '2024-12-31' });
    const byData = entries.filter((e) => collection(e.collection).idFromData);
    expect(new Set(byData.map((e) => e.collection))).toEqual(new Set(['plans', 'late-disclosures']));
    for (const entry of byData) expect(fill(collection(entry.collection).cms.slug, entry.data), entry.file).toBe(entry.slug);
  });

  it('accepts every task reference the CMS picker offers, from the plans in the content folder', async () => {
    const dir = brokenCommune();
    made.push(dir);
    const options = planOptions(dir).tasks;
    expect(options.map((o) => o.value)).toContain('2024/3');
    const ref = options.find((o) => o.value === '2024/3')!.value;
    const news = brokenCommune({ file: NEWS, edit: (t) => t.replace('task: "2024/2"', `task: "${ref}"`) });
    made.push(news);
    expect(formatReport((await validateContent(news, { projectRoot: news, today: '2024-12-31' })).findings)).toBe('');
  });

  it('asks for a plan saved as ke-hoach-2024.md to be renamed, since the CMS would refer to it as ke-hoach-2024/…', async () => {
    const dir = brokenCommune();
    made.push(dir);
    renameSync(join(dir, 'plans/2024.md'), join(dir, 'plans/ke-hoach-2024.md'));
    const { findings, entries } = await validateContent(dir, { projectRoot: dir, today: '2024-12-31' });
    // The plan keeps its address and its tasks (2024/…): only the file name is reported.
    expect(entries.find((e) => e.collection === 'plans')!.slug).toBe('2024');
    expect(findings).toEqual([
      expect.objectContaining({ severity: 'error', file: 'plans/ke-hoach-2024.md', found: '"ke-hoach-2024"', expected: expect.stringContaining('2024.md') }),
    ]);
    expect(findings[0]!.hint).toContain('Đổi tên tệp thành 2024.md');
  });
});

describe('lists that must follow the registry', () => {
  it('search kinds: one per indexed collection, the indexed pages that are no entries, and no other', () => {
    const kinds = [...COLLECTION_NAMES.flatMap((name) => collection(name).search ?? []), ...PAGE_SEARCH_KINDS];
    expect(new Set(kinds).size).toBe(kinds.length);
    expect([...kinds].sort()).toEqual([...SEARCH_KINDS].sort());
  });

  it('items that count toward a plan task: exactly the collections with a task field', () => {
    const withTask = COLLECTION_NAMES.filter((name) => 'task' in collection(name).schema(z.string()).shape);
    expect([...ITEM_KINDS].sort()).toEqual([...withTask].sort());
    expect(Object.keys(targetKinds).sort()).toEqual([...withTask].sort());
    expect(Object.keys(itemKindLabels).sort()).toEqual([...withTask].sort());
  });

  it('fixture communes: every folder is a collection, and the full fixture has them all but the 2026 ward’s', () => {
    const folders = COLLECTION_NAMES.map((name) => collection(name).folder);
    const own = (dir: string) => readdirSync(dir).filter((f) => statSync(join(dir, f)).isDirectory());
    for (const fixture of ['chau-thanh-2024', 'lien-minh-2022', 'broken', 'hoa-an-2026']) {
      expect(
        own(join('tests/fixtures', fixture)).filter((f) => !folders.includes(f)),
        fixture,
      ).toEqual([]);
    }
    // The 2024 demo is history and stays as it was; report narratives came later and are held by the 2026 ward.
    const later = [collection('reports').folder];
    expect(own(FIXTURE).sort()).toEqual(folders.filter((f) => !later.includes(f)).sort());
    for (const folder of later) expect(own('tests/fixtures/hoa-an-2026')).toContain(folder);
  });
});

/** Every source file under `dir`. */
function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const path = join(dir, d.name);
    return d.isDirectory() ? sources(path) : /\.(ts|mjs|astro)$/.test(d.name) ? [path] : [];
  });
}

describe('no second list of collections in src/', () => {
  const names = COLLECTION_NAMES.map((name) => collection(name).folder);
  const quoted = new RegExp(`['"\`](${names.join('|')})['"\`]`, 'g');
  /** Lists kept on purpose, each held to the registry by a test above. */
  const ALLOWED = new Map([['lib/progress.ts', 'ITEM_KINDS']]);

  /** Lines under `root` (a copy of src/) that list two collections or define one, outside collections/. */
  function offendersIn(root: string): string[] {
    const offenders: string[] = [];
    for (const file of sources(root)) {
      const rel = relative(root, file).split(sep).join('/');
      if (rel.startsWith('collections/')) continue;
      readFileSync(file, 'utf8')
        .split('\n')
        .forEach((line, i) => {
          const found = new Set([...line.matchAll(quoted)].map((m) => m[1]));
          const listed = found.size >= 2 && !(ALLOWED.has(rel) && line.includes(ALLOWED.get(rel)!));
          if (listed || /\bdefineCollection\s*\(/.test(line)) offenders.push(`src/${rel}:${i + 1}: ${line.trim()}`);
        });
    }
    return offenders;
  }

  it('finds no line naming two collections but the registry, and no collection defined outside src/collections/', () => {
    expect(offendersIn('src')).toEqual([]);
  });

  it('would catch a planted list or collection', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cchc-src-'));
    made.push(dir);
    mkdirSync(join(dir, 'lib'));
    writeFileSync(join(dir, 'lib', 'folders.ts'), "export const FOLDERS = ['news', 'late-disclosures'];\n");
    writeFileSync(join(dir, 'content.config.ts'), 'export const collections = { news: defineCollection({ loader }) };\n');
    expect(offendersIn(dir)).toEqual([expect.stringMatching(/^src\/content\.config\.ts:1: /), expect.stringMatching(/^src\/lib\/folders\.ts:1: /)]);
  });
});

describe('Markdown sources kept for the pages that read them', () => {
  /** The files that read an entry's `body`, and whose entries they are. */
  const READERS: Record<string, CollectionName> = {
    'routes/thu-tuc-hanh-chinh/[slug].astro': 'procedures',
    'routes/ho-so-tre-han/[slug].astro': 'late-disclosures',
    'routes/chi-so-cchc/[index].astro': 'indices',
    'routes/ke-hoach/[year]/bao-cao/[period]/bao-cao.docx.ts': 'reports',
  };
  /** `.body` of something that is not an entry of the content store: a file parsed by validation, messages, a style, the DOM. */
  const NOT_ENTRIES = new Set(['parsed', 'current', 'file', 'SIZE', 'open', 'document', 'bodyMessages', 'pageFeedbackUi']);

  /** Files under `root` (a copy of src/) that read `.body` of something that may be an entry. */
  function bodyReaders(root: string): string[] {
    return sources(root)
      .filter((file) =>
        readFileSync(file, 'utf8')
          .split('\n')
          .filter((line) => !/^\s*(\*|\/\/|\/\*)/.test(line))
          .some((line) => [...line.matchAll(/\b(\w+)\??\.body\b/g)].some((m) => !NOT_ENTRIES.has(m[1]!))),
      )
      .map((file) => relative(root, file).split(sep).join('/'))
      .sort();
  }

  it('keeps the source of exactly the collections whose pages read it', () => {
    expect(bodyReaders('src')).toEqual(Object.keys(READERS).sort());
    const keeping = COLLECTION_NAMES.filter((name) => collection(name).readsBody);
    expect(keeping.sort()).toEqual([...new Set(Object.values(READERS))].sort());
  });

  it('would catch a page that starts reading the source of a collection that does not keep it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cchc-src-'));
    made.push(dir);
    mkdirSync(join(dir, 'routes'));
    writeFileSync(join(dir, 'routes', 'tin.astro'), '---\nconst words = entry.body?.length;\n---\n');
    writeFileSync(join(dir, 'routes', 'other.ts'), 'const text = parsed.body;\n');
    expect(bodyReaders(dir)).toEqual(['routes/tin.astro']);
  });
});
