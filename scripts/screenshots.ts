#!/usr/bin/env node
/**
 * node scripts/screenshots.ts
 * Takes the screenshots of docs/huong-dan-bien-tap.md into docs/images/, with
 * the project's own browser tooling (Debian's Chromium via playwright-core,
 * tests/support/browser.ts): the browser CMS at /admin/ of the demo, in a
 * browser set to English, in local-folder mode on a copy of content/, and the terminal output of
 * `npm run check` on a copy of the demo with two mistakes, drawn as a page;
 * and the home page and a procedure page on a 390 × 844 phone, as a citizen
 * first sees them (`node scripts/screenshots.ts --phone` takes only those).
 * Nothing is sent anywhere; requests to other hosts are refused.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../tests/support/browser.ts';
import { fillLocalRepo, pickerAnswersWithOpfs, repoFiles } from '../tests/support/local-repo.ts';
import { serve } from '../src/server/static.ts';
import { childEnv } from '../src/settings/settings.ts';

const root = resolve(import.meta.dirname, '..');
const out = join(root, 'docs/images');
const site = join(root, '.cache/screenshots/site');
const env = childEnv({ today: '2024-12-31' });
const cchc = join(root, 'bin/cchc.mjs');

function run(args: string[], cwd = root): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, args, { cwd, env, encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** The demo built as it is, so the CMS and its config are this checkout's. */
function buildDemo(): void {
  const build = run([cchc, 'build', '--out', site]);
  if (build.status !== 0) throw new Error(`build failed:\n${build.stdout}\n${build.stderr}`);
}

/** `npm run check` on a copy of the demo with a wrong date and a missing image description. */
function checkOutput(): string {
  const project = mkdtempSync(join(tmpdir(), 'cchc-check-'));
  try {
    cpSync(join(root, 'content'), join(project, 'content'), { recursive: true });
    const article = join(project, 'content/news/huong-dan-nop-ho-so-truc-tuyen.md');
    const text = readFileSync(article, 'utf8')
      .replace(/^date: .*$/m, 'date: 31/02/2024')
      .replace(/^ {2}alt: >-\n(?: {4}.*\n)+/m, '');
    writeFileSync(article, text);
    // Run from the copy, so the report names content/news/… as a clerk would see it.
    const check = run([cchc, 'check', '--content', 'content'], project);
    if (check.status !== 1) throw new Error(`expected check to fail, got ${check.status}:\n${check.stdout}${check.stderr}`);
    return `$ npm run check\n\n${check.stdout.trimEnd()}\n$ `;
  } finally {
    rmSync(project, { recursive: true, force: true });
  }
}

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A terminal window around the output; LỖI in red, CẢNH BÁO in yellow, as a clerk's terminal shows them. */
function terminalPage(output: string): string {
  const lines = output.split('\n').map((line) => {
    const html = escapeHtml(line);
    if (line.startsWith('LỖI')) return `<span class="error">${html}</span>`;
    if (line.startsWith('CẢNH BÁO')) return `<span class="warning">${html}</span>`;
    if (line.startsWith('$')) return `<span class="prompt">${html}</span>`;
    return html;
  });
  return `<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8"><title>npm run check</title>
<style>
  body { margin: 0; padding: 24px; background: #e9ecef; font-family: "DejaVu Sans", sans-serif; }
  .window { max-width: 1100px; border-radius: 8px; overflow: hidden; box-shadow: 0 4px 16px rgb(0 0 0 / 25%); }
  .bar { background: #3a3f44; color: #ddd; padding: 8px 14px; font-size: 14px; }
  pre { margin: 0; padding: 16px 18px; background: #1e1f22; color: #e6e6e6; font: 16px/1.5 "DejaVu Sans", sans-serif; /* the mono fonts here lack precomposed Vietnamese letters */ white-space: pre-wrap; }
  .error { color: #ff6b6b; font-weight: bold; }
  .warning { color: #f5c542; font-weight: bold; }
  .prompt { color: #8fd18f; }
</style></head>
<body><div class="window"><div class="bar">Cửa sổ dòng lệnh — thư mục cong-cchc</div><pre>${lines.join('\n')}</pre></div></body></html>`;
}

/** Scroll the editor pane down until a field is rendered (the CMS renders fields as they come into view), then put it at the top. */
async function scrollToField(page: Page, keyPath: string): Promise<void> {
  const selector = `section[data-key-path="${keyPath}"]`;
  await page.locator('section[data-key-path]').first().waitFor();
  for (let i = 0; i < 60 && !(await page.locator(selector).count()); i++) {
    await page.evaluate(() => {
      let pane: HTMLElement | null = document.querySelector('section[data-key-path]');
      while (pane && pane.scrollHeight <= pane.clientHeight + 1) pane = pane.parentElement;
      pane?.scrollBy(0, 400);
    });
    await page.waitForTimeout(100);
  }
  await page
    .locator(selector)
    .first()
    .evaluate((node) => node.scrollIntoView({ block: 'start' }));
}

async function shoot(page: Page, name: string): Promise<void> {
  await page.waitForTimeout(600); // let the CMS finish its transitions
  await page.screenshot({ path: join(out, name) });
  console.log(`docs/images/${name}`);
}

/** The first screen of the home page and of a procedure page on a 390 × 844 phone. */
async function phonePages(browser: Browser, origin: string): Promise<void> {
  const phone = await browser.newContext({ locale: 'vi-VN', viewport: { width: 390, height: 844 } });
  await phone.route(
    (url) => !['127.0.0.1', 'localhost'].includes(url.hostname),
    (route) => route.abort(),
  );
  const page = await phone.newPage();
  for (const [path, name] of [
    ['/', 'trang-chu-390.png'],
    ['/thu-tuc-hanh-chinh/dang-ky-khai-sinh/', 'thu-tuc-390.png'],
  ] as const) {
    await page.goto(`${origin}${path}`);
    await page.screenshot({ path: join(out, name) });
    console.log(`docs/images/${name}`);
  }
  await phone.close();
}

async function main(): Promise<void> {
  mkdirSync(out, { recursive: true });
  if (process.argv.includes('--phone')) {
    buildDemo();
    const server = await serve(site);
    const browser = await launchBrowser();
    try {
      await phonePages(browser, server.origin);
    } finally {
      await browser.close();
      await server.close();
    }
    return;
  }
  const terminal = terminalPage(checkOutput());
  buildDemo();

  const server = await serve(site);
  // A browser in English, as many clerks' are: the CMS is still Vietnamese, with the commune's
  // name and logo, and its date fields read ngày/tháng/năm (src/cms/admin-script.js).
  const browser = await launchBrowser(['--lang=en-US']);
  try {
    const context = await browser.newContext({ locale: 'en-US', viewport: { width: 1280, height: 800 } });
    await context.route(
      (url) => !['127.0.0.1', 'localhost'].includes(url.hostname) && !['data:', 'blob:'].includes(url.protocol),
      (route) => (route.request().url().startsWith('https://www.githubstatus.com/') ? route.fulfill({ json: { status: { indicator: 'none' } } }) : route.abort()),
    );
    await pickerAnswersWithOpfs(context);
    const page = await context.newPage();
    const admin = (hash = '') => `${server.origin}/admin/${hash}`;

    // 1. The sign-in page, with the local-folder button.
    await page.goto(admin());
    const local = page.getByRole('button', { name: 'Làm việc với kho mã nguồn cục bộ' });
    await local.waitFor();
    await shoot(page, 'cms-dang-nhap.png');

    // 2. The collections, after picking the repository's folder.
    await fillLocalRepo(page, repoFiles(root, ['content']));
    await local.click();
    await page.getByRole('tree', { name: 'Danh sách chuyên mục' }).waitFor();
    await shoot(page, 'cms-chuyen-muc.png');

    // 3. A new article, half filled in.
    await page.goto(admin('#/collections/news/new'));
    await page.locator('[data-key-path="title"] input').fill('Xã ra mắt Tổ công nghệ số cộng đồng');
    await page.locator('[data-key-path="date"] input[inputmode=numeric]').fill('15/10/2024');
    await page.locator('[data-key-path="summary"] textarea').fill('Tổ công nghệ số cộng đồng của 8 thôn hướng dẫn người dân cài đặt VNeID và nộp hồ sơ trực tuyến.');
    await page.locator('[data-key-path="topics"] [role=combobox]').first().click();
    await page.getByRole('option', { name: 'Chuyển đổi số' }).click();
    await page.locator('[data-key-path="title"] input').click();
    // The preview pane, drawn with the portal's stylesheet, has the day as typed.
    await page.frameLocator('iframe').getByText('15/10/2024').first().waitFor();
    await shoot(page, 'cms-tin-moi.png');

    // 4. A procedure, at its publishing decision and status (a new tab: the article above stays an unsaved draft).
    const procedure = await context.newPage();
    await page.close();
    await procedure.goto(admin('#/collections/procedures/entries/dang-ky-khai-sinh'));
    await scrollToField(procedure, 'decision');
    await shoot(procedure, 'cms-thu-tuc.png');

    // 5. A new event, choosing the plan task it carries out.
    await procedure.goto(admin('#/collections/events/new'));
    await procedure.locator('[data-key-path="title"] input').fill('Hội nghị đối thoại với doanh nghiệp quý IV/2024');
    await scrollToField(procedure, 'kind');
    await procedure.locator('section[data-key-path="task"] [role=combobox]').first().click();
    await procedure.getByRole('option', { name: /^2024 – 4\./ }).waitFor();
    await shoot(procedure, 'cms-su-kien.png');

    // 6. A check error, as the terminal shows it.
    const terminalPageHandle = await browser.newPage({ viewport: { width: 1150, height: 200 } });
    await terminalPageHandle.setContent(terminal);
    await terminalPageHandle.locator('.window').screenshot({ path: join(out, 'check-loi.png') });
    console.log('docs/images/check-loi.png');

    // 7. The citizen's first screen on a phone.
    await phonePages(browser, server.origin);
  } finally {
    await browser.close();
    await server.close();
  }
}

await main();
