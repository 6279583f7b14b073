/**
 * Share and be found: canonical URLs, Open Graph on every page (og:image
 * always, generated 1200×630 PNGs for news without a cover), JSON-LD that
 * parses and carries what search engines need, feeds per topic, sitemap and
 * robots under a base path.
 */
import { readFileSync } from 'node:fs';
import sharp from 'sharp';
import type { HTMLElement } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { BuiltSite } from '../support/dist.ts';
import { SITES } from '../support/build.ts';

const demo = new BuiltSite(SITES.demo.out);
const lienMinh = new BuiltSite(SITES.lienMinh.out, '/xa-lien-minh/');
const ORIGIN = 'https://bangca.example.gov.vn';

type Node = Record<string, unknown> & { '@type': string };

/** The page's JSON-LD graph; throws when it does not parse. */
function graph(page: HTMLElement): Node[] {
  const blocks = page.querySelectorAll('script[type="application/ld+json"]');
  expect(blocks).toHaveLength(1);
  const doc = JSON.parse(blocks[0]!.textContent) as { '@context': string; '@graph': Node[] };
  expect(doc['@context']).toBe('https://schema.org');
  return doc['@graph'];
}

const meta = (page: HTMLElement, property: string) =>
  page.querySelector(`meta[property="${property}"]`)?.getAttribute('content') ?? page.querySelector(`meta[name="${property}"]`)?.getAttribute('content');

function expectProps(node: Node | undefined, props: string[]) {
  expect(node).toBeDefined();
  for (const p of props) {
    expect(node![p], `${node!['@type']}.${p}`).toBeDefined();
    expect(node![p], `${node!['@type']}.${p}`).not.toBe('');
  }
}

const contentPages = (site: BuiltSite) => site.pages().filter((p) => !p.includes('/admin/'));
const newsPages = demo.pages().filter((p) => /^\/tin-tuc\/(?!trang\/|chu-de\/)[^/]+\/$/.test(p));
const procedurePages = demo.pages().filter((p) => /^\/thu-tuc-hanh-chinh\/(?!ban-in\/)[^/]+\/$/.test(p));

describe('Open Graph and canonical URLs', () => {
  it('gives every page a canonical URL, og:title/description/url and an og:image that exists in the build', () => {
    for (const [site, origin] of [
      [demo, ORIGIN],
      [lienMinh, 'https://ductho.example.org'],
    ] as const) {
      for (const path of contentPages(site)) {
        if (path === `${site.base}404/`) continue;
        const page = site.page(path);
        const canonical = page.querySelector('link[rel=canonical]')!.getAttribute('href')!;
        expect(canonical, path).toBe(`${origin}${path}`);
        expect(meta(page, 'og:url'), path).toBe(canonical);
        for (const p of ['og:title', 'og:description', 'og:site_name', 'og:type', 'og:image', 'og:image:alt']) expect(meta(page, p), `${path} ${p}`).toBeTruthy();
        expect(meta(page, 'og:locale')).toBe('vi_VN');
        expect(meta(page, 'twitter:card')).toBe('summary_large_image');
        const image = new URL(meta(page, 'og:image')!);
        expect(image.origin, path).toBe(origin);
        expect(site.has(image.pathname), `${path} → ${image.pathname}`).toBe(true);
      }
    }
  });

  it('draws a 1200×630 PNG with the title for news without a cover, and uses the cover otherwise', async () => {
    let drawn = 0;
    for (const path of newsPages) {
      const page = demo.page(path);
      const image = new URL(meta(page, 'og:image')!).pathname;
      const hasCover = page.querySelector('figure img') !== null;
      if (hasCover) {
        expect(image, path).toMatch(/^\/_astro\/.+\.jpe?g$/);
        expect(Number(meta(page, 'og:image:width'))).toBeLessThanOrEqual(1200);
        continue;
      }
      drawn++;
      expect(image, path).toBe(`${path}anh-chia-se.png`);
      const info = await sharp(readFileSync(demo.fileFor(image))).metadata();
      expect([info.format, info.width, info.height], path).toEqual(['png', 1200, 630]);
      expect(meta(page, 'og:image:width')).toBe('1200');
      expect(meta(page, 'og:image:height')).toBe('630');
      expect(meta(page, 'og:image:alt'), path).toContain(page.querySelector('h1')!.text.trim());
      expect(meta(page, 'og:image:alt'), path).toContain('Ủy ban nhân dân xã Bằng Cả');
    }
    expect(drawn, 'the demo has news without a cover').toBeGreaterThanOrEqual(2);
  });

  it('gives pages without a picture the commune share image', async () => {
    const page = demo.page('/thu-tuc-hanh-chinh/');
    expect(meta(page, 'og:image')).toBe(`${ORIGIN}/anh-chia-se.png`);
    const info = await sharp(readFileSync(demo.fileFor('/anh-chia-se.png'))).metadata();
    expect([info.width, info.height]).toEqual([1200, 630]);
    expect(meta(lienMinh.page('/xa-lien-minh/'), 'og:image')).toBe('https://ductho.example.org/xa-lien-minh/anh-chia-se.png');
  });
});

describe('JSON-LD', () => {
  it('names the commune as a GovernmentOrganization on every page, in full on its home and contact pages', () => {
    const full = ['/', '/lien-he/'];
    for (const path of contentPages(demo)) {
      const org = graph(demo.page(path)).find((n) => n['@type'] === 'GovernmentOrganization');
      expectProps(org, ['@id', 'name', 'url']);
      expect(org!['@id']).toBe(`${ORIGIN}/#to-chuc`);
      expect(org!.name).toBe('Ủy ban nhân dân xã Bằng Cả');
      expect(org!.url).toBe(`${ORIGIN}/`);
      if (full.includes(path)) {
        expectProps(org, ['logo', 'address', 'telephone', 'email', 'contactPoint']);
        expect((org!.address as Node)['addressCountry']).toBe('VN');
      } else expect(org, path).not.toHaveProperty('address');
    }
    expect(contentPages(demo)).toEqual(expect.arrayContaining(full));
  });

  it('describes each procedure as a GovernmentService provided by the commune', () => {
    expect(procedurePages.length).toBeGreaterThanOrEqual(9);
    for (const path of procedurePages) {
      const nodes = graph(demo.page(path));
      const service = nodes.find((n) => n['@type'] === 'GovernmentService');
      expectProps(service, ['name', 'identifier', 'url', 'serviceType', 'provider', 'areaServed', 'availableChannel']);
      expect(service!.url).toBe(`${ORIGIN}${path}`);
      expect(service!.identifier, path).toMatch(/^\d\.\d{6}$/);
      expect((service!.provider as Node)['@id']).toBe(nodes[0]!['@id']);
      expect(demo.page(path).querySelector('h1')!.text.trim()).toBe(service!.name);
    }
  });

  it('describes each news item as a NewsArticle with headline, dates, image, author and publisher', () => {
    for (const path of newsPages) {
      const article = graph(demo.page(path)).find((n) => n['@type'] === 'NewsArticle');
      expectProps(article, ['headline', 'datePublished', 'image', 'author', 'publisher', 'mainEntityOfPage', 'description']);
      expect(String(article!.headline).length).toBeLessThanOrEqual(110);
      expect(article!.datePublished, path).toMatch(/^\d{4}-\d{2}-\d{2}T00:00:00\+07:00$/);
      expect(article!.image).toEqual([meta(demo.page(path), 'og:image')]);
      expect(article!.inLanguage).toBe('vi');
    }
  });

  it('uses the base path in every URL of a commune under a sub-path', () => {
    const nodes = graph(lienMinh.page('/xa-lien-minh/thu-tuc-hanh-chinh/dang-ky-ket-hon/'));
    expect(nodes[0]!.url).toBe('https://ductho.example.org/xa-lien-minh/');
    expect(nodes.find((n) => n['@type'] === 'GovernmentService')!.url).toBe('https://ductho.example.org/xa-lien-minh/thu-tuc-hanh-chinh/dang-ky-ket-hon/');
  });
});

describe('feeds, sitemap and robots', () => {
  it('has an RSS feed per topic besides the main one, each advertised by its topic page', () => {
    const topics = demo.pages().filter((p) => /^\/tin-tuc\/chu-de\/[^/]+\/$/.test(p));
    expect(topics.length).toBeGreaterThanOrEqual(3);
    for (const topic of topics) {
      const feed = demo.html(`${topic}rss.xml`);
      expect(feed, topic).toContain('<rss');
      const items = [...feed.matchAll(/<link>([^<]+)<\/link>/g)].map((m) => m[1]!).slice(1);
      expect(items.length, topic).toBeGreaterThan(0);
      for (const item of items) expect(demo.has(new URL(item).pathname), item).toBe(true);
      const alternates = demo
        .page(topic)
        .querySelectorAll('link[rel=alternate][type="application/rss+xml"]')
        .map((l) => l.getAttribute('href'));
      expect(alternates, topic).toContain(`${topic}rss.xml`);
    }
  });

  it('announces the news feed where news is shown, and only there', () => {
    const feeds = (path: string) =>
      demo
        .page(path)
        .querySelectorAll('link[rel=alternate][type="application/rss+xml"]')
        .map((l) => l.getAttribute('href'));
    for (const path of ['/', '/tin-tuc/', newsPages[0]!]) expect(feeds(path), path).toContain('/tin-tuc/rss.xml');
    for (const path of [procedurePages[0]!, '/van-ban/', '/lien-he/']) expect(feeds(path), path).toEqual([]);
    expect(demo.html('/tin-tuc/rss.xml')).toContain('<rss');
  });

  it('lists pages under the base path in sitemap.xml and points robots.txt at it', () => {
    const locs = [...lienMinh.html('/xa-lien-minh/sitemap.xml').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);
    expect(locs.length).toBeGreaterThan(5);
    for (const loc of locs) expect(loc.startsWith('https://ductho.example.org/xa-lien-minh/'), loc).toBe(true);
    expect(lienMinh.html('/xa-lien-minh/robots.txt')).toContain('Sitemap: https://ductho.example.org/xa-lien-minh/sitemap.xml');
  });
});
