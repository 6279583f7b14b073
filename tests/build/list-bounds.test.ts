/**
 * Issue 20, the list pages at scale: a generated commune with about 300
 * events, 250 commendations and a few dozen news items, built once. The
 * events and commendations lists are a page at a time, newest first, and
 * every entry is on one of their pages along the pager; the site map names
 * every section with counts and page links but no single entry; every page
 * stays under a fixed weight, is reachable by links from home and is in
 * sitemap.xml, and `cchc verify`'s gates pass (axe aside: verify.test.ts
 * runs it). Sizes are printed: they are measurements; the bound catches a
 * page that lists every entry again. Planted faults show each check can fail.
 */
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NEWS_PER_PAGE } from '../../src/lib/news.ts';
import { COMMENDATIONS_PER_PAGE, EVENTS_PER_PAGE } from '../../src/lib/pagination.ts';
import { readSiteAddress, verify } from '../../src/verify/index.ts';
import { BUILDS, buildCommune } from '../support/build.ts';
import { BuiltSite } from '../support/dist.ts';
import { oversized, pagerLinks } from '../support/plan-pages.ts';
import { addCommendations, addPlanItems, makeSyntheticCommune, type SyntheticCommune, type SyntheticItem } from '../support/synthetic-commune.ts';

const ITEMS = 330;
const COMMENDATIONS = 250;
/**
 * Raw HTML bytes a list page may weigh, whatever the number of entries. A
 * page of 20 cards weighs about 16 KB, the site map about 18 KB; each event
 * card adds about 400 bytes, so this commune's 297 events on one page would
 * weigh about 125 KB, and a site map naming each of its 580 entries on a
 * line of about 130 bytes about 90 KB.
 */
const LIST_PAGE_BOUND = 40_000;

const out = join(BUILDS, 'synthetic-lists');
const site = new BuiltSite(out);
let commune: SyntheticCommune;
let events: SyntheticItem[];
let commendations: string[];
const cards = 'main .cards h2 a';
const listPages = (first: string) => [first, ...site.pages().filter((p) => p.startsWith(`${first}trang/`))];

beforeAll(() => {
  commune = makeSyntheticCommune(30);
  events = addPlanItems(commune.dir, ITEMS).filter((i) => i.path.startsWith('/su-kien/'));
  commendations = addCommendations(commune.dir, COMMENDATIONS);
  const result = buildCommune(commune.dir, out);
  if (result.status !== 0) throw new Error(`build of the list commune failed:\n${result.output}`);
});
afterAll(() => rmSync(commune.dir, { recursive: true, force: true }));

/** Entries `expected` that no page of the list reaches. */
const lost = (expected: readonly string[], pages: readonly string[][]) => expected.filter((p) => !pages.flat().includes(p));

describe(`the list pages with ${ITEMS} plan items and ${COMMENDATIONS} commendations`, () => {
  it(`keeps every events, commendations and news page and the site map under ${LIST_PAGE_BOUND} bytes of HTML`, () => {
    const paths = [...listPages('/su-kien/'), ...listPages('/bieu-duong/'), ...listPages('/tin-tuc/'), '/so-do-trang/'];
    const pages = paths.map((path) => ({ path, html: site.html(path) }));
    const heaviest = (prefix: string) => pages.filter((p) => p.path.startsWith(prefix)).reduce((a, b) => (b.html.length > a.html.length ? b : a));
    console.log(
      ['/su-kien/', '/bieu-duong/', '/tin-tuc/', '/so-do-trang/']
        .map((prefix) => heaviest(prefix))
        .map((p) => `${p.path}: ${Buffer.byteLength(p.html)} B, ${gzipSync(p.html).length} B gzip`)
        .join('; '),
    );
    expect(pages.length).toBe(
      1 + Math.ceil(events.length / EVENTS_PER_PAGE) + Math.ceil(COMMENDATIONS / COMMENDATIONS_PER_PAGE) + Math.ceil((ITEMS - events.length) / NEWS_PER_PAGE),
    );
    expect(oversized(pages, LIST_PAGE_BOUND)).toEqual([]);
  });

  it('lists events newest first, a page at a time, and reaches every one along the pager', () => {
    const pages = pagerLinks(site, '/su-kien/', cards);
    expect(pages.length).toBe(Math.ceil(events.length / EVENTS_PER_PAGE));
    for (const page of pages) expect(page.length).toBeLessThanOrEqual(EVENTS_PER_PAGE);
    const dates = pages.flat().map((p) => events.find((e) => e.path === p)!.date);
    expect(dates).toEqual([...dates].sort().reverse());
    expect(
      lost(
        events.map((e) => e.path),
        pages,
      ),
    ).toEqual([]);
    expect(pages.flat()).toHaveLength(events.length);
  });

  it('lists commendations newest first, a page at a time, and reaches every one along the pager', () => {
    const pages = pagerLinks(site, '/bieu-duong/', cards);
    expect(pages.length).toBe(Math.ceil(COMMENDATIONS / COMMENDATIONS_PER_PAGE));
    for (const page of pages) expect(page.length).toBeLessThanOrEqual(COMMENDATIONS_PER_PAGE);
    const dates = pages.flat().map((p) => site.page(p).querySelector('main time')!.getAttribute('datetime')!);
    expect(dates).toEqual([...dates].sort().reverse());
    expect(lost(commendations, pages)).toEqual([]);
  });

  it('names each page in its title and links the first, the last and the pages around it, the current one marked', () => {
    const total = Math.ceil(events.length / EVENTS_PER_PAGE);
    const page = site.page('/su-kien/trang/7/');
    expect(page.querySelector('h1')!.text).toBe(`Sự kiện, hoạt động cải cách hành chính – Trang 7 / ${total}`);
    const pager = page.querySelector('nav.pager')!;
    expect(pager.getAttribute('aria-label')).toBe('Chuyển trang');
    const numbered = pager.querySelectorAll('ol a').map((a) => a.getAttribute('href'));
    expect(numbered).toEqual([1, 6, 7, 8, total].map((n) => (n === 1 ? '/su-kien/' : `/su-kien/trang/${n}/`)));
    expect(pager.querySelectorAll('[aria-current="page"]').map((a) => a.getAttribute('href'))).toEqual(['/su-kien/trang/7/']);
    expect(pager.querySelector('a[aria-current]')!.getAttribute('aria-label')).toBe('Trang 7');
    expect(pager.querySelector('a[rel="prev"]')!.getAttribute('href')).toBe('/su-kien/trang/6/');
    expect(pager.querySelector('a[rel="next"]')!.getAttribute('href')).toBe('/su-kien/trang/8/');
    expect(site.page('/su-kien/').querySelector('h1')!.text).toBe('Sự kiện, hoạt động cải cách hành chính');
  });

  it('maps every section with counts and page links, and no single event or commendation', () => {
    const map = site.page('/so-do-trang/');
    const links = site.links('/so-do-trang/');
    const eventPages = Math.ceil(events.length / EVENTS_PER_PAGE);
    const commendationPages = Math.ceil(COMMENDATIONS / COMMENDATIONS_PER_PAGE);
    expect(links).toEqual(
      expect.arrayContaining(['/su-kien/', `/su-kien/trang/${eventPages}/`, '/bieu-duong/', `/bieu-duong/trang/${commendationPages}/`, '/tin-tuc/', '/van-ban/']),
    );
    expect(links.filter((l) => events.some((e) => e.path === l) || commendations.includes(l))).toEqual([]);
    const text = map.querySelector('main')!.text.replace(/\s+/g, ' ');
    expect(text).toContain(`(${events.length} sự kiện, hoạt động, ${eventPages} trang, trang cuối (cũ nhất))`);
    expect(text).toContain(`(${COMMENDATIONS} tin biểu dương, ${commendationPages} trang, trang cuối (cũ nhất))`);
    // Thirty procedures: the short list's procedures are still named under their fields.
    expect(links.filter((l) => /^\/thu-tuc-hanh-chinh\/thu-tuc-gia-lap-\d+\/$/.test(l))).toHaveLength(30);
  });

  it('reaches every page by links from home, names every page in sitemap.xml, and passes verify', async () => {
    // The 404 page has no address of its own and the CMS is linked from nowhere on purpose.
    const pages = site.pages().filter((p) => p !== '/404/' && p !== '/admin/');
    const reached = site.reachableFromHome();
    expect(pages.filter((p) => !reached.has(p))).toEqual([]);
    const xml = readFileSync(join(out, 'sitemap.xml'), 'utf8');
    const locs = new Set([...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname));
    expect(pages.filter((p) => !locs.has(p))).toEqual([]);
    const result = await verify({ ...readSiteAddress(out)!, browser: false });
    expect(result.problems).toEqual([]);
    expect(result.checked.links).toBeGreaterThan(pages.length);
  }, 120_000);

  it('planted faults: a page listing every entry is too heavy, and a pager that stops early loses entries', () => {
    const html = site.html('/su-kien/');
    const every = events
      .map(
        (e) =>
          `<li><h2><a href="${e.path}">Hoạt động giả lập</a></h2><p class="meta">Hội nghị · <time datetime="${e.date}">${e.date}</time> · Hội trường UBND xã</p><p>Nội dung tổng hợp để kiểm thử trang kế hoạch và báo cáo khi có rất nhiều sản phẩm.</p></li>`,
      )
      .join('');
    expect(oversized([{ path: '/su-kien/', html: html.replace('<ul class="cards">', `<ul class="cards">${every}`) }], LIST_PAGE_BOUND).map((p) => p.path)).toEqual([
      '/su-kien/',
    ]);
    const pages = pagerLinks(site, '/bieu-duong/', cards);
    expect(lost(commendations, pages.slice(0, -1)).sort()).toEqual([...pages.at(-1)!].sort());
  });
});
