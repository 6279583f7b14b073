/**
 * Site search in real Chromium against the demo commune: what citizens type
 * (no marks, d for đ, upper case, codes, parts of names, words of a plan
 * task) finds the right pages; results carry their type, code and field in
 * the original spelling; the page works with the keyboard, announces results
 * in a live region, loads nothing until a search starts, and keeps working
 * under a Content-Security-Policy without 'unsafe-inline' scripts.
 */
import type { Page, Request } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { SITES } from '../support/build.ts';
import { browserSession } from '../support/browser-session.ts';
import { serve } from '../../src/server/static.ts';
import { fold } from '../../src/lib/text.ts';
import { bundleDir, readSearchBundle } from '../../src/search/pagefind/bundle.ts';
import { entryPages } from '../../src/search/pagefind/format.ts';

const session = browserSession(SITES.demo.out);

interface Shown {
  kind: string;
  title: string;
  href: string;
  meta: string;
  excerpt: string;
  marks: string[];
}

const STATUS = '#trang-thai-tim-kiem';

/** Waits until the live region reports the outcome of a search for `query`. */
async function outcomeFor(query: string, on: Page = session.page): Promise<string> {
  const shown = query.replace(/\s+/g, ' ').trim();
  await on.waitForFunction(
    ([selector, q]) => {
      const text = document.querySelector(selector!)?.textContent ?? '';
      return text.includes(`“${q}”`);
    },
    [STATUS, shown] as const,
    { timeout: 15_000 },
  );
  return (await on.textContent(STATUS))!;
}

/** Waits until the search due after a change (a filter ticked, a key pressed) has shown its outcome. */
async function settled(on: Page = session.page): Promise<void> {
  await on.waitForFunction(() => document.getElementById('tim-kiem')?.getAttribute('aria-busy') !== 'true');
}

async function shownResults(on: Page = session.page): Promise<Shown[]> {
  return on.$$eval('#danh-sach-ket-qua > li', (items) =>
    items.map((li) => ({
      kind: li.querySelector('.result-kind')?.textContent?.trim() ?? '',
      title: li.querySelector('h3')?.textContent?.trim() ?? '',
      href: li.querySelector('h3 a')?.getAttribute('href') ?? '',
      meta: li.querySelector('.meta')?.textContent?.trim() ?? '',
      excerpt: li.querySelector('.result-excerpt')?.textContent?.trim() ?? '',
      marks: [...li.querySelectorAll('mark')].map((m) => m.textContent ?? ''),
    })),
  );
}

/** Every result of the search shown, pressing "more" until there is none. */
async function allResults(): Promise<Shown[]> {
  const more = session.page.getByRole('button', { name: 'Xem thêm kết quả' });
  while (await more.isVisible()) {
    const before = (await shownResults()).length;
    await more.click();
    await session.page.waitForFunction((n) => document.querySelectorAll('#danh-sach-ket-qua > li').length > n, before);
  }
  return shownResults();
}

async function search(query: string, base = '/', on: Page = session.page, origin = session.server.origin): Promise<{ status: string; results: Shown[] }> {
  await on.goto(`${origin}${base}tim-kiem/?q=${encodeURIComponent(query)}`);
  const status = await outcomeFor(query, on);
  await settled(on);
  return { status, results: await shownResults(on) };
}

const PLAN = 'Kế hoạch tuyên truyền cải cách hành chính xã Bằng Cả năm 2024';
const CHUNG_THUC_BAN_SAO = 'Chứng thực bản sao từ bản chính giấy tờ, văn bản';
const CHUNG_THUC_CHU_KY = 'Chứng thực chữ ký trong các giấy tờ, văn bản';

type Expectation =
  | { first: string } // the first result's title starts with this
  | { within: number; includes: string }; // a result among the first N has this title start

/** What citizens type, and what must come back. */
const QUERIES: [why: string, query: string, expected: Expectation][] = [
  ['no marks', 'dang ky ket hon', { first: 'Đăng ký kết hôn' }],
  ['no marks, d for đ', 'dang ky khai sinh', { first: 'Đăng ký khai sinh' }],
  ['d for đ, upper case', 'DANG KY KHAI TU', { first: 'Đăng ký khai tử' }],
  ['upper case with marks', 'ĐĂNG KÝ KHAI TỬ', { first: 'Đăng ký khai tử' }],
  ['upper case, no marks', 'KET HON', { first: 'Đăng ký kết hôn' }],
  ['no marks', 'chung thuc ban sao', { first: CHUNG_THUC_BAN_SAO }],
  ['no marks', 'chung thuc chu ky', { first: CHUNG_THUC_CHU_KY }],
  ['with marks', 'chứng thực', { within: 2, includes: CHUNG_THUC_BAN_SAO }],
  ['a national procedure code', '1.001193', { first: 'Đăng ký khai sinh' }],
  ['a national procedure code', '2.000815', { first: CHUNG_THUC_BAN_SAO }],
  ['part of a name', 'trich luc', { first: 'Cấp bản sao Trích lục hộ tịch' }],
  ['part of a name', 'nuoi con', { first: 'Đăng ký việc nuôi con nuôi trong nước' }],
  ['a word still being typed', 'khai si', { within: 2, includes: 'Đăng ký khai sinh' }],
  ['a long name without marks', 'xac nhan tinh trang hon nhan', { first: 'Cấp Giấy xác nhận tình trạng hôn nhân' }],
  ['a citizen’s wording', 'lam giay khai sinh', { within: 3, includes: 'Đăng ký khai sinh' }],
  ['a citizen’s sentence, its last words side by side on no page', 'làm giấy khai sinh cho con mới đẻ', { within: 3, includes: 'Đăng ký khai sinh' }],
  [
    'a long sentence whose words all together find no answer',
    'xin cap lai ban sao giay khai sinh bi mat do chay nha',
    { within: 3, includes: 'Cấp bản sao Trích lục hộ tịch' },
  ],
  ['d for đ, upper case', 'DUC', { within: 4, includes: 'Đăng ký việc nuôi con nuôi trong nước' }],
  ['d for đ in news', 'doi thoai doanh nghiep', { first: 'Đối thoại với doanh nghiệp, hợp tác xã và hộ kinh doanh quý I/2024' }],
  ['news, no marks', 'buu chinh cong ich', { first: 'Nhận kết quả thủ tục hành chính tại nhà qua dịch vụ bưu chính công ích' }],
  ['news, no marks', 'loa truyen thanh', { first: 'Chuyên mục “Cải cách hành chính” phát hằng tuần trên loa truyền thanh' }],
  ['news, no marks', 'an toan thong tin', { first: 'Tập huấn kỹ năng số và an toàn thông tin mạng' }],
  ['an index name', 'sipas', { within: 3, includes: 'Hội nghị công bố kết quả công tác cải cách hành chính' }],
  ['a commendation', 'ma qr', { first: 'Sáng kiến phiếu hướng dẫn hồ sơ hộ tịch có mã QR' }],
  ['a commendation', 'thanh nien tinh nguyen', { first: 'Đội hình thanh niên tình nguyện' }],
  ['two words from a plan task', 'zalo facebook', { within: 2, includes: PLAN }],
  ['two words from a plan task, d for đ', 'phi dia gioi', { within: 3, includes: PLAN }],
  ['a citizen’s word for a procedure (the vocabulary table)', 'giay doc than', { first: 'Cấp Giấy xác nhận tình trạng hôn nhân' }],
  ['i for y', 'dang ki khai sinh', { first: 'Đăng ký khai sinh' }],
  ['i for y, with marks', 'chứng thực chữ kí', { first: CHUNG_THUC_CHU_KY }],
  ['the contact page', 'duong day nong', { within: 3, includes: 'Liên hệ' }],
  ['the contact page by a label of its facts (not indexed as text)', 'gio lam viec', { first: 'Liên hệ' }],
  ['the contact page by a label of its facts, with marks', 'số điện thoại', { first: 'Liên hệ' }],
  ['a plan by its name and year, without “năm”', 'ke hoach cai cach hanh chinh 2024', { first: PLAN }],
  ['a plan by its year', 'ke hoach 2024', { within: 2, includes: PLAN }],
];

describe('what citizens type finds the right page', () => {
  it.each(QUERIES)('%s: “%s”', async (_why, query, expected) => {
    const { status, results } = await search(query);
    expect(status).toMatch(/^Tìm thấy \d+ kết quả/);
    const titles = results.map((r) => r.title);
    if ('first' in expected) expect(titles[0], titles.join('\n')).toMatch(new RegExp(`^${escapeRegExp(expected.first)}`));
    else
      expect(
        titles.slice(0, expected.within).some((t) => t.startsWith(expected.includes)),
        titles.join('\n'),
      ).toBe(true);
  });

  it('finds the same pages with or without marks, with d for đ, in any case', async () => {
    const every = async (q: string) => {
      await search(q);
      const more = session.page.getByRole('button', { name: 'Xem thêm kết quả' });
      while (await more.isVisible()) {
        const before = await session.page.locator('#danh-sach-ket-qua > li').count();
        await more.click();
        await session.page.waitForFunction((n) => document.querySelectorAll('#danh-sach-ket-qua > li').length > n, before);
      }
      return new Set((await shownResults()).map((r) => r.href));
    };
    const marked = await every('đăng ký kết hôn');
    expect(marked.size).toBeGreaterThan(0);
    for (const variant of ['dang ky ket hon', 'DANG KY KET HON', 'Đăng Ký Kết Hôn']) expect(await every(variant), variant).toEqual(marked);
  });

  it('a word still being typed finds every page with a word starting with it', async () => {
    // The truth from the bundle: every page whose index has a word starting with the prefix.
    const [index] = (await readSearchBundle(bundleDir(SITES.demo.out))).languages;
    // Syllables: a prefix that is none ("th") is read by the query side as a typo and respelled.
    for (const prefix of ['da', 'tha', 'ho']) {
      const pages = new Set(index!.chunks.flatMap((c) => c.words.filter((w) => w.word.startsWith(prefix)).flatMap((w) => entryPages(w))));
      // Pagefind alone found 20 of the 67 pages for "da": one chunk of the word index.
      expect(pages.size, prefix).toBeGreaterThan(10);
      const { status } = await search(prefix);
      expect(status, prefix).toMatch(new RegExp(`^Tìm thấy ${pages.size} kết quả`));
    }
  });

  it('ranks a procedure named by the query above news that mentions it', async () => {
    // A news item's summary is searched with its body, inside articles.
    await session.page.goto(`${session.server.origin}/tim-kiem/?q=${encodeURIComponent('khai sinh')}&toan-van=1`);
    await outcomeFor('khai sinh');
    await settled();
    const results = await allResults();
    const at = (title: string) => results.findIndex((r) => r.title.startsWith(title));
    const news = at('Hướng dẫn người dân nộp hồ sơ trực tuyến');
    expect(news, 'the news item’s summary mentions hồ sơ khai sinh').toBeGreaterThan(0);
    const named = results.filter((r) => r.kind === 'Thủ tục hành chính' && /khai sinh/i.test(r.title));
    expect(named.map((r) => r.title)).toContain('Đăng ký khai sinh');
    for (const procedure of named) expect(at(procedure.title), procedure.title).toBeLessThan(news);
    expect(results.slice(0, news).filter((r) => r.kind === 'Tin tức')).toEqual([]);
  });

  it('ranks exact-mark matches first for a query typed with marks', async () => {
    // "bàn" (địa bàn) against the many pages with ban, bản, bán…
    const { results } = await search('bàn');
    const top = results.slice(0, 3);
    expect(top).toHaveLength(3);
    for (const r of top) {
      const html = await (await fetch(`${session.server.origin}${r.href}`)).text();
      expect(html, r.href).toMatch(/\bbàn\b/i);
    }
  });
});

describe('what citizens type that the index does not hold as typed', () => {
  const NOTE = '#ghi-chu-tim-kiem';
  const KET_HON = 'Đăng ký kết hôn';

  it.each([
    ['Telex leftovers', 'ddang kys ket hon', KET_HON, 'Hiển thị kết quả cho: đăng ký kết hôn.'],
    ['VNI leftovers', 'da9ng ky1 khai sinh', 'Đăng ký khai sinh', 'Hiển thị kết quả cho: đăng ký khai sinh.'],
    ['a typo one edit away', 'ket hong', KET_HON, 'Hiển thị kết quả cho: kết hôn.'],
    ['a swapped pair of letters', 'nuoi con nuio', 'Đăng ký việc nuôi con nuôi trong nước', 'Hiển thị kết quả cho: nuôi con nuôi.'],
  ])('%s: “%s” finds the page and says what was searched', async (_why, query, first, note) => {
    const { status, results } = await search(query);
    expect(results[0]?.title, results.map((r) => r.title).join('\n')).toBe(first);
    expect(await session.page.textContent(NOTE)).toBe(note);
    expect(await session.page.locator(NOTE).isVisible()).toBe(true);
    expect(status).toContain(note); // the live region says it too
  });

  it.each([
    ['what documents', 'đăng ký kết hôn cần giấy tờ gì', KET_HON],
    ['what fee, without marks', 'chung thuc ban sao mat bao nhieu tien', CHUNG_THUC_BAN_SAO],
    ['how long', 'toi muon dang ky khai tu thi mat bao lau', 'Đăng ký khai tử'],
  ])('a question (%s): “%s” finds the procedure, as a plain search', async (_why, query, first) => {
    const { status, results } = await search(query);
    expect(results[0]?.title.startsWith(first), results.map((r) => r.title).join('\n')).toBe(true);
    expect(status).toMatch(/^Tìm thấy \d+ kết quả/);
    expect(await session.page.locator(NOTE).isVisible()).toBe(false);
  });

  it('a question that no page answers with all its words says so, and shows the closest', async () => {
    const { status, results } = await search('xin giấy độc thân để kết hôn với người nước ngoài ở đâu');
    expect(results[0]?.title).toBe('Cấp Giấy xác nhận tình trạng hôn nhân');
    const note = 'Không có trang nào có đủ các từ “xin giấy độc thân để kết hôn với người nước ngoài”; kết quả gần nhất cho “';
    expect(await session.page.textContent('#ghi-chu-tim-kiem')).toContain(note);
    expect(status).toContain(note);
  });

  it('a procedure code in a question shows that procedure first', async () => {
    const { results } = await search('thủ tục 1.001193 là gì');
    expect(results[0]).toMatchObject({ title: 'Đăng ký khai sinh', meta: 'Mã thủ tục: 1.001193 · Lĩnh vực: Hộ tịch' });
  });

  it.each(['nấu phở ngon ở đâu', 'mua vé máy bay'])('a question with no real answer, “%s”, shows the empty state, not an unrelated page', async (query) => {
    // Pagefind finds pages for some of the words ("phở" as phố, phòng…; "máy"), and close spellings ("lâu").
    const { status, results } = await search(query);
    expect(results).toEqual([]);
    expect(status).toBe(`Không tìm thấy kết quả nào cho “${query}”.`);
    expect(await session.page.locator('#khong-co-ket-qua').isVisible()).toBe(true);
  });
});

describe('the full-text index (news and commendation bodies)', () => {
  const fullTextRequests = async (act: () => Promise<unknown>) => {
    const requests: string[] = [];
    const record = (r: Request) => requests.push(r.url());
    session.page.on('request', record);
    try {
      await act();
    } finally {
      session.page.off('request', record);
    }
    return requests.filter((u) => u.includes('/pagefind/toan-van/'));
  };

  it('is not loaded when the main index answers', async () => {
    expect(await fullTextRequests(() => search('dang ky khai sinh'))).toEqual([]);
  });

  it('is merged when the main index finds nothing: a word only in a commendation story', async () => {
    // No word of the main index starts with "luot", nor is a start of it (Pagefind would shorten the query to that word).
    let shown: Awaited<ReturnType<typeof search>> | undefined;
    const loaded = await fullTextRequests(async () => (shown = await search('luot')));
    expect(loaded.length).toBeGreaterThan(0);
    expect(shown!.results.map((r) => r.title)).toEqual(['Đội hình thanh niên tình nguyện hỗ trợ người dân sử dụng dịch vụ công trực tuyến']);
    expect(shown!.results[0]!.excerpt).toContain('lượt người dân');
  });

  it('finds a word of a news body when the reader asks to search inside articles', async () => {
    await session.page.goto(`${session.server.origin}/tim-kiem/?q=${encodeURIComponent('quạt mát')}&toan-van=1`);
    await outcomeFor('quạt mát');
    await settled();
    const titles = (await shownResults()).map((r) => r.title);
    expect(titles[0]).toBe('Bộ phận Một cửa xã sắp xếp lại không gian, lắp máy lấy số thứ tự');
  });

  it('is merged when the reader ticks the box, which the address keeps, and gives each article once', async () => {
    await search('buu chinh');
    const before = await allResults();
    await fullTextRequests(async () => {
      await session.page.getByLabel('Tìm cả trong nội dung bài viết').check();
      await settled();
    });
    expect(new URL(session.page.url()).searchParams.get('toan-van')).toBe('1');
    const after = await allResults();
    const hrefs = after.map((r) => r.href);
    expect(new Set(hrefs).size, hrefs.join('\n')).toBe(hrefs.length);
    for (const r of before) expect(hrefs).toContain(r.href);
    // A shared address with the box ticked opens with it ticked.
    await session.page.goto(`${session.server.origin}/tim-kiem/?q=buu+chinh&toan-van=1`);
    await outcomeFor('buu chinh');
    expect(await session.page.getByLabel('Tìm cả trong nội dung bài viết').isChecked()).toBe(true);
  });
});

describe('results', () => {
  it('show the type, and for a procedure its code and field', async () => {
    const { results } = await search('1.001193');
    expect(results[0]).toMatchObject({
      kind: 'Thủ tục hành chính',
      title: 'Đăng ký khai sinh',
      href: '/thu-tuc-hanh-chinh/dang-ky-khai-sinh/',
      meta: 'Mã thủ tục: 1.001193 · Lĩnh vực: Hộ tịch',
    });
    const news = (await search('loa truyen thanh')).results[0]!;
    expect(news.kind).toBe('Tin tức');
    expect(news.meta).toMatch(/^Ngày đăng: \d{2}\/\d{2}\/2024$/);
    expect((await search('zalo facebook')).results.find((r) => r.title === PLAN)?.kind).toBe('Kế hoạch');
    expect((await search('ma qr')).results[0]!.kind).toBe('Biểu dương');
  });

  it('keep the original spelling in titles and excerpts, marking what matched', async () => {
    const { results } = await search('dang ky khai sinh');
    const first = results[0]!;
    expect(first.title).toBe('Đăng ký khai sinh');
    expect(first.marks).toEqual(expect.arrayContaining(['Đăng', 'ký', 'khai', 'sinh']));
    for (const r of results) {
      // A folded word ("dang", "ky") never shows: the text is the page's own.
      expect(`${r.title} ${r.excerpt}`, r.href).not.toMatch(/(^|[^\p{L}])(dang|ky)(?![\p{L}])/iu);
      for (const mark of r.marks)
        expect(
          ['dang', 'ky', 'khai', 'sinh'].some((t) => fold(mark).startsWith(t)),
          mark,
        ).toBe(true);
    }
  });

  it('announce the outcome in a polite live region, with the first result', async () => {
    const { status } = await search('dang ky ket hon');
    const region = session.page.locator(STATUS);
    expect(await region.getAttribute('role')).toBe('status');
    expect(await region.getAttribute('aria-live')).toBe('polite');
    expect(status).toMatch(/^Tìm thấy \d+ kết quả cho “dang ky ket hon”\. Kết quả đầu tiên: Đăng ký kết hôn\.$/);
  });

  it('show a helpful empty state with the procedure index and the hotline', async () => {
    const { status, results } = await search('xyzzy qwerty');
    expect(status).toBe('Không tìm thấy kết quả nào cho “xyzzy qwerty”.');
    expect(results).toEqual([]);
    const empty = session.page.locator('#khong-co-ket-qua');
    expect(await empty.isVisible()).toBe(true);
    expect(await empty.getByRole('link', { name: 'Xem toàn bộ danh mục thủ tục hành chính' }).getAttribute('href')).toBe('/thu-tuc-hanh-chinh/');
    expect(await empty.locator('a[href^="tel:"]').count()).toBeGreaterThan(0);
    expect(await session.page.locator('#ket-qua').isVisible()).toBe(false);
  });

  it('say nothing was found for punctuation or an emoji alone, rather than list every page', async () => {
    // Without a word Pagefind takes the query for none and lists the whole site.
    for (const junk of ['%', '...', '?!', '😀']) {
      const { status, results } = await search(junk);
      expect(status, junk).toBe(`Không tìm thấy kết quả nào cho “${junk}”.`);
      expect(results, junk).toEqual([]);
      expect(await session.page.locator('#khong-co-ket-qua').isVisible(), junk).toBe(true);
    }
  });

  it('show three first, five more on request, and move focus to the first new result', async () => {
    const { status, results } = await search('thu tuc');
    const total = Number(/Tìm thấy (\d+)/.exec(status)![1]);
    expect(total).toBeGreaterThan(8);
    expect(results).toHaveLength(3);
    expect(await session.page.locator('#so-ket-qua-hien').textContent()).toBe(`Đang hiện 3 trên ${total} kết quả.`);
    await session.page.getByRole('button', { name: 'Xem thêm kết quả' }).click();
    await session.page.waitForFunction(() => document.querySelectorAll('#danh-sach-ket-qua > li').length > 3);
    const shown = await shownResults();
    expect(shown).toHaveLength(8);
    expect(await session.page.evaluate(() => (document.activeElement as HTMLAnchorElement).getAttribute('href'))).toBe(shown[3]!.href);
  });
});

describe('filters', () => {
  it('narrow by type and field, and the address keeps them', async () => {
    await search('dang ky');
    await session.page.getByText('Lọc kết quả theo loại, lĩnh vực, chủ đề, năm').click();
    await session.page
      .getByRole('group', { name: 'Loại nội dung' })
      .getByLabel(/^Tin tức/)
      .check();
    await settled();
    await session.page.waitForURL(/loai=Tin\+t%E1%BB%A9c/);
    let results = await shownResults();
    expect(results.length).toBeGreaterThan(0);
    expect(results.every((r) => r.kind === 'Tin tức')).toBe(true);

    await session.page.goto(`${session.server.origin}/tim-kiem/?q=chung+thuc&linh-vuc=Ch%E1%BB%A9ng+th%E1%BB%B1c`);
    await outcomeFor('chung thuc');
    results = await shownResults();
    expect(results).toHaveLength(2);
    expect(results.every((r) => r.meta.endsWith('Lĩnh vực: Chứng thực'))).toBe(true);
    expect(
      await session.page
        .getByRole('group', { name: 'Lĩnh vực thủ tục' })
        .getByLabel(/^Chứng thực/)
        .isChecked(),
    ).toBe(true);
  });

  it('offer topics and years, and work without a query', async () => {
    await session.page.goto(`${session.server.origin}/tim-kiem/?chu-de=Chuy%E1%BB%83n+%C4%91%E1%BB%95i+s%E1%BB%91&nam=2024`);
    await session.page.waitForFunction((s) => /^Có \d+ kết quả/.test(document.querySelector(s)?.textContent ?? ''), STATUS);
    const results = await shownResults();
    expect(results.length).toBeGreaterThan(0);
    expect(results.every((r) => r.kind === 'Tin tức' && r.meta.endsWith('/2024'))).toBe(true);
    const years = await session.page.getByRole('group', { name: 'Năm' }).getByRole('checkbox').count();
    expect(years).toBeGreaterThan(0);
  });
});

describe('the search page', () => {
  it('loads no search code and no index until a search starts, then only from this site', async () => {
    const requests: string[] = [];
    const record = (r: Request) => requests.push(r.url());
    session.page.on('request', record);
    await session.page.goto(`${session.server.origin}/tim-kiem/`);
    await session.page.waitForLoadState('networkidle');
    expect(requests.filter((u) => u.includes('/pagefind/') || u.includes('search-ui'))).toEqual([]);
    expect(await session.page.locator('#du-phong').isVisible()).toBe(true);

    await session.page.getByRole('searchbox', { name: 'Tìm thủ tục, tin tức' }).pressSequentially('ket hon');
    await outcomeFor('ket hon');
    session.page.off('request', record);
    expect(requests.some((u) => u.endsWith('/pagefind/pagefind.js'))).toBe(true);
    expect(requests.every((u) => u.startsWith(session.server.origin))).toBe(true);
    // The address follows what was typed, so the search can be shared.
    expect(new URL(session.page.url()).search).toBe('?q=ket+hon');
    expect(await session.page.locator('#du-phong').isVisible()).toBe(false);
  });

  it('ships its script as an external file: no inline script on the page', async () => {
    const html = await (await fetch(`${session.server.origin}/tim-kiem/`)).text();
    const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)].filter((m) => !/type="application\/(ld\+)?json"/.test(m[1]!));
    expect(scripts.length).toBeGreaterThan(0);
    for (const [, attributes, body] of scripts) {
      expect(attributes).toMatch(/\bsrc="\/_astro\/[^"]+\.js"/);
      expect(body!.trim()).toBe('');
    }
  });

  it('works from the keyboard alone', async () => {
    await session.page.goto(`${session.server.origin}/tim-kiem/`);
    await session.page.keyboard.press('Tab'); // skip link
    const box = session.page.getByRole('searchbox', { name: 'Tìm thủ tục, tin tức' });
    for (let i = 0; i < 40 && !(await box.evaluate((el) => el === document.activeElement)); i++) await session.page.keyboard.press('Tab');
    expect(await box.evaluate((el) => el === document.activeElement)).toBe(true);
    await session.page.keyboard.type('dang ky khai tu');
    await session.page.keyboard.press('Enter');
    await outcomeFor('dang ky khai tu');
    // Button, then the box "search inside articles" (since issue #18), then the filter toggle, then the first result.
    await session.page.keyboard.press('Tab');
    await session.page.keyboard.press('Tab');
    expect(await session.page.evaluate(() => document.activeElement?.id)).toBe('toan-van');
    await session.page.keyboard.press('Tab');
    expect(await session.page.evaluate(() => document.activeElement?.tagName)).toBe('SUMMARY');
    await session.page.keyboard.press('Tab');
    expect(await session.page.evaluate(() => document.activeElement?.textContent)).toBe('Đăng ký khai tử');
    await session.page.keyboard.press('Enter');
    await session.page.waitForURL('**/thu-tuc-hanh-chinh/dang-ky-khai-tu/');
  });

  it('works under a Content-Security-Policy without unsafe-inline scripts', async () => {
    const strict = await session.browser.newPage();
    const violations: string[] = [];
    strict.on('console', (m) => m.type() === 'error' && violations.push(m.text()));
    strict.on('pageerror', (e) => violations.push(e.message));
    await strict.route('**/*', async (route) => {
      const response = await route.fetch();
      await route.fulfill({
        response,
        headers: {
          ...response.headers(),
          'content-security-policy': "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self' 'unsafe-inline'; img-src 'self' data:",
        },
      });
    });
    const { results } = await search('chung thuc', '/', strict);
    expect(results[0]?.title).toMatch(/^Chứng thực/);
    expect(violations).toEqual([]);
    await strict.close();
  });

  it('works for a commune under a base path', async () => {
    const other = await serve(SITES.lienMinh.out, '/xa-lien-minh/');
    try {
      const { results } = await search('DUC THO', '/xa-lien-minh/', session.page, other.origin);
      expect(results.length).toBeGreaterThan(0);
      expect(results[0]!.href.startsWith('/xa-lien-minh/')).toBe(true);
      expect(results[0]!.marks).toEqual(expect.arrayContaining(['Đức', 'Thọ']));
      const target = await (await fetch(`${other.origin}${results[0]!.href}`)).text();
      expect(target).toContain('Đức Thọ');
    } finally {
      await other.close();
    }
  });

  it('logged no console errors, failed requests or HTTP errors', () => {
    expect(session.problems).toEqual([]);
  });
});

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
