/**
 * Correct HTML out of the build: html-validate with the repository's
 * .htmlvalidate.json over every page of every built site, and the page
 * furniture every page needs: one h1, a unique title, a meta description and
 * a canonical URL equal to the page's own sitemap entry.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { HtmlValidate, type Message } from 'html-validate';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { BuiltSite } from '../support/dist.ts';
import { QUALITY_SITES, sitemapUrls } from '../support/quality.ts';

const config = JSON.parse(readFileSync('.htmlvalidate.json', 'utf8'));
const validator = new HtmlValidate(config);

const format = (file: string, m: Message) => `${file}:${m.line}:${m.column} ${m.ruleId}: ${m.message}${m.selector ? ` (${m.selector})` : ''}`;

async function validationErrors(dir: string, files: string[]): Promise<string[]> {
  const errors: string[] = [];
  for (const file of files) {
    const report = await validator.validateString(readFileSync(join(dir, file), 'utf8'), file);
    for (const result of report.results) errors.push(...result.messages.filter((m) => m.severity === 2).map((m) => format(file, m)));
  }
  return errors;
}

/** Every HTML file the site publishes, relative to its folder. */
const htmlFilesOf = (dir: string) =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => relative(dir, join(e.parentPath, e.name)));

describe('HTML validation (html-validate)', () => {
  it('keeps the recommended rule set, with only reasoned changes', () => {
    expect(config.extends).toEqual(['html-validate:recommended']);
    // Each change is explained in docs/quality.md; a new one must be too.
    expect(Object.keys(config.rules ?? {}).sort()).toEqual(['long-title', 'no-inline-style', 'valid-id']);
  });

  for (const { name, dir } of QUALITY_SITES) {
    it(`${name}: no validation error on any page`, async () => {
      const files = htmlFilesOf(dir);
      expect(files.length).toBeGreaterThan(10);
      const errors = await validationErrors(dir, files);
      expect(errors.join('\n')).toBe('');
    });
  }

  it('reports invalid markup (the check can fail)', async () => {
    const report = await validator.validateString(
      '<!doctype html><html lang="vi"><head><title>x</title></head><body><main><div><p>a</div><img src="a.jpg"><a href="tel:0203 3690 215">0203 3690 215</a><p id="a">x</p><p id="a">y</p></main></body></html>',
      'bad.html',
    );
    const rules = report.results.flatMap((r) => r.messages.map((m) => m.ruleId));
    expect(rules, rules.join(' ')).toEqual(expect.arrayContaining(['no-implicit-close', 'wcag/h37', 'tel-non-breaking', 'no-dup-id']));
  });
});

describe('every page has one h1, a unique title, a description and its canonical URL', () => {
  for (const { name, dir, base } of QUALITY_SITES) {
    it(name, () => {
      const site = new BuiltSite(dir, base);
      const urls = sitemapUrls(dir);
      expect(urls.length).toBeGreaterThan(10);
      const problems: string[] = [];
      // Every sitemap entry was built; a built page left out of the sitemap (the CMS) keeps out of search engines.
      const listed = new Set(urls.map((u) => new URL(u).pathname));
      for (const path of listed) if (!site.has(path)) problems.push(`${path}: in the sitemap but not built`);
      for (const path of site.pages().filter((p) => !listed.has(p))) {
        const robots = parse(site.html(path)).querySelector('head > meta[name="robots"]')?.getAttribute('content') ?? '';
        if (!robots.includes('noindex')) problems.push(`${path}: not in the sitemap, yet not marked noindex`);
      }
      const titles = new Map<string, string>();
      for (const url of urls) {
        const path = new URL(url).pathname;
        const page = parse(site.html(path));
        const h1 = page.querySelectorAll('h1');
        if (h1.length !== 1 || !h1[0]!.textContent.trim()) problems.push(`${path}: ${h1.length} h1`);
        const title = page.querySelector('head > title')?.textContent.trim() ?? '';
        if (!title) problems.push(`${path}: no title`);
        else if (titles.has(title)) problems.push(`${path}: same title as ${titles.get(title)}: "${title}"`);
        else titles.set(title, path);
        const descriptions = page.querySelectorAll('head > meta[name="description"]');
        if (descriptions.length !== 1 || (descriptions[0]!.getAttribute('content') ?? '').trim().length < 20) problems.push(`${path}: meta description missing or too short`);
        const canonical = page.querySelectorAll('head > link[rel="canonical"]').map((l) => l.getAttribute('href'));
        if (canonical.length !== 1 || canonical[0] !== url) problems.push(`${path}: canonical ${JSON.stringify(canonical)}, expected ${url}`);
      }
      expect(problems.join('\n')).toBe('');
    });
  }

  it('the 404 page has one h1, is kept out of search engines and claims no canonical URL', () => {
    for (const { dir } of QUALITY_SITES) {
      const page = parse(readFileSync(join(dir, '404.html'), 'utf8'));
      expect(page.querySelectorAll('h1')).toHaveLength(1);
      expect(page.querySelector('head > title')?.textContent.trim()).toBeTruthy();
      expect(page.querySelectorAll('head > link[rel="canonical"]')).toHaveLength(0);
      expect(page.querySelector('head > meta[name="robots"]')?.getAttribute('content')).toMatch(/noindex/);
    }
  });
});
