/**
 * Reform indices, late-file disclosures and guiding documents in the built
 * sites: charts are images with a title and a description and draw exactly
 * the numbers of the table beside them; disclosures add up and respect the
 * site's privacy setting; documents link both ways, filter without script,
 * and an attached PDF is published.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { HTMLElement } from 'node-html-parser';
import { afterAll, describe, expect, it } from 'vitest';
import { validateContent } from '../../src/validation/validate-content.ts';
import { buildCommune, SITES } from '../support/build.ts';
import { BuiltSite } from '../support/dist.ts';

const demo = new BuiltSite(SITES.demo.out);
const chauThanh = new BuiltSite(SITES.chauThanh.out);
const text = (s: string | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
const temp: string[] = [];
afterAll(() => {
  for (const d of temp) rmSync(d, { recursive: true, force: true });
});

interface Result {
  index: string;
  year: number;
  scope: string;
  score?: number;
  rank?: number;
  of?: number;
  illustrative: boolean;
}
/** The demo's index results as the build reads them. */
const results = (await validateContent(SITES.demo.content, { today: '2024-06-30' })).entries
  .filter((e) => e.collection === 'indices')
  .map((e) => e.data as unknown as Result);

function charts(page: HTMLElement) {
  return page.querySelectorAll('svg.chart-svg');
}

describe('reform index charts (demo)', () => {
  const indices = [...new Set(results.map((r) => r.index))];

  it('has a page for every index with results, linked from the index overview and the menu', () => {
    expect(indices.sort()).toEqual(['ddci', 'dgi', 'dti', 'papi', 'par-index', 'pci', 'sipas']);
    const overview = demo.page('/chi-so-cchc/');
    for (const index of indices) expect(overview.querySelector(`a[href="/chi-so-cchc/${index}/"]`), index).not.toBeNull();
    expect(demo.page('/').querySelector('nav.nav a[href="/chi-so-cchc/"]')).not.toBeNull();
  });

  it('draws every chart as an image with a title and a description that name it', () => {
    let seen = 0;
    for (const index of indices) {
      for (const svg of charts(demo.page(`/chi-so-cchc/${index}/`))) {
        seen++;
        expect(svg.getAttribute('role')).toBe('img');
        const ids = svg.getAttribute('aria-labelledby')!.split(' ');
        expect(ids).toHaveLength(2);
        const [title, desc] = ids.map((id) => svg.querySelector(`#${id}`));
        expect(title?.tagName.toLowerCase()).toBe('title');
        expect(desc?.tagName.toLowerCase()).toBe('desc');
        expect(text(title!.text)).toMatch(/qua các năm/);
        expect(text(desc!.text)).toMatch(/^Năm \d{4}: .+Trục dọc: /);
        // Drawn at build time: no script anywhere near it.
        expect(svg.querySelector('script')).toBeNull();
      }
    }
    expect(seen).toBeGreaterThanOrEqual(12);
  });

  it('draws the same numbers as the table beside each chart, and as the content', () => {
    for (const index of indices) {
      const page = demo.page(`/chi-so-cchc/${index}/`);
      for (const table of page.querySelectorAll('table.index-table')) {
        const scope = table.getAttribute('data-scope')!;
        const expected = results.filter((r) => r.index === index && r.scope === scope).sort((a, b) => a.year - b.year);
        const rows = table.querySelectorAll('tbody tr');
        expect(rows.map((r) => Number(r.getAttribute('data-year')))).toEqual(expected.map((r) => r.year));
        expect(rows.map((r) => r.getAttribute('data-illustrative') === 'true')).toEqual(expected.map((r) => r.illustrative));
        for (const measure of ['score', 'rank'] as const) {
          const fromTable = rows
            .filter((r) => r.getAttribute(`data-${measure}`) !== undefined)
            .map((r) => [Number(r.getAttribute('data-year')), Number(r.getAttribute(`data-${measure}`))]);
          expect(fromTable, `${index} ${scope} ${measure}`).toEqual(expected.filter((r) => r[measure] !== undefined).map((r) => [r.year, r[measure]]));
          const svg = page.querySelector(`svg[data-scope="${scope}"][data-measure="${measure}"]`);
          const drawn = svg ? svg.querySelectorAll('circle.chart-point').map((c) => [Number(c.getAttribute('data-year')), Number(c.getAttribute('data-value'))]) : [];
          expect(drawn, `${index} ${scope} ${measure} chart`).toEqual(fromTable);
        }
      }
    }
  });

  it('shows the text of each value in the table: a percentage, a rank out of how many', () => {
    const row = demo.page('/chi-so-cchc/par-index/').querySelector('table[data-scope="province"] tr[data-year="2023"]')!;
    expect(
      row
        .querySelectorAll('td')
        .slice(0, 2)
        .map((c) => text(c.text)),
    ).toEqual(['92,18%', '1/63']);
    expect(row.querySelector('a[href^="https://"]')).not.toBeNull();
  });

  it('draws ranks with 1 on top, keeps a missing year on the axis, and centres a single point', () => {
    const province = demo.page('/chi-so-cchc/par-index/').querySelector('svg[data-scope="province"][data-measure="rank"]')!;
    const y = (year: number) => Number(province.querySelector(`circle[data-year="${year}"]`)!.getAttribute('cy'));
    expect(y(2021)).toBeGreaterThan(y(2022)); // rank 2 lower than rank 1
    const papi = demo.page('/chi-so-cchc/papi/').querySelector('svg[data-measure="rank"]')!;
    expect(papi.querySelectorAll('text.chart-tick').map((t) => t.text)).toEqual(expect.arrayContaining(['2020', '2021', '2022']));
    expect(papi.querySelector('circle[data-year="2021"]')).toBeNull();
    expect(papi.querySelectorAll('line.chart-line')).toHaveLength(0);
    expect(text(papi.querySelector('desc')!.text)).toContain('Không có số liệu năm 2021');
    const pciScore = demo.page('/chi-so-cchc/pci/').querySelector('svg[data-measure="score"]')!;
    const [point] = pciScore.querySelectorAll('circle.chart-point');
    expect(pciScore.querySelectorAll('circle.chart-point')).toHaveLength(1);
    expect(Number(point!.getAttribute('cx'))).toBeCloseTo((40 + 348) / 2, 0);
  });

  it('marks illustrative figures in words, on the chart, in the table and on the home page', () => {
    const page = demo.page('/chi-so-cchc/par-index/');
    expect(text(page.querySelector('.callout')!.text)).toContain('Số liệu minh họa');
    const commune = page.querySelector('svg[data-scope="commune"][data-measure="score"]')!;
    expect(commune.querySelectorAll('circle.chart-point.is-illustrative')).toHaveLength(3);
    expect(text(commune.querySelector('desc')!.text)).toContain('là số liệu minh họa');
    expect(page.querySelectorAll('table[data-scope="commune"] .badge')).toHaveLength(3);
    expect(page.querySelectorAll('table[data-scope="province"] .badge')).toHaveLength(0);
    const home = demo.page('/').querySelector('#chi-so')!.parentNode!;
    expect(text(home.text)).toContain('PAR INDEX 2023: xã Bằng Cả 90,12%, hạng 6/33 minh họa; thành phố Hạ Long hạng 1/13; tỉnh Quảng Ninh 92,18%, hạng 1/63');
    expect(home.querySelector('a[href="/chi-so-cchc/"]')).not.toBeNull();
  });

  it('is indexed for search with its own type', () => {
    const html = demo.html('/chi-so-cchc/sipas/');
    expect(html).toContain('data-pagefind-filter="type:Chỉ số CCHC"');
    expect(demo.html('/van-ban/nghi-quyet-76-nq-cp/')).toContain('data-pagefind-filter="type:Văn bản"');
    expect(demo.html('/ho-so-tre-han/2024-quy-1/')).toContain('data-pagefind-filter="type:Hồ sơ trễ hạn"');
    // Listing pages stay out of the index, as for news and procedures.
    expect(demo.html('/van-ban/')).not.toContain('data-pagefind-body');
  });
});

describe('late-file disclosures', () => {
  it('sums each quarter and the year, with on-time rates', () => {
    const rows = demo
      .page('/ho-so-tre-han/')
      .querySelectorAll('table.totals tbody tr')
      .map((r) => r.querySelectorAll('th, td').map((c) => text(c.text)));
    expect(rows).toEqual([
      ['Quý I/2024', '286', '2', '99,3%', '2/2'],
      ['Quý II/2024', '312', '0', '100,0%', '–'],
      ['Quý III/2024', '297', '1', '99,6%', '1/1'],
      ['Cộng năm 2024', '895', '3', '99,6%', '3/3'],
    ]);
  });

  it('lists each late file with its procedure, dates, working days late and apology', () => {
    const page = demo.page('/ho-so-tre-han/2024-quy-1/');
    const rows = page.querySelectorAll('table.late-table tbody tr');
    expect(rows).toHaveLength(2);
    const first = rows[0]!.querySelectorAll('th, td').map((c) => text(c.text));
    expect(first.slice(0, 6)).toEqual(['1', 'Cấp Giấy xác nhận tình trạng hôn nhân (1.004873)', '02/02/2024', '07/02/2024', '16/02/2024', '2 ngày']);
    expect(first.at(-2)).toBe('Công chức Tư pháp - Hộ tịch');
    expect(first.at(-1)).toBe('Đã gửi (07/02/2024)');
    expect(rows[0]!.querySelector('a')!.getAttribute('href')).toBe('/thu-tuc-hanh-chinh/cap-giay-xac-nhan-tinh-trang-hon-nhan/');
    expect(demo.has('/thu-tuc-hanh-chinh/cap-giay-xac-nhan-tinh-trang-hon-nhan/')).toBe(true);
    expect(text(page.querySelector('.facts')!.text)).toContain('99,3% (284/286)');
  });

  it('says so when a quarter had no late file, instead of an empty table', () => {
    const page = demo.page('/ho-so-tre-han/2024-quy-2/');
    expect(page.querySelector('table.late-table')).toBeNull();
    expect(text(page.querySelector('.no-late')!.text)).toBe(
      'Quý II năm 2024 không có hồ sơ nào giải quyết trễ hạn: cả 312 hồ sơ đều được trả kết quả đúng hoặc trước hạn.',
    );
    const empty = chauThanh.page('/ho-so-tre-han/2024-quy-2/');
    expect(text(empty.querySelector('.no-late')!.text)).toContain('không có hồ sơ nào được giải quyết');
    expect(text(empty.querySelector('.facts')!.text)).toContain('không có hồ sơ');
  });

  it('names officials only where site.yaml allows it', () => {
    const named = chauThanh.page('/ho-so-tre-han/2024-quy-1/').querySelector('table.late-table tbody tr')!;
    expect(named.querySelectorAll('td').map((c) => text(c.text))).toEqual(expect.arrayContaining(['Trần Thị Mẫu – Công chức Tư pháp - Hộ tịch', 'Chưa gửi', '3 ngày']));
  });

  it('keeps names out of every published page when site.yaml says position only', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cchc-privacy-'));
    temp.push(dir);
    const content = join(dir, 'content');
    cpSync(SITES.chauThanh.content, content, { recursive: true });
    const site = join(content, 'site.yaml');
    writeFileSync(site, readFileSync(site, 'utf8').replace('officials: name', 'officials: position'));
    const result = buildCommune(content, join(dir, 'dist'));
    expect(result.status, result.output).toBe(0);
    expect(result.output).toContain('họ tên này không hiện trên trang');
    const built = new BuiltSite(join(dir, 'dist'));
    const files = readdirSync(built.dir, { recursive: true, withFileTypes: true }).filter((f) => f.isFile() && /\.(html|xml|json|txt|csv)$/.test(f.name));
    for (const f of files) expect(readFileSync(join(f.parentPath, f.name), 'utf8'), f.name).not.toContain('Trần Thị Mẫu');
    const row = built.page('/ho-so-tre-han/2024-quy-1/').querySelector('table.late-table tbody tr')!;
    expect(row.querySelectorAll('td').map((c) => text(c.text))).toContain('Công chức Tư pháp - Hộ tịch');
  });

  it('shows the last quarter’s on-time rate on the home page', () => {
    const section = demo.page('/').querySelector('#dung-han')!.parentNode!;
    expect(text(section.text)).toContain('Quý III/2024: Tỷ lệ giải quyết đúng hạn: 99,6% (296/297 hồ sơ).');
  });
});

describe('guiding documents', () => {
  const files = readdirSync(join(SITES.demo.content, 'documents')).filter((f) => f.endsWith('.md'));

  it('lists every document, grouped by kind and by issuer, the filters jumping to a group without script', () => {
    const index = demo.page('/van-ban/');
    expect(index.querySelectorAll('table.document-table tbody tr')).toHaveLength(files.length);
    const kinds = index.querySelectorAll('main section h2').map((h) => text(h.text).replace(/ \(.*$/, ''));
    expect(kinds).toEqual(['Luật', 'Nghị quyết', 'Nghị định', 'Quyết định', 'Chỉ thị', 'Chương trình', 'Kế hoạch']);
    const resolutions = index.querySelector('#loai-nghi-quyet')!.parentNode!;
    expect(resolutions.querySelectorAll('tbody tr').map((r) => text(r.querySelector('th')!.text))).toEqual(expect.arrayContaining(['76/NQ-CP', '131/NQ-CP', '27-NQ/TW']));
    expect(index.querySelector('nav.filters a[href="/van-ban/#loai-nghi-quyet"]')).not.toBeNull();
    expect(index.querySelector('nav.filters a[aria-current="page"]')!.getAttribute('href')).toBe('/van-ban/');
    const issuers = demo.page('/van-ban/co-quan/');
    expect(issuers.querySelectorAll('table.document-table tbody tr')).toHaveLength(files.length);
    const government = issuers.querySelector('#co-quan-chinh-phu')!.parentNode!;
    expect(government.querySelectorAll('tbody tr').length).toBeGreaterThanOrEqual(5);
    expect(index.querySelector('nav.filters a[href="/van-ban/co-quan/#co-quan-chinh-phu"]')).not.toBeNull();
    expect(issuers.querySelector('nav.filters a[aria-current="page"]')!.getAttribute('href')).toBe('/van-ban/co-quan/');
    for (const path of ['/van-ban/', '/van-ban/co-quan/']) expect(demo.html(path), path).not.toMatch(/<script(?! type="application\/ld\+json")/);
    // A document's kind and issuer lead to its group.
    const doc = demo.page('/van-ban/nghi-quyet-76-nq-cp/');
    expect(doc.querySelector('.facts a[href="/van-ban/#loai-nghi-quyet"]')).not.toBeNull();
    expect(doc.querySelector('.facts a[href="/van-ban/co-quan/#co-quan-chinh-phu"]')).not.toBeNull();
  });

  it('shows a document with its facts and summary, and says where the paper copy is when there is no file or link', () => {
    const page = demo.page('/van-ban/nghi-quyet-76-nq-cp/');
    expect(text(page.querySelector('h1')!.text)).toBe('Nghị quyết số 76/NQ-CP');
    expect(text(page.querySelector('.lede')!.text)).toBe('Ban hành Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2021 – 2030');
    expect(text(page.querySelector('.facts')!.text)).toContain('15/07/2021');
    expect(text(page.querySelector('#toan-van')!.nextElementSibling!.text)).toContain('Chưa có bản điện tử');
    // A document that cites another links to it.
    expect(demo.page('/van-ban/quyet-dinh-3322-qd-ubnd/').querySelector('a[href="/van-ban/nghi-quyet-76-nq-cp/"]')).not.toBeNull();
  });

  it('links the plan’s basis and a procedure’s legal basis to the documents, and back', () => {
    const plan = demo.page('/ke-hoach/2024/');
    const basis = plan.querySelector('#can-cu')!.nextElementSibling!;
    expect(basis.querySelectorAll('a').map((a) => [text(a.text), a.getAttribute('href')])).toEqual([
      ['384/QĐ-UBND', '/van-ban/quyet-dinh-384-qd-ubnd/'],
      ['81/KH-UBND', '/van-ban/ke-hoach-81-kh-ubnd/'],
      ['15/KH-UBND', '/van-ban/quyet-dinh-15-kh-ubnd/'],
    ]);
    const birth = demo.page('/thu-tuc-hanh-chinh/dang-ky-khai-sinh/');
    expect(birth.querySelector('#can-cu + ul a[href="/van-ban/luat-60-2014-qh13/"]')).not.toBeNull();
    const law = demo.page('/van-ban/luat-60-2014-qh13/');
    expect(law.querySelector('a[href="/thu-tuc-hanh-chinh/dang-ky-khai-sinh/"]')).not.toBeNull();
    expect(demo.page('/van-ban/quyet-dinh-384-qd-ubnd/').querySelector('a[href="/ke-hoach/2024/"]')).not.toBeNull();
    // The contact page's legal basis for feedback.
    expect(demo.page('/lien-he/').querySelector('a[href="/van-ban/nghi-dinh-20-2008-nd-cp/"]')).not.toBeNull();
  });

  it('counts documents posted for a plan task toward it', () => {
    // The task's own page lists every item, newest first (the plan page only the newest three, issue 20):
    // the three documents posted in January and February come last.
    const page = demo.page('/ke-hoach/2024/nhiem-vu/3/');
    expect(
      page
        .querySelectorAll('main .task-items a')
        .map((a) => a.getAttribute('href'))
        .slice(-3),
    ).toEqual(['/van-ban/ke-hoach-81-kh-ubnd/', '/van-ban/ke-hoach-31-kh-ubnd/', '/van-ban/quyet-dinh-384-qd-ubnd/']);
    expect(text(page.querySelector('main .task-items')!.text)).toContain('Văn bản');
    expect(demo.page('/van-ban/ke-hoach-31-kh-ubnd/').querySelector('a[href="/ke-hoach/2024/#nhiem-vu-3"]')).not.toBeNull();
  });

  it('publishes an attached PDF beside the document’s page, byte for byte', () => {
    const page = chauThanh.page('/van-ban/ke-hoach-59-kh-ubnd/');
    const link = page.querySelector('a[type="application/pdf"]')!;
    expect(link.getAttribute('href')).toBe('/van-ban/ke-hoach-59-kh-ubnd/ke-hoach-59-kh-ubnd.pdf');
    expect(link.getAttribute('download')).toBe('ke-hoach-59-kh-ubnd.pdf');
    expect(text(link.text)).toBe('Tải toàn văn (PDF, 1 KB)');
    const published = readFileSync(chauThanh.fileFor(link.getAttribute('href')!));
    expect(published.equals(readFileSync(resolve(SITES.chauThanh.content, 'documents/tep/Kế hoạch 59-KH-UBND.pdf')))).toBe(true);
    expect(published.subarray(0, 5).toString()).toBe('%PDF-');
    // The basis of that commune's plan links to it, the date in words matched.
    expect(chauThanh.page('/ke-hoach/2024/').querySelector('#can-cu + ul a[href="/van-ban/ke-hoach-59-kh-ubnd/"]')).not.toBeNull();
  });
});

describe('feedback and hotline', () => {
  it('offers "Trang này có hữu ích không?" as a plain mail link with the page filled in', () => {
    const link = demo.page('/van-ban/').querySelector('.page-feedback a')!;
    const href = link.getAttribute('href')!;
    expect(href.startsWith('mailto:ubndbangca@quangninh.gov.vn?')).toBe(true);
    const params = new URLSearchParams(href.split('?')[1]);
    expect(params.get('subject')).toBe('Góp ý về trang: Văn bản chỉ đạo, điều hành về cải cách hành chính');
    expect(params.get('body')).toContain('Trang: https://bangca.example.gov.vn/van-ban/');
    expect(text(demo.page('/van-ban/').querySelector('.page-feedback')!.text)).toMatch(/^Trang này có hữu ích không\?/);
    // Not on pages without an address of their own, nor on printed notices.
    expect(demo.page('/404.html').querySelector('.page-feedback')).toBeNull();
    expect(demo.page('/thu-tuc-hanh-chinh/ban-in/').querySelector('.page-feedback')).toBeNull();
  });

  it('or opens the commune’s form with the page address in {url}', () => {
    const href = chauThanh.page('/lien-he/').querySelector('.page-feedback a')!.getAttribute('href');
    expect(href).toBe(`https://gopy.example.org/?trang=${encodeURIComponent('https://chauthanh-2024.example.org/lien-he/')}`);
  });

  it('has no page-feedback link where site.yaml has no channel', () => {
    const site = new BuiltSite(SITES.lienMinh.out, '/xa-lien-minh/');
    expect(site.page('/xa-lien-minh/lien-he/').querySelector('.page-feedback')).toBeNull();
    // …and empty transparency pages say so.
    expect(text(site.page('/xa-lien-minh/chi-so-cchc/').text)).toContain('Chưa có kết quả chỉ số nào');
    expect(text(site.page('/xa-lien-minh/ho-so-tre-han/').text)).toContain('Chưa có bản công khai hồ sơ trễ hạn nào');
    expect(text(site.page('/xa-lien-minh/van-ban/').text)).toContain('Chưa có văn bản nào');
  });

  it('puts the hotline on every procedure page, as numbers to call', () => {
    for (const path of demo.pages().filter((p) => /^\/thu-tuc-hanh-chinh\/[^/]+\/$/.test(p) && p !== '/thu-tuc-hanh-chinh/ban-in/')) {
      const aside = demo.page(path).querySelector('aside.callout')!;
      expect(text(aside.text), path).toContain('Cần hỏi thêm? Gọi đường dây nóng');
      expect(aside.querySelector('a[href="tel:02033690215"]'), path).not.toBeNull();
    }
  });

  it('sets out on the contact page how to send feedback and what happens next', () => {
    const page = demo.page('/lien-he/');
    const headings = page.querySelectorAll('h2, h3').map((h) => text(h.text));
    expect(headings).toEqual(expect.arrayContaining(['Phản ánh, kiến nghị về quy định hành chính', 'Phản ánh, kiến nghị cần có', 'Sau khi gửi', 'Góp ý về từng trang']));
    expect(page.querySelector('a[href="/ho-so-tre-han/"]')).not.toBeNull();
  });
});
