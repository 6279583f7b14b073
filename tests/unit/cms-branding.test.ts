/**
 * The commune's CMS: its logo (never the CMS's own), the link from an entry
 * to its published page, the portal's stylesheet for the preview, and the one
 * module the CMS would fetch from a CDN for the date field, served locally.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cmsConfig, previewPath } from '../../src/cms/config.ts';
import { emblemSrc, siteLogo } from '../../src/data/logo.ts';
import { loadSite } from '../../src/data/site.ts';
import { selfHostedScript, sveltiaRoot } from '../../src/integrations/admin.ts';
import { pageStylesheets } from '../../src/lib/stylesheets.ts';
import { paths } from '../../src/lib/paths.ts';
import { FIXTURES } from '../support/fixtures.ts';

describe('the logo on the sign-in page and in the title bar (the site\u2019s own, src/data/logo.ts)', () => {
  const content = mkdtempSync(join(tmpdir(), 'cchc-logo-'));
  writeFileSync(join(content, 'logo.PNG'), 'png');

  it('is none when site.yaml names none; the CMS then shows the portal\u2019s emblem, under the base path', () => {
    expect(siteLogo({ base: '/' }, content)).toBeNull();
    expect(emblemSrc({ base: '/' })).toBe('/favicon.svg');
    expect(emblemSrc({ base: '/xa-lien-minh/' })).toBe('/xa-lien-minh/favicon.svg');
  });

  it('is a public/ file as published, or a content file published at the site\u2019s root', () => {
    expect(siteLogo({ base: '/xa/', logo: '/anh/logo.svg' }, content)).toEqual({ src: '/xa/anh/logo.svg' });
    expect(siteLogo({ base: '/xa/', logo: 'logo.PNG' }, content)).toEqual({ src: '/xa/logo.png', file: join(content, 'logo.PNG'), publishAs: 'logo.png' });
  });

  it('stops the build, in Vietnamese, when the named file is missing (planted fault)', () => {
    expect(() => siteLogo({ base: '/', logo: 'khong-co.png' }, content)).toThrow(/site\.yaml ghi logo: khong-co\.png, nhưng không có tệp/);
  });

  it('is in the generated config, so the CMS never shows its own', () => {
    const site = loadSite(resolve(FIXTURES.bangCa));
    expect(cmsConfig({ site, contentDir: resolve(FIXTURES.bangCa), env: {} }).logo).toEqual({ src: '/favicon.svg' });
  });
});

describe('the link from an entry to its published page', () => {
  it('follows the portal\u2019s own addresses, relative to site_url (which carries the base path)', () => {
    expect(previewPath('news')).toBe(paths.newsItem('{{slug}}').slice(1));
    expect(previewPath('procedures')).toBe('thu-tuc-hanh-chinh/{{slug}}/');
    expect(previewPath('plans')).toBe('ke-hoach/{{slug}}/');
    expect(previewPath('late-disclosures')).toBe('ho-so-tre-han/{{slug}}/');
    // Index results have no page of their own.
    expect(previewPath('indices')).toBeUndefined();
  });
});

describe('the preview\u2019s stylesheet', () => {
  it('is what the built home page links, base path included', () => {
    const html = '<head><link rel="icon" href="/xa/favicon.svg"><link rel="stylesheet" href="/xa/_astro/Base.abc.css"><link rel="preload" href="/x.css"></head>';
    expect(pageStylesheets(html)).toEqual(['/xa/_astro/Base.abc.css']);
  });
});

describe('the modules the CMS would import from unpkg.com', () => {
  const script = readFileSync(join(sveltiaRoot(), 'dist/sveltia-cms.js'), 'utf8');

  it('are imported from /admin/modules/ and copied there from node_modules', () => {
    const { script: rewritten, modules } = selfHostedScript(script, '/xa/admin/');
    expect(rewritten).not.toContain('https://unpkg.com/${');
    expect(rewritten).toContain('`/xa/admin/modules/${');
    expect(modules).toEqual([
      [expect.stringMatching(/^modules\/immutable@[\d.]+\/dist\/immutable\.es\.js$/), expect.stringMatching(/node_modules\/immutable\/dist\/immutable\.es\.js$/)],
    ]);
  });

  it('stop the build when the CMS no longer names the version it imports (planted fault)', () => {
    const wanting = 'const u=e=>`https://unpkg.com/${e}`;';
    expect(() => selfHostedScript(wanting, '/admin/')).toThrow(/phiên bản immutable/);
  });
});
