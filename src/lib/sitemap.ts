/**
 * sitemap.xml for search engines. One file holds at most 50 000 URLs (the
 * sitemaps.org limit); beyond that the sitemap becomes an index of chunks.
 */
const MAX_URLS_PER_SITEMAP = 50_000;

const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function urlset(urls: readonly string[]): string {
  const body = urls.map((u) => `<url><loc>${escapeXml(u)}</loc></url>`).join('');
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">${body}</urlset>\n`;
}

/**
 * Returns file name → XML. `sitemap.xml` is always the entry point. `origin`
 * is the URL the files are published under: the site's base URL, e.g.
 * https://ductho.example.org/xa-lien-minh/ (the chunks sit beside sitemap.xml).
 */
export function buildSitemaps(urls: readonly string[], origin: string, limit = MAX_URLS_PER_SITEMAP): Map<string, string> {
  const sorted = [...urls].sort();
  if (sorted.length <= limit) return new Map([['sitemap.xml', urlset(sorted)]]);
  const files = new Map<string, string>();
  const names: string[] = [];
  for (let i = 0; i < sorted.length; i += limit) {
    const name = `sitemap-${names.length + 1}.xml`;
    names.push(name);
    files.set(name, urlset(sorted.slice(i, i + limit)));
  }
  const entries = names.map((n) => `<sitemap><loc>${escapeXml(new URL(n, origin).href)}</loc></sitemap>`).join('');
  files.set('sitemap.xml', `<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">${entries}</sitemapindex>\n`);
  return files;
}
