/**
 * content/indices/<file>.md: one result of a reform index (PAR INDEX, SIPAS,
 * PAPI, PCI, DDCI, DGI, DTI) for one year at one scope (the commune, its
 * district or its province), with its source. A result that is not a
 * published figure says so with `illustrative: true`.
 */
import { z } from 'zod';
import { indexScopes, reformIndices, scoreUnits } from '../i18n/vi.ts';
import { expected, transparencyMessages as m } from '../i18n/validation.ts';
import { calendarDate, keyOf, keyOrLabel, optionalText, text, url, year } from './fields.ts';

const score = z.number({ error: m.score }).min(0, { error: m.score });
const wholeFrom1 = (message: string) => z.number({ error: message }).int({ error: message }).min(1, { error: message });

export const indexResultSchema = z
  .strictObject({
    index: keyOrLabel(reformIndices),
    year,
    scope: keyOf(indexScopes),
    score: score.optional(),
    scoreUnit: keyOf(scoreUnits).default('points'),
    maxScore: z.number({ error: m.maxScore }).positive({ error: m.maxScore }).optional(),
    rank: wholeFrom1(m.rank).optional(),
    of: wholeFrom1(m.of).optional(),
    illustrative: z.boolean({ error: expected.boolean }).default(false),
    source: z.strictObject({
      title: text,
      issuer: optionalText,
      date: calendarDate.optional(),
      url: url.optional(),
    }),
    commentary: optionalText,
  })
  .superRefine((r, ctx) => {
    if (r.score === undefined && r.rank === undefined) {
      ctx.addIssue({ code: 'custom', path: ['score'], message: m.scoreOrRank, input: undefined });
    }
    if (r.rank !== undefined && r.of !== undefined && r.rank > r.of) {
      ctx.addIssue({ code: 'custom', path: ['rank'], message: m.rankBeyondOf(r.rank, r.of), input: r.rank });
    }
    const max = r.maxScore ?? (r.scoreUnit === 'percent' ? 100 : undefined);
    if (r.score !== undefined && max !== undefined && r.score > max) {
      ctx.addIssue({ code: 'custom', path: ['score'], message: m.scoreBeyondMax(max), input: r.score });
    }
  });
