/**
 * No broken internal link or anchor in the built sites: linkinator (a
 * maintained link checker) crawls each site from home and from every sitemap
 * URL, served under its base path as a host would. Links to other hosts are
 * not followed: CI has no internet, and another site's outage must not fail
 * our build.
 *
 * Anchors get their own check over the files (tests/support/anchors.ts):
 * linkinator's checkFragments only looks at fragments it has queued before it
 * fetches the target page, so with many start pages it misses some.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LinkChecker, type LinkResult } from 'linkinator';
import { describe, expect, it } from 'vitest';
import { brokenAnchors } from '../support/anchors.ts';
import { pagesToCheck, QUALITY_SITES, type QualitySite } from '../support/quality.ts';
import { serve } from '../support/static-server.ts';

interface Checked {
  broken: string[];
  checked: LinkResult[];
}

async function checkLinks(site: QualitySite): Promise<Checked> {
  const server = await serve(site.dir, site.base);
  try {
    const result = await new LinkChecker().check({
      path: pagesToCheck(site).map((p) => `${server.origin}${p}`),
      recurse: true,
      checkFragments: true,
      checkCss: true,
      concurrency: 8,
      timeout: 10_000,
      linksToSkip: async (link) => !link.startsWith(`${server.origin}/`),
    });
    const broken = result.links
      .filter((l) => l.state === 'BROKEN')
      .map((l) => {
        const why = l.failureDetails?.map((d) => (d instanceof Error ? d.message : '')).find(Boolean);
        return `${l.url.slice(server.origin.length)} (${why ?? l.status}) on ${l.parent?.slice(server.origin.length) ?? '(start)'}`;
      });
    return { broken: [...new Set(broken)].sort(), checked: result.links.filter((l) => l.state === 'OK') };
  } finally {
    await server.close();
  }
}

describe('links and anchors', () => {
  for (const site of QUALITY_SITES) {
    it(`${site.name}: every internal link, image and stylesheet resolves`, async () => {
      const { broken, checked } = await checkLinks(site);
      expect(broken).toEqual([]);
      // It really crawled: at least every sitemap page and the stylesheet.
      expect(checked.length).toBeGreaterThan(pagesToCheck(site).length);
      expect(checked.some((l) => l.url.endsWith('.css'))).toBe(true);
    });

    it(`${site.name}: every #anchor in every page points at an id that exists`, () => {
      const { broken, checked } = brokenAnchors(site.dir, site.base);
      expect(broken).toEqual([]);
      expect(checked).toBeGreaterThan(pagesToCheck(site).length);
    });
  }

  it('reports a missing page, a missing image and a missing anchor (the check can fail)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cchc-links-'));
    mkdirSync(join(dir, 'a'));
    writeFileSync(join(dir, 'sitemap.xml'), '<urlset><url><loc>https://x.example/</loc></url><url><loc>https://x.example/a/</loc></url></urlset>');
    writeFileSync(join(dir, '404.html'), '<!doctype html><title>404</title>');
    writeFileSync(join(dir, 'index.html'), '<!doctype html><title>t</title><a href="/a/#co">ok</a><a href="/a/#khong-co">x</a><a href="/mat/">x</a><img src="/anh.jpg" alt="">');
    writeFileSync(join(dir, 'a', 'index.html'), '<!doctype html><title>a</title><h1 id="co">a</h1><a href="#cung-khong-co">x</a>');
    const { broken } = await checkLinks({ name: 'broken', dir, base: '/' });
    expect(broken.join('\n')).toMatch(/\/mat\//);
    expect(broken.join('\n')).toMatch(/\/anh\.jpg/);
    const anchors = brokenAnchors(dir, '/');
    expect(anchors.broken).toEqual(['/ → /a/#khong-co', '/a/ → #cung-khong-co']);
    expect(anchors.checked).toBe(3);
  });
});
