/**
 * A rebuild with nothing changed does nothing and leaves the published site
 * as it is; a changed news item, or --force, builds again.
 */
import { appendFileSync, cpSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildCommune } from '../support/build.ts';

const work = mkdtempSync(join(tmpdir(), 'cchc-rebuild-'));
const content = join(work, 'content');
const out = join(work, 'dist');
cpSync('tests/fixtures/lien-minh-2022', content, { recursive: true });
afterAll(() => rmSync(work, { recursive: true, force: true }));

const SKIPPED = 'không đổi từ lần dựng trước';

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
});
