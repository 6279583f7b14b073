/**
 * Issue 20, the plan's pages at scale: a generated commune whose 2024 plan
 * (the demo's eight tasks) has 600 items, built once. The plan page and every
 * report page stay under a fixed weight, each task shows its counts and its
 * newest few items, and every item is on its task's own pages (sizes
 * printed: they are measurements; the bound catches a page that lists every
 * item again). Planted faults show each check can fail.
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TASK_ITEMS_PER_PAGE, TASK_ITEMS_SHOWN } from '../../src/lib/task-items.ts';
import { BUILDS, buildCommune } from '../support/build.ts';
import { BuiltSite } from '../support/dist.ts';
import { listingEvery, lostItems, oversized, PLAN_PAGE_BOUND, planPages, taskPageLinks } from '../support/plan-pages.ts';
import { addPlanItems, makeSyntheticCommune, type SyntheticCommune, type SyntheticItem } from '../support/synthetic-commune.ts';

const ITEMS = 600;
const out = join(BUILDS, 'synthetic-plan-items');
const site = new BuiltSite(out);
let commune: SyntheticCommune;
let items: SyntheticItem[];
const text = (s: string | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
const tasks = () => [...new Set(items.map((i) => i.task))];
const ofTask = (task: string) => items.filter((i) => i.task === task);

beforeAll(() => {
  commune = makeSyntheticCommune(30);
  items = addPlanItems(commune.dir, ITEMS);
  const result = buildCommune(commune.dir, out);
  if (result.status !== 0) throw new Error(`build of the ${ITEMS}-item commune failed:\n${result.output}`);
});
afterAll(() => rmSync(commune.dir, { recursive: true, force: true }));

describe(`the plan's pages with ${ITEMS} items`, () => {
  it(`keeps the plan page and every report page under ${PLAN_PAGE_BOUND} bytes of HTML`, () => {
    const pages = planPages(2024).map((path) => ({ path, html: site.html(path) }));
    console.log(pages.map((p) => `${p.path}: ${Buffer.byteLength(p.html)} B`).join('; '));
    expect(oversized(pages)).toEqual([]);
  });

  it('shows each task its counts and newest items, and links to all of them', () => {
    const plan = site.page('/ke-hoach/2024/');
    for (const task of tasks()) {
      const row = plan.querySelector(`#nhiem-vu-${task}`)!;
      const mine = ofTask(task);
      expect(text(row.querySelector('.task-items')?.previousElementSibling?.text), task).toContain(`${mine.length} sản phẩm`);
      const shown = row.querySelectorAll('.task-items a').map((a) => a.getAttribute('href'));
      const newest = [...mine].sort((a, b) => a.date.localeCompare(b.date)).slice(-TASK_ITEMS_SHOWN);
      expect(shown.length, task).toBe(TASK_ITEMS_SHOWN);
      // The newest by date (items of one day may come in either order).
      expect(
        shown.every((p) => newest.some((n) => n.path === p) || mine.find((m) => m.path === p)!.date === newest[0]!.date),
        task,
      ).toBe(true);
      expect(row.querySelector(`a[href="/ke-hoach/2024/nhiem-vu/${task}/"]`), task).not.toBeNull();
    }
  });

  it("reaches every item from its task's pages, newest first, a page at a time", () => {
    const reached = new Map<string, string[]>();
    for (const task of tasks()) {
      const pages = taskPageLinks(site, `/ke-hoach/2024/nhiem-vu/${task}/`);
      expect(pages.length, task).toBe(Math.ceil(ofTask(task).length / TASK_ITEMS_PER_PAGE));
      for (const page of pages) expect(page.length).toBeLessThanOrEqual(TASK_ITEMS_PER_PAGE);
      const all = pages.flat();
      const dates = all.map((p) => items.find((i) => i.path === p)!.date);
      expect(dates, task).toEqual([...dates].sort().reverse());
      reached.set(task, all);
      for (const path of pages.map((_, n) => `/ke-hoach/2024/nhiem-vu/${task}/${n === 0 ? '' : `trang/${n + 1}/`}`)) {
        expect(Buffer.byteLength(site.html(path)), path).toBeLessThan(PLAN_PAGE_BOUND);
      }
    }
    expect(lostItems(items, reached)).toEqual([]);
    // Each report links the tasks it cuts short to the same pages.
    const year = site.page('/ke-hoach/2024/bao-cao/nam/');
    for (const task of tasks()) expect(year.querySelector(`section[aria-labelledby="chi-tiet-${task}"] a[href="/ke-hoach/2024/nhiem-vu/${task}/"]`), task).not.toBeNull();
  });

  it('planted faults: a page listing every item is too heavy, and a pager that stops early loses items', () => {
    const plan = site.html('/ke-hoach/2024/');
    expect(oversized([{ path: '/ke-hoach/2024/', html: listingEvery(plan, items) }]).map((p) => p.path)).toEqual(['/ke-hoach/2024/']);
    const task = tasks()[0]!;
    const pages = taskPageLinks(site, `/ke-hoach/2024/nhiem-vu/${task}/`);
    const lost = lostItems(ofTask(task), new Map([[task, pages.slice(0, -1).flat()]]));
    expect(lost.sort()).toEqual(
      pages
        .at(-1)!
        .map((p) => `${task}: ${p}`)
        .sort(),
    );
  });
});
