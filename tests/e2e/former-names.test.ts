/**
 * A citizen who types the name of a commune that no longer exists finds the
 * unit it was merged into: on the 2026 fixture (phường Hòa An, formed from
 * xã Bằng Cả, xã Đồng Sơn and phường Hoành Bồ), each former name, typed with
 * or without marks and with d for đ, lists the new ward's home page first,
 * in real Chromium against the real Pagefind index. The fixture has rivals
 * on purpose: a news item and the plan carry the old names, one of them in
 * its title.
 */
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SITES } from '../support/build.ts';
import { FIXTURES } from '../support/fixtures.ts';
import { browserSession } from '../support/browser-session.ts';
import { loadSite } from '../../src/data/site.ts';
import { fold } from '../../src/lib/text.ts';
import { unitName } from '../../src/lib/unit.ts';

const session = browserSession(SITES.hoaAn.out);
const site = loadSite(resolve(FIXTURES.hoaAn));

interface Shown {
  kind: string;
  title: string;
  href: string;
  excerpt: string;
}

async function search(query: string): Promise<Shown[]> {
  const { page, server } = session;
  await page.goto(`${server.origin}/tim-kiem/?q=${encodeURIComponent(query)}`);
  await page.waitForFunction((q) => document.querySelector('#trang-thai-tim-kiem')?.textContent?.includes(`“${q}”`), query, { timeout: 15_000 });
  await page.waitForFunction(() => document.getElementById('tim-kiem')?.getAttribute('aria-busy') !== 'true');
  return page.$$eval('#danh-sach-ket-qua > li', (items) =>
    items.map((li) => ({
      kind: li.querySelector('.result-kind')?.textContent?.trim() ?? '',
      title: li.querySelector('h3')?.textContent?.trim() ?? '',
      href: li.querySelector('h3 a')?.getAttribute('href') ?? '',
      excerpt: li.querySelector('.result-excerpt')?.textContent?.trim() ?? '',
    })),
  );
}

/** Each former name as citizens type it: as written, without marks (d for đ), with its kind, in capitals. */
const QUERIES = site.formerUnits.flatMap((unit) => [unit.name, fold(unit.name), fold(unitName(unit)), unit.name.toUpperCase()]);

describe('a former unit’s name finds the unit it became', () => {
  it('the fixture merges three units, one name with đ, and rivals mention them', () => {
    expect(site.formerUnits.map((u) => u.name)).toEqual(['Bằng Cả', 'Đồng Sơn', 'Hoành Bồ']);
  });

  it.each(QUERIES)('“%s” lists the home page first', async (query) => {
    const results = await search(query);
    const titles = results.map((r) => `${r.href} ${r.title}`).join('\n');
    expect(results.length, titles).toBeGreaterThan(1);
    expect(results[0], titles).toMatchObject({ href: '/', title: site.agency, kind: 'Trang chủ' });
    // The excerpt shows why: the former names, in their own spelling.
    expect(results[0]!.excerpt).toContain(unitName(site.formerUnits.find((u) => fold(query).includes(fold(u.name)))!));
  });

  it('ranks the home page above a news item with the old name in its title', async () => {
    const results = await search('dong son');
    const news = results.findIndex((r) => r.title.includes('xã Đồng Sơn cũ'));
    expect(news, results.map((r) => r.title).join('\n')).toBeGreaterThan(0);
  });

  it('does not put the home page first for a name that is not a former unit', async () => {
    // The province is named on the home page too, but other pages are about it.
    const results = await search('quang ninh');
    expect(results.length).toBeGreaterThan(1);
    expect(results.map((r) => r.href)).toContain('/');
    expect(results[0]!.href).not.toBe('/');
  });
});
