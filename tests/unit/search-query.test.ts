import { describe, expect, it } from 'vitest';
import { iyAlternate } from '../../src/lib/search-folding.ts';
import {
  byCoverage,
  byRareWords,
  evidence,
  evidenceScore,
  isReference,
  isSyllableStart,
  pairPhrases,
  sureness,
  surer,
  type Sureness,
  fromKeyboard,
  fromTelex,
  fromVni,
  isRealAnswer,
  isSyllable,
  parseSyllable,
  planQuery,
  spellingIn,
  subsets,
  titleHits,
} from '../../src/lib/search-query.ts';
import { nearWords, oneEditApart, respellings } from '../../src/lib/search-respell.ts';

describe('isSyllable', () => {
  // Syllables of the portal's own vocabulary, typed without marks.
  const real = (
    'dang ky khai sinh ket hon tu chung thuc ban sao chinh giay xac nhan tinh trang nuoi con ' +
    'ho khau thuong tru tam vang lien thong bao hiem y te tre em duoi tuoi nguoi cao mai tang phi ' +
    'quyen su dung dat so do uy nhan luong huu gi gia giua gioi nghieng nghe ngoai khuya quoc quanh quy qua ' +
    'xoong boong thuo ruou yen yeu oanh hoach khuynh truong duong viec tieng huyen xa co sang dan ke ki ghi ghe'
  ).split(' ');
  it.each(real)('“%s” is a syllable', (w) => expect(isSyllable(w)).toBe(true));

  const not = 'kys ddang nhaapj hooj coo ci ce ka gha ngi nge qo kyen zalo facebook qwerty xyzzy sipas tr ngh cccd vneid nuio hogn fa wa'.split(' ');
  it.each(not)('“%s” is not', (w) => expect(isSyllable(w)).toBe(false));

  it('reads marked and upper-case words folded, and splits onset from rhyme', () => {
    expect(isSyllable('Nghiêng')).toBe(true);
    expect(isSyllable('ĐĂNG')).toBe(true);
    expect(parseSyllable('nghieng')).toEqual({ onset: 'ngh', rhyme: 'ieng' });
    expect(parseSyllable('giua')).toEqual({ onset: 'gi', rhyme: 'ua' });
    expect(parseSyllable('quoc')).toEqual({ onset: 'qu', rhyme: 'oc' });
    expect(parseSyllable('1.001193')).toBeNull();
  });
});

describe('keyboard leftovers', () => {
  it.each([
    ['kys', 'ký'],
    ['ddang', 'đang'],
    ['ddawng', 'đăng'],
    ['nhaapj', 'nhập'],
    ['hooj', 'hộ'],
    ['khaaur', 'khẩu'],
    ['coo', 'cô'],
    ['nguowif', 'người'],
    ['giaays', 'giấy'],
    ['chuwngs', 'chứng'],
    ['thuwcj', 'thực'],
    ['vieejt', 'việt'],
    ['vieetj', 'việt'], // tone key before the coda
    ['hoawjc', 'hoặc'],
    ['quoocs', 'quốc'],
    ['soor', 'sổ'],
    ['ddor', 'đỏ'],
    ['muwa', 'mưa'],
    ['hoaf', 'hòa'],
    ['KYS', 'ký'],
  ])('Telex “%s” → “%s”', (typed, meant) => expect(fromKeyboard(typed)).toBe(meant));

  it.each([
    ['da9ng', 'đang'],
    ['d9a8ng', 'đăng'],
    ['ky1', 'ký'],
    ['nha6p5', 'nhập'],
    ['nguo7i2', 'người'],
    ['kha6u3', 'khẩu'],
    ['tie6ng1', 'tiếng'],
  ])('VNI “%s” → “%s”', (typed, meant) => expect(fromKeyboard(typed)).toBe(meant));

  it.each([
    'xa',
    'co',
    'sang',
    'dan',
    'ket',
    'hong',
    'ban',
    'ho',
    'khai',
    'đăng',
    'ký',
    'zalo',
    'facebook',
    'sipas',
    'qr',
    'cccd',
    'vneid',
    'email',
    'website',
    '1.001193',
    '2024',
    '15',
    'a4',
    'xyzzy',
  ])('“%s” stays as typed', (w) => expect(fromKeyboard(w)).toBe(w));

  it('refuses marks that do not fit the syllable', () => {
    expect(fromTelex('catf')).toBeNull(); // huyền on a stop coda
    expect(fromTelex('dan')).toBeNull(); // nothing to convert
    expect(fromVni('ti6')).toBeNull(); // a hat on i
    expect(fromVni('tax')).toBeNull();
  });
});

describe('i and y', () => {
  it('gives the other spelling where Vietnamese writes both', () => {
    expect(['ki', 'ky', 'li', 'ly', 'mi', 'my', 'si', 'ty', 'hy', 'qui'].map(iyAlternate)).toEqual(['ky', 'ki', 'ly', 'li', 'my', 'mi', 'sy', 'ti', 'hi', 'quy']);
  });
  it('and none where it does not', () => {
    for (const w of ['thi', 'chi', 'ni', 'phi', 'kia', 'yen', 'quyen', 'ky1']) expect(iyAlternate(w), w).toBeNull();
  });
});

describe('planQuery', () => {
  it.each([
    ['dang ky ket hon can giay to gi', ['dang', 'ky', 'ket', 'hon'], ['documents']],
    ['đăng ký kết hôn cần giấy tờ gì', ['đăng', 'ký', 'kết', 'hôn'], ['documents']],
    ['tôi muốn đăng ký kết hôn thì làm thế nào', ['đăng', 'ký', 'kết', 'hôn'], []],
    ['cho em hoi lam lai giay khai sinh o dau', ['lam', 'lai', 'giay', 'khai', 'sinh'], ['place']],
    ['chứng thực bản sao bao nhiêu tiền', ['chứng', 'thực', 'bản', 'sao'], ['fee']],
    ['chung thuc mat bao lau', ['chung', 'thuc'], ['time']],
    ['dang ky khai tu mat bao nhieu ngay', ['dang', 'ky', 'khai', 'tu'], ['time']],
    ['trich luc ho tich co mat phi khong', ['trich', 'luc', 'ho', 'tich'], ['fee']],
    ['nop ho so ket hon o dau mat bao lau', ['nop', 'ho', 'so', 'ket', 'hon'], ['place', 'time']],
    ['giay xac nhan doc than lam nhu the nao vay', ['giay', 'xac', 'nhan', 'doc', 'than'], []],
    ['uy ban xa lam viec may gio', ['uy', 'ban', 'xa', 'lam', 'viec'], ['time']],
    ['mua may giat', ['mua', 'may', 'giat'], []],
  ])('“%s”', (query, words, intents) => {
    const plan = planQuery(query);
    expect(plan.words).toEqual(words);
    expect(plan.intents).toEqual(intents);
    expect(plan.converted).toBe(false);
  });

  it('keeps words that only look like filler alone: cán bộ, dấu, muộn', () => {
    expect(planQuery('can bo tiep nhan').words).toEqual(['can', 'bo', 'tiep', 'nhan']);
    expect(planQuery('đóng dấu ở đâu').words).toEqual(['đóng', 'dấu']);
    expect(planQuery('nop muon').words).toEqual(['nop', 'muon']);
    expect(planQuery('khong co giay khai sinh').words).toEqual(['khong', 'co', 'giay', 'khai', 'sinh']);
  });

  it('keeps thế, thẻ and vay where they mean something: thế chấp, làm thẻ, vay vốn', () => {
    expect(planQuery('xóa thế chấp').words).toEqual(['xóa', 'thế', 'chấp']);
    expect(planQuery('dang ky the ch').words).toEqual(['dang', 'ky', 'the', 'ch']);
    expect(planQuery('lam the bao hiem y te').words).toEqual(['lam', 'the', 'bao', 'hiem', 'y', 'te']);
    expect(planQuery('vay von ho ngheo').words).toEqual(['vay', 'von', 'ho', 'ngheo']);
    expect(planQuery('the chap la sao vay').words).toEqual(['the', 'chap', 'la', 'sao']);
  });

  it('keeps a query of nothing but question words', () => {
    expect(planQuery('ở đâu')).toMatchObject({ words: ['ở', 'đâu'], intents: ['place'] });
  });

  it('converts keyboard leftovers, says so, and finds a code', () => {
    expect(planQuery('ddang kys khai sinh')).toMatchObject({ words: ['đang', 'ký', 'khai', 'sinh'], search: ['dang', 'ky', 'khai', 'sinh'], converted: true });
    expect(planQuery('Đăng kys').search).toEqual(['Đăng', 'ky']);
    expect(planQuery('nhaapj hooj khaaur')).toMatchObject({ words: ['nhập', 'hộ', 'khẩu'], converted: true });
    expect(planQuery('da9ng ky1 ket hon')).toMatchObject({ words: ['đang', 'ký', 'ket', 'hon'], converted: true });
    expect(planQuery('thủ tục 1.001193 là gì')).toMatchObject({ words: ['thủ', 'tục', '1.001193'], code: '1.001193', converted: false });
    expect(planQuery('1.001').code).toBeNull();
  });
});

describe('respellings', () => {
  it('puts the likeliest first and keeps only syllables', () => {
    expect(respellings('hong')[0]).toBe('hon'); // ket hong → kết hôn
    expect(respellings('nuio')).toContain('nuoi');
    expect(respellings('ki')[0]).toBe('ky');
    expect(respellings('xinh')).toContain('sinh');
    expect(respellings('chich')).toContain('trich');
    expect(respellings('thuc')).toContain('thuc'.replace(/c$/, 't'));
    expect(respellings('hoon')).toContain('hon'); // a doubled letter
    expect(respellings('kwt')).toContain('ket'); // a neighbouring key
    for (const w of ['hong', 'nuio', 'ki', 'kwt', 'sinnh']) for (const r of respellings(w)) expect(isSyllable(r), `${w} → ${r}`).toBe(true);
    expect(respellings('hong')).not.toContain('hong');
    expect(respellings('thai', true)).not.toContain('thia'); // a word that finds pages: likeliest only
    expect(respellings('hong', true)[0]).toBe('hon');
  });
});

describe('fewer words', () => {
  it('lists subsets largest first, bounded', () => {
    expect(subsets(3, 10)).toEqual([[0, 1], [0, 2], [1, 2], [0], [1], [2]]);
    expect(subsets(5, 7)).toHaveLength(7);
    expect(subsets(5, 7)[0]).toEqual([0, 1, 2, 3]);
    expect(subsets(1, 10)).toEqual([]);
  });

  it('puts the pages with the rarest query words first when the words are searched one by one', () => {
    // "làm giấy khai sinh cho con mới đẻ": "cho", "con", "mới" are on most pages, "khai", "sinh" on few.
    const common = Array.from({ length: 40 }, (_, i) => `tin-${i}`);
    const found = [common, ['khai-sinh', 'ban-sao', ...common.slice(0, 5)], ['khai-sinh', 'ban-sao'], common, ['khai-sinh', ...common], [], common.slice(3)];
    const ranked = byRareWords(found);
    expect(ranked[0]).toMatchObject({ id: 'khai-sinh', words: [1, 2, 4] });
    expect(ranked[1]).toMatchObject({ id: 'ban-sao', words: [1, 2] });
    // A page with five common words ranks below one with two rare ones; each page once, every word counted.
    expect(ranked.find((p) => p.id === 'tin-3')!.words).toEqual([0, 1, 3, 4, 6]);
    expect(ranked.findIndex((p) => p.id === 'tin-3')).toBeGreaterThan(1);
    expect(new Set(ranked.map((p) => p.id)).size).toBe(ranked.length);
    expect(byRareWords([[], []])).toEqual([]);
  });

  it('counts query words found whole in titles and metadata', () => {
    expect(titleHits(['Cấp Giấy xác nhận tình trạng hôn nhân'], ['giay', 'xac', 'nhan', 'doc', 'than'])).toBe(3);
    expect(titleHits(['Đăng ký khai sinh', 'dang ky khai sinh'], ['khai', 'si'])).toBe(1);
    expect(titleHits(['Cấp Giấy xác nhận tình trạng hôn nhân'], ['tra'])).toBe(0);
    expect(titleHits(['Kế hoạch tuyên truyền cải cách hành chính năm 2024'], ['giay', 'doc', 'than'])).toBe(0);
  });

  it('puts a page named by most words above a long page that has them all in its text', () => {
    const plan = { id: 'plan', coverage: 5, titled: 0 };
    const named = { id: 'xac-nhan', coverage: 4, titled: 3 };
    const news = { id: 'news', coverage: 4, titled: 0 };
    expect(byCoverage([plan, news, named]).map((c) => c.id)).toEqual(['xac-nhan', 'plan', 'news']);
    // Equals keep Pagefind's order.
    expect(byCoverage([news, { ...news, id: 'other' }]).map((c) => c.id)).toEqual(['news', 'other']);
  });

  it('is an answer with every word, or half of them, half of those in its title', () => {
    expect(isRealAnswer([{ id: 'a', coverage: 2, titled: 1 }], 4)).toBe(true);
    expect(isRealAnswer([{ id: 'a', coverage: 1, titled: 1 }], 3)).toBe(false);
    expect(isRealAnswer([{ id: 'a', coverage: 2, titled: 0 }], 3)).toBe(false);
    expect(isRealAnswer([{ id: 'news', coverage: 3, titled: 1 }], 5)).toBe(false); // cách nấu phở bò ngon
    expect(isRealAnswer([{ id: 'xac-nhan', coverage: 9, titled: 2 }], 10)).toBe(true); // a long question, two words in its title
    expect(isRealAnswer([{ id: 'plan', coverage: 3, titled: 0 }], 3)).toBe(true); // every word, in its text
    expect(isRealAnswer([], 2)).toBe(false);
  });

  it('names a searched word as the site spells it', () => {
    expect(spellingIn('Đăng ký kết hôn', 'hon')).toBe('hôn');
    expect(spellingIn('Đăng ký kết hôn', 'đang')).toBe('Đăng');
    expect(spellingIn('Đăng ký kết hôn', 'nuoi')).toBeNull();
  });
});

describe('how sure a page answers the query', () => {
  it('pairs the query words, with đ for a leading d (Pagefind does not fold đ)', () => {
    expect(pairPhrases(['dinh', 'danh', 'so'])).toEqual([
      ['"dinh danh"', '"dinh đanh"', '"đinh danh"', '"đinh đanh"'],
      ['"danh so"', '"đanh so"'],
    ]);
    expect(pairPhrases(['khai'])).toEqual([]);
  });

  it('finds pairs side by side, folded, either i/y spelling, the last word as a start', () => {
    const words = ['dang', 'ki', 'khai', 'si'];
    expect(evidence(['Đăng ký khai sinh'], '', words)).toEqual({ holds: true, pairs: 3, lastPair: true, namedLastPair: true, namedPairs: 3 });
    expect(sureness(words.length, evidence(['Đăng ký khai sinh'], '', words))).toBe('good');
  });

  it('is not fooled by common syllables scattered over a page ("hộ" of hộ tịch, "chiều" of the office hours)', () => {
    const text = 'Cấp bản sao trích lục hộ tịch. Buổi chiều từ 13 giờ 30. Cấp hồ sơ.';
    const proof = evidence(['Cấp bản sao trích lục hộ tịch'], text, ['cap', 'ho', 'chieu']);
    expect(proof.holds).toBe(true);
    expect(proof.lastPair).toBe(false);
    expect(sureness(3, proof)).toBe('none');
  });

  it('does not take a prefix Pagefind fell back on for the word typed ("visa" is not "việc")', () => {
    const proof = evidence(['Việc làm'], 'vì việc này', ['visa']);
    expect(proof.holds).toBe(false);
    expect(sureness(1, proof)).toBe('none');
    expect(sureness(1, evidence(['Đăng ký khai sinh'], '', ['khai']))).toBe('good');
  });

  it('takes a number with its neighbour in the same text, not only side by side (a year is no half of a word)', () => {
    const plan = 'Kế hoạch tuyên truyền cải cách hành chính xã Liên Minh năm 2022';
    expect(evidence([plan], '', ['ke', 'hoach', '2022'])).toEqual({ holds: true, pairs: 2, lastPair: true, namedLastPair: true, namedPairs: 2 });
    expect(sureness(3, evidence([plan], '', ['ke', 'hoach', '2022']))).toBe('good');
    expect(sureness(3, evidence([plan], '', ['2022', 'ke', 'hoach']))).toBe('good');
    // In the page's text, not in its title: a pair of the text only; in two texts apart, none.
    expect(evidence(['Kế hoạch tuyên truyền'], 'Kế hoạch thực hiện trong năm 2022.', ['hoach', '2022'])).toMatchObject({ lastPair: true, namedLastPair: false });
    expect(evidence(['Kế hoạch tuyên truyền'], 'Năm 2022.', ['hoach', '2022'])).toMatchObject({ holds: true, lastPair: false });
    // Words still must stand side by side: "hộ" and "chiều" apart are no "hộ chiếu", whatever number is typed with them.
    expect(sureness(4, evidence(['Cấp bản sao trích lục hộ tịch'], 'Buổi chiều năm 2022.', ['cap', 'ho', 'chieu', '2022']))).toBe('none');
    // A number not on the page is not held.
    expect(evidence([plan], '', ['ke', 'hoach', '2023']).holds).toBe(false);
  });

  it('is weak when about the last pair (named) or with every word and two pairs; a mere mention is none', () => {
    // "cấp hộ chiếu" against a page listing a passport among identity papers.
    const mention = evidence(['Cấp bản sao trích lục hộ tịch'], 'Giấy tờ tùy thân: hộ chiếu hoặc thẻ căn cước. Cấp trong ngày.', ['cap', 'ho', 'chieu']);
    expect(mention).toEqual({ holds: true, pairs: 1, lastPair: true, namedLastPair: false, namedPairs: 0 });
    expect(sureness(3, mention)).toBe('none');
    // A sentence names its subject anywhere: every word on the page and two pairs side by side ("khai sinh", "cho con"), not its last ("mới đẻ").
    const sentence = ['lam', 'giay', 'khai', 'sinh', 'cho', 'con', 'moi', 'de'];
    // Its title and the citizens' words for it (metadata) name two of the pairs.
    const birth = evidence(
      ['Đăng ký khai sinh', 'làm giấy khai sinh'],
      'Cha, mẹ làm thủ tục khai sinh cho con trong 60 ngày. Giấy chứng sinh do cơ sở y tế cấp. Đề nghị bổ sung mới.',
      sentence,
    );
    expect(birth).toMatchObject({ holds: true, lastPair: false });
    expect(sureness(sentence.length, birth)).toBe('weak');
    expect(sureness(4, evidence(['Đăng ký khai sinh'], 'Khai sinh cho con. Giấy mới.', ['khai', 'sinh', 'cho', 'moi']))).toBe('none'); // four words: a name, its last pair counts
    const licence = ['cap', 'giay', 'phep', 'lai', 'xe'];
    expect(sureness(5, evidence(['Cấp giấy phép sửa chữa nhà ở'], 'Xe chở vật liệu. Nộp lại bản vẽ.', licence))).toBe('none'); // a procedure's name: its last pair must be there
    expect(sureness(sentence.length, evidence(['Đăng ký khai sinh'], 'Cha mẹ làm giấy tờ cho con mới đẻ.', sentence.slice(1)))).not.toBe('none');
    // A sentence's pairs must be named twice: "xin giấy" in a marriage certificate's citizens' words is no answer to a driving licence.
    const licenceForChild = ['muon', 'xin', 'giay', 'phep', 'lai', 'xe', 'hang', 'a1', 'cho', 'con'];
    const marriage = evidence(['Cấp Giấy xác nhận tình trạng hôn nhân', 'xin giấy độc thân'], 'Muốn xin giấy xác nhận cho con, cha mẹ nộp tờ khai.', [
      'muon',
      'xin',
      'giay',
      'cho',
      'con',
    ]);
    expect(marriage).toMatchObject({ pairs: 3, namedPairs: 1 });
    expect(sureness(5, marriage, true, licenceForChild.length >= 7)).toBe('none');
    expect(sureness(5, marriage, true)).toBe('weak'); // the same five words typed alone: two pairs are enough
    expect(sureness(3, evidence(['Cấp hộ chiếu phổ thông'], '', ['cap', 'ho', 'chieu']))).toBe('good');
    expect(sureness(4, { holds: false, pairs: 1, lastPair: true, namedLastPair: true, namedPairs: 1 })).toBe('weak');
    expect(sureness(5, { holds: true, pairs: 2, lastPair: true, namedLastPair: false, namedPairs: 0 })).toBe('weak');
    expect(sureness(5, { holds: false, pairs: 3, lastPair: true, namedLastPair: false, namedPairs: 0 })).toBe('none');
    const strong = { holds: true, pairs: 2, lastPair: true, namedLastPair: true, namedPairs: 1 };
    expect(evidenceScore(strong)).toBeGreaterThan(evidenceScore({ ...strong, namedLastPair: false }));
    expect(evidenceScore({ ...strong, namedLastPair: false })).toBeGreaterThan(evidenceScore({ ...strong, pairs: 1 }));
  });

  it('takes the start of a syllable for a word still being typed, not for a slip', () => {
    for (const start of ['th', 'tr', 'ngh', 'kh', 'h', 'chu', 'thu', 'ngu']) expect(isSyllableStart(start), start).toBe(true);
    for (const slip of ['karaoky', 'nuio', 'xyz', 'ddd', '12']) expect(isSyllableStart(slip), slip).toBe(false);
  });

  it('prefers the surer outcome, the later on a tie', () => {
    const a: { sure: Sureness; n: number } = { sure: 'weak', n: 1 };
    const b: { sure: Sureness; n: number } = { sure: 'good', n: 2 };
    expect(surer(a, b)).toBe(b);
    expect(surer(b, a)).toBe(b);
    expect(surer(a, { sure: 'weak', n: 3 }).n).toBe(3);
  });
});

describe('close spelling from the pages found', () => {
  it('finds words one edit away in the pages already fetched, the most frequent first', () => {
    expect(nearWords('karaoky', ['Cấp giấy phép kinh doanh karaoke', 'karaoke, vũ trường'])).toEqual(['karaoke']);
    expect(nearWords('ngeo', ['Công nhận hộ nghèo', 'hộ cận nghèo', 'ngheo'])).toEqual(['ngheo']);
    expect(nearWords('khai', ['khai sinh'])).toEqual([]);
  });

  it('counts one edit: changed, dropped, added, two neighbours swapped', () => {
    expect(oneEditApart('tick', 'tich')).toBe(true);
    expect(oneEditApart('nuio', 'nuoi')).toBe(true);
    expect(oneEditApart('ngeo', 'ngheo')).toBe(true);
    expect(oneEditApart('hon', 'hong')).toBe(true);
    expect(oneEditApart('karaoky', 'karaoke')).toBe(true);
    expect(oneEditApart('hon', 'hon')).toBe(false);
    expect(oneEditApart('tich', 'thuc')).toBe(false);
  });

  it('leaves references alone: numbers, codes, abbreviations', () => {
    for (const w of ['123', '2015', 'NĐ', 'CP', 'UBND', 'KH', 'bhyt', '1.001193']) expect(isReference(w), w).toBe(true);
    for (const w of ['karaoky', 'ngeo', 'tick', 'hong']) expect(isReference(w), w).toBe(false);
  });

  it('knows the broken spelling rules and English habits', () => {
    expect(respellings('ngeo')).toContain('ngheo');
    expect(respellings('geo')).toContain('gheo');
    expect(respellings('tick')).toContain('tich');
  });
});
