/**
 * What a procedure known only from the province's list lacks: the pure
 * missingParts, and `check`'s per-procedure warning as a planted fault (a
 * complete procedure says nothing; remove one part and that part is named).
 */
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { procedureUi } from '../../src/i18n/vi.ts';
import { errorsIn, formatReport } from '../../src/lib/validation-report.ts';
import { missingParts, PROCEDURE_PARTS, type ProcedurePart } from '../../src/lib/procedures.ts';
import { parseMarkdown } from '../../src/readers/front-matter.ts';
import { procedureSchema, type Procedure } from '../../src/schemas/procedure.ts';
import { validateContent } from '../../src/validation/validate-content.ts';
import { brokenCommune, FIXTURE, PROCEDURE } from '../support/broken-commune.ts';

const complete = procedureSchema.parse(parseMarkdown(readFileSync(join(FIXTURE, PROCEDURE), 'utf8'))!.data);

describe('missingParts', () => {
  it('finds nothing missing in a complete procedure', () => {
    expect(missingParts(complete)).toEqual([]);
  });
  const takenAway: [ProcedurePart, Partial<Procedure>][] = [
    ['documents', { cases: complete.cases.map((c) => ({ ...c, documents: [] })) }],
    ['steps', { cases: complete.cases.map((c) => ({ ...c, steps: [' '] })) }],
    ['processingTime', { processingTime: '' }],
    ['fees', { fees: undefined }],
    ['applicants', { applicants: [] }],
    ['agency', { agency: undefined }],
    ['result', { result: '  ' }],
    ['decision', { decision: undefined }],
  ];
  it.each(takenAway)('names %s when it is taken away', (part, change) => {
    expect(missingParts({ ...complete, ...change })).toEqual([part]);
  });
  it('counts an empty fee list as "no fee", not as missing', () => {
    expect(missingParts({ ...complete, fees: [] })).toEqual([]);
  });
  it('names every part, in order, for a procedure known only by code, name and field', () => {
    const listOnly = procedureSchema.parse({ code: '1.000894', name: 'Đăng ký kết hôn', field: 'Hộ tịch', updated: '2026-01-05' });
    expect(missingParts(listOnly)).toEqual([...PROCEDURE_PARTS]);
  });
});

describe('check warns per procedure what is missing', () => {
  const made: string[] = [];
  afterAll(() => {
    for (const d of made) rmSync(d, { recursive: true, force: true });
  });
  const check = async (edit?: (text: string) => string) => {
    const dir = brokenCommune(...(edit ? [{ file: PROCEDURE, edit }] : []));
    made.push(dir);
    const { findings } = await validateContent(dir, { projectRoot: dir, today: '2024-06-30' });
    return findings.filter((f) => f.file === PROCEDURE);
  };

  it('says nothing of a complete procedure', async () => {
    expect(await check()).toEqual([]);
  });

  it('names the parts taken away, in Vietnamese, as a warning only', async () => {
    const findings = await check((t) => t.replace(/^cases:\n(?: .*\n)+/m, '').replace(/^processingTime: >-\n(?: .*\n)+/m, ''));
    expect(errorsIn(findings), formatReport(findings)).toEqual([]);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ severity: 'warning', file: PROCEDURE });
    const { parts } = procedureUi;
    expect(formatReport(findings)).toContain(`Thủ tục 2.000815 (${PROCEDURE}) chưa có: ${[parts.documents, parts.steps, parts.processingTime].join(', ')}`);
  });

  it('does not ask for the detail of an abolished procedure', async () => {
    const findings = await check((t) =>
      t
        .replace(/^cases:\n(?: .*\n)+/m, '')
        .replace(/^status:\n(?: .*\n)+/m, '')
        .replace(/^code:/m, 'status:\n  state: abolished\ncode:'),
    );
    expect(findings).toEqual([]);
  });
});
