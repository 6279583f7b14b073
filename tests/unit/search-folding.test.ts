import { describe, expect, it } from 'vitest';
import {
  excerptOf,
  foldedTitle,
  foldedTitleField,
  foldedWords,
  hasMarks,
  markMatches,
  MAX_QUERY_LENGTH,
  needsFolding,
  normaliseQuery,
  searchableNames,
  queryTerms,
  wordMatcher,
  words,
} from '../../src/lib/search-folding.ts';
import { finishedWords, isExactName, isWordless, pagefindFilters, rankingFor, readSearchParams, searchParams } from '../../src/lib/search.ts';
import { indexedText, pageForIndex, pageForIndexes } from '../../src/search/page-for-index.ts';

const marked = (text: string, query: string) =>
  markMatches(text, query)
    .map((s) => (s.mark ? `[${s.text}]` : s.text))
    .join('');

describe('words', () => {
  it('splits Vietnamese text into words, keeping procedure codes whole', () => {
    expect(words('Đăng ký khai sinh (mã 1.001193).')).toEqual(['Đăng', 'ký', 'khai', 'sinh', 'mã', '1.001193']);
  });
  it('treats decomposed (NFD) text like composed text', () => {
    expect(words('Đăng ký'.normalize('NFD'))).toEqual(['Đăng', 'ký']);
  });
});

describe('index side: what is added for Pagefind', () => {
  it('folds a whole title, đ included', () => {
    expect(foldedTitle('Đăng ký khai sinh')).toBe('dang ky khai sinh');
    expect(foldedTitle('Đối thoại quý III/2024 về thủ tục đất đai, xây dựng')).toBe('doi thoai quy iii 2024 ve thu tuc dat dai xay dung');
  });
  it('lists only words with đ, folded, and the other spelling of i/y syllables, once each, in order', () => {
    expect(needsFolding('Đức')).toBe(true);
    expect(needsFolding('dục')).toBe(false);
    // "ki" since i/y alternates are indexed (issue #18): before, 'duc den dang duoc'.
    expect(foldedWords('Ông Nguyễn Văn Đức đến đăng ký; ông Đức được hướng dẫn. Giáo dục.')).toBe('duc den dang ki duoc');
    expect(foldedWords('Chứng thực bản sao')).toBe('');
    expect(foldedWords('Lý lịch tư pháp, kí tên, quy trình')).toBe('li ky qui');
  });
  it('takes a name typed with i for y as the exact name', () => {
    expect(isExactName('Đăng ký khai sinh', 'dang ki khai sinh')).toBe(true);
    expect(isExactName('Đăng ký khai sinh', 'ĐĂNG KÝ KHAI SINH')).toBe(true);
    expect(isExactName('Đăng ký khai sinh', 'dang ky khai')).toBe(false);
  });
  it('adds a folded title only when the title has đ or an i/y syllable', () => {
    expect(foldedTitleField('Đăng ký khai sinh')).toBe('dang ky khai sinh, dang ki khai sinh');
    expect(foldedTitleField('Chứng thực bản sao')).toBe('');
    expect(foldedTitleField('Đổi thẻ')).toBe('doi the');
    expect(foldedTitleField('Cấp phiếu lý lịch tư pháp')).toBe('cap phieu li lich tu phap');
  });
  it('handles upper case and decomposed đ-words', () => {
    expect(foldedWords('ĐĂNG KÝ ĐẤT ĐAI')).toBe('dang ki dat dai');
    expect(foldedWords('Đăng'.normalize('NFD'))).toBe('dang');
  });
  it('gives former names as written, and folded whole when they have đ', () => {
    expect(searchableNames(['xã Bằng Cả', 'xã Đồng Sơn', 'phường Hoành Bồ'])).toBe('xã Bằng Cả, xã Đồng Sơn, phường Hoành Bồ, xa dong son');
    expect(searchableNames(['xã Bằng Cả'])).toBe('xã Bằng Cả');
    expect(searchableNames([])).toBe('');
  });
});

describe('query side', () => {
  it('tidies a query: NFC, one space, trimmed, bounded at a word', () => {
    expect(normaliseQuery('  dang   ky\tkhai sinh ')).toBe('dang ky khai sinh');
    expect(normaliseQuery('Đăng'.normalize('NFD'))).toBe('Đăng');
    const long = normaliseQuery('khai sinh '.repeat(40));
    expect(long.length).toBeLessThanOrEqual(MAX_QUERY_LENGTH);
    expect(long.endsWith('khai') || long.endsWith('sinh')).toBe(true);
  });
  it('folds query words for comparison', () => {
    expect(queryTerms('Đăng KÝ khai-sinh')).toEqual(['dang', 'ky', 'khai', 'sinh']);
    expect(queryTerms('DUC')).toEqual(['duc']);
  });
  it('knows whether a query was typed with marks', () => {
    expect(hasMarks('Đức')).toBe(true);
    expect(hasMarks('chứng thực')).toBe(true);
    expect(hasMarks('DUC')).toBe(false);
    expect(hasMarks('dang ky khai sinh')).toBe(false);
    expect(hasMarks('1.001193')).toBe(false);
  });
  it('gives Pagefind no diacritic bonus for a query typed without marks', () => {
    expect(rankingFor('khai tu').diacriticSimilarity).toBe(0);
    expect(rankingFor('khai tử').diacriticSimilarity).toBeGreaterThan(0);
    expect(rankingFor('Đức').diacriticSimilarity).toBeGreaterThan(0);
  });
});

describe('while typing', () => {
  it('preloads only the words before the last space, never a word being typed', () => {
    expect(finishedWords('dang')).toBe('');
    expect(finishedWords('dang ')).toBe('dang');
    expect(finishedWords('dang ky kh')).toBe('dang ky');
    expect(finishedWords('  ')).toBe('');
  });
});

describe('a query without words', () => {
  it('is punctuation or an emoji alone, not an empty box nor a code or a word', () => {
    for (const junk of ['%', '%%', '...', '?!', '*', '\\', '😀', '🙏🙏', '" "', '<>']) expect(isWordless(junk), junk).toBe(true);
    for (const query of ['', '   ', 'a', '1', '1.001193', '100%', '🙏 khai sinh', 'đ', 'đăng ký khai sinh'.normalize('NFD')])
      expect(isWordless(query), query).toBe(false);
  });
});

describe('marking matches in results', () => {
  it('marks words with or without marks, d for đ, any case, keeping the original spelling', () => {
    expect(marked('Đăng ký khai sinh cho trẻ', 'dang ky khai sinh')).toBe('[Đăng] [ký] [khai] [sinh] cho trẻ');
    expect(marked('Ông Đức và giáo dục', 'DUC')).toBe('Ông [Đức] và giáo [dục]');
    expect(marked('Chứng thực bản sao', 'chung thuc')).toBe('[Chứng] [thực] bản sao');
  });
  it('marks the last word as a prefix, the citizen may still be typing it', () => {
    expect(marked('Đăng ký khai sinh', 'khai si')).toBe('Đăng ký [khai] [sinh]');
    expect(marked('kỹ năng số', 'dang ky')).toBe('[kỹ] năng số');
    expect(marked('khai khoáng, khai sinh', 'kh sinh')).toBe('khai khoáng, khai [sinh]');
  });
  it('marks procedure codes and leaves punctuation alone', () => {
    expect(marked('Mã thủ tục: 1.001193.', '1.001193')).toBe('Mã thủ tục: [1.001193].');
    expect(markMatches('a, b', 'a')).toEqual([
      { text: 'a', mark: true },
      { text: ', b', mark: false },
    ]);
  });
  it('marks nothing for an empty query', () => {
    expect(marked('Đăng ký', '  ')).toBe('Đăng ký');
    expect(wordMatcher('')('dang')).toBe(false);
  });
});

describe('excerpts', () => {
  const text = (e: ReturnType<typeof excerptOf>) => `${e.before ? '… ' : ''}${e.segments.map((s) => (s.mark ? `[${s.text}]` : s.text)).join('')}${e.after ? ' …' : ''}`;
  const filler = (n: number) => Array.from({ length: n }, (_, i) => `từ${i}`).join(' ');

  it('shows the words around the best match, in the original spelling', () => {
    const page = `${filler(40)} Ông Nguyễn Văn Đức, huyện Đức Thọ. ${filler(40)}`;
    const e = excerptOf(page, 'DUC THO', 10);
    expect(text(e)).toBe('… từ39 Ông Nguyễn Văn [Đức], huyện [Đức] [Thọ]. từ0 từ1 …');
    expect(excerptOf(page, 'duc tho', 12).segments.some((s) => s.mark && s.text === 'Thọ')).toBe(true);
  });
  it('prefers the passage with the most different query words', () => {
    const page = `khai khai khai khai. ${filler(30)} Đăng ký khai sinh tại xã. ${filler(30)}`;
    expect(text(excerptOf(page, 'dang ky khai sinh', 8))).toBe('… từ26 từ27 từ28 từ29 [Đăng] [ký] [khai] [sinh] …');
  });
  it('starts at the beginning when nothing matches, and keeps short texts whole', () => {
    expect(text(excerptOf(`${filler(5)}.`, 'xyz', 3))).toBe('từ0 từ1 từ2 …');
    expect(text(excerptOf('Đăng ký khai sinh.', 'khai', 30))).toBe('Đăng ký [khai] sinh.');
    expect(excerptOf('', 'khai').segments).toEqual([]);
  });
});

describe('the search page address', () => {
  it('reads q and the filters, and writes them back', () => {
    const state = readSearchParams(new URLSearchParams('q=dang++ky&loai=Tin+t%E1%BB%A9c&nam=2024&nam=2023&nam=&x=1'));
    expect(state).toEqual({ query: 'dang ky', filters: { type: ['Tin tức'], year: ['2024', '2023'] } });
    expect(searchParams(state).toString()).toBe('q=dang+ky&loai=Tin+t%E1%BB%A9c&nam=2024&nam=2023');
    expect(readSearchParams(new URLSearchParams(''))).toEqual({ query: '', filters: {} });
  });
  it('asks Pagefind for any of the chosen values within a filter', () => {
    expect(pagefindFilters({ year: ['2024', '2023'], topic: [] })).toEqual({ year: { any: ['2024', '2023'] } });
    // Once the full-text bundle is merged, news and commendations come from it alone: the main bundle's pages that have no twin there, and its own.
    expect(pagefindFilters({ year: ['2024'] }, true)).toEqual({
      all: [{ year: { any: ['2024'] } }, { any: [{ source: 'chinh' }, { source: 'toan-van' }] }],
    });
  });
});

describe('preparing a built page for Pagefind', () => {
  const page = (body: string) => `<!doctype html><html lang="vi"><body><nav>Đường dây nóng</nav><main>${body}</main><footer>Điện thoại</footer></body></html>`;

  it('marks a page only the main bundle has, so that an article merged from the full-text bundle comes once', () => {
    const procedure = page('<div data-pagefind-body><h1>Đăng ký khai sinh</h1><p>Giấy chứng sinh.</p></div>');
    const news = page('<div data-pagefind-body><h1>Tập huấn</h1><div data-full-text><p>Nội dung.</p></div></div>');
    const mainOnly = '<span data-pagefind-filter="source:chinh"></span>';
    expect(pageForIndexes(procedure, ['main', 'full-text'])).toEqual({ main: expect.stringContaining(mainOnly) });
    const copies = pageForIndexes(news, ['main', 'full-text']);
    expect(Object.keys(copies).sort()).toEqual(['full-text', 'main']);
    for (const copy of Object.values(copies)) expect(copy).not.toContain('data-pagefind-filter="source');
    // Parsed once for both: the same copies as one part at a time.
    expect(copies.main).toBe(pageForIndex(news, 'main'));
    expect(copies['full-text']).toBe(pageForIndex(news, 'full-text'));
  });

  it('reads only the indexed part, without ignored elements', () => {
    const html = page(
      '<div data-pagefind-body><h1>Đăng ký <em>khai</em> sinh</h1><div><p>Ông Đức &amp; bà Lê</p></div><aside data-pagefind-ignore><div>Đường dây nóng</div></aside></div>',
    );
    const indexed = indexedText(html)!;
    expect(indexed.title).toBe('Đăng ký khai sinh');
    expect(indexed.text).toContain('Ông Đức & bà Lê');
    expect(indexed.text).not.toContain('Đường');
    expect(indexed.text).not.toContain('Điện');
  });
  it('leaves out labels of definition lists and tables, which every page of a kind repeats', () => {
    const html = page(
      '<div data-pagefind-body><h1>Kế hoạch</h1><dl><dt>Đơn vị ban hành</dt><dd>UBND xã Bằng Cả</dd></dl><table><caption>Danh mục đề xuất</caption><thead><tr><th>Địa điểm</th></tr></thead><tbody><tr><td>Thôn Đông</td></tr></tbody></table></div>',
    );
    const indexed = indexedText(html)!;
    expect(indexed.text).toContain('UBND xã Bằng Cả');
    expect(indexed.text).toContain('Thôn Đông');
    for (const label of ['Đơn vị', 'Danh mục', 'Địa điểm']) expect(indexed.text).not.toContain(label);
    expect(pageForIndex(html)).toContain('words_folded:dong"');
  });
  it('adds the folded title of a title with đ, and the đ-words, as invisible metadata', () => {
    // With the i/y alternates since issue #18 (before: "dang ky khai sinh" and "dang duc den").
    const html = pageForIndex(page('<div data-pagefind-body><h1>Đăng ký khai sinh</h1><p>Ông Đức đến.</p></div>'))!;
    expect(html).toContain('<span data-pagefind-meta="title_folded:dang ky khai sinh, dang ki khai sinh"></span>');
    expect(html).toContain('<span data-pagefind-meta="words_folded:dang ki duc den"></span><span data-pagefind-filter="source:chinh"></span></body>');
  });
  it('adds no folded title to a title without đ or i/y: Pagefind reaches it already', () => {
    const html = pageForIndex(page('<div data-pagefind-body><h1>Chứng thực bản sao</h1><p>Ông Đức.</p></div>'))!;
    expect(html).not.toContain('title_folded');
    expect(html).toContain('words_folded:duc"');
    expect(pageForIndex(page('<div data-pagefind-body><h1>Chứng thực chữ ký</h1><p>Văn bản.</p></div>'))).toContain('title_folded:chung thuc chu ki"');
  });
  it('keeps an article body for the full-text index only', () => {
    const html = page('<div data-pagefind-body><h1>Tin</h1><p class="lede">Tóm tắt.</p><div data-full-text><p>Đồng áng xa.</p></div></div>');
    expect(indexedText(html)!.text).not.toContain('Đồng áng');
    expect(pageForIndex(html)).not.toContain('words_folded:dong');
    expect(indexedText(html, 'full-text')!.text).toContain('Đồng áng');
    expect(pageForIndex(html, 'full-text')).toContain('words_folded:dong"');
    // A page without a body is not in the full-text index.
    expect(pageForIndex(page('<div data-pagefind-body><h1>Thủ tục</h1></div>'), 'full-text')).toBeNull();
  });
  it('indexes the title once, as metadata, not also as text', () => {
    const html = pageForIndex(page('<div data-pagefind-body><h1 class="x">Chứng thực chữ ký</h1><p>Văn bản.</p></div>'))!;
    expect(html).toContain('<h1 data-pagefind-meta="title" data-pagefind-ignore class="x">Chứng thực chữ ký</h1>');
  });
  it('reads the page as a browser does: nested and upper-case tags, > in attributes, comments, scripts, entities', () => {
    const html = page(
      '<DIV data-pagefind-body><H1 title="a > b">Đăng ký <!-- <b>cũ</b> --> khai sinh</H1>' +
        '<div data-pagefind-ignore="all"><div><p>Đường dây nóng</p></div><div>Đêm</div></div><p title="<dt>">Ông&nbsp;Đức&#x20;&#272;ồng</p>' +
        '<script>const đ = "Đinh";</script><dl><dt><span>Địa chỉ</span></dt><dd>Đội 3</dd></dl></DIV><div data-pagefind-body><p>Đoàn</p></div>',
    );
    const indexed = indexedText(html)!;
    expect(indexed.title).toBe('Đăng ký khai sinh');
    for (const word of ['Ông\u00a0Đức Đồng', 'Đội 3', 'Đoàn']) expect(indexed.text).toContain(word);
    for (const word of ['cũ', 'Đường', 'Đêm', 'Đinh', 'Địa']) expect(indexed.text).not.toContain(word);
    expect(pageForIndex(html)).toContain('<H1 data-pagefind-meta="title" data-pagefind-ignore title="a > b">');
  });
  it('takes the title from the indexed part, not from an h1 before it or an ignored one', () => {
    const html = pageForIndex(page('<h1>Cổng thông tin</h1><div data-pagefind-body><h1 data-pagefind-ignore>Đầu trang</h1><h1>Đăng ký kết hôn</h1></div>'))!;
    // The copy holds only the indexed part: the page's other h1 is not in it at all.
    expect(html).not.toContain('Cổng thông tin');
    expect(html).toContain('<h1 data-pagefind-meta="title" data-pagefind-ignore>Đăng ký kết hôn</h1>');
    expect(html).toContain('title_folded:dang ky ket hon');
  });
  it('leaves pages without an indexed part alone', () => {
    expect(pageForIndex(page('<h1>Không tìm thấy trang</h1>'))).toBeNull();
  });
});
