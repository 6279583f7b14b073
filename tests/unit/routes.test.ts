/** The package injects every file of src/routes/ at the address Astro's file routing would give it. */
import { describe, expect, it } from 'vitest';
import { portalRoutes, routePattern } from '../../src/integrations/routes.ts';

describe('routePattern', () => {
  it.each([
    ['index.astro', '/'],
    ['404.astro', '/404'],
    ['lien-he.astro', '/lien-he'],
    ['tin-tuc/index.astro', '/tin-tuc'],
    ['tin-tuc/[slug].astro', '/tin-tuc/[slug]'],
    ['tin-tuc/rss.xml.ts', '/tin-tuc/rss.xml'],
    ['ke-hoach/[year]/bao-cao/[period]/bao-cao.csv.ts', '/ke-hoach/[year]/bao-cao/[period]/bao-cao.csv'],
    ['van-ban/[slug]/[file].ts', '/van-ban/[slug]/[file]'],
  ])('%s → %s', (file, pattern) => expect(routePattern(file)).toBe(pattern));
});

describe('portalRoutes', () => {
  const routes = portalRoutes();
  it('injects every page and endpoint once, from the package itself', () => {
    const patterns = routes.map((r) => r.pattern);
    expect(new Set(patterns).size).toBe(patterns.length);
    expect(patterns).toEqual(expect.arrayContaining(['/', '/404', '/thu-tuc-hanh-chinh/[slug]', '/tim-kiem', '/robots.txt', '/so-do-trang']));
    for (const route of routes) expect(String(route.entrypoint)).toMatch(/[/\\]src[/\\]routes[/\\].+\.(astro|ts)$/);
  });
});
