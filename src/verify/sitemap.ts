/** The pages a built site lists in its sitemap.xml. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const locs = (xml: string) => [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!.replace(/&amp;/g, '&'));

/** Absolute URLs of dist/sitemap.xml, following a sitemap index to its chunks; undefined without a sitemap. */
export function sitemapUrls(dist: string): string[] | undefined {
  const file = join(dist, 'sitemap.xml');
  if (!existsSync(file)) return undefined;
  const xml = readFileSync(file, 'utf8');
  if (!xml.includes('<sitemapindex')) return locs(xml);
  return locs(xml).flatMap((chunk) => locs(readFileSync(join(dist, new URL(chunk).pathname.split('/').pop()!), 'utf8')));
}

/** URL paths (with the base) of the sitemap's pages, plus the 404 page that hosts serve for every miss. */
export function pagesToCheck(dist: string, base: string): string[] {
  const paths = (sitemapUrls(dist) ?? []).map((u) => new URL(u).pathname);
  return existsSync(join(dist, '404.html')) ? [...paths, `${base}404.html`] : paths;
}
