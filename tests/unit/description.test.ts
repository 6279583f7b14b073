import { describe, expect, it } from 'vitest';
import { feePhrase, firstClause, metaDescription, procedureCardFacts, procedureDescription, sentence, timePhrase } from '../../src/lib/description.ts';
import { descriptionFaults, procedureDescriptionFaults } from '../support/description-check.ts';

const DESK = 'Trung tâm Phục vụ hành chính công xã Hòa An';
const birth = {
  result: 'Giấy khai sinh (bản chính) và bản sao Giấy khai sinh nếu có yêu cầu',
  processingTime: 'Ngay trong ngày tiếp nhận hồ sơ; trường hợp nhận hồ sơ sau 15 giờ mà không giải quyết được ngay thì trả kết quả trong ngày làm việc tiếp theo.',
  fees: [
    { name: 'Lệ phí đăng ký khai sinh đúng hạn', amount: 0 },
    { name: 'Lệ phí đăng ký khai sinh quá hạn', note: 'Thu theo mức do Hội đồng nhân dân tỉnh quy định.' },
    { name: 'Phí cấp bản sao Giấy khai sinh', amount: 8000 },
  ],
  channels: { inPerson: true, online: 'full' as const, postal: true },
  cases: [{ documents: [{ name: 'Tờ khai', originals: 1, copies: 0 }], steps: ['Nộp hồ sơ'] }],
  applicants: ['Cha, mẹ'],
  agency: 'Ủy ban nhân dân xã',
  decision: { number: '1/QĐ-UBND' },
};
/** A procedure known only from the province's list: name, code and field. */
const listOnly = { channels: { inPerson: true, online: 'none' as const, postal: false }, cases: [], applicants: [] };

describe('procedureDescription', () => {
  it('says what the procedure gives, the fee with the free case first, the time, online or not and where, in whole sentences', () => {
    const text = procedureDescription(birth, DESK);
    expect(text).toBe(
      'Kết quả: Giấy khai sinh (bản chính) và bản sao Giấy khai sinh nếu có yêu cầu. ' +
        'Miễn phí, 8.000 đồng hoặc theo mức quy định, tùy trường hợp. ' +
        'Thời hạn: Ngay trong ngày tiếp nhận hồ sơ. ' +
        `Nộp trực tuyến toàn trình, làm trọn trên mạng; hoặc nộp trực tiếp tại ${DESK}.`,
    );
    expect(procedureDescriptionFaults(text, 'full')).toEqual([]);
  });

  it('keeps the clerk’s capitals: agency names are never lower-cased', () => {
    const text = procedureDescription({ ...birth, processingTime: '30 ngày kể từ ngày Ủy ban nhân dân cấp xã nhận đủ hồ sơ hợp lệ.' }, DESK);
    expect(text).toContain('Thời hạn: 30 ngày kể từ ngày Ủy ban nhân dân cấp xã nhận đủ hồ sơ hợp lệ.');
    expect(text).not.toContain('ủy ban');
  });

  it('says what a list-only procedure lacks, and still where to file', () => {
    const text = procedureDescription(listOnly, DESK);
    expect(text).toBe(`Cổng chưa đăng thời hạn giải quyết, phí, lệ phí, kết quả của thủ tục này. Chưa nộp trực tuyến được; nộp hồ sơ tại ${DESK}.`);
    expect(descriptionFaults(text)).toEqual([]);
    expect(procedureDescriptionFaults(text, 'none')).toEqual(['does not say the fee']);
  });

  it('leaves the time out when none is given, and says a partly online procedure in plain words', () => {
    const text = procedureDescription({ ...birth, processingTime: undefined, channels: { inPerson: true, online: 'partial', postal: false } }, DESK);
    expect(text).not.toContain('Thời hạn');
    expect(text).toContain('Cổng chưa đăng thời hạn giải quyết của thủ tục này.');
    expect(text).toContain('Nộp trực tuyến một phần: nộp trên mạng, đến đối chiếu giấy tờ gốc; hoặc nộp trực tiếp tại');
    expect(procedureDescriptionFaults(text, 'partial')).toEqual([]);
  });

  it('does not double the period of a result or time that ends with one, and cuts long ones at a word', () => {
    const text = procedureDescription({ ...birth, result: 'Giấy chứng nhận kết hôn.', processingTime: `${'Trong ngày làm việc '.repeat(8)}kể từ khi nhận hồ sơ.` }, DESK);
    expect(text).toContain('Kết quả: Giấy chứng nhận kết hôn. Miễn phí');
    expect(text).toMatch(/ Thời hạn: Trong ngày làm việc [^.]{1,60}… Nộp trực tuyến/);
    expect(descriptionFaults(text)).toEqual([]);
  });

  it('is online only without a desk when the procedure is not filed in person', () => {
    const text = procedureDescription({ ...birth, channels: { inPerson: false, online: 'full', postal: false } }, DESK);
    expect(text.endsWith('Nộp trực tuyến toàn trình, làm trọn trên mạng.')).toBe(true);
  });
});

describe('feePhrase', () => {
  it('says Miễn phí for no fee or only free ones, the amount for one paid fee, and each option when it varies', () => {
    expect(feePhrase(undefined)).toBeUndefined();
    expect(feePhrase([])).toBe('Miễn phí');
    expect(feePhrase([{ name: 'Lệ phí', amount: 0 }])).toBe('Miễn phí');
    expect(feePhrase([{ name: 'Phí', amount: 10000 }])).toBe('Phí, lệ phí: 10.000 đồng');
    expect(
      feePhrase([
        { name: 'Phí', amount: 2000 },
        { name: 'Phí khác', amount: 1000 },
      ]),
    ).toBe('Phí, lệ phí: 1.000 đồng hoặc 2.000 đồng, tùy trường hợp');
    expect(feePhrase([{ name: 'Lệ phí', note: 'Theo nghị quyết của HĐND tỉnh' }])).toBe('Phí, lệ phí: theo mức quy định');
    expect(
      feePhrase([
        { name: 'Lệ phí', amount: 0 },
        { name: 'Quá hạn', note: 'Theo nghị quyết' },
      ]),
    ).toBe('Miễn phí hoặc theo mức quy định, tùy trường hợp');
  });
});

describe('sentence and metaDescription', () => {
  it('ends a clerk’s summary with one period, and keeps ! ? and …', () => {
    expect(sentence('Tin về  một cửa ')).toBe('Tin về một cửa.');
    expect(sentence('Đã xong.')).toBe('Đã xong.');
    expect(sentence('Đã xong..')).toBe('Đã xong.');
    expect(sentence('Còn nữa...')).toBe('Còn nữa...');
    expect(sentence('Bạn hỏi?')).toBe('Bạn hỏi?');
    expect(sentence('tiếp theo., phí, lệ phí')).toBe('tiếp theo. phí, lệ phí.');
    expect(sentence('Kết quả:')).toBe('Kết quả.');
    expect(sentence('   ')).toBe('');
  });

  it('keeps a long description to whole sentences, or cuts it at a word', () => {
    const long = `${'Câu thứ nhất khá dài về cải cách hành chính. '.repeat(8)}`;
    const cut = metaDescription(long);
    expect(cut.length).toBeLessThanOrEqual(300);
    expect(cut.endsWith('hành chính.')).toBe(true);
    const clauses = metaDescription(`${'Một vế khá dài về cải cách thủ tục hành chính; '.repeat(8)}hết`);
    expect(clauses.length).toBeLessThanOrEqual(300);
    expect(clauses.endsWith('thủ tục hành chính.')).toBe(true);
    const oneSentence = metaDescription(`${'rất dài '.repeat(60)}hết`);
    expect(oneSentence.length).toBeLessThanOrEqual(301);
    expect(oneSentence).toMatch(/ (rất|dài)…$/);
  });

  it('composes decomposed (NFD) text', () => {
    expect(metaDescription('Đăng ký khai sinh'.normalize('NFD'))).toBe('Đăng ký khai sinh.');
  });
});

describe('firstClause and timePhrase', () => {
  it('takes the time up to its first ";" or sentence end', () => {
    expect(firstClause('03 ngày làm việc; trường hợp xác minh thì 05 ngày.')).toBe('03 ngày làm việc');
    expect(firstClause('Ngay trong ngày. Trường hợp sau 15 giờ thì ngày hôm sau.')).toBe('Ngay trong ngày');
    expect(firstClause('30 ngày.')).toBe('30 ngày');
    expect(timePhrase(undefined)).toBeUndefined();
    expect(timePhrase('  ')).toBeUndefined();
  });
});

describe('procedureCardFacts', () => {
  it('gives the fee, the time and online or not, one line each, leaving out what is unknown', () => {
    expect(procedureCardFacts(birth)).toEqual([
      'Miễn phí, 8.000 đồng hoặc theo mức quy định, tùy trường hợp',
      'Thời hạn: Ngay trong ngày tiếp nhận hồ sơ',
      'Nộp trực tuyến toàn trình',
    ]);
    expect(procedureCardFacts(listOnly)).toEqual(['Nộp trực tiếp, chưa nộp trực tuyến được']);
  });
});

describe('the description checker (planted fault)', () => {
  it('fails the old description built by lower-casing the processing time', () => {
    const old =
      'Đăng ký khai sinh: hồ sơ cần chuẩn bị, thời hạn ngay trong ngày tiếp nhận hồ sơ; trường hợp nhận hồ sơ sau 15 giờ mà không giải quyết được ngay thì trả kết quả trong ngày làm việc tiếp theo., phí, lệ phí, nơi nộp. Mã thủ tục 1.001193.';
    expect(procedureDescriptionFaults(old, 'full')).toEqual(['has ".," or ".;"', 'does not say the fee', 'does not say "Nộp trực tuyến toàn trình"']);
    expect(descriptionFaults('tin tức  về một cửa')).toEqual(['does not start with a capital letter', 'does not end with one period', 'has a doubled space']);
  });
});
