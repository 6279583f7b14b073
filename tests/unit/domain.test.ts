import { describe, expect, it } from 'vitest';
import { documentLabel } from '../../src/lib/documents.ts';
import { NEWS_PER_PAGE, newsByTopic, publishedNews, topicPages } from '../../src/lib/news.ts';
import { laterPages, pageCount, pageWindow, paginate } from '../../src/lib/pagination.ts';
import { paths, withBase } from '../../src/lib/paths.ts';
import { currentPlan, targetLabel, timingLabel } from '../../src/lib/plans.ts';
import {
  channelLabels,
  DEFAULT_POPULAR,
  feeAmounts,
  feesFreeFirst,
  filingDesk,
  formatFee,
  groupByField,
  INDEX_INLINE_MAX,
  isDeadPortalLink,
  isOneOriginal,
  nationalSearchUrl,
  portalUrlOf,
  procedureCatalogue,
  usualCase,
} from '../../src/lib/procedures.ts';
import { procedureUi } from '../../src/i18n/vi.ts';
import { buildSitemaps } from '../../src/lib/sitemap.ts';
import { topicSlugFor } from '../../src/lib/topics.ts';

describe('paths and base', () => {
  it('prefixes the base path once', () => {
    expect(withBase('/', paths.procedure('dang-ky-khai-sinh'))).toBe('/thu-tuc-hanh-chinh/dang-ky-khai-sinh/');
    expect(withBase('/xa-bang-ca/', paths.news)).toBe('/xa-bang-ca/tin-tuc/');
    expect(withBase('/xa-bang-ca', paths.home)).toBe('/xa-bang-ca/');
  });
  it('keeps page 1 of the news at /tin-tuc/', () => {
    expect(paths.newsPage(1)).toBe('/tin-tuc/');
    expect(paths.newsPage(3)).toBe('/tin-tuc/trang/3/');
  });
  it('keeps page 1 of the events and commendations at their lists, the rest under trang/N/', () => {
    expect(paths.eventsPage(1)).toBe('/su-kien/');
    expect(paths.eventsPage(2)).toBe('/su-kien/trang/2/');
    expect(paths.commendationsPage(1)).toBe('/bieu-duong/');
    expect(paths.commendationsPage(12)).toBe('/bieu-duong/trang/12/');
    expect(paths.taskItems(2024, 'II.1', 3)).toBe('/ke-hoach/2024/nhiem-vu/ii-1/trang/3/');
  });
  it('keeps page 1 of a topic at its own address', () => {
    expect(paths.topic('mot-cua')).toBe('/tin-tuc/chu-de/mot-cua/');
    expect(paths.topic('mot-cua', 1)).toBe('/tin-tuc/chu-de/mot-cua/');
    expect(paths.topic('mot-cua', 2)).toBe('/tin-tuc/chu-de/mot-cua/trang/2/');
  });
});

describe('paginate', () => {
  it('splits into pages and always has a first page', () => {
    expect(paginate([1, 2, 3, 4, 5], 2).map((p) => p.items)).toEqual([[1, 2], [3, 4], [5]]);
    expect(paginate([], 10)).toEqual([{ number: 1, total: 1, items: [] }]);
    expect([0, 1, 20, 21].map((n) => pageCount(n, 20))).toEqual([1, 1, 1, 2]);
  });
  it('gives the routes every page after the first, with their props', () => {
    const pages = paginate([1, 2, 3, 4, 5], 2);
    expect(laterPages(pages, { topic: 'x' })).toEqual([
      { params: { page: '2' }, props: { topic: 'x', page: pages[1] } },
      { params: { page: '3' }, props: { topic: 'x', page: pages[2] } },
    ]);
    expect(laterPages(paginate([], 2), {})).toEqual([]);
  });
  it('numbers the first, the last and the pages next to the current, skipping the rest', () => {
    expect(pageWindow(1, 1)).toEqual([1]);
    expect(pageWindow(2, 3)).toEqual([1, 2, 3]);
    expect(pageWindow(1, 50)).toEqual([1, 2, null, 50]);
    expect(pageWindow(25, 50)).toEqual([1, null, 24, 25, 26, null, 50]);
    expect(pageWindow(50, 50)).toEqual([1, null, 49, 50]);
    // A gap of one page shows that page instead of "…".
    expect(pageWindow(4, 7)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    // As short at 500 pages as at 10: at most seven entries.
    expect(Math.max(...Array.from({ length: 500 }, (_, i) => pageWindow(i + 1, 500).length))).toBe(7);
  });
});

const item = (id: string, date: string, topics: string[], draft = false) => ({
  id,
  data: { date, draft, topics: topics as never, title: id },
});

describe('news', () => {
  it('drops drafts and sorts newest first', () => {
    const list = publishedNews([item('a', '2024-01-05', []), item('b', '2024-03-01', [], true), item('c', '2024-02-01', [])]);
    expect(list.map((n) => n.id)).toEqual(['c', 'a']);
  });
  it('groups by topic in the fixed topic order, skipping empty topics', () => {
    const groups = newsByTopic([item('a', '2024-01-01', ['chuyen-doi-so']), item('b', '2024-01-02', ['cai-cach-thu-tuc-hanh-chinh', 'chuyen-doi-so'])]);
    expect(groups.map((g) => [g.topic, g.items.map((i) => i.id)])).toEqual([
      ['cai-cach-thu-tuc-hanh-chinh', ['b']],
      ['chuyen-doi-so', ['a', 'b']],
    ]);
  });
  it('splits each topic into pages of NEWS_PER_PAGE, in the order given', () => {
    const many = Array.from({ length: NEWS_PER_PAGE * 2 + 3 }, (_, i) => item(`n${i}`, '2024-01-01', ['mot-cua']));
    const pages = topicPages([...many, item('x', '2024-01-01', ['the-che'])]);
    expect(pages.map((p) => [p.topic, p.page.number, p.page.total, p.page.items.length])).toEqual([
      ['mot-cua', 1, 3, NEWS_PER_PAGE],
      ['mot-cua', 2, 3, NEWS_PER_PAGE],
      ['mot-cua', 3, 3, 3],
      ['the-che', 1, 1, 1],
    ]);
    expect(pages[1]!.page.items[0]!.id).toBe(`n${NEWS_PER_PAGE}`);
  });
  it('maps topic labels typed without marks', () => {
    expect(topicSlugFor('mot cua, mot cua lien thong')).toBe('mot-cua');
    expect(topicSlugFor('bóng đá')).toBeNull();
  });
});

describe('procedures', () => {
  const proc = (name: string, field: string) => ({ data: { name, field } });
  it('groups by field in Vietnamese order', () => {
    const groups = groupByField([proc('Đăng ký khai tử', 'Hộ tịch'), proc('Chứng thực chữ ký', 'Chứng thực'), proc('Đăng ký khai sinh', 'Hộ tịch')]);
    expect(groups.map((g) => g.field)).toEqual(['Chứng thực', 'Hộ tịch']);
    expect(groups[1]!.items.map((p) => p.data.name)).toEqual(['Đăng ký khai sinh', 'Đăng ký khai tử']);
  });
  it('links to the national portal search for the code unless the procedure has its own address', () => {
    // Behaviour changed on purpose (issue 14): the old per-procedure address is dead since the 2026 portal.
    expect(nationalSearchUrl('1.001193')).toBe('https://dichvucong.gov.vn/tim-kiem-thu-tuc-hanh-chinh?keyword=1.001193');
    expect(portalUrlOf({ code: '1.001193', portalUrl: undefined })).toBe(nationalSearchUrl('1.001193'));
    expect(portalUrlOf({ code: '1.001193', portalUrl: 'https://example.gov.vn/x' })).toBe('https://example.gov.vn/x');
    expect(isDeadPortalLink('https://dichvucong.gov.vn/p/home/dvc-chi-tiet-thu-tuc-hanh-chinh.html?ma_thu_tuc=1.001193')).toBe(true);
    expect(isDeadPortalLink('https://dichvucong.gov.vn/p/home/dvc-tthc-thu-tuc-hanh-chinh-chi-tiet.html?ma_thu_tuc=1.001193')).toBe(true);
    expect(isDeadPortalLink(nationalSearchUrl('1.001193'))).toBe(false);
  });
  it('files at the service center, or at the commune itself on a historic site', () => {
    const site = { agency: 'UBND xã A', address: 'Trụ sở xã A', officeHours: 'Sáng 7 giờ 30', phone: '0203 1', serviceCenter: undefined };
    expect(filingDesk(site)).toEqual({ name: 'UBND xã A', address: 'Trụ sở xã A', hours: 'Sáng 7 giờ 30', phone: '0203 1' });
    const center = { name: 'Trung tâm Phục vụ hành chính công xã A', address: 'Số 1', phone: '0203 2', hours: undefined, mapUrl: 'https://maps.example/a' };
    expect(filingDesk({ ...site, serviceCenter: center })).toEqual({
      name: center.name,
      address: 'Số 1',
      hours: 'Sáng 7 giờ 30',
      phone: '0203 2',
      mapUrl: center.mapUrl,
    });
    expect(filingDesk({ ...site, serviceCenter: { ...center, hours: 'Cả thứ Bảy' } }).hours).toBe('Cả thứ Bảy');
  });
  it('puts the most-used procedures first and splits a long index into field pages', () => {
    const item = (code: string, field: string, state: 'in-force' | 'abolished' = 'in-force') => ({ data: { code, name: `Thủ tục ${code}`, field, status: { state } } });
    const few = [item('1.001193', 'Hộ tịch'), item('2.000815', 'Chứng thực'), item('1.000894', 'Hộ tịch', 'abolished'), item('1.999999', 'Đất đai')];
    const byDefault = procedureCatalogue(few);
    expect(byDefault.popular.map((p) => p.data.code)).toEqual(['1.001193', '2.000815']);
    expect(DEFAULT_POPULAR.indexOf('1.001193')).toBeLessThan(DEFAULT_POPULAR.indexOf('2.000815'));
    expect(procedureCatalogue(few, ['1.999999', '1.001193']).popular.map((p) => p.data.code)).toEqual(['1.999999', '1.001193']);
    expect(byDefault.groups.map((g) => [g.slug, g.items.length])).toEqual([
      ['chung-thuc', 1],
      ['dat-dai', 1],
      ['ho-tich', 2],
    ]);
    expect(byDefault.fieldPages).toBe(false);
    const many = Array.from({ length: INDEX_INLINE_MAX + 1 }, (_, i) => item(`1.${String(i).padStart(6, '0')}`, 'Hộ tịch'));
    expect(procedureCatalogue(many.slice(0, INDEX_INLINE_MAX)).fieldPages).toBe(false);
    expect(procedureCatalogue(many).fieldPages).toBe(true);
  });
  it('formats fees in đồng', () => {
    expect(formatFee({ name: 'Lệ phí', amount: 0, note: undefined })).toBe('Miễn phí');
    expect(formatFee({ name: 'Phí', amount: 8000, note: undefined })).toBe('8.000 đồng');
    expect(formatFee({ name: 'Phí', amount: undefined, note: 'Theo nghị quyết HĐND tỉnh' })).toBe('Theo nghị quyết HĐND tỉnh');
  });
  it('answers the fee free first: the free cases lead, then the amounts from the smallest, a varying one last', () => {
    const fees = [
      { name: 'Quá hạn', amount: undefined, note: 'Theo mức HĐND tỉnh' },
      { name: 'Bản sao', amount: 8000 },
      { name: 'Đúng hạn', amount: 0 },
      { name: 'Trích lục', amount: 3000 },
      { name: 'Cấp lại', amount: 8000 },
    ];
    expect(feesFreeFirst(fees).map((f) => f.name)).toEqual(['Đúng hạn', 'Quá hạn', 'Bản sao', 'Trích lục', 'Cấp lại']);
    expect(feeAmounts(fees)).toEqual([0, 3000, 8000, null]);
    expect(feeAmounts([{ amount: 2000 }])).toEqual([2000]);
    expect(feeAmounts([])).toEqual([]);
  });
  it('takes the usual processing time before the first semicolon, and says when exceptions follow', () => {
    expect(usualCase('Ngay trong ngày tiếp nhận hồ sơ; trường hợp nhận hồ sơ sau 15 giờ thì trả trong ngày làm việc tiếp theo.')).toEqual({
      usual: 'Ngay trong ngày tiếp nhận hồ sơ',
      more: true,
    });
    expect(usualCase('30 ngày kể từ ngày nhận đủ hồ sơ hợp lệ.')).toEqual({ usual: '30 ngày kể từ ngày nhận đủ hồ sơ hợp lệ.', more: false });
    expect(usualCase('05 ngày làm việc; ')).toEqual({ usual: '05 ngày làm việc', more: false });
  });
  it('names what to bring of a document only when it is not one original, and never a 0', () => {
    expect(isOneOriginal({ originals: 1, copies: 0 })).toBe(true);
    expect(isOneOriginal({ originals: 1, copies: 1 })).toBe(false);
    expect(isOneOriginal({ originals: 0, copies: 1 })).toBe(false);
    expect(procedureUi.quantityText(1, 1)).toBe('1 bản chính, 1 bản sao');
    expect(procedureUi.quantityText(0, 2)).toBe('2 bản sao');
    expect(procedureUi.quantityText(2, 0)).toBe('2 bản chính');
    expect(procedureUi.quantityText(0, 0)).not.toMatch(/\d/);
  });
  it('lists channels, online first', () => {
    expect(channelLabels({ channels: { inPerson: true, online: 'partial', postal: true } })).toEqual([
      'Dịch vụ công trực tuyến một phần',
      'Nộp trực tiếp tại Bộ phận Tiếp nhận và trả kết quả',
      'Nộp hoặc nhận kết quả qua dịch vụ bưu chính công ích',
    ]);
  });
});

describe('plans', () => {
  it('reads timings the way the plans write them', () => {
    expect(timingLabel({ kind: 'ongoing' }, 2024)).toBe('Thường xuyên');
    expect(timingLabel({ kind: 'recurring', every: 'quarter' }, 2024)).toBe('Định kỳ hằng quý');
    expect(timingLabel({ kind: 'month', month: 4 }, 2024)).toBe('Tháng 4/2024');
    expect(timingLabel({ kind: 'quarter', quarter: 4 }, 2024)).toBe('Quý IV/2024');
    expect(timingLabel({ kind: 'date', date: '2024-01-17' }, 2024)).toBe('Trước 17/01/2024');
    expect(timingLabel({ kind: 'range', from: '2024-01', to: '2024-01-17' }, 2024)).toBe('Từ tháng 01/2024 đến 17/01/2024');
    expect(targetLabel({ count: 4, of: 'news', per: 'year' })).toBe('4 tin bài/năm');
    expect(targetLabel({ count: 4, of: 'news', per: 'year', each: ['Phường 1', 'Phường 2'], cadence: { count: 1, every: 'quarter' } })).toBe(
      '4 tin bài/năm cho mỗi đơn vị (2 đơn vị), mỗi quý ít nhất 1',
    );
  });
  it("picks this year's plan, else the latest earlier one", () => {
    const plans = [{ data: { year: 2022 } }, { data: { year: 2024 } }];
    expect(currentPlan(plans, 2024)?.data.year).toBe(2024);
    expect(currentPlan(plans, 2026)?.data.year).toBe(2024);
    expect(currentPlan(plans, 2023)?.data.year).toBe(2022);
    expect(currentPlan(plans, 2020)?.data.year).toBe(2024);
    expect(currentPlan([], 2024)).toBeNull();
  });
});

describe('documentLabel', () => {
  it('cites a document in the usual Vietnamese form', () => {
    expect(documentLabel({ number: '60/2014/QH13', title: 'Luật Hộ tịch', issuer: 'Quốc hội', date: '2014-11-20', effective: '2016-01-01' })).toBe(
      'Luật Hộ tịch số 60/2014/QH13 của Quốc hội ngày 20/11/2014, có hiệu lực từ 01/01/2016',
    );
  });
});

describe('sitemap', () => {
  it('writes one sitemap.xml for a small site', () => {
    const files = buildSitemaps(['https://x.vn/b/', 'https://x.vn/a/'], 'https://x.vn');
    expect([...files.keys()]).toEqual(['sitemap.xml']);
    expect(files.get('sitemap.xml')).toContain('<loc>https://x.vn/a/</loc><url><loc>https://x.vn/b/</loc>'.replace('<url>', '</url><url>'));
  });
  it('chunks into an index when over the limit', () => {
    const urls = Array.from({ length: 5 }, (_, i) => `https://x.vn/${i}/`);
    const files = buildSitemaps(urls, 'https://x.vn/xa/', 2);
    expect([...files.keys()].sort()).toEqual(['sitemap-1.xml', 'sitemap-2.xml', 'sitemap-3.xml', 'sitemap.xml']);
    expect(files.get('sitemap.xml')).toContain('<sitemapindex');
    expect(files.get('sitemap.xml')).toContain('https://x.vn/xa/sitemap-3.xml');
  });
});
