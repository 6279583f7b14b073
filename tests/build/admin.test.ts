/**
 * What the build writes for the browser CMS: dist/admin/ with the generated
 * config.yml, the self-hosted CMS files, and nothing that lets /admin/ into
 * the sitemap or the search index.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { cmsConfigYaml } from '../../src/cms/config.ts';
import { servedVietnamese } from '../../src/cms/locale.ts';
import { sveltiaRoot } from '../../src/integrations/admin.ts';
import { pageStylesheets } from '../../src/lib/stylesheets.ts';
import { loadSite } from '../../src/data/site.ts';
import { SITES } from '../support/build.ts';

const admin = (out: string, file = '') => join(out, 'admin', file);

describe('dist/admin/', () => {
  it('holds the CMS page, its generated config and every file the page loads', () => {
    const dir = admin(SITES.demo.out);
    for (const file of ['index.html', 'config.yml', 'cms-setup.js', 'sveltia-cms.js', 'package.json', 'LICENSE.txt', 'locales/vi.json']) {
      expect(existsSync(join(dir, file)), file).toBe(true);
    }
    expect(readdirSync(join(dir, 'fonts')).sort()).toEqual([
      'material-symbols-outlined-latin-wght-normal.woff2',
      'noto-mono-latin-400-normal.woff2',
      'source-sans-3-latin-wght-normal.woff2',
    ]);
    const html = readFileSync(join(dir, 'index.html'), 'utf8');
    expect(html).toContain('<meta name="robots" content="noindex, nofollow">');
    expect([...html.matchAll(/<script src="([^"]+)"/g)].map((m) => m[1])).toEqual(['cms-setup.js', 'sveltia-cms.js', 'cms-site.js']);
  });

  it('gives the preview the stylesheet the built pages use, and serves the CMS’s Vietnamese with its gaps filled', () => {
    const dir = admin(SITES.demoSubPath.out);
    const html = readFileSync(join(dir, 'index.html'), 'utf8');
    const styles = pageStylesheets(readFileSync(join(SITES.demoSubPath.out, 'index.html'), 'utf8'));
    // The home page's: the stylesheet of every page, and the home page's own rules (src/styles/).
    expect(styles.length).toBeGreaterThan(0);
    for (const href of styles) {
      expect(href).toMatch(/^\/xa-bang-ca\/_astro\/.+\.css$/);
      expect(existsSync(join(SITES.demoSubPath.out, href.replace('/xa-bang-ca/', '')))).toBe(true);
    }
    expect(html).toContain(`data-preview-styles="${styles.join(' ')}"`);
    const served = JSON.parse(readFileSync(join(dir, 'locales/vi.json'), 'utf8'));
    expect(served).toEqual(servedVietnamese(sveltiaRoot()));
    expect(served.show_errors).toBe('Xem lỗi');
    expect(readdirSync(join(dir, 'modules'))).toEqual([expect.stringMatching(/^immutable@/)]);
  });

  it('serves the config generated from the schemas, for this commune\u2019s content folder', () => {
    const site = loadSite(resolve(SITES.demo.content));
    const written = readFileSync(admin(SITES.demo.out, 'config.yml'), 'utf8');
    const expected = cmsConfigYaml({ site, contentDir: resolve(SITES.demo.content) });
    // The backend depends on the CI that built it; everything else is the generated config.
    const { backend: _a, ...rest } = parse(written);
    const { backend: _b, ...want } = parse(expected);
    expect(rest).toEqual(want);
    expect(written.startsWith('# yaml-language-server: $schema=')).toBe(true);
  });

  it('points the CMS script at no CDN, and at its fonts under the commune\u2019s base path', () => {
    const demo = readFileSync(admin(SITES.demo.out, 'sveltia-cms.js'), 'utf8');
    expect(demo).not.toContain('cdn.jsdelivr.net');
    expect(demo).toContain('url(/admin/fonts/material-symbols-outlined-latin-wght-normal.woff2)');
    const subPath = readFileSync(admin(SITES.lienMinh.out, 'sveltia-cms.js'), 'utf8');
    expect(subPath).toContain('url(/xa-lien-minh/admin/fonts/material-symbols-outlined-latin-wght-normal.woff2)');
    const config = parse(readFileSync(admin(SITES.lienMinh.out, 'config.yml'), 'utf8'));
    expect(config.collections[0].folder).toBe('tests/fixtures/lien-minh-2022/news');
  });

  it('keeps /admin/ out of the sitemap and the search index', () => {
    for (const site of Object.values(SITES)) {
      const sitemaps = readdirSync(site.out).filter((f) => /^sitemap.*\.xml$/.test(f));
      expect(sitemaps.length).toBeGreaterThan(0);
      for (const file of sitemaps) expect(readFileSync(join(site.out, file), 'utf8')).not.toContain('/admin/');
      const fragments = join(site.out, 'pagefind', 'fragment');
      const urls = readdirSync(fragments).map(
        (f) =>
          JSON.parse(
            gunzipSync(readFileSync(join(fragments, f)))
              .toString('utf8')
              .replace(/^pagefind_dcd/, ''),
          ).url as string,
      );
      expect(urls.length).toBeGreaterThan(0);
      expect(urls.filter((u) => u.includes('/admin/'))).toEqual([]);
    }
  });
});
