/**
 * The search data the portal ships and the exam it is measured by:
 * - src/data/search-vocabulary.yaml, the citizens' words for procedures;
 * - tests/fixtures/search-eval/, the evaluation commune and its judged
 *   queries (read by scripts/eval-search.ts).
 * Shapes, counts, and that every judged answer is a page the site publishes.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { COLLECTION_NAMES, collection, entryId } from '../../src/collections/registry.ts';
import { fold } from '../../src/lib/text.ts';
import { paths } from '../../src/lib/paths.ts';
import { parseMarkdown } from '../../src/readers/front-matter.ts';
import { readProcedureSource } from '../../src/readers/procedure-sources.ts';
import { vocabularySchema } from '../../src/schemas/search-vocabulary.ts';

const VOCABULARY = 'src/data/search-vocabulary.yaml';
const EVAL = 'tests/fixtures/search-eval';
const PROVINCE_LIST = 'tests/fixtures/import/danh-muc-tinh-2026.csv';
/** Where each query's site is: the demo's copy, or the evaluation commune (plus the province list, which adds no answers). */
const SITES = { demo: 'tests/fixtures/bang-ca-2024', tinh: `${EVAL}/site` } as const;
const KINDS = ['no-marks', 'marks', 'd-for-dd', 'typo', 'half-typed', 'code', 'question', 'body', 'citizen-words', 'keyboard', 'former-name', 'none'] as const;
/** Fields outside the province list's: residence, handled by the commune police since 2025 but searched for on the commune's site. */
const EXTRA_FIELDS = ['Đăng ký, quản lý cư trú'];

/** The commune fields of the province list fixture, read from its generator (running it would rewrite the workbook). */
function provinceFields(): string[] {
  const source = readFileSync('tests/fixtures/import/make-province-list.ts', 'utf8');
  const table = /const FIELDS[^=]*=\s*\[([\s\S]*?)\n\];/.exec(source)?.[1] ?? '';
  return [...table.matchAll(/\['([^']+)',\s*\d+\]/g)].map((m) => m[1]!);
}

const isNfcText = (s: string) => s.trim() !== '' && s === s.normalize('NFC') && s === s.trim();

describe('the citizens’ vocabulary (src/data/search-vocabulary.yaml)', () => {
  const entries = vocabularySchema.parse(parse(readFileSync(VOCABULARY, 'utf8')));
  const phrases = entries.flatMap((e) => e.phrases);

  it('parses with its schema and has at least 200 phrases across at least 60 procedures', () => {
    expect(phrases.length).toBeGreaterThanOrEqual(200);
    expect(new Set(entries.map((e) => fold(e.procedure))).size).toBeGreaterThanOrEqual(60);
  });

  it('lists only the commune fields of a province list, or the documented extra', () => {
    const fields = provinceFields();
    expect(fields.length).toBeGreaterThanOrEqual(30);
    for (const entry of entries) expect([...fields, ...EXTRA_FIELDS], entry.procedure).toContain(entry.field);
  });

  it('writes every phrase and procedure as NFC text, not empty', () => {
    for (const s of [...phrases, ...entries.map((e) => e.procedure)]) expect(isNfcText(s), JSON.stringify(s)).toBe(true);
  });

  it('never sends one phrase (marks folded) to two different procedures', () => {
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    for (const entry of entries)
      for (const phrase of entry.phrases) {
        const key = fold(phrase);
        const procedure = fold(entry.procedure);
        if (owner.has(key) && owner.get(key) !== procedure) clashes.push(`${phrase}: ${owner.get(key)} / ${procedure}`);
        owner.set(key, procedure);
      }
    expect(clashes).toEqual([]);
  });

  it('gives each procedure once', () => {
    const procedures = entries.map((e) => fold(e.procedure));
    expect(procedures.filter((p, i) => procedures.indexOf(p) !== i)).toEqual([]);
  });
});

/** Every page address a site publishes from its content files (drafts left out), by the collections' own id and address rules. */
function publishedPaths(dir: string): Set<string> {
  const site = parse(readFileSync(join(dir, 'site.yaml'), 'utf8')) as { formerUnits?: unknown[] };
  // The home page is in the index only for a unit formed by merger (docs/search.md).
  const found = new Set<string>([paths.contact, ...(site.formerUnits?.length ? [paths.home] : [])]);
  for (const name of COLLECTION_NAMES) {
    const def = collection(name);
    const folder = join(dir, def.folder);
    if (!def.address || !existsSync(folder)) continue;
    for (const file of readdirSync(folder).filter((f) => f.endsWith('.md'))) {
      const data = (parseMarkdown(readFileSync(join(folder, file), 'utf8'))?.data ?? {}) as Record<string, unknown>;
      if (data.draft === true) continue;
      found.add(def.address(entryId(name, file, data)));
    }
  }
  return found;
}

interface Query {
  q: string;
  kind: string;
  site: keyof typeof SITES;
  answers: string[];
}

describe('the judged query set (tests/fixtures/search-eval/queries.yaml)', () => {
  const queries = parse(readFileSync(`${EVAL}/queries.yaml`, 'utf8')) as Query[];

  it('has at least 200 queries, each of a known kind and site, at least 15 of every kind', () => {
    expect(queries.length).toBeGreaterThanOrEqual(200);
    for (const query of queries) {
      expect(Object.keys(query).sort(), query.q).toEqual(['answers', 'kind', 'q', 'site']);
      expect(KINDS, query.q).toContain(query.kind);
      expect(Object.keys(SITES), query.q).toContain(query.site);
    }
    for (const kind of KINDS) expect(queries.filter((q) => q.kind === kind).length, kind).toBeGreaterThanOrEqual(15);
    for (const site of Object.keys(SITES)) expect(queries.filter((q) => q.site === site).length, site).toBeGreaterThanOrEqual(50);
  });

  it('writes each query once per site, as NFC text', () => {
    const keys = queries.map((q) => `${q.site} ${q.q}`);
    expect(keys.filter((k, i) => keys.indexOf(k) !== i)).toEqual([]);
    for (const query of queries) expect(isNfcText(query.q), query.q).toBe(true);
  });

  it('gives no answer exactly for the "none" queries', () => {
    for (const query of queries) expect(query.answers.length === 0, `${query.kind}: ${query.q}`).toBe(query.kind === 'none');
  });

  it('judges only pages the site publishes, each once', () => {
    const published = Object.fromEntries(Object.entries(SITES).map(([site, dir]) => [site, publishedPaths(dir)]));
    // The rule itself: a draft, a made-up page and the home page of a commune never merged are not answers.
    expect(published.demo!.has('/tin-tuc/tong-ket-tuyen-truyen-cchc-2024/')).toBe(false);
    expect(published.demo!.has(paths.home)).toBe(false);
    expect(published.tinh!.has(paths.home)).toBe(true);
    expect(published.demo!.has('/thu-tuc-hanh-chinh/dang-ky-khai-sinh/')).toBe(true);
    const unknown = queries.flatMap((q) => q.answers.filter((a) => !published[q.site]!.has(a)).map((a) => `${q.site} "${q.q}": ${a}`));
    expect(unknown).toEqual([]);
    for (const query of queries) expect(new Set(query.answers).size, query.q).toBe(query.answers.length);
  });

  it('asks for former names only on the merged commune', () => {
    const site = parse(readFileSync(join(SITES.tinh, 'site.yaml'), 'utf8')) as { formerUnits: { name: string }[] };
    expect(site.formerUnits.length).toBeGreaterThan(0);
    for (const query of queries.filter((q) => q.kind === 'former-name')) expect(query.site, query.q).toBe('tinh');
  });
});

describe('the evaluation commune (tests/fixtures/search-eval/site)', () => {
  const dir = join(SITES.tinh, 'procedures');
  const procedures = readdirSync(dir).map((f) => parseMarkdown(readFileSync(join(dir, f), 'utf8'))!.data as { code: string; name: string; field: string });

  it('holds 60–80 procedures across the commune fields', () => {
    expect(procedures.length).toBeGreaterThanOrEqual(60);
    expect(procedures.length).toBeLessThanOrEqual(80);
    expect(new Set(procedures.map((p) => p.field)).size).toBeGreaterThanOrEqual(20);
    for (const p of procedures) expect(provinceFields(), p.name).toContain(p.field);
  });

  it('shares a code with the province list only where the name is the list’s, so the import merges into the same page', async () => {
    const listed = new Map((await readProcedureSource(PROVINCE_LIST)).map((p) => [p.code, p.name]));
    const shared = procedures.filter((p) => listed.has(p.code));
    expect(shared.length).toBe(9);
    for (const p of shared) expect(p.name, p.code).toBe(listed.get(p.code));
    // Invented codes stay clear of the list's invented 9.1… and 9.2… ones.
    for (const p of procedures.filter((p) => !listed.has(p.code))) expect(p.code, p.name).toMatch(/^9\.9\d{5}$/);
  });
});
