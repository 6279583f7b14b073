/**
 * The browser CMS at /admin/ of the built demo, in real Chromium on
 * 127.0.0.1: Vietnamese interface (in a browser set to English), nothing
 * loaded from another host, the local-folder mode on a copy of the
 * repository (see tests/support/local-repo.ts), the five collections, and a
 * new article written by the CMS that passes the same checks as the build.
 * It runs at the domain root and under a sub-path, served with the headers
 * of src/static/_headers, so the CMS's own Content-Security-Policy is exercised.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backendFor, CMS_COLLECTIONS } from '../../src/cms/config.ts';
import { loadSite } from '../../src/data/site.ts';
import { adminContentSecurityPolicy, adminGitHosts } from '../../src/lib/security.ts';
import { collectionText } from '../../src/i18n/cms.ts';
import { parseMarkdown } from '../../src/readers/front-matter.ts';
import { validateContent } from '../../src/validation/validate-content.ts';
import { launchBrowser } from '../support/browser.ts';
import { SITES } from '../support/build.ts';
import { fillLocalRepo, pickerAnswersWithOpfs, readLocalRepo, repoFiles, writeRepoFiles } from '../support/local-repo.ts';
import { headersFromFile, serve, type RunningServer } from '../../src/server/static.ts';

const LOCAL_MODE = 'Làm việc với kho mã nguồn cục bộ';
/** The demo's content folder, relative to the repository root: where the built config points the CMS. */
const CONTENT = SITES.demo.content;
const RUNS = [
  { name: 'at the domain root', out: SITES.demo.out, base: '/' },
  { name: 'under the sub-path /xa-bang-ca/', out: SITES.demoSubPath.out, base: '/xa-bang-ca/' },
];

describe.each(RUNS)('the browser CMS at /admin/ $name', ({ out, base }) => {
  let server: RunningServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  /** Requests to another host: answered by nobody (aborted) and recorded. */
  const external: string[] = [];
  /** Every request the page makes, as the browser sent it. */
  const requested: string[] = [];
  const problems: string[] = [];
  const admin = (hash = '') => `${server.origin}${base}admin/${hash}`;

  async function openAdmin() {
    await page.goto(admin());
    await page.getByRole('button', { name: LOCAL_MODE }).waitFor();
  }

  beforeAll(async () => {
    server = await serve(out, base, { headers: headersFromFile('src/static/_headers') });
    browser = await launchBrowser();
    // An English browser: the interface must still come up in Vietnamese.
    context = await browser.newContext({ locale: 'en-US', viewport: { width: 1280, height: 900 } });
    await context.route(
      (url) => !['127.0.0.1', 'localhost'].includes(url.hostname) && !['data:', 'blob:'].includes(url.protocol),
      (route) => {
        const url = route.request().url();
        external.push(url);
        return route.abort();
      },
    );
    await pickerAnswersWithOpfs(context);
    page = await context.newPage();
    page.on('request', (r) => requested.push(r.url()));
    // After saving, the CMS drops the in-memory preview of an upload (a blob: URL) that the
    // editor still shows for a moment; that one miss is the CMS's own and harmless.
    const blobMiss = 'net::ERR_FILE_NOT_FOUND';
    page.on('console', (m) => m.type() === 'error' && !m.text().endsWith(blobMiss) && problems.push(`console: ${m.text()}`));
    page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
    page.on('response', (r) => r.status() >= 400 && problems.push(`${r.status()}: ${r.url()}`));
    page.on('requestfailed', (r) => {
      const error = r.failure()?.errorText;
      if (r.url().startsWith('blob:') && error === blobMiss) return;
      // A navigation cancels the previous page's pending requests (ERR_ABORTED); anything else is a fault.
      if (error !== 'net::ERR_ABORTED') problems.push(`failed: ${r.url()} ${error}`);
    });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('opens in Vietnamese, with its script, fonts and translations from this site only', async () => {
    await openAdmin();
    expect(await page.getAttribute('html', 'lang')).toBe('vi');
    expect(await page.title()).toBe('Biên tập xã Bằng Cả');
    // Icons are a web font: wait until it is loaded from /admin/fonts/.
    expect(await page.evaluate(() => document.fonts.load('24px "Material Symbols Outlined"', 'add').then((f) => f.length))).toBe(1);
    expect(external).toEqual([]);
    expect(problems).toEqual([]);
  });

  it('asks no other origin while loading, and carries its own policy in the page', async () => {
    requested.length = 0;
    await openAdmin();
    // The status poll of GitHub starts with the interface; give it a moment to appear if it would.
    await page.waitForTimeout(1000);
    const origin = new URL(server.origin).origin;
    expect(requested.filter((url) => !url.startsWith('data:') && !url.startsWith('blob:') && new URL(url).origin !== origin)).toEqual([]);
    expect(requested.length).toBeGreaterThan(3);
    const policy = await page.getAttribute('meta[http-equiv="Content-Security-Policy"]', 'content');
    expect(policy).toBe(adminContentSecurityPolicy(adminGitHosts(backendFor(loadSite(CONTENT))), 'meta'));
    expect(policy).toContain("connect-src 'self' data: blob: https://api.github.com");
  });

  it('works on a local copy of the repository and shows its collections, news to plans first', async () => {
    await fillLocalRepo(page, repoFiles(process.cwd(), [CONTENT]));
    await page.getByRole('button', { name: LOCAL_MODE }).click();
    const tree = page.getByRole('tree', { name: 'Danh sách chuyên mục' });
    await tree.getByRole('treeitem').first().waitFor();
    // Each item: its icon (a ligature of the icon font, not text), the label and the number of entries.
    const items = await tree.getByRole('treeitem').evaluateAll((nodes) =>
      nodes.map((node) => {
        const copy = node.cloneNode(true) as HTMLElement;
        for (const icon of copy.querySelectorAll('.material-symbols-outlined')) icon.remove();
        return copy.textContent!.replace(/\s+/g, ' ').trim();
      }),
    );
    const expected = CMS_COLLECTIONS.map(({ name }) => {
      const folder = join(CONTENT, name);
      const files = existsSync(folder) ? readdirSync(folder).filter((f) => f.endsWith('.md') && !f.startsWith('_')) : [];
      return `${collectionText[name]!.label} ${files.length}`;
    });
    expect(items).toEqual(expected);
    expect(items.slice(0, 5).map((i) => i.replace(/ \d+$/, ''))).toEqual(['Tin tức', 'Thủ tục hành chính', 'Sự kiện', 'Biểu dương', 'Kế hoạch']);
    expect(external).toEqual([]);
    expect(problems).toEqual([]);
  });

  it('lists the plan tasks by year and number for an article to count toward', async () => {
    await page.goto(admin('#/collections/news/entries/huong-dan-nop-ho-so-truc-tuyen'));
    const task = page.locator('[data-key-path="task"] [role=combobox]').first();
    // biome-ignore lint/performance/useDomNodeTextContent: Playwright's innerText(), the text as rendered, not the DOM property
    await expect.poll(() => task.innerText()).toMatch(/^2024 · nhiệm vụ 3 · [^:]+: Tiếp tục duy trì trang mạng xã hội/);
  });

  /** Validate the CMS's copy of the content exactly as `npm run check` and the build would. */
  async function checkWhatTheCmsWrote() {
    const written = await readLocalRepo(page, CONTENT);
    const copy = mkdtempSync(join(tmpdir(), 'cchc-cms-'));
    writeRepoFiles(copy, written);
    const { findings, entries } = await validateContent(join(copy, CONTENT), { projectRoot: resolve('.') });
    expect(findings.filter((f) => f.severity === 'error')).toEqual([]);
    return { written, entries };
  }

  it('saves the plan (tasks with seven kinds of timing) and a procedure in a form the schemas accept', async () => {
    for (const entry of ['plans/entries/2024', 'procedures/entries/dang-ky-khai-sinh']) {
      await page.goto(admin(`#/collections/${entry}`));
      // Edit one field, so there is something to save.
      const field = page.locator(entry.startsWith('plans') ? '[data-key-path="issuer"] input' : '[data-key-path="agency"] input').first();
      await field.waitFor();
      await field.fill(`${await field.inputValue()} `);
      await page.getByRole('button', { name: 'Lưu', exact: true }).click();
      // Saved: the editor closes and the CMS goes back to the list (before the next entry is opened).
      await page.waitForURL((url) => !url.hash.includes('/entries/'));
      await page.getByRole('button', { name: 'Lưu', exact: true }).waitFor({ state: 'hidden' });
    }
    const { written } = await checkWhatTheCmsWrote();
    const plan = parseMarkdown(Buffer.from(written.find((f) => f.path === `${CONTENT}/plans/2024.md`)!.base64, 'base64').toString('utf8'))!;
    const original = parseMarkdown(readFileSync(join(CONTENT, 'plans/2024.md'), 'utf8'))!;
    expect((plan.data as { tasks: unknown[] }).tasks).toEqual((original.data as { tasks: unknown[] }).tasks);
  });

  it('writes a new article, with its cover beside it, that passes the build\u2019s checks', async () => {
    await page.goto(admin('#/collections/news/new'));
    await page.locator('[data-key-path="title"] input').fill('Xã ra mắt Tổ công nghệ số cộng đồng');
    // Typed as ngày/tháng/năm in this English browser, saved as YYYY-MM-DD.
    await page.locator('[data-key-path="date"] input[inputmode=numeric]').fill('15/10/2024');
    await page.locator('[data-key-path="summary"] textarea').fill('Tổ công nghệ số cộng đồng hướng dẫn người dân dùng dịch vụ công trực tuyến.');
    await page.locator('[data-key-path="topics"] [role=combobox]').first().click();
    await page.getByRole('option', { name: 'Chuyển đổi số' }).click();
    await page.locator('[data-key-path="task"] [role=combobox]').first().click();
    await page.getByRole('option', { name: /^2024 · nhiệm vụ 2 · / }).click();
    await page.locator('[data-key-path="cover"] [role=checkbox]').first().click();
    await page
      .locator('[data-key-path="cover.src"] input[type=file]')
      .first()
      .setInputFiles({
        name: 'to-cong-nghe-so.jpg',
        mimeType: 'image/jpeg',
        buffer: readFileSync(join(CONTENT, 'news/images/tap-huan-chuyen-doi-so.jpg')),
      });
    await page.locator('[data-key-path="cover.alt"] textarea').fill('Thành viên Tổ công nghệ số hướng dẫn người dân trên điện thoại');
    await page.getByRole('button', { name: 'Lưu', exact: true }).click();

    const file = `${CONTENT}/news/xa-ra-mat-to-cong-nghe-so-cong-dong.md`;
    await expect.poll(async () => (await readLocalRepo(page, `${CONTENT}/news`)).map((f) => f.path), { timeout: 10_000 }).toContain(file);
    const written = await readLocalRepo(page, CONTENT);
    const article = parseMarkdown(Buffer.from(written.find((f) => f.path === file)!.base64, 'base64').toString('utf8'))!;
    expect(article.data).toMatchObject({
      title: 'Xã ra mắt Tổ công nghệ số cộng đồng',
      topics: ['chuyen-doi-so'],
      task: '2024/2',
      date: '2024-10-15',
      cover: { src: './images/to-cong-nghe-so.jpg' },
    });
    expect(written.map((f) => f.path)).toContain(`${CONTENT}/news/images/to-cong-nghe-so.jpg`);

    // What the CMS wrote is what `npm run check` and the build accept.
    const { entries } = await checkWhatTheCmsWrote();
    expect(entries.some((e) => e.slug === 'xa-ra-mat-to-cong-nghe-so-cong-dong')).toBe(true);
    expect(external).toEqual([]);
    expect(problems).toEqual([]);
  });
});
