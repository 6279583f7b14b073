/**
 * The bad-input corpus through `check` (tests/corpus/cases.ts): every case
 * gets the outcome it must have, every refusal names the file and the field
 * in Vietnamese, and no file of any size keeps check busy for long.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatReport } from '../../src/lib/validation-report.ts';
import { AREAS, CORPUS, type CorpusCase } from '../corpus/cases.ts';
import { corpusCommune } from '../corpus/commune.ts';
import { KNOWN_FAILURES } from '../corpus/known-failures.ts';
import { corpusSummary } from '../corpus/summary.ts';
import { plantOutside } from '../corpus/outside.ts';
import { verdictOf } from '../corpus/verdict.ts';
import { ENGLISH } from '../support/english.ts';

/** A few seconds on a loaded two-core machine; each case is checked on a whole commune. */
const MAX_CHECK_MS = 5_000;

beforeAll(plantOutside);

describe('the corpus', () => {
  it('holds at least 100 cases, ids unique, every area and kind present', () => {
    expect(CORPUS.length).toBeGreaterThanOrEqual(100);
    expect(new Set(CORPUS.map((c) => c.id)).size).toBe(CORPUS.length);
    for (const area of AREAS)
      expect(
        CORPUS.some((c) => c.area === area),
        area,
      ).toBe(true);
    for (const kind of ['attack', 'mistake', 'honest'])
      expect(
        CORPUS.some((c) => c.kind === kind),
        kind,
      ).toBe(true);
  });

  it('is summarised in docs/quality.md with its current counts', () => {
    const summary = corpusSummary(CORPUS);
    expect(readFileSync('docs/quality.md', 'utf8').includes(summary), `docs/quality.md should say: ${summary}`).toBe(true);
  });
});

describe('check on each case of the corpus', () => {
  const removals: (() => void)[] = [];
  afterAll(() => {
    for (const remove of removals) remove();
  });

  it('lists as known failures only cases of the corpus', () => {
    for (const id of Object.keys(KNOWN_FAILURES)) expect(CORPUS.map((c) => c.id)).toContain(id);
  });

  const named = (c: CorpusCase) => [`${c.area}/${c.id}: ${c.description}`, c] as [string, CorpusCase];
  it.each(CORPUS.filter((c) => !KNOWN_FAILURES[c.id]).map(named))('%s', (_name, c) => checkCase(c));
  // Expected to fail until their fix lands (tests/corpus/known-failures.ts): one that passes fails here.
  it.fails.each(CORPUS.filter((c) => KNOWN_FAILURES[c.id]).map(named))('known failure: %s', (_name, c) => checkCase(c));

  async function checkCase(c: CorpusCase) {
    const commune = corpusCommune([c]);
    removals.push(commune.remove);
    const verdict = await verdictOf(commune);
    const report = formatReport(verdict.findings);
    expect(verdict.ms, 'check takes a few seconds at most').toBeLessThan(MAX_CHECK_MS);
    // What we write (expected, hint) is Vietnamese; what the clerk wrote (found) may be anything.
    for (const f of verdict.findings) expect(`${f.expected} ${f.hint ?? ''}`, report).not.toMatch(ENGLISH);

    const { outcome, file, field, says = [] } = c.expect;
    if (outcome === 'refused') {
      expect(verdict.errors.length, `refused: ${report || '(no finding)'}`).toBeGreaterThan(0);
      // The case's fault and nothing else: every error is in its file.
      const allowed = [file, ...(c.expect.cascades ?? [])];
      expect(
        verdict.errors.map(verdict.where).filter((where) => !allowed.includes(where)),
        report,
      ).toEqual([]);
      expect(verdict.errors.map(verdict.where), report).toContain(file);
      if (field !== undefined)
        expect(
          verdict.errors.map((f) => f.field),
          report,
        ).toContain(field);
      const refusal = formatReport(verdict.errors);
      expect(refusal).toContain(basename(file));
      for (const words of says) expect(refusal).toContain(words);
      return;
    }
    expect(verdict.errors, report).toEqual([]);
    const about = verdict.findings.filter((f) => verdict.where(f) === file);
    if (outcome === 'accepted') expect(about, report).toEqual([]);
    if (outcome === 'harmless' && field !== undefined)
      expect(
        about.map((f) => f.field),
        report,
      ).toContain(field);
    for (const words of says) expect(report).toContain(words);
  }
});
