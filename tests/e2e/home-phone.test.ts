/**
 * The home page as a task page on a phone (issue #17, part 3), in real
 * Chromium at 390 × 844 on the demo (xã Bằng Cả, 2024) and the 2026 ward
 * (phường Hòa An): the header and menu leave the first screen to the page;
 * within it a citizen finds a most-used procedure and a number to tap; every
 * target is at least 44 px tall; nothing scrolls sideways; the plan's summary
 * names the plan's own year, and once that year is over its final state
 * (the review found "năm nay" over the 2024 plan, "tính đến ngày 30/11/2026").
 */
import { resolve } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { BUILDS, buildCommune, SITES } from '../support/build.ts';
import { FIXTURES } from '../support/fixtures.ts';
import { browserSession } from '../support/browser-session.ts';
import { loadSite } from '../../src/data/site.ts';
import { telHref } from '../../src/lib/phone.ts';

const PHONE = { width: 390, height: 844 };
/** WCAG 2.5.5's target size, and GOV.UK's. */
const MIN_TARGET = 44;

const RUNS = [
  { name: 'demo (xã Bằng Cả 2024)', site: SITES.demo, planYear: 2024 },
  { name: '2026 ward (phường Hòa An)', site: SITES.hoaAn, planYear: 2026 },
];

/** The element's box in the first screen's coordinates (the page is at its top). */
const box = (locator: Locator) => locator.evaluate((el) => el.getBoundingClientRect().toJSON() as DOMRect);

async function openHome(page: Page, origin: string): Promise<void> {
  await page.setViewportSize(PHONE);
  await page.goto(`${origin}/`);
  await page.evaluate(() => window.scrollTo(0, 0));
}

describe.each(RUNS)('the home page on a 390 × 844 phone: $name', ({ site: built, planYear }) => {
  const session = browserSession(built.out);
  const site = loadSite(resolve(built.content));

  it('keeps the header and the menu within a quarter of the first screen', async () => {
    await openHome(session.page, session.server.origin);
    const nav = await box(session.page.locator('nav.nav'));
    const header = await box(session.page.locator('header.masthead'));
    expect(header.top).toBe(0);
    expect(nav.bottom, `header and menu end at ${nav.bottom} px`).toBeLessThanOrEqual(PHONE.height * 0.25);
    // The menu is one row: every item is reachable (it scrolls sideways), none wraps onto a second line.
    const tops = await session.page.locator('nav.nav li').evaluateAll((items) => items.map((li) => li.getBoundingClientRect().top));
    expect(new Set(tops).size).toBe(1);
  });

  it('shows the logo, or the name’s initials, in the header', async () => {
    await openHome(session.page, session.server.origin);
    const mark = session.page.locator('header .brand-mark');
    await expect(mark.isVisible()).resolves.toBe(true);
    expect(await mark.textContent()).toBe(
      site.name
        .split(' ')
        .map((w) => w[0])
        .join(''),
    );
  });

  it('has one h1, which is not the masthead’s name again', async () => {
    await openHome(session.page, session.server.origin);
    const h1 = session.page.locator('h1');
    expect(await h1.count()).toBe(1);
    expect((await h1.textContent())!.trim()).not.toBe(site.agency);
    expect(await h1.textContent()).toContain(site.name);
  });

  it('puts a most-used procedure and a number to tap within the first screen', async () => {
    await openHome(session.page, session.server.origin);
    const procedure = session.page.getByRole('region', { name: 'Thủ tục thường dùng' }).getByRole('link').first();
    expect((await box(procedure)).bottom).toBeLessThanOrEqual(PHONE.height);
    const call = session.page.locator('main a.call[href^="tel:"]').first();
    expect((await box(call)).bottom).toBeLessThanOrEqual(PHONE.height);
    // Every hotline is a button that dials its own digits.
    const calls = await session.page.locator('main a.call').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    for (const hotline of site.hotlines.filter((h) => h.phone)) expect(calls).toContain(telHref(hotline.phone!));
    const search = session.page.getByRole('search').getByRole('searchbox', { name: 'Tìm thủ tục, tin tức' });
    expect((await box(search)).bottom).toBeLessThanOrEqual(PHONE.height);
  });

  it('makes every task target at least 44 px tall: menu, search, call buttons, most-used procedures', async () => {
    await openHome(session.page, session.server.origin);
    const targets = session.page.locator('nav.nav a, main .search-form input, main .search-form button, main a.call, main .popular a');
    const heights = await targets.evaluateAll((els) => els.map((el) => [el.textContent?.trim() || el.tagName, el.getBoundingClientRect().height] as const));
    expect(heights.length).toBeGreaterThan(10);
    expect(heights.filter(([, h]) => h < MIN_TARGET - 0.5)).toEqual([]);
  });

  it('never scrolls sideways', async () => {
    await openHome(session.page, session.server.origin);
    const { scroll, width } = await session.page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, width: window.innerWidth }));
    expect(scroll).toBeLessThanOrEqual(width);
  });

  it('sums up the plan of its own year, linking to the plan page', async () => {
    await openHome(session.page, session.server.origin);
    const heading = session.page.locator('#ke-hoach');
    expect((await heading.textContent())!.trim()).toBe(`Kế hoạch tuyên truyền CCHC năm ${planYear}`);
    const summary = session.page.getByRole('region', { name: `Kế hoạch tuyên truyền CCHC năm ${planYear}` });
    expect(await summary.locator(`a[href="/ke-hoach/${planYear}/"]`).count()).toBe(1);
    expect(await summary.locator('table').count()).toBe(0);
  });

  it('logged no console errors, failed requests or HTTP errors', () => {
    expect(session.problems).toEqual([]);
  });
});

describe('the home page two years after its plan: the demo built on 30/11/2026', () => {
  const out = resolve(BUILDS, 'demo-2026-11-30');
  beforeAll(() => {
    const result = buildCommune(FIXTURES.bangCa, out, { CCHC_TODAY: '2026-11-30' });
    if (result.status !== 0) throw new Error(`build failed:\n${result.output}`);
  }, 300_000);
  const session = browserSession(out);

  it('names the plan’s year and its final state, not progress “to date”', async () => {
    await openHome(session.page, session.server.origin);
    const summary = session.page.getByRole('region', { name: 'Kế hoạch tuyên truyền CCHC năm 2024' });
    const text = (await summary.textContent())!.replace(/\s+/g, ' ');
    expect(text).toContain('Kết quả cả năm 2024: ');
    expect(text).not.toMatch(/năm nay|tính đến|Tiến độ đến ngày/);
    // The report offered is the whole year's.
    expect(await summary.locator('a[href="/ke-hoach/2024/bao-cao/nam/"]').count()).toBe(1);
  });
});
