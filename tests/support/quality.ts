/**
 * The built sites the quality gates look at, and their URLs as the sitemap
 * lists them. The sites are built once per run by build-sites.ts.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SITES } from './build.ts';

export interface QualitySite {
  name: string;
  dir: string;
  /** Base path the site is published under, e.g. `/` or `/xa-lien-minh/`. */
  base: string;
}

/** Demo (every page type), a fixture with a plan appendix, and one under a sub-path. */
export const QUALITY_SITES: QualitySite[] = [
  { name: 'demo', dir: SITES.demo.out, base: '/' },
  { name: 'chau-thanh-2024', dir: SITES.chauThanh.out, base: '/' },
  { name: 'lien-minh-2022', dir: SITES.lienMinh.out, base: '/xa-lien-minh/' },
];

const locs = (xml: string) => [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!.replace(/&amp;/g, '&'));

/** Absolute URLs of dist/sitemap.xml, following a sitemap index to its chunks. */
export function sitemapUrls(dir: string): string[] {
  const xml = readFileSync(join(dir, 'sitemap.xml'), 'utf8');
  if (!xml.includes('<sitemapindex')) return locs(xml);
  return locs(xml).flatMap((chunk) => locs(readFileSync(join(dir, new URL(chunk).pathname.split('/').pop()!), 'utf8')));
}

/** URL paths (with the base) of every page in the sitemap. */
export function sitemapPaths(dir: string): string[] {
  return sitemapUrls(dir).map((u) => new URL(u).pathname);
}

/** The sitemap's pages plus the 404 page, which hosts serve for every miss. */
export function pagesToCheck(site: QualitySite): string[] {
  const paths = sitemapPaths(site.dir);
  return existsSync(join(site.dir, '404.html')) ? [...paths, `${site.base}404.html`] : paths;
}
