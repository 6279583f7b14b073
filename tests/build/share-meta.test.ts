/**
 * Sharing that looks right (issue 17 part 4), on the built demo: each
 * procedure's description is a well-formed sentence with its fee and whether
 * it is online; each has its own 1200×630 card; content pages offer share
 * links with their own address, and no page loads a script from another host.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { HTMLElement } from 'node-html-parser';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { SITES } from '../support/build.ts';
import { descriptionFaults, procedureDescriptionFaults } from '../support/description-check.ts';
import { BuiltSite } from '../support/dist.ts';

const demo = new BuiltSite(SITES.demo.out);
const ORIGIN = 'https://bangca.example.gov.vn';
const meta = (page: HTMLElement, key: string) =>
  page.querySelector(`meta[property="${key}"]`)?.getAttribute('content') ?? page.querySelector(`meta[name="${key}"]`)?.getAttribute('content');

/** The demo's procedures as the fixture states them: online level and fee amounts. */
const dir = join(SITES.demo.content, 'procedures');
const procedures = readdirSync(dir)
  .filter((f) => f.endsWith('.md'))
  .map((file) => {
    const data = parseYaml(readFileSync(join(dir, file), 'utf8').split(/^---$/m)[1]!) as {
      channels?: { online?: 'full' | 'partial' | 'none' };
      fees?: { amount?: number }[];
    };
    return { slug: file.replace(/\.md$/, ''), online: data.channels?.online ?? 'none', fees: data.fees };
  });
const money = new Intl.NumberFormat('vi-VN');

describe('procedure descriptions', () => {
  it('covers every demo procedure', () => {
    expect(procedures.length).toBeGreaterThanOrEqual(9);
  });

  it.each(procedures)('$slug: a well-formed sentence with its fee and whether it is online', ({ slug, online, fees }) => {
    const page = demo.page(`/thu-tuc-hanh-chinh/${slug}/`);
    const description = meta(page, 'og:description')!;
    expect(meta(page, 'description')).toBe(description);
    expect(procedureDescriptionFaults(description, online), description).toEqual([]);
    // Its own fee: "Miễn phí" when it has a free case, and each amount it charges.
    if (!fees || fees.length === 0 || fees.some((f) => f.amount === 0)) expect(description).toContain('Miễn phí');
    for (const f of fees ?? []) if (f.amount) expect(description).toContain(`${money.format(f.amount)} đồng`);
  });
});

describe('every page’s description', () => {
  it('is whole sentences: a capital first, one period last, no doubled punctuation or spaces', () => {
    for (const path of demo.pages().filter((p) => !p.startsWith('/admin/'))) {
      const description = meta(demo.page(path), 'og:description')!;
      expect(descriptionFaults(description), `${path}: ${description}`).toEqual([]);
    }
  });
});

describe('procedure share cards', () => {
  it('gives each procedure its own 1200×630 card, in og:image and twitter:image', async () => {
    const cards = new Map<string, string>();
    for (const { slug } of procedures) {
      const path = `/thu-tuc-hanh-chinh/${slug}/`;
      const page = demo.page(path);
      const image = meta(page, 'og:image')!;
      expect(image).toBe(`${ORIGIN}${path}anh-chia-se.png`);
      expect(meta(page, 'twitter:image')).toBe(image);
      expect([meta(page, 'og:image:width'), meta(page, 'og:image:height')]).toEqual(['1200', '630']);
      expect(meta(page, 'og:image:alt')).toContain(page.querySelector('h1')!.text.trim());
      const png = readFileSync(demo.fileFor(new URL(image).pathname));
      const info = await sharp(png).metadata();
      expect([info.format, info.width, info.height], path).toEqual(['png', 1200, 630]);
      const digest = png.toString('base64');
      expect(cards.get(digest), `${path} shares its card with ${cards.get(digest)}`).toBeUndefined();
      cards.set(digest, path);
    }
  });
});

describe('share links', () => {
  const contentPages = [
    ...procedures.map((p) => `/thu-tuc-hanh-chinh/${p.slug}/`),
    ...demo.pages().filter((p) => /^\/(tin-tuc|su-kien|bieu-duong|van-ban)\/(?!trang\/|chu-de\/|co-quan\/)[^/]+\/$/.test(p) || /^\/ke-hoach\/\d{4}\/$/.test(p)),
  ];

  it('finds each kind of content page', () => {
    for (const kind of ['thu-tuc-hanh-chinh', 'tin-tuc', 'su-kien', 'bieu-duong', 'ke-hoach', 'van-ban']) {
      expect(
        contentPages.some((p) => p.startsWith(`/${kind}/`)),
        kind,
      ).toBe(true);
    }
  });

  it('offers Facebook’s share link and the address to copy, with the page’s own URL, opening no new window', () => {
    for (const path of contentPages) {
      const page = demo.page(path);
      const url = `${ORIGIN}${path}`;
      const share = page.querySelector('section.share');
      expect(share, path).not.toBeNull();
      const facebook = share!.querySelector('a.share-facebook')!;
      const sharer = new URL(facebook.getAttribute('href')!);
      expect(`${sharer.origin}${sharer.pathname}`, path).toBe('https://www.facebook.com/sharer/sharer.php');
      expect(sharer.searchParams.get('u'), path).toBe(url);
      expect(facebook.getAttribute('target'), 'a link that opens a new window must say so').toBeUndefined();
      const field = share!.querySelector('textarea#lien-ket-trang')!;
      expect(field.text).toBe(url);
      expect(field.hasAttribute('readonly')).toBe(true);
      expect(share!.querySelector('label[for="lien-ket-trang"]')!.text).toBe('Sao chép liên kết');
    }
  });

  it('leaves listing pages without share links', () => {
    for (const path of ['/', '/thu-tuc-hanh-chinh/', '/tin-tuc/', '/lien-he/']) expect(demo.page(path).querySelector('section.share'), path).toBeNull();
  });

  it('loads no script from another host on any page', () => {
    for (const path of demo.pages()) {
      for (const script of demo.page(path).querySelectorAll('script[src]')) {
        const src = script.getAttribute('src')!;
        expect(new URL(src, `${ORIGIN}${path}`).origin, `${path}: ${src}`).toBe(ORIGIN);
      }
    }
  });
});
