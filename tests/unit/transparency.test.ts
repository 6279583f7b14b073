/**
 * Reform indices, late-file disclosures and guiding documents below the
 * pages: matching document numbers, series and their descriptions, the
 * schemas' Vietnamese messages, the cross-file checks, the feedback link.
 */
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { citations, dateAfter, documentFinder, documentKey } from '../../src/lib/documents.ts';
import { crossCheck, type CheckedEntry } from '../../src/lib/cross-checks.ts';
import { pageFeedbackHref } from '../../src/lib/feedback.ts';
import { chartDescription, latestResults, resultText, scopeNames, seriesChart, seriesOf, type IndexResult } from '../../src/lib/indices.ts';
import { findingsFromIssues, formatReport } from '../../src/lib/validation-report.ts';
import { documentSchema } from '../../src/schemas/document.ts';
import { indexResultSchema } from '../../src/schemas/index-result.ts';
import { lateDisclosureSchema } from '../../src/schemas/late-disclosure.ts';
import { siteSchema } from '../../src/schemas/site.ts';
import { parseYaml } from '../../src/readers/front-matter.ts';

describe('document numbers', () => {
  it('compare however they were typed', () => {
    const key = documentKey('76/NQ-CP');
    for (const typed of ['76/NQ–CP', '76 / NQ - CP', 'số 76/NQ-CP', '076/nq-cp', '76/NQ-CP.']) expect(documentKey(typed), typed).toBe(key);
    expect(documentKey('107/2021/ND-CP')).toBe(documentKey('107/2021/NĐ-CP'));
    expect(documentKey('136/KH -UBND')).toBe(documentKey('136/KH-UBND'));
    expect(documentKey('05-NQ/TU')).toBe(documentKey('5-NQ/TU'));
    expect(documentKey('124/NQ-HĐND')).not.toBe(documentKey('124/NQ-CP'));
  });

  const docs = [
    { number: '76/NQ-CP', date: '2021-07-15', id: 'a' },
    { number: '01/KH-UBND', date: '2024-01-05', id: 'xa' },
    { number: '01/KH-UBND', date: '2022-01-04', id: 'tinh' },
    { number: '10468/QĐ-UBND', date: '2021-11-12', id: 'tp' },
  ];
  const find = documentFinder(docs);

  it('find a document, using the date written after the number when several share it', () => {
    expect(find(documentKey('76/NQ-CP'))?.id).toBe('a');
    expect(find(documentKey('01/KH-UBND'))).toBeUndefined();
    expect(find(documentKey('01/KH-UBND'), '2024-01-05')?.id).toBe('xa');
    // A date that does not match means another document with the same number.
    expect(find(documentKey('76/NQ-CP'), '2022-01-01')).toBeUndefined();
    expect(dateAfter(' ngày 15/7/2021 của Chính phủ')).toBe('2021-07-15');
    expect(dateAfter(', ngày 5 tháng 1 năm 2024')).toBe('2024-01-05');
    expect(dateAfter(' của Chính phủ ngày 15/7/2021')).toBeUndefined();
  });

  it('are linked inside free text, dates and ranges left alone', () => {
    const text = 'Theo Nghị quyết số 76/NQ-CP ngày 15/7/2021 giai đoạn 2021-2030, Kế hoạch số 01/KH-UBND ngày 05/01/2024 và Quyết định số 10468/QĐ-\nUBND.';
    const runs = citations(text, find);
    expect(runs.filter((r) => r.doc).map((r) => [r.text, r.doc!.id])).toEqual([
      ['76/NQ-CP', 'a'],
      ['01/KH-UBND', 'xa'],
      ['10468/QĐ-\nUBND', 'tp'],
    ]);
    expect(runs.map((r) => r.text).join('')).toBe(text);
    expect(citations('Không có văn bản nào: 17/01/2024.', find)).toEqual([{ text: 'Không có văn bản nào: 17/01/2024.' }]);
  });
});

const result = (over: Partial<IndexResult>): IndexResult => ({
  index: 'par-index',
  year: 2023,
  scope: 'province',
  scoreUnit: 'percent',
  illustrative: false,
  source: { title: 'Báo cáo' },
  ...over,
});

describe('index series', () => {
  const results = [
    result({ year: 2021, rank: 2, of: 63 }),
    result({ year: 2023, score: 92.18, rank: 1, of: 63 }),
    result({ year: 2022, score: 90.1, rank: 1, of: 63 }),
    result({ year: 2023, scope: 'commune', score: 90.12, illustrative: true }),
    result({ index: 'sipas', year: 2023, score: 90.61 }),
  ];

  it('group by index and scope, oldest year first, the commune first', () => {
    const series = seriesOf(results, 'par-index');
    expect(series.map((s) => [s.scope, s.results.map((r) => r.year)])).toEqual([
      ['commune', [2023]],
      ['province', [2021, 2022, 2023]],
    ]);
  });

  it('give the latest year of each index for the home page', () => {
    expect(latestResults(results).map((l) => [l.index, l.year, l.results.map((r) => r.scope)])).toEqual([
      ['par-index', 2023, ['commune', 'province']],
      ['sipas', 2023, ['province']],
    ]);
    expect(resultText(results[1]!)).toBe('92,18%, hạng 1/63');
  });

  it('describe a chart in words: every value, the gaps, what is illustrative, the axis', () => {
    const province = seriesOf(results, 'par-index')[1]!;
    const scores = seriesChart(province, 'score')!;
    expect(chartDescription(province, 'score', scores)).toBe('Năm 2022: 90,1%. Năm 2023: 92,18%. Trục dọc: điểm, từ 0 đến 100%.');
    const ranks = seriesChart(province, 'rank')!;
    expect(chartDescription(province, 'rank', ranks)).toBe(
      'Năm 2021: hạng 2/63. Năm 2022: hạng 1/63. Năm 2023: hạng 1/63. Trục dọc: thứ hạng, hạng 1 ở trên cùng, hạng 63 ở dưới cùng.',
    );
    const gap = {
      index: 'papi' as const,
      scope: 'province' as const,
      results: [result({ index: 'papi', year: 2020, rank: 1 }), result({ index: 'papi', year: 2022, rank: 1, illustrative: true })],
    };
    expect(chartDescription(gap, 'rank', seriesChart(gap, 'rank')!)).toBe(
      'Năm 2020: hạng 1. Năm 2022: hạng 1. Không có số liệu năm 2021. Số liệu năm 2022 là số liệu minh họa. Trục dọc: thứ hạng, hạng 1 ở trên cùng; không rõ tổng số đơn vị được xếp hạng.',
    );
    expect(seriesChart(seriesOf(results, 'sipas')[0]!, 'rank')).toBeNull();
  });

  it('name a district-level result on a site without a district as the former district, never the unit itself', () => {
    expect(scopeNames({ kind: 'phường', name: 'Hồng Minh', province: 'tỉnh Minh Họa' }).district).toBe('huyện trước ngày 01/7/2025');
    expect(scopeNames({ kind: 'thị xã', name: 'Kiến Tường', district: 'thị xã Kiến Tường', province: 'tỉnh Long An' })).toEqual({
      commune: 'thị xã Kiến Tường',
      district: 'huyện trước ngày 01/7/2025',
      province: 'tỉnh Long An',
    });
  });

  it('name the scopes after the commune, its district and its province', () => {
    expect(scopeNames({ kind: 'xã', name: 'Bằng Cả', district: 'thành phố Hạ Long', province: 'tỉnh Quảng Ninh' })).toEqual({
      commune: 'xã Bằng Cả',
      district: 'thành phố Hạ Long',
      province: 'tỉnh Quảng Ninh',
    });
  });
});

/** The file the reports below name (nothing is read from it). */
const FILE = 'late-disclosures/x.md';

/** The report a clerk would read for a YAML front matter. */
function reportFor(schema: z.ZodType, yaml: string): string {
  const parsed = parseYaml(yaml);
  const r = schema.safeParse(parsed.data, { reportInput: true });
  return r.success ? '' : formatReport(findingsFromIssues(r.error.issues, FILE, parsed.lineOf));
}

describe('schemas speak Vietnamese', () => {
  const source = 'source:\n  title: Báo cáo chỉ số năm 2023\n';

  it('index result: the name or key of the index, a score or a rank, a rank within the count', () => {
    expect(indexResultSchema.parse(parseYaml(`index: PAR INDEX\nyear: 2023\nscope: province\nrank: 1\nof: 63\n${source}`).data)).toMatchObject({
      index: 'par-index',
      illustrative: false,
    });
    expect(
      indexResultSchema.parse(parseYaml(`index: sipas\nyear: 2023\nscope: commune\nscore: 89.3\nscoreUnit: percent\nillustrative: true\n${source}`).data),
    ).toMatchObject({ index: 'sipas', illustrative: true });
    const unknown = reportFor(indexResultSchema, `index: PARI\nyear: 2023\nscope: province\nrank: 1\n${source}`);
    expect(unknown).toContain('Trường: index');
    expect(unknown).toContain('"PARI"');
    expect(unknown).toContain('"PAR INDEX", "SIPAS", "PAPI", "PCI", "DDCI", "DGI", "DTI"');
    expect(reportFor(indexResultSchema, `index: PCI\nyear: 2023\nscope: province\n${source}`)).toContain('điểm (score) hoặc thứ hạng (rank)');
    expect(reportFor(indexResultSchema, `index: PCI\nyear: 2023\nscope: province\nrank: 70\nof: 63\n${source}`)).toMatch(
      /Trường: rank[\s\S]*không lớn hơn tổng số đơn vị được xếp hạng \(of: 63\)/,
    );
    expect(reportFor(indexResultSchema, `index: SIPAS\nyear: 2023\nscope: province\nscore: 120\nscoreUnit: percent\n${source}`)).toContain(
      'điểm không lớn hơn điểm tối đa (100)',
    );
    expect(reportFor(indexResultSchema, `index: SIPAS\nyear: 2023\nscope: xa\nscore: 1\n${source}`)).toContain('Trường: scope');
  });

  const disclosure = (cases: string) => `year: 2024\nquarter: 2\nprocessed: 120\ncases:\n${cases}`;
  const oneCase = (dates: string) =>
    `  - procedure: "1.004873"\n${dates}    reason: Chờ xác minh\n    official:\n      position: Công chức Tư pháp - Hộ tịch\n    apology: true\n`;

  it('late disclosure: impossible dates, a return before the receipt, days late that do not add up, each on its line', () => {
    expect(reportFor(lateDisclosureSchema, disclosure(oneCase('    received: 2024-04-01\n    due: 2024-04-04\n    returned: 2024-04-08\n')))).toBe('');
    const impossible = reportFor(lateDisclosureSchema, disclosure(oneCase('    received: 31/04/2024\n    due: 2024-04-04\n    returned: 2024-04-08\n')));
    expect(impossible).toMatch(/^LỖI {2}late-disclosures\/x\.md:6\n {2}Trường: cases\.0\.received\n {2}Tìm thấy: "31\/04\/2024"\n {2}Cần: một ngày có thật/);
    const backwards = reportFor(lateDisclosureSchema, disclosure(oneCase('    received: 2024-04-10\n    due: 2024-04-12\n    returned: 2024-04-08\n')));
    expect(backwards).toContain(`${FILE}:8`);
    expect(backwards).toContain('Trường: cases.0.returned');
    expect(backwards).toContain('ngày trả kết quả không sớm hơn ngày tiếp nhận hồ sơ (10/04/2024)');
    const days = reportFor(lateDisclosureSchema, disclosure(oneCase('    received: 2024-04-01\n    due: 2024-04-04\n    returned: 2024-04-08\n    daysLate: 4\n')));
    expect(days).toMatch(/Trường: cases\.0\.daysLate\n {2}Tìm thấy: 4\n {2}Cần: 2 ngày: số ngày làm việc/);
    expect(reportFor(lateDisclosureSchema, disclosure(oneCase('    received: 2024-04-01\n    due: 2024-04-04\n    returned: 2024-04-04\n')))).toContain(
      'hồ sơ trả đúng hoặc trước hạn không đưa vào danh sách trễ hạn',
    );
    expect(reportFor(lateDisclosureSchema, 'year: 2024\nquarter: 5\nprocessed: 3\ncases: []\n')).toContain('một quý từ 1 đến 4');
  });

  it('document: a kind by key or by name, a PDF beside the file only', () => {
    const doc = (extra: string) => `number: 76/NQ-CP\nkind: Nghị quyết\nissuer: Chính phủ\ndate: 15/07/2021\ntitle: Ban hành Chương trình\nsummary: Tóm tắt\n${extra}`;
    expect(documentSchema.parse(parseYaml(doc('file: ./tep/76.pdf\n')).data)).toMatchObject({ kind: 'nghi-quyet', date: '2021-07-15', file: './tep/76.pdf' });
    expect(documentSchema.parse(parseYaml(doc('').replace('Nghị quyết', 'nghi-quyet')).data).kind).toBe('nghi-quyet');
    expect(reportFor(documentSchema, doc('').replace('Nghị quyết', 'Tờ trình'))).toContain('"Nghị quyết", "Nghị định"');
    expect(reportFor(documentSchema, doc('file: /tai-lieu/76.pdf\n'))).toContain('tệp PDF đặt cạnh tệp văn bản');
    expect(reportFor(documentSchema, doc('file: ./tep/76.docx\n'))).toContain('Trường: file');
  });

  it('site: one page-feedback channel, with {url} in a web address; officials by position unless chosen', () => {
    const site = parseYaml(
      'name: A\nkind: xã\ndistrict: huyện B\nprovince: tỉnh C\nagency: UBND xã A\ndescription: d\naddress: a\nphone: "0203 1"\nemail: a@b.vn\nhotlines:\n  - label: x\n    phone: "1800 1096"\nfeedback:\n  receiver: r\nofficeHours: h\nresponsible:\n  name: n\n  title: t\nportals:\n  national: https://dichvucong.gov.vn\nurl: https://a.example\n',
    ).data as Record<string, unknown>;
    expect(siteSchema.parse(site).lateFiles).toEqual({ officials: 'position' });
    expect(siteSchema.safeParse({ ...site, pageFeedback: { email: 'gopy@a.vn' } }).success).toBe(true);
    expect(siteSchema.safeParse({ ...site, pageFeedback: { url: 'https://form.example/?trang={url}' } }).success).toBe(true);
    expect(siteSchema.safeParse({ ...site, pageFeedback: { url: 'https://form.example/' } }).success).toBe(false);
    expect(siteSchema.safeParse({ ...site, pageFeedback: {} }).success).toBe(false);
    expect(siteSchema.safeParse({ ...site, lateFiles: { officials: 'ho-ten' } }).success).toBe(false);
  });
});

describe('cross-file checks', () => {
  const entry = (collection: CheckedEntry['collection'], file: string, data: Record<string, unknown>, slug = file): CheckedEntry => ({
    collection,
    file,
    slug,
    data,
    lineOf: () => 3,
    lineAt: (p) => 10 + p.length,
  });
  const procedure = entry('procedures', 'procedures/ket-hon.md', { code: '1.000894' }, 'ket-hon');
  const lateCase = (code: string, name?: string) => ({ procedure: code, official: { position: 'Công chức Tư pháp - Hộ tịch', ...(name ? { name } : {}) } });

  it('reports a late file of a procedure the portal does not have', () => {
    const findings = crossCheck([
      procedure,
      entry('late-disclosures', 'late-disclosures/q2.md', { year: 2024, quarter: 2, cases: [lateCase('1.000894'), lateCase('1.999999')] }, '2024-quy-2'),
    ]);
    expect(findings).toEqual([
      expect.objectContaining({
        severity: 'error',
        field: 'cases.1.procedure',
        line: 13,
        found: '"1.999999"',
        expected: expect.stringContaining('không có thủ tục nào mang mã 1.999999'),
      }),
    ]);
  });

  it('warns when an item of a per-unit quota names no unit of the list, matching names as the report does', () => {
    const plan = entry('plans', 'plans/2024.md', { year: 2024, tasks: [{ id: '5', target: { each: ['Phường 1', 'Xã Bình Hiệp'] } }, { id: '6' }] });
    const news = (file: string, data: Record<string, unknown>) => entry('news', file, { date: '2024-03-01', ...data });
    const findings = crossCheck([
      plan,
      news('news/a.md', { task: '2024/5', unit: 'phường  1' }),
      news('news/b.md', { task: '2024/5', unit: 'Phòng Nội vụ' }),
      news('news/c.md', { task: '2024/5' }),
      news('news/d.md', { task: '2024/6', unit: 'Phòng Nội vụ' }),
      news('news/e.md', { task: '2024/5', draft: true }),
    ]);
    expect(findings.map((f) => [f.file, f.severity, f.field, f.found])).toEqual([
      ['news/b.md', 'warning', 'unit', '"Phòng Nội vụ"'],
      ['news/c.md', 'warning', 'unit', undefined],
    ]);
    expect(findings[0]!.expected).toContain('nhiệm vụ 2024/5: Phường 1, Xã Bình Hiệp');
  });

  it('warns about names the site will not publish, and names it should', () => {
    const q = entry('late-disclosures', 'late-disclosures/q2.md', { year: 2024, quarter: 2, cases: [lateCase('1.000894', 'Trần Thị Mẫu')] }, '2024-quy-2');
    expect(crossCheck([procedure, q])).toEqual([
      expect.objectContaining({ severity: 'warning', field: 'cases.0.official.name', expected: expect.stringContaining('chỉ công khai chức danh') }),
    ]);
    expect(crossCheck([procedure, q], { lateFiles: { officials: 'name' } })).toEqual([]);
    const unnamed = entry('late-disclosures', 'late-disclosures/q3.md', { year: 2024, quarter: 3, cases: [lateCase('1.000894')] }, '2024-quy-3');
    expect(crossCheck([procedure, unnamed], { lateFiles: { officials: 'name' } })).toEqual([
      expect.objectContaining({ severity: 'warning', expected: expect.stringContaining('họ tên người xử lý') }),
    ]);
  });

  it('allows one disclosure per quarter, one index result per index, scope and year, one file per document', () => {
    const q = (file: string) => entry('late-disclosures', file, { year: 2024, quarter: 2, cases: [] }, '2024-quy-2');
    expect(crossCheck([q('a.md'), q('b.md')])).toEqual([
      expect.objectContaining({ file: 'b.md', field: 'quarter', expected: expect.stringContaining('mỗi quý chỉ một bản công khai') }),
    ]);
    const r = (file: string, scope: string) => entry('indices', file, { index: 'sipas', scope, year: 2023 });
    expect(crossCheck([r('a.md', 'province'), r('b.md', 'commune'), r('c.md', 'province')])).toEqual([
      expect.objectContaining({ file: 'c.md', expected: expect.stringContaining('SIPAS cấp tỉnh năm 2023 đã có ở tệp a.md') }),
    ]);
    const d = (file: string, number: string) => entry('documents', file, { number, date: '2021-07-15' }, file.replace('.md', ''));
    expect(crossCheck([d('a.md', '76/NQ-CP'), d('b.md', '76/NQ–CP')])).toEqual([expect.objectContaining({ file: 'b.md', field: 'number' })]);
  });
});

describe('the "Trang này có hữu ích không?" link', () => {
  const page = { url: 'https://bangca.example.gov.vn/van-ban/', title: 'Văn bản & chỉ đạo' };
  it('prefills a mail with the page title and address', () => {
    const href = pageFeedbackHref({ email: 'gopy@bangca.vn' }, page)!;
    expect(href.startsWith('mailto:gopy@bangca.vn?subject=')).toBe(true);
    const params = new URLSearchParams(href.split('?')[1]);
    expect(params.get('subject')).toBe('Góp ý về trang: Văn bản & chỉ đạo');
    expect(params.get('body')).toContain('Trang: https://bangca.example.gov.vn/van-ban/');
    expect(href).not.toContain(' ');
  });
  it('or fills {url} of a form address, encoded', () => {
    expect(pageFeedbackHref({ url: 'https://gopy.example.gov.vn/?trang={url}' }, page)).toBe(
      'https://gopy.example.gov.vn/?trang=https%3A%2F%2Fbangca.example.gov.vn%2Fvan-ban%2F',
    );
    expect(pageFeedbackHref({}, page)).toBeNull();
  });
});
