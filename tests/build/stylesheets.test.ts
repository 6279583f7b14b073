/**
 * Each page carries the stylesheet of every page and only the rules its kind
 * of page draws: the rules of one kind of page live in their own file under
 * src/styles/ and reach only the pages that draw them, so a procedure or a
 * news page (thousands of them) does not carry the search page's or the
 * report's rules.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BuiltSite } from '../support/dist.ts';
import { SITES } from '../support/build.ts';

const demo = new BuiltSite(SITES.demo.out);
const STYLES = resolve(import.meta.dirname, '../../src/styles');

const classesOf = (css: string) => [...css.replace(/\/\*[\s\S]*?\*\//g, '').matchAll(/\.([a-z][\w-]*)/gi)].map((m) => m[1]!);
const globalClasses = new Set(classesOf(readFileSync(join(STYLES, 'global.css'), 'utf8')));

/** The first class a section's rules name that the stylesheet of every page does not: the marker that they are in a stylesheet. */
function markerOf(file: string, css: string): string {
  const own = classesOf(css).find((c) => !globalClasses.has(c));
  if (!own) throw new Error(`${file} names no class of its own`);
  return own;
}

const sections = readdirSync(STYLES)
  .filter((f) => f.endsWith('.css') && f !== 'global.css')
  .map((file) => ({ file, marker: markerOf(file, readFileSync(join(STYLES, file), 'utf8')) }));

/** The page of the demo that draws each section's rules. */
const drawnOn: Record<string, string> = {
  'home.css': '/',
  'search.css': '/tim-kiem/',
  'charts.css': '/chi-so-cchc/pci/',
  'report.css': '/ke-hoach/2024/bao-cao/6-thang/',
  'notice.css': '/thu-tuc-hanh-chinh/dang-ky-khai-sinh/ban-in/',
};

/** The text of every stylesheet the page links. */
function linkedCss(path: string): string {
  const links = demo.page(path).querySelectorAll('link[rel="stylesheet"]');
  expect(links.length, path).toBeGreaterThan(0);
  return links.map((l) => demo.html(l.getAttribute('href')!)).join('\n');
}

const hasClass = (css: string, name: string) => new RegExp(`\\.${name}(?![\\w-])`).test(css);

describe('stylesheets', () => {
  it('names the page that draws each section stylesheet', () => {
    expect(sections.map((s) => s.file).sort()).toEqual(Object.keys(drawnOn).sort());
  });

  it('gives each kind of page its own rules', () => {
    for (const { file, marker } of sections) {
      expect(hasClass(linkedCss(drawnOn[file]!), marker), `${file} (.${marker}) on ${drawnOn[file]}`).toBe(true);
    }
  });

  it('keeps the other kinds’ rules off procedure, news and list pages', () => {
    const news = demo.pages().find((p) => /^\/tin-tuc\/[^/]+\/$/.test(p) && !p.includes('/trang') && !p.includes('/chu-de'));
    expect(news).toBeDefined();
    for (const path of ['/thu-tuc-hanh-chinh/dang-ky-khai-sinh/', news!, '/tin-tuc/', '/thu-tuc-hanh-chinh/']) {
      const css = linkedCss(path);
      for (const { file, marker } of sections) expect(hasClass(css, marker), `${file} (.${marker}) on ${path}`).toBe(false);
    }
  });
});
