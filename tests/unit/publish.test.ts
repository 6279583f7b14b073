/**
 * Pure helpers of publishing and sharing: JSON-LD builders, the share image
 * description, QR codes, the published address and chunked sitemaps.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import jsQR from 'jsqr';
import sharp from 'sharp';
import { parse } from 'yaml';
import { normaliseBase, normaliseOrigin, publishedAddress } from '../../src/lib/address.ts';
import { governmentOrganization, governmentService, HEADLINE_MAX, jsonLdGraph, newsArticle, serializeJsonLd } from '../../src/lib/jsonld.ts';
import { qrSvg } from '../../src/lib/qr.ts';
import { clampTitle, TITLE_MAX, titleSize } from '../../src/lib/share-image.ts';
import { buildSitemaps } from '../../src/lib/sitemap.ts';
import { procedureSchema } from '../../src/schemas/procedure.ts';
import { siteSchema } from '../../src/schemas/site.ts';
import { FIXTURES } from '../support/fixtures.ts';

const site = siteSchema.parse(parse(readFileSync(join(FIXTURES.bangCa, 'site.yaml'), 'utf8')));
const frontMatter = (file: string) => parse(readFileSync(file, 'utf8').split(/^---$/m)[1]!);
const procedure = procedureSchema.parse(frontMatter(join(FIXTURES.bangCa, 'procedures/dang-ky-khai-sinh.md')));
const HOME = 'https://bangca.example.gov.vn/';

describe('JSON-LD builders', () => {
  it('builds the GovernmentOrganization from site.yaml', () => {
    const org = governmentOrganization(site, HOME, `${HOME}favicon.svg`);
    expect(org).toMatchObject({
      '@type': 'GovernmentOrganization',
      '@id': `${HOME}#to-chuc`,
      name: 'Ủy ban nhân dân xã Bằng Cả',
      url: HOME,
      address: { '@type': 'PostalAddress', addressCountry: 'VN', addressLocality: 'xã Bằng Cả' },
      email: site.email,
      sameAs: [site.social.zalo, site.social.facebook],
    });
    expect(org.contactPoint).toHaveLength(site.hotlines.length);
    expect((org.contactPoint as { telephone?: string }[])[0]!.telephone).toMatch(/^\+?\d+$/);
  });

  it('builds a GovernmentService with code, channels, fees in VND and the organisation as provider', () => {
    const url = `${HOME}thu-tuc-hanh-chinh/dang-ky-khai-sinh/`;
    const s = governmentService(procedure, url, site, HOME);
    expect(s).toMatchObject({ '@type': 'GovernmentService', name: 'Đăng ký khai sinh', identifier: '1.001193', url, provider: { '@id': `${HOME}#to-chuc` } });
    const channels = s.availableChannel as { serviceUrl?: string; serviceLocation?: unknown }[];
    expect(channels.some((c) => c.serviceLocation)).toBe(true);
    expect(channels.some((c) => c.serviceUrl?.startsWith('https://dichvucong.gov.vn/'))).toBe(true);
    for (const offer of (s.offers as { priceCurrency: string; price: number }[]) ?? []) {
      expect(offer.priceCurrency).toBe('VND');
      expect(Number.isInteger(offer.price)).toBe(true);
    }
  });

  it('builds a NewsArticle with a +07:00 date, a short headline and a Person or unit as author', () => {
    const long = 'Hội nghị '.repeat(30).trim();
    const a = newsArticle(
      { title: long, summary: 'Tóm tắt', date: '2024-03-31', images: [`${HOME}a.png`], author: 'Nguyễn Văn A', unit: 'Văn phòng', topics: ['Chuyển đổi số'] },
      `${HOME}tin-tuc/a/`,
      site,
      HOME,
      `${HOME}favicon.svg`,
    );
    expect(String(a.headline).length).toBeLessThanOrEqual(HEADLINE_MAX);
    expect(String(a.headline).endsWith('…')).toBe(true);
    expect(a.datePublished).toBe('2024-03-31T00:00:00+07:00');
    expect(a.author).toEqual([{ '@type': 'Person', name: 'Nguyễn Văn A', affiliation: { '@type': 'Organization', name: 'Văn phòng' } }]);
    const b = newsArticle({ title: 'Ngắn', summary: 'x', date: '2024-01-01', images: [], topics: [] }, `${HOME}tin-tuc/b/`, site, HOME, `${HOME}favicon.svg`);
    expect(b.author).toEqual([{ '@type': 'Organization', name: site.agency }]);
    expect(b.publisher).toMatchObject({ '@id': `${HOME}#to-chuc`, logo: { '@type': 'ImageObject' } });
  });

  it('serialises so that a title cannot close the data block, and parses back unchanged', () => {
    const doc = jsonLdGraph([{ '@type': 'Thing', name: '</script><script>alert(1)</script> & \u2028' }]);
    const text = serializeJsonLd(doc);
    expect(text).not.toMatch(/<|>|&|\u2028/);
    expect(JSON.parse(text)).toEqual(doc);
  });
});

describe('share image', () => {
  it('makes long titles smaller and cuts very long ones at a word', () => {
    expect(titleSize('ngắn')).toBeGreaterThan(titleSize('dài '.repeat(40)));
    const long = 'thủ tục '.repeat(40).trim();
    const cut = clampTitle(long);
    expect(cut.length).toBeLessThanOrEqual(TITLE_MAX);
    expect(cut.endsWith('…')).toBe(true);
    const kept = cut.slice(0, -1);
    expect(long.startsWith(kept) && long[kept.length]).toBe(' ');
    expect(clampTitle('Đăng ký khai sinh')).toBe('Đăng ký khai sinh');
  });
});

describe('QR code', () => {
  it('is an inline SVG, labelled, with the URL it encodes', async () => {
    const url = 'https://bangca.example.gov.vn/thu-tuc-hanh-chinh/dang-ky-khai-sinh/';
    const svg = await qrSvg(url, 'Mã QR "khai sinh"');
    expect(svg).toMatch(
      /^<svg class="qr" role="img" aria-label="Mã QR &quot;khai sinh&quot;" data-qr="https:\/\/bangca[^"]+" xmlns="http:\/\/www.w3.org\/2000\/svg" viewBox="0 0 (\d+) \1"/,
    );
    expect(svg).toContain('<path');
    expect(svg).not.toMatch(/<script|<image|href=/);
  });

  it('reads back, drawn at print size, as the address it encodes, with the label of each call', async () => {
    for (const url of ['https://bangca.example.gov.vn/thu-tuc-hanh-chinh/dang-ky-khai-sinh/', 'https://tinh.example.gov.vn/xa-an-phu/thu-tuc-hanh-chinh/1-001193/']) {
      const svg = await qrSvg(url, 'Mã QR');
      const { data, info } = await sharp(Buffer.from(svg), { density: 300 }).flatten({ background: '#ffffff' }).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
      expect(jsQR(new Uint8ClampedArray(data), info.width, info.height)?.data).toBe(url);
    }
    // Drawn once per address, labelled anew each time.
    const url = 'https://bangca.example.gov.vn/thu-tuc-hanh-chinh/';
    expect(await qrSvg(url, 'một')).toContain('aria-label="một"');
    expect(await qrSvg(url, 'hai')).toContain('aria-label="hai"');
  });
});

describe('published address', () => {
  it('normalises base paths and origins', () => {
    expect(['', '/', 'xa-bang-ca', '/xa-bang-ca', '/xa-bang-ca/', '/a/b'].map(normaliseBase)).toEqual([
      '/',
      '/',
      '/xa-bang-ca/',
      '/xa-bang-ca/',
      '/xa-bang-ca/',
      '/a/b/',
    ]);
    expect(normaliseBase('/Xã Bằng Cả/')).toBeNull();
    expect(normaliseOrigin('https://x.gov.vn/abc/')).toBe('https://x.gov.vn');
    expect(normaliseOrigin('ftp://x')).toBeNull();
    expect(normaliseOrigin('x.gov.vn')).toBeNull();
  });

  it("takes site.yaml's address unless the pipeline overrides it", () => {
    const fromSite = { url: 'https://a.vn', base: '/' };
    expect(publishedAddress(fromSite, {})).toEqual(fromSite);
    expect(publishedAddress(fromSite, { base: '/repo', siteUrl: 'https://owner.github.io' })).toEqual({ url: 'https://owner.github.io', base: '/repo/' });
    // GitHub Pages gives an empty base path for a custom domain.
    expect(publishedAddress({ url: 'https://a.vn', base: '/x/' }, { base: '' })).toEqual({ url: 'https://a.vn', base: '/x/' });
    expect(() => publishedAddress(fromSite, { base: '/Bằng Cả/' })).toThrow(/CCHC_BASE/);
    expect(() => publishedAddress(fromSite, { siteUrl: 'bangca' })).toThrow(/CCHC_SITE_URL/);
  });
});

describe('chunked sitemap under a base path', () => {
  it('points the index at chunks beside sitemap.xml, under the base', () => {
    const urls = ['a', 'b', 'c'].map((p) => `https://x.vn/xa-a/${p}/`);
    const files = buildSitemaps(urls, 'https://x.vn/xa-a/', 2);
    expect([...files.keys()].sort()).toEqual(['sitemap-1.xml', 'sitemap-2.xml', 'sitemap.xml']);
    expect(files.get('sitemap.xml')).toContain('<loc>https://x.vn/xa-a/sitemap-1.xml</loc>');
  });
});
