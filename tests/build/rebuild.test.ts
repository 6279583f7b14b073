/**
 * A rebuild with nothing changed does nothing and leaves the published site
 * as it is; a changed news item, or --force, builds again. A forced build
 * whose indexed text is unchanged uses the last search index again
 * (src/search/index-cache.ts), the same as a fresh one.
 */
import { spawnSync } from 'node:child_process';
import { appendFileSync, cpSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { bundleDir, fullTextBundleDir, pagesWithWord, readSearchBundle } from '../../src/search/pagefind/bundle.ts';
import { buildCommune, buildEnv } from '../support/build.ts';
import { bundleView } from '../support/search-bundle.ts';

const work = mkdtempSync(join(tmpdir(), 'cchc-rebuild-'));
const content = join(work, 'content');
const out = join(work, 'dist');
cpSync('tests/fixtures/lien-minh-2022', content, { recursive: true });
afterAll(() => rmSync(work, { recursive: true, force: true }));

const SKIPPED = 'không đổi từ lần dựng trước';
/** A bundle's entry file, by inode: a bundle linked back from the cache is the same file, one Pagefind wrote is new. */
const entry = (bundle: string) => statSync(join(bundle, 'pagefind-entry.json')).ino;

describe('rebuilding', () => {
  it('skips a build whose content and code have not changed', () => {
    const first = buildCommune(content, out);
    expect(first.status, first.output).toBe(0);
    expect(first.output).not.toContain(SKIPPED);
    const built = statSync(join(out, 'index.html')).mtimeMs;
    const again = buildCommune(content, out);
    expect(again.status).toBe(0);
    expect(again.output).toContain(SKIPPED);
    expect(statSync(join(out, 'index.html')).mtimeMs).toBe(built);
  });

  it('says so in JSON with --json, for a program to read (stdout holds nothing else)', () => {
    const again = buildCommune(content, out, {}, ['--json']);
    expect(again.status).toBe(0);
    expect(JSON.parse(again.stdout)).toMatchObject({ ok: true, skipped: true, out, searchIndex: null });
  });

  it('builds again when a news item changes, and the page shows the change', () => {
    const news = join(content, 'news', 'hoi-nghi-quan-triet-ke-hoach-cchc-2022.md');
    appendFileSync(news, '\nĐoạn mới thêm để kiểm tra việc dựng lại.\n');
    const result = buildCommune(content, out);
    expect(result.status, result.output).toBe(0);
    expect(result.output).not.toContain(SKIPPED);
    expect(readFileSync(join(out, 'tin-tuc', 'hoi-nghi-quan-triet-ke-hoach-cchc-2022', 'index.html'), 'utf8')).toContain('Đoạn mới thêm để kiểm tra việc dựng lại.');
  });

  it('builds again with CCHC_FORCE_BUILD=1', () => {
    const result = buildCommune(content, out, { CCHC_FORCE_BUILD: '1' });
    expect(result.status).toBe(0);
    expect(result.output).not.toContain(SKIPPED);
  });

  it('builds again with --force, and --json gives the search index it wrote', () => {
    const result = buildCommune(content, out, {}, ['--force', '--json']);
    expect(result.status, result.output).toBe(0);
    const json = JSON.parse(result.stdout);
    expect(json).toMatchObject({ ok: true, skipped: false, out });
    expect(json.searchIndex.pages).toBeGreaterThan(0);
    expect(result.output).toMatch(/page\(s\) built/); // Astro's own log went to stderr, beside the JSON
  });

  it('uses the last search index again when the indexed text is the same, and it is the index a fresh run writes', async () => {
    const result = buildCommune(content, out, {}, ['--force', '--json']);
    expect(result.status, result.output).toBe(0);
    expect(JSON.parse(result.stdout).searchIndex).toMatchObject({ reused: true });
    expect(result.output).toContain('dùng lại chỉ mục của lần dựng trước');
    const fresh = join(work, 'fresh');
    cpSync(out, fresh, { recursive: true });
    rmSync(join(fresh, 'pagefind'), { recursive: true });
    const indexed = spawnSync(process.execPath, ['bin/cchc.mjs', 'search-index', fresh, '--json'], { encoding: 'utf8', env: buildEnv() });
    expect(indexed.status, indexed.stderr).toBe(0);
    expect(JSON.parse(indexed.stdout)).toMatchObject({ reused: false });
    // Both bundles, main and full-text: the same pages, and every word finds the same pages.
    for (const bundle of [bundleDir, fullTextBundleDir]) expect(await bundleView(bundle(out))).toEqual(await bundleView(bundle(fresh)));
  });

  it('uses it again when the pages change but not their indexed text: the site’s description, on the home page', () => {
    const site = join(content, 'site.yaml');
    writeFileSync(site, readFileSync(site, 'utf8').replace('kế hoạch tuyên truyền và tin tức.', 'kế hoạch tuyên truyền, tin tức và sự kiện.'));
    const result = buildCommune(content, out, {}, ['--json']);
    expect(result.status, result.output).toBe(0);
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toContain('tin tức và sự kiện.');
    expect(JSON.parse(result.stdout).searchIndex).toMatchObject({ reused: true });
  });

  it('indexes again when an indexed text changes, and finds the new word; an article’s body is in the full-text bundle only', async () => {
    const mainBefore = entry(bundleDir(out));
    appendFileSync(join(content, 'news', 'hoi-nghi-quan-triet-ke-hoach-cchc-2022.md'), '\nTừ mới quyettamxyz để kiểm tra chỉ mục.\n');
    const result = buildCommune(content, out, {}, ['--json']);
    expect(result.status, result.output).toBe(0);
    expect(JSON.parse(result.stdout).searchIndex).toMatchObject({ reused: false });
    // The kept main bundle is linked back: the same file, not a new one.
    expect(entry(bundleDir(out))).toBe(mainBefore);
    const [index] = (await readSearchBundle(fullTextBundleDir(out))).languages;
    expect(pagesWithWord(index!, 'quyettamxyz').map((page) => page.url)).toEqual([expect.stringContaining('/tin-tuc/hoi-nghi-quan-triet-ke-hoach-cchc-2022/')]);
  });

  it('after a procedure is edited, writes the main bundle again and keeps the full-text one, which holds no procedure', async () => {
    const before = { main: entry(bundleDir(out)), fullText: entry(fullTextBundleDir(out)) };
    appendFileSync(join(content, 'procedures', 'dang-ky-ket-hon.md'), '\nTừ mới thutucxyz để kiểm tra chỉ mục.\n');
    const result = buildCommune(content, out, {}, ['--json']);
    expect(result.status, result.output).toBe(0);
    expect(JSON.parse(result.stdout).searchIndex).toMatchObject({ reused: false });
    // The kept full-text bundle is linked back: the same file, not a new one.
    expect(entry(fullTextBundleDir(out))).toBe(before.fullText);
    expect(entry(bundleDir(out))).not.toBe(before.main);
    const [index] = (await readSearchBundle(bundleDir(out))).languages;
    expect(pagesWithWord(index!, 'thutucxyz').map((page) => page.url)).toEqual([expect.stringContaining('/thu-tuc-hanh-chinh/dang-ky-ket-hon/')]);
  });
});
