/**
 * The clerk's whole path in the browser CMS, in real Chromium set to English
 * (`--lang=en-US`, an en-US context), on a real build of a copy of a fixture:
 * the sign-in page with the commune's name and logo; the local-folder mode
 * (no Git server can run here: the File System Access API answered from the
 * browser's private file system, tests/support/local-repo.ts; the generated
 * Git backend is tested in tests/unit/cms-config.test.ts); a new article with
 * a cover, its date typed as ngày/tháng/năm, the preview drawn with the
 * portal's own stylesheet; saved; the file passes `cchc check`, builds, and
 * is on the site at the address the CMS links to.
 */
import { spawnSync } from 'node:child_process';
import { appendFileSync, copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cmsConfig } from '../../src/cms/config.ts';
import { loadSite } from '../../src/data/site.ts';
import { adminUi } from '../../src/i18n/cms.ts';
import { pageStylesheets } from '../../src/lib/stylesheets.ts';
import { parseMarkdown } from '../../src/readers/front-matter.ts';
import { serve, type RunningServer } from '../../src/server/static.ts';
import { launchBrowser } from '../support/browser.ts';
import { buildCommune, buildEnv } from '../support/build.ts';
import { englishLocale, flattenLocale } from '../../src/cms/locale.ts';
import { sveltiaRoot } from '../../src/integrations/admin.ts';
import { englishIn, vocabulary } from '../support/english.ts';
import { FIXTURES } from '../support/fixtures.ts';
import { fillLocalRepo, pickerAnswersWithOpfs, readLocalRepo, repoFiles, writeRepoFiles } from '../support/local-repo.ts';

const LOCAL_MODE = 'Làm việc với kho mã nguồn cục bộ';
const TITLE = 'Xã ra mắt Tổ công nghệ số cộng đồng';
const SLUG = 'xa-ra-mat-to-cong-nghe-so-cong-dong';
const english = vocabulary(flattenLocale(englishLocale(sveltiaRoot())).values());

/** English in what the page shows: its text, and the labels, titles and placeholders of its controls. */
async function englishOnScreen(page: Page): Promise<string[]> {
  // One snapshot of the page: read apart, an icon the CMS draws between the two reads would be taken for words.
  const { texts, icons } = await page.evaluate(() => {
    // Off-screen and hidden from assistive technology (the CMS's font preloader, "Loading Sveltia UI", at -99999px): no clerk meets it.
    const unseen = (el: Element) => el.closest('[aria-hidden="true"]') !== null && el.getBoundingClientRect().right < 0;
    const hidden = [...document.querySelectorAll('[aria-hidden="true"]')].filter(unseen) as HTMLElement[];
    const saved = hidden.map((el) => el.style.display);
    for (const el of hidden) el.style.display = 'none';
    // biome-ignore lint/performance/useDomNodeTextContent: the text as rendered (what the clerk sees), not hidden nodes
    const text = document.body.innerText;
    hidden.forEach((el, i) => {
      el.style.display = saved[i]!;
    });
    return {
      texts: [
        text,
        ...[...document.querySelectorAll('[aria-label], [title], [placeholder]')].flatMap((el) =>
          ['aria-label', 'title', 'placeholder'].map((name) => el.getAttribute(name) ?? ''),
        ),
      ],
      // Icons are ligatures of the icon font (open_in_new, add): names, not words the clerk reads.
      icons: [...document.querySelectorAll('.material-symbols-outlined')].map((el) => el.textContent ?? ''),
    };
  });
  return texts.flatMap((text) =>
    englishIn(
      icons.reduce((t, icon) => (icon ? t.split(icon).join(' ') : t), text),
      english,
    ),
  );
}

describe('the clerk path in the browser CMS', () => {
  // Inside the repository, so the config's folders (relative to it) name the copy.
  mkdirSync(resolve('.cache'), { recursive: true });
  const project = mkdtempSync(resolve('.cache/clerk-path-'));
  const content = join(project, 'content');
  /** The content folder as the CMS sees it, inside the repository it opens. */
  const contentInRepo = relative(process.cwd(), content).split('\\').join('/');
  const out = join(project, 'dist');
  let server: RunningServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  const problems: string[] = [];
  const external: string[] = [];

  beforeAll(async () => {
    cpSync(FIXTURES.bangCa, content, { recursive: true });
    // The commune's own logo, a file of its content folder.
    copyFileSync(join(content, 'news/images/bo-phan-mot-cua-cai-tien.jpg'), join(content, 'logo.jpg'));
    appendFileSync(join(content, 'site.yaml'), '\nlogo: logo.jpg\n');
    const build = buildCommune(content, out);
    expect(build.status, build.output).toBe(0);
    server = await serve(out, '/');
    browser = await launchBrowser(['--lang=en-US']);
    context = await browser.newContext({ locale: 'en-US', viewport: { width: 1280, height: 900 } });
    await context.route(
      (url) => !['127.0.0.1', 'localhost'].includes(url.hostname) && !['data:', 'blob:'].includes(url.protocol),
      (route) => {
        external.push(route.request().url());
        return route.abort();
      },
    );
    await pickerAnswersWithOpfs(context);
    page = await context.newPage();
    const blobMiss = 'net::ERR_FILE_NOT_FOUND';
    page.on('console', (m) => m.type() === 'error' && !m.text().endsWith(blobMiss) && problems.push(`console: ${m.text()}`));
    page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
    page.on('response', (r) => r.status() >= 400 && problems.push(`${r.status()}: ${r.url()}`));
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    rmSync(project, { recursive: true, force: true });
  });

  it('signs in on a page with the commune\u2019s name and logo, not the CMS\u2019s', async () => {
    await page.goto(`${server.origin}/admin/`);
    await page.getByRole('button', { name: LOCAL_MODE }).waitFor();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Biên tập xã Bằng Cả');
    // The site's own logo, published once at its root (src/data/logo.ts): the same file the pages' header shows.
    const logo = page.locator('img[src="/logo.jpg"]').first();
    await logo.waitFor();
    expect(await logo.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
    expect(readFileSync(join(out, 'logo.jpg'))).toEqual(readFileSync(join(content, 'logo.jpg')));
    // The CMS's own logo is an inline SVG data: address; it is nowhere on the page.
    expect(await page.locator('img[src^="data:image/svg+xml"]').count()).toBe(0);
    expect(await englishOnScreen(page)).toEqual([]);
  });

  it('shows the same logo in the header of the site\u2019s pages, instead of the name\u2019s initials', () => {
    for (const page of ['index.html', 'lien-he/index.html']) {
      const html = readFileSync(join(out, page), 'utf8');
      expect(html, page).toContain('<img class="brand-mark" src="/logo.jpg" alt="">');
      expect(html, page).not.toContain('brand-initials');
    }
  });

  it('takes the date as ngày/tháng/năm in an English browser, refuses a day that does not exist, and previews in the portal\u2019s style', async () => {
    await fillLocalRepo(page, repoFiles(process.cwd(), [contentInRepo]));
    await page.getByRole('button', { name: LOCAL_MODE }).click();
    await page.getByRole('tree', { name: 'Danh sách chuyên mục' }).waitFor();
    await page.goto(`${server.origin}/admin/#/collections/news`);
    await page.getByRole('button', { name: 'Lưu', exact: true }).waitFor({ state: 'detached' });
    await page.waitForTimeout(500);
    // Not even the CMS's offer, in the browser's English, to switch to English. Polled after the pause: on a
    // loaded machine the list may still be settling; a word still on screen when the poll gives up fails.
    await expect.poll(() => englishOnScreen(page), { timeout: 15_000 }).toEqual([]);
    await page.goto(`${server.origin}/admin/#/collections/news/new`);
    await page.locator('[data-key-path="title"] input').fill(TITLE);
    const date = page.locator('[data-key-path="date"] input[inputmode=numeric]');
    expect(await date.getAttribute('placeholder')).toBe(adminUi.datePlaceholder);
    await date.fill('05/12/2024');
    await page.locator('[data-key-path="summary"] textarea').fill('Tổ công nghệ số cộng đồng hướng dẫn người dân dùng dịch vụ công trực tuyến.');
    await page.locator('[data-key-path="topics"] [role=combobox]').first().click();
    await page.getByRole('option', { name: 'Chuyển đổi số' }).click();
    await page.locator('[data-key-path="cover"] [role=checkbox]').first().click();
    await page
      .locator('[data-key-path="cover.src"] input[type=file]')
      .first()
      .setInputFiles({ name: 'to-cong-nghe-so.jpg', mimeType: 'image/jpeg', buffer: readFileSync(join(content, 'news/images/bo-phan-mot-cua-cai-tien.jpg')) });
    await page.locator('[data-key-path="cover.alt"] textarea').fill('Thành viên Tổ công nghệ số hướng dẫn người dân trên điện thoại');

    // The preview: an iframe with the built site's stylesheet, which sets what only the portal's CSS sets.
    const stylesheet = pageStylesheets(readFileSync(join(out, 'index.html'), 'utf8'))[0]!;
    const brand = /--c-brand:([^;}]+)/.exec(readFileSync(join(out, stylesheet), 'utf8'))![1];
    const preview = page.locator('iframe').first();
    await preview.waitFor();
    const frame = (await preview.elementHandle())!.contentFrame();
    await expect.poll(async () => (await frame)?.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--c-brand').trim())).toBe(brand);
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--c-brand'))).toBe('');
    expect(
      await (await frame)!.evaluate((href) => [...document.querySelectorAll('link[rel=stylesheet]')].some((l) => (l as HTMLLinkElement).href.endsWith(href)), stylesheet),
    ).toBe(true);
    // The day as typed, not as the browser's language would write it.
    // biome-ignore lint/performance/useDomNodeTextContent: the text as rendered in the preview
    await expect.poll(async () => (await frame)!.evaluate(() => document.body.innerText)).toContain('05/12/2024');
    expect(await englishOnScreen(page)).toEqual([]);

    // 31/02 is no day: the save is refused with the reason, in Vietnamese.
    await date.fill('31/02/2024');
    await page.getByRole('button', { name: 'Lưu', exact: true }).click();
    await page.getByText(adminUi.dateInvalid).first().waitFor();
    await date.fill('05/12/2024');
    await page.getByRole('button', { name: 'Lưu', exact: true }).click();
    const file = `${contentInRepo}/news/${SLUG}.md`;
    await expect.poll(async () => (await readLocalRepo(page, `${contentInRepo}/news`)).map((f) => f.path), { timeout: 10_000 }).toContain(file);
    expect(problems).toEqual([]);
    expect(external).toEqual([]);
  });

  it('wrote a file that passes `cchc check`, builds, and is published where the CMS links to', async () => {
    const written = await readLocalRepo(page, contentInRepo);
    const article = written.find((f) => f.path === `${contentInRepo}/news/${SLUG}.md`)!;
    const data = parseMarkdown(Buffer.from(article.base64, 'base64').toString('utf8'))!.data as Record<string, unknown>;
    expect(data).toMatchObject({ title: TITLE, date: '2024-12-05', topics: ['chuyen-doi-so'], cover: { src: './images/to-cong-nghe-so.jpg' } });
    // What the CMS wrote, back on disk as a commit would bring it.
    writeRepoFiles(process.cwd(), written);
    const check = spawnSync(process.execPath, [resolve('bin/cchc.mjs'), 'check', '--content', content], { encoding: 'utf8', env: buildEnv() });
    expect(check.status, `${check.stdout}\n${check.stderr}`).toBe(0);

    const site = loadSite(content);
    const config = cmsConfig({ site, contentDir: content }) as { site_url: string; collections: { name: string; preview_path?: string }[] };
    const link = new URL(config.collections.find((c) => c.name === 'news')!.preview_path!.replace('{{slug}}', SLUG), config.site_url);
    expect(link.href).toBe(`https://bangca.example.gov.vn/tin-tuc/${SLUG}/`);
    // The saved article's "Xem trên trang web" opens that address.
    await page.goto(`${server.origin}/admin/#/collections/news/entries/${SLUG}`);
    await page.evaluate(() => {
      window.open = (url) => {
        document.documentElement.dataset.opened = String(url);
        return null;
      };
    });
    await page.getByRole('button', { name: 'Xem trên trang web' }).click();
    expect(await page.getAttribute('html', 'data-opened')).toBe(link.href);

    const rebuilt = join(project, 'dist2');
    const build = buildCommune(content, rebuilt);
    expect(build.status, build.output).toBe(0);
    const pageFile = join(rebuilt, link.pathname, 'index.html');
    expect(existsSync(pageFile)).toBe(true);
    const html = readFileSync(pageFile, 'utf8');
    expect(html).toContain(TITLE);
    expect(html).toMatch(/<time[^>]*datetime="2024-12-05"/);
    expect(html).toContain('Thành viên Tổ công nghệ số hướng dẫn người dân trên điện thoại');
    // Listed with the news.
    expect(readFileSync(join(rebuilt, 'tin-tuc/index.html'), 'utf8')).toContain(`/tin-tuc/${SLUG}/`);
  }, 180_000);
});
