/**
 * Issue 14, the procedure index at the scale of 2026: a synthetic commune of
 * 500 procedures (tests/support/synthetic-commune.ts), built once. Every
 * procedure within two clicks of the index, field counts true, the list
 * pages small enough for a phone (sizes printed: they are measurements, the
 * bounds only catch a page that lists everything again).
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { INDEX_INLINE_MAX } from '../../src/lib/procedures.ts';
import { BUILDS, buildCommune } from '../support/build.ts';
import { listPageWeights, PROCEDURE_INDEX } from '../support/list-pages.ts';
import { BuiltSite } from '../support/dist.ts';
import { portalLinkProblems, procedureFacts } from '../support/portal-links.ts';
import { makeSyntheticCommune, type SyntheticCommune } from '../support/synthetic-commune.ts';

const INDEX = PROCEDURE_INDEX;
const out = join(BUILDS, 'synthetic-500');
let commune: SyntheticCommune;
const site = new BuiltSite(out);

beforeAll(() => {
  commune = makeSyntheticCommune(500);
  const result = buildCommune(commune.dir, out);
  if (result.status !== 0) throw new Error(`build of the 500-procedure commune failed:\n${result.output}`);
});
afterAll(() => rmSync(commune.dir, { recursive: true, force: true }));

/** Links inside a page's main content, as paths. */
const mainLinks = (path: string) =>
  site
    .page(path)
    .querySelectorAll('main a[href^="/"]')
    .map((a) => a.getAttribute('href')!.split('#')[0]!);

const countOf = (text: string) => Number(text.match(/\((\d+) thủ tục\)/)?.[1]);

describe('the procedure index of a 500-procedure commune', () => {
  it('lists fields with true counts, each linking to its own page of exactly those procedures', () => {
    expect(commune.procedures.length).toBeGreaterThan(INDEX_INLINE_MAX);
    const expected = new Map<string, string[]>();
    for (const p of commune.procedures) expected.set(p.field, [...(expected.get(p.field) ?? []), `/thu-tuc-hanh-chinh/${p.slug}/`]);
    const items = site.page(INDEX).querySelectorAll('main .field-list li');
    expect(items.map((li) => li.querySelector('a')!.text).sort()).toEqual([...expected.keys()].sort());
    for (const li of items) {
      const field = li.querySelector('a')!.text;
      expect(countOf(li.text), field).toBe(expected.get(field)!.length);
      const fieldPage = li.querySelector('a')!.getAttribute('href')!;
      const listed = site
        .page(fieldPage)
        .querySelectorAll('main .cards .card-heading a')
        .map((a) => a.getAttribute('href'));
      expect(listed.sort(), field).toEqual(expected.get(field)!.sort());
    }
    // Split into field pages, the index itself lists no procedure but the most-used.
    expect(site.page(INDEX).querySelectorAll('main .cards')).toHaveLength(0);
  });

  it('reaches every procedure within two clicks of the index', () => {
    const one = new Set(mainLinks(INDEX));
    const two = new Set([...one].filter((p) => p.endsWith('/') && site.has(p)).flatMap(mainLinks));
    for (const p of commune.procedures) {
      const path = `/thu-tuc-hanh-chinh/${p.slug}/`;
      expect(one.has(path) || two.has(path), path).toBe(true);
    }
  });

  it("lists site.yaml's most-used procedures first, in the clerk's order", () => {
    const bySlug = new Map(commune.procedures.map((p) => [p.code, `/thu-tuc-hanh-chinh/${p.slug}/`]));
    const popular = site
      .page(INDEX)
      .querySelectorAll('main .popular a')
      .map((a) => a.getAttribute('href'));
    expect(popular).toEqual(commune.popular.map((code) => bySlug.get(code)));
  });

  it('keeps every procedure list page small; the heaviest is measured', () => {
    const { index, heaviest, largest, summary } = listPageWeights(site);
    console.log(summary);
    // A field list and the most-used: about 12 KB at 24 fields. Listing the 500 again would be some 250 KB.
    expect(index.raw).toBeLessThan(30_000);
    expect(largest.raw).toBeLessThan(60_000);
    expect(heaviest.gzip).toBeLessThan(15_000);
  });

  it('offers online filing exactly on the online procedures, and no deep link anywhere', () => {
    const facts = procedureFacts(commune.dir);
    for (const [slug, f] of facts) expect(portalLinkProblems(site.html(`/thu-tuc-hanh-chinh/${slug}/`), f), slug).toEqual([]);
    for (const path of [INDEX, ...site.pages().filter((p) => p.includes('/linh-vuc/') || p.endsWith('/ban-in/'))])
      expect(portalLinkProblems(site.html(path)), path).toEqual([]);
  });
});
