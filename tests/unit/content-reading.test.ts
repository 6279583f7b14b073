/**
 * How content files are read before any schema sees them: encodings, the
 * YAML parser's complaints in Vietnamese, and numbers YAML would misread.
 */
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { formatReport } from '../../src/lib/validation-report.ts';
import { validateContent } from '../../src/validation/validate-content.ts';
import { brokenCommune, FIXTURE, INDEX_RESULT, NEWS, PROCEDURE, windows1258, type Edit } from '../support/broken-commune.ts';
import { ENGLISH } from '../support/english.ts';

const made: string[] = [];
afterAll(() => {
  for (const d of made) rmSync(d, { recursive: true, force: true });
});

async function check(...edits: Edit[]) {
  const dir = brokenCommune(...edits);
  made.push(dir);
  const { findings } = await validateContent(dir, { projectRoot: dir, today: '2024-06-30' });
  return { findings, report: formatReport(findings), dir };
}

describe('encodings of content files', () => {
  it('accepts a UTF-8 byte-order mark at the start of a Markdown file and of site.yaml', async () => {
    const { report } = await check({ file: NEWS, edit: (t) => `\uFEFF${t}` }, { file: 'site.yaml', edit: (t) => `\uFEFF${t}` });
    expect(report).toBe('');
  });

  it('refuses a UTF-16 file, naming it and the encoding to use', async () => {
    const { findings } = await check({ file: NEWS, edit: (t) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(t, 'utf16le')]) });
    expect(findings).toEqual([expect.objectContaining({ severity: 'error', file: NEWS, expected: expect.stringMatching(/UTF-8 .*UTF-16/) })]);
  });

  it('refuses site.yaml saved in Windows-1258, with the line of the first garbled letter', async () => {
    const site = readFileSync(join(FIXTURE, 'site.yaml'), 'utf8');
    const findings = (await check({ file: 'site.yaml', edit: windows1258 })).findings.filter((f) => f.file === 'site.yaml');
    expect(findings).toEqual([
      expect.objectContaining({ file: 'site.yaml', severity: 'error', expected: expect.stringContaining('UTF-8 (tệp này có vẻ lưu ở bảng mã Windows-1258)') }),
    ]);
    expect(findings[0]!.line).toBe(site.split('\n').findIndex((l) => /[^\p{ASCII}]/u.test(l)) + 1);
  });

  it('refuses TCVN3 text in site.yaml, naming the field', async () => {
    const { findings } = await check({ file: 'site.yaml', edit: (t) => t.replace(/^agency: .*$/m, 'agency: Uû ban nh©n d©n x· Chøng thùc') });
    expect(findings).toEqual([expect.objectContaining({ file: 'site.yaml', field: 'agency', severity: 'error', expected: expect.stringContaining('TCVN3') })]);
  });
});

describe('YAML mistakes, explained in Vietnamese with their line', () => {
  it.each([
    ['a tab as indentation', (t: string) => t.replace(/^channels:\n {2}inPerson/m, 'channels:\n\tinPerson'), /Tab/],
    ['an unclosed quote', (t: string) => t.replace(/^field: .*$/m, 'field: "Chứng thực'), /ngoặc kép .* chưa đóng/],
    ['an alias without its anchor', (t: string) => t.replace(/^field: .*$/m, 'field: *linh-vuc'), /không trỏ tới mốc &/],
    [
      'an alias bomb',
      (t: string) =>
        t.replace(
          /^summary: >-\n( {2}.*\n)+/m,
          `a: &a ["x","x","x","x","x","x","x","x","x"]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\ne: [*d,*d,*d,*d,*d,*d,*d,*d,*d]\n`,
        ),
      /quá nhiều .*làm treo máy/,
    ],
  ])('%s', async (_name, edit, says) => {
    const { findings, report } = await check({ file: PROCEDURE, edit });
    expect(findings, report).toHaveLength(1);
    expect(findings[0]).toMatchObject({ severity: 'error', file: PROCEDURE, hint: expect.stringMatching(says) });
    expect(findings[0]!.line).toBeGreaterThan(1);
    expect(`${findings[0]!.expected} ${findings[0]!.hint}`).not.toMatch(ENGLISH);
  });
});

describe('numbers written with a thousands separator', () => {
  it('refuses 1.500.000 (a text to YAML) once, with the number to write', async () => {
    const { findings, report } = await check({ file: PROCEDURE, edit: (t) => t.replace('amount: 2000', 'amount: 1.500.000') });
    expect(findings, report).toEqual([expect.objectContaining({ field: 'fees.0.amount', found: '1.500.000', hint: expect.stringContaining('viết 1500000') })]);
  });
  it('refuses every whole-number field so written, not only fees', async () => {
    const { findings } = await check({ file: PROCEDURE, edit: (t) => t.replace(/originals: 1$/m, 'originals: 1.000') });
    expect(findings).toEqual([expect.objectContaining({ field: 'cases.0.documents.0.originals', hint: expect.stringContaining('viết 1000') })]);
  });
  it('leaves decimal fields alone: a score of 81.500 is 81.5', async () => {
    expect((await check({ file: INDEX_RESULT, edit: (t) => t.replace('score: 81.5', 'score: 81.500') })).report).toBe('');
  });
});
