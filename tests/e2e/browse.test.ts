/**
 * A citizen's walk through the demo site in real Chromium: home → a
 * procedure → news → the plan, by the links on the page, with no console
 * errors, Vietnamese lang and one h1 per page. The walk runs twice: the site
 * at a domain root and the same site under a sub-path (/xa-bang-ca/), both
 * served with the security headers of src/static/_headers, so anything the
 * Content-Security-Policy blocks shows up as a console error.
 */
import { describe, expect, it } from 'vitest';
import { SITES } from '../support/build.ts';
import { headersFromFile } from '../../src/server/static.ts';
import { browserSession } from '../support/browser-session.ts';
import { ui } from '../../src/i18n/vi.ts';

const RUNS = [
  { name: 'at the domain root', out: SITES.demo.out, base: '/' },
  { name: 'under the sub-path /xa-bang-ca/', out: SITES.demoSubPath.out, base: '/xa-bang-ca/' },
];

describe.each(RUNS)('browsing the demo commune $name', ({ out, base }) => {
  const session = browserSession(out, base, { headers: headersFromFile('src/static/_headers') });
  const home = () => `${session.server.origin}${base}`;

  async function expectWellFormedPage() {
    expect(await session.page.getAttribute('html', 'lang')).toBe('vi');
    expect(await session.page.locator('h1').count()).toBe(1);
    expect((await session.page.title()).length).toBeGreaterThan(5);
  }

  it('opens home with the commune identity, hotline and latest news', async () => {
    await session.page.goto(home());
    await expectWellFormedPage();
    await expect(session.page.locator('h1').textContent()).resolves.toContain('Bằng Cả');
    await expect(session.page.locator('footer').textContent()).resolves.toContain('Đường dây nóng');
    expect(await session.page.locator('#tin-moi ~ ul.cards li').count()).toBeGreaterThan(0);
  });

  it('follows the menu to the procedure list and opens a procedure', async () => {
    await session.page.getByRole('navigation', { name: 'Menu chính' }).getByRole('link', { name: 'Thủ tục hành chính' }).click();
    await session.page.waitForURL('**/thu-tuc-hanh-chinh/');
    await expectWellFormedPage();
    // Listed twice on purpose: among the most-used, and under its field.
    await session.page.getByRole('region', { name: ui.popularProcedures }).getByRole('link', { name: 'Đăng ký khai sinh', exact: true }).click();
    await session.page.waitForURL('**/thu-tuc-hanh-chinh/dang-ky-khai-sinh/');
    await expectWellFormedPage();
    for (const heading of ['Hồ sơ cần chuẩn bị', 'Các bước thực hiện', 'Căn cứ pháp lý']) {
      await expect(session.page.getByRole('heading', { name: heading, level: 2 }).count()).resolves.toBe(1);
    }
    await expect(session.page.getByText('1.001193').first().isVisible()).resolves.toBe(true);
  });

  it('goes to the news and opens an article with its images loaded', async () => {
    await session.page.getByRole('navigation', { name: 'Menu chính' }).getByRole('link', { name: 'Tin tức' }).click();
    await session.page.waitForURL('**/tin-tuc/');
    await expectWellFormedPage();
    const first = session.page.locator('main ul.cards h2 a').first();
    const title = (await first.textContent())!.trim();
    await first.click();
    await expectWellFormedPage();
    await expect(session.page.locator('h1').textContent()).resolves.toBe(title);
    const images = await session.page
      .locator('main img')
      .evaluateAll((imgs) => imgs.map((i) => (i as HTMLImageElement).complete && (i as HTMLImageElement).naturalWidth > 0));
    expect(images.every(Boolean)).toBe(true);
  });

  it('opens the plan, and from the home page’s summary the plan page', async () => {
    await session.page.getByRole('navigation', { name: 'Menu chính' }).getByRole('link', { name: 'Kế hoạch' }).click();
    await session.page.waitForURL('**/ke-hoach/');
    await expectWellFormedPage();
    await session.page.locator('main ul.cards a').first().click();
    await session.page.waitForURL('**/ke-hoach/2024/');
    await expectWellFormedPage();
    expect(await session.page.locator('#phu-luc + .table-scroll tbody tr').count()).toBe(8);
    await session.page.goto(home());
    await session.page.getByRole('region', { name: 'Kế hoạch tuyên truyền CCHC năm 2024' }).getByRole('link', { name: ui.readPlan }).click();
    await session.page.waitForURL('**/ke-hoach/2024/');
    await expect(session.page.locator('#nhiem-vu-4').isVisible()).resolves.toBe(true);
  });

  it('moves focus to the content with the skip link', async () => {
    await session.page.goto(`${home()}lien-he/`);
    await session.page.keyboard.press('Tab');
    await expect(session.page.evaluate(() => document.activeElement?.textContent)).resolves.toBe('Bỏ qua, đến nội dung chính');
    await session.page.keyboard.press('Enter');
    await expect(session.page.evaluate(() => document.activeElement?.id)).resolves.toBe('noi-dung');
  });

  it('submitting the home page’s search goes to /tim-kiem/?q=…', async () => {
    await session.page.goto(home());
    await session.page.getByRole('searchbox', { name: 'Tìm thủ tục, tin tức' }).fill('khai sinh');
    await session.page.keyboard.press('Enter');
    await session.page.waitForURL('**/tim-kiem/?q=khai+sinh');
    await expectWellFormedPage();
    // Pagefind (script and WebAssembly) runs under the Content-Security-Policy and finds the procedure.
    const first = session.page.locator('#danh-sach-ket-qua li a').first();
    await first.waitFor({ timeout: 15_000 });
    expect(await first.getAttribute('href')).toMatch(new RegExp(`^${base}`));
    await expect(session.page.locator('#danh-sach-ket-qua').textContent()).resolves.toContain('Đăng ký khai sinh');
  });

  it('was served with the Content-Security-Policy of src/static/_headers', async () => {
    const response = await session.page.goto(`${home()}thu-tuc-hanh-chinh/`);
    expect(response!.headers()['content-security-policy']).toContain("script-src 'self' 'wasm-unsafe-eval'");
    expect(await session.page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content')).toContain("default-src 'self'");
  });

  it('logged no console errors, failed requests or HTTP errors', () => {
    expect(session.problems).toEqual([]);
  });
});
