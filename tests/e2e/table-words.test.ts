/**
 * Tables on a 390 px phone (issue #17, part 2), in real Chromium: no table
 * cell of any page of the demo or of the grouped-plan fixture
 * (kien-tuong-2024) wraps inside a word; the plan's progress, appendix and
 * report tables fit the screen with each task's text on it. A planted fault (a cell forced to 40 px with
 * overflow-wrap: anywhere, the old body rule) proves the detector sees a break.
 */
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { BUILDS, buildCommune, SITES } from '../support/build.ts';
import { browserSession } from '../support/browser-session.ts';
import { BuiltSite } from '../support/dist.ts';
import { FIXTURES } from '../support/fixtures.ts';
import { brokenWords } from '../support/word-breaks.ts';

const PHONE = { width: 390, height: 844 };
const GROUPED = resolve(BUILDS, 'kien-tuong-2024-tables');

beforeAll(() => {
  const result = buildCommune(FIXTURES.kienTuong, GROUPED);
  if (result.status !== 0) throw new Error(`build of ${FIXTURES.kienTuong} failed:\n${result.output}`);
});

const pagesWithTables = (dir: string) => {
  const site = new BuiltSite(dir);
  return site.pages().filter((path) => site.html(path).includes('<table'));
};

describe.each([
  { name: 'the demo', dir: SITES.demo.out },
  { name: 'the grouped plan (kien-tuong-2024)', dir: GROUPED },
])('tables of $name at 390 px', ({ dir }) => {
  const session = browserSession(dir);

  it('wrap no word inside a table cell, on any page with a table', async () => {
    await session.page.setViewportSize(PHONE);
    const pages = pagesWithTables(dir);
    expect(pages.length).toBeGreaterThan(5);
    const broken: string[] = [];
    for (const path of pages) {
      await session.page.goto(`${session.server.origin}${path}`);
      for (const b of await brokenWords(session.page)) broken.push(`${path}: "${b.word}" in "${b.cell}"`);
    }
    expect(broken).toEqual([]);
  });

  it('shows each task of the plan’s tables with its text inside the screen', async () => {
    await session.page.setViewportSize(PHONE);
    const plans = pagesWithTables(dir).filter((p) => /^\/ke-hoach\/\d{4}\/(bao-cao\/[^/]+\/)?$/.test(p));
    expect(plans.length).toBeGreaterThan(1);
    for (const path of plans) {
      await session.page.goto(`${session.server.origin}${path}`);
      const rows = await session.page.evaluate(() =>
        [...document.querySelectorAll('table:is(.progress, .task-table, .report-table) tbody tr:not(.group-row)')].map((tr) => {
          const text = tr.querySelector('.task-text, .row-lead')!;
          const box = text.getBoundingClientRect();
          return { text: text.textContent!.trim().slice(0, 40), left: box.left, right: box.right, table: tr.closest('table')!.getBoundingClientRect().right };
        }),
      );
      expect(rows.length, path).toBeGreaterThan(0);
      for (const row of rows) {
        expect(row.text.length, `${path}: ${row.text}`).toBeGreaterThan(3);
        expect(row.left, `${path}: ${row.text}`).toBeGreaterThanOrEqual(0);
        expect(row.right, `${path}: ${row.text}`).toBeLessThanOrEqual(PHONE.width);
        expect(row.table, `${path}: the table fits`).toBeLessThanOrEqual(PHONE.width);
      }
    }
  });
});

describe('the detector, in the demo', () => {
  const session = browserSession(SITES.demo.out);

  it('flags a planted fault: a cell squeezed to 40 px that breaks anywhere', async () => {
    await session.page.setViewportSize(PHONE);
    // The plan's appendix: on a phone each task is a card headed by its text.
    await session.page.goto(`${session.server.origin}/ke-hoach/2024/`);
    expect(await brokenWords(session.page)).toEqual([]);
    // Through the CSSOM: the site's Content-Security-Policy refuses an injected <style>.
    await session.page
      .locator('.task-table tbody td')
      .first()
      .evaluate((th: HTMLElement) => {
        th.style.overflowWrap = 'anywhere';
        th.style.width = '40px';
      });
    const broken = await brokenWords(session.page);
    expect(broken.length).toBeGreaterThan(0);
  });
});
