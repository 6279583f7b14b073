/**
 * The built pages obey the policy they carry: no script but Pagefind's
 * bundle on the search page and the JSON-LD data block, no inline handlers
 * or <style>, nothing from another host; and the host files ship with them.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from '../../src/lib/security.ts';
import { BuiltSite } from '../support/dist.ts';
import { SITES } from '../support/build.ts';

const sites = [new BuiltSite(SITES.demo.out), new BuiltSite(SITES.lienMinh.out, '/xa-lien-minh/'), new BuiltSite(SITES.demoSubPath.out, '/xa-bang-ca/')];

describe.each(sites)('pages of $base', (site) => {
  const pages = site.pages().filter((p) => !p.includes('/admin/'));

  it('carry the site policy in a <meta> element', () => {
    for (const path of pages) {
      const meta = site.page(path).querySelector('meta[http-equiv="Content-Security-Policy"]');
      expect(meta?.getAttribute('content'), path).toBe(contentSecurityPolicy('meta'));
    }
  });

  it('have no inline script, event handler attribute, javascript: URL or <style> element', () => {
    for (const path of pages) {
      const html = site.html(path);
      for (const tag of html.match(/<script\b[^>]*>/g) ?? []) {
        expect(tag === '<script type="application/ld+json">' || /^<script type="module" src="[^"]+"><\/script>$/.test(`${tag}</script>`), `${path}: ${tag}`).toBe(true);
      }
      expect(html, path).not.toMatch(/<style\b/);
      expect(html, path).not.toMatch(/\son[a-z]+=/);
      expect(html, path).not.toMatch(/(?:href|src)="javascript:/i);
    }
  });

  it('load scripts, styles, images and fonts from their own host only', () => {
    for (const path of pages) {
      const html = site.html(path);
      const external = [...html.matchAll(/<(?:link|img|script|source|iframe|video|audio|object|embed)\b[^>]*?\s(?:href|src|srcset|data)="((?:https?:)?\/\/[^"]+)"[^>]*>/g)]
        .filter((m) => !/rel="(?:canonical|alternate)"/.test(m[0]))
        .map((m) => m[1]);
      expect(external, path).toEqual([]);
      for (const [, css] of html.matchAll(/<link rel="stylesheet" href="([^"]+\.css)"/g)) {
        expect(css!.startsWith(`${site.base}_astro/`), css).toBe(true);
        const text = readFileSync(site.fileFor(css!), 'utf8');
        expect(text, css).not.toMatch(/url\((?:["']?)(?:https?:)?\/\//);
        expect(text, css).not.toMatch(/@import/);
      }
    }
  });
});

it('ships the _headers file at the root of the build', () => {
  expect(readFileSync(join(SITES.demo.out, '_headers'), 'utf8')).toBe(readFileSync('src/static/_headers', 'utf8'));
});
