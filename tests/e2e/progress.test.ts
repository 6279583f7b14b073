/**
 * The district's path in real Chromium: home → the plan's progress → the
 * quý II report, which prints on A4 without the menu and without spilling
 * past the page's width, and whose CSV downloads as UTF-8 with a BOM.
 */
import { describe, expect, it } from 'vitest';
import { SITES } from '../support/build.ts';
import { browserSession } from '../support/browser-session.ts';

const session = browserSession(SITES.demo.out);

/** A4 is 210 mm wide; with the stylesheet's 15 mm margins, 180 mm ≈ 680 CSS px remain. */
const A4_CONTENT_WIDTH = Math.floor((180 / 25.4) * 96);

describe('plan progress and a period report in Chromium', () => {
  it('goes from home to the plan’s progress table', async () => {
    await session.page.goto(`${session.server.origin}/`);
    await expect(
      session.page
        .locator('#ke-hoach ~ p')
        .getByText(/1 nhiệm vụ chậm tiến độ/)
        .count(),
    ).resolves.toBe(1);
    await session.page.locator('#ke-hoach ~ p a').first().click();
    await session.page.waitForURL('**/ke-hoach/2024/');
    const table = session.page.getByRole('table', { name: /Tiến độ từng nhiệm vụ theo kỳ/ });
    await expect(table.isVisible()).resolves.toBe(true);
    await expect(table.locator('tbody tr').count()).resolves.toBe(8);
  });

  it('opens the quý II report from the table’s column heading', async () => {
    await session.page
      .getByRole('table', { name: /Tiến độ từng nhiệm vụ theo kỳ/ })
      .getByRole('link', { name: 'Quý II', exact: true })
      .click();
    await session.page.waitForURL('**/ke-hoach/2024/bao-cao/quy-2/');
    await expect(session.page.locator('h1').textContent()).resolves.toContain('quý II năm 2024');
    expect(await session.page.locator('h1').count()).toBe(1);
    await expect(session.page.getByRole('heading', { name: 'Nhiệm vụ chậm tiến độ, quá hạn' }).isVisible()).resolves.toBe(true);
  });

  it('prints on A4: no menu, search or download links, nothing wider than the page', async () => {
    await session.page.setViewportSize({ width: A4_CONTENT_WIDTH, height: 1000 });
    await session.page.emulateMedia({ media: 'print' });
    for (const hidden of ['nav.nav', '.search-form', '.no-print', 'footer']) {
      await expect(session.page.locator(hidden).first().isVisible(), hidden).resolves.toBe(false);
    }
    const overflow = await session.page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    const tableWidth = (await session.page.locator('.report-table').boundingBox())!.width;
    expect(tableWidth).toBeLessThanOrEqual(A4_CONTENT_WIDTH);
    const pdf = await session.page.pdf({ format: 'A4', preferCSSPageSize: true });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    await session.page.emulateMedia({ media: 'screen' });
    await session.page.setViewportSize({ width: 1280, height: 720 });
  });

  it('downloads the CSV with a byte-order mark and Vietnamese text intact', async () => {
    const href = await session.page.getByRole('link', { name: 'Tệp CSV (mở bằng Excel)' }).getAttribute('href');
    const body = await (await session.page.request.get(new URL(href!, session.page.url()).href)).body();
    expect([...body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(body.toString('utf8')).toContain('Đối thoại với hộ sản xuất kinh doanh');
  });

  it('logged no console errors or HTTP errors', () => {
    expect(session.problems).toEqual([]);
  });
});
