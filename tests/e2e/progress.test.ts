/**
 * The district's path in real Chromium: home → the plan's progress → the
 * quý II report, which prints on A4 without the menu and without spilling
 * past the page's width, and whose CSV downloads as UTF-8 with a BOM.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SITES } from '../support/build.ts';
import { launchBrowser, recordProblems } from '../support/browser.ts';
import { serve, type RunningServer } from '../support/static-server.ts';

let server: RunningServer;
let browser: Browser;
let page: Page;
let problems: string[] = [];

beforeAll(async () => {
  server = await serve(SITES.demo.out);
  browser = await launchBrowser();
  page = await browser.newPage();
  problems = recordProblems(page);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** A4 is 210 mm wide; with the stylesheet's 15 mm margins, 180 mm ≈ 680 CSS px remain. */
const A4_CONTENT_WIDTH = Math.floor((180 / 25.4) * 96);

describe('plan progress and a period report in Chromium', () => {
  it('goes from home to the plan’s progress table', async () => {
    await page.goto(`${server.origin}/`);
    await expect(page.locator('#ke-hoach ~ .table-scroll').getByText('Chậm tiến độ').count()).resolves.toBeGreaterThan(0);
    await page.locator('#ke-hoach ~ p a').first().click();
    await page.waitForURL('**/ke-hoach/2024/');
    const table = page.getByRole('table', { name: /Tiến độ từng nhiệm vụ theo kỳ/ });
    await expect(table.isVisible()).resolves.toBe(true);
    await expect(table.locator('tbody tr').count()).resolves.toBe(8);
  });

  it('opens the quý II report from the table’s column heading', async () => {
    await page.getByRole('table', { name: /Tiến độ từng nhiệm vụ theo kỳ/ }).getByRole('link', { name: 'Quý II', exact: true }).click();
    await page.waitForURL('**/ke-hoach/2024/bao-cao/quy-2/');
    await expect(page.locator('h1').textContent()).resolves.toContain('quý II năm 2024');
    expect(await page.locator('h1').count()).toBe(1);
    await expect(page.getByRole('heading', { name: 'Nhiệm vụ chậm tiến độ, quá hạn' }).isVisible()).resolves.toBe(true);
  });

  it('prints on A4: no menu, search or download links, nothing wider than the page', async () => {
    await page.setViewportSize({ width: A4_CONTENT_WIDTH, height: 1000 });
    await page.emulateMedia({ media: 'print' });
    for (const hidden of ['nav.nav', '.search-form', '.no-print', 'footer']) {
      await expect(page.locator(hidden).first().isVisible(), hidden).resolves.toBe(false);
    }
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    const tableWidth = (await page.locator('.report-table').boundingBox())!.width;
    expect(tableWidth).toBeLessThanOrEqual(A4_CONTENT_WIDTH);
    const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    await page.emulateMedia({ media: 'screen' });
    await page.setViewportSize({ width: 1280, height: 720 });
  });

  it('downloads the CSV with a byte-order mark and Vietnamese text intact', async () => {
    const href = await page.getByRole('link', { name: 'Tệp CSV (mở bằng Excel)' }).getAttribute('href');
    const body = await (await page.request.get(new URL(href!, page.url()).href)).body();
    expect([...body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(body.toString('utf8')).toContain('Đối thoại với hộ sản xuất kinh doanh');
  });

  it('logged no console errors or HTTP errors', () => {
    expect(problems).toEqual([]);
  });
});
