/**
 * Each page carries the stylesheet of every page and only the rules its kind
 * of page draws: the rules of one kind of page live in their own file under
 * src/styles/ and reach only the pages that draw them, so a procedure or a
 * news page (thousands of them) does not carry the search page's or the
 * report's rules. The build joins what a page links into one file, so a
 * page holds its first paint for one stylesheet, not one per chunk.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pageStylesheets } from '../../src/lib/stylesheets.ts';
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
  'lists.css': '/tin-tuc/',
  'tables.css': '/ke-hoach/2024/',
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
    // A list page draws the lists' rules, a page of one entry none of these.
    const drawn: Record<string, string[]> = {
      '/thu-tuc-hanh-chinh/dang-ky-khai-sinh/': [],
      [news!]: [],
      '/tin-tuc/': ['lists.css'],
      '/thu-tuc-hanh-chinh/': ['lists.css'],
    };
    for (const [path, own] of Object.entries(drawn)) {
      const css = linkedCss(path);
      for (const { file, marker } of sections) expect(hasClass(css, marker), `${file} (.${marker}) on ${path}`).toBe(own.includes(file));
    }
  });

  it('links one stylesheet from every page, and publishes no stylesheet that nothing links', () => {
    const linked = new Set<string>();
    // The CMS's page (/admin/) styles itself.
    for (const path of demo.pages().filter((p) => !p.startsWith('/admin/'))) {
      const hrefs = pageStylesheets(demo.html(path));
      expect(hrefs, path).toHaveLength(1);
      linked.add(hrefs[0]!);
    }
    const published = readdirSync(join(demo.dir, '_astro')).filter((f) => f.endsWith('.css'));
    expect(published.map((f) => `/_astro/${f}`).sort()).toEqual([...linked].sort());
    // What the procedure page links starts with the rules every page shares, then adds its own.
    const shared = [...linked].map((href) => demo.html(href)).reduce((a, b) => (a.length <= b.length ? a : b));
    const procedure = linkedCss('/thu-tuc-hanh-chinh/dang-ky-khai-sinh/');
    expect(procedure.startsWith(shared)).toBe(true);
    expect(procedure.length).toBeGreaterThan(shared.length);
  });

  it('links, from every page of every fixture commune, the rules of each class of a section stylesheet the page uses', () => {
    const sectionClasses = new Set(sections.flatMap(({ file }) => classesOf(readFileSync(join(STYLES, file), 'utf8'))).filter((c) => !globalClasses.has(c)));
    for (const [name, built] of Object.entries(SITES)) {
      const site = new BuiltSite(built.out);
      for (const path of site.pages().filter((p) => !p.includes('/admin/'))) {
        const html = site.html(path);
        const used = new Set([...html.matchAll(/\bclass="([^"]*)"/g)].flatMap((m) => m[1]!.split(/\s+/)).filter((c) => sectionClasses.has(c)));
        if (!used.size) continue;
        // Whatever the commune's base path, its stylesheets are under _astro/.
        const css = pageStylesheets(html)
          .map((href) => readFileSync(join(built.out, href.slice(href.indexOf('/_astro/'))), 'utf8'))
          .join('\n');
        for (const c of used) expect(hasClass(css, c), `.${c} on ${name} ${path}`).toBe(true);
      }
    }
  });
});
