/**
 * No English ever reaches a clerk: every field of every content schema, and
 * every group that holds fields, is fed each wrongly-shaped value, and every
 * message a finding would show must be Vietnamese.
 */
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { findingsFromIssues } from '../../src/lib/validation-report.ts';
import { COLLECTION_NAMES, collection } from '../../src/collections/registry.ts';
import { procedureSchema } from '../../src/schemas/procedure.ts';
import { siteSchema } from '../../src/schemas/site.ts';
import { schemaNodes } from '../../src/schemas/walk.ts';
import { ENGLISH } from '../support/english.ts';

const image = z.string({ error: 'đường dẫn ảnh' });
/** site.yaml and every collection of the registry, so a new collection is tested without a change here. */
const schemas: Record<string, z.ZodType> = {
  site: siteSchema,
  ...Object.fromEntries(COLLECTION_NAMES.map((name) => [name, collection(name).schema(image)])),
};

const WRONG: unknown[] = [undefined, null, 7, 'chữ', ['chữ'], { khoa: 'chữ' }, true];

type Path = (string | number)[];

/** Every distinct place a value can sit, list items at position 0. */
const paths = (schema: z.ZodType): Path[] => {
  const seen = new Map<string, Path>();
  for (const { path } of schemaNodes(schema))
    seen.set(
      path.join('.'),
      path.map((p) => (p === '*' ? 0 : p)),
    );
  return [...seen.values()];
};

function placed(path: Path, value: unknown): unknown {
  if (path.length === 0) return value;
  const [head, ...rest] = path;
  return typeof head === 'number' ? [placed(rest, value)] : { [head!]: placed(rest, value) };
}

it('the walk reaches groups inside lists inside lists', () => {
  expect(paths(procedureSchema).map((p) => p.join('.'))).toEqual(expect.arrayContaining(['decision.number', 'cases.0.documents.0.originals', 'channels.online']));
});

describe.each(Object.entries(schemas))('every field of %s', (name, schema) => {
  const all = paths(schema);
  it('has fields to test', () => expect(all.length).toBeGreaterThan(5));
  it('refuses a field name it does not know, in every group (a misspelt "emial" is never dropped unsaid)', () => {
    // A strict object's catch-all is z.never(); z.object() has none, .loose() z.unknown().
    const def = (node: z.ZodType) => (node as unknown as { _zod: { def: { type: string; catchall?: z.ZodType } } })._zod.def;
    const loose = schemaNodes(schema)
      .filter(({ schema: node }) => def(node).type === 'object' && def(node).catchall?._zod.def.type !== 'never')
      .map(({ path }) => path.join('.') || '(gốc)');
    expect(loose).toEqual([]);
  });
  it('answers every wrongly-shaped value in Vietnamese', () => {
    const english: string[] = [];
    for (const path of all) {
      for (const value of WRONG) {
        const result = schema.safeParse(placed(path, value), { reportInput: true });
        if (result.success) continue;
        // Field names are the clerk's own identifiers and "found" echoes their value; the rest must be Vietnamese.
        const findings = findingsFromIssues(result.error.issues, `${name}.md`, () => undefined);
        const texts = [...result.error.issues.map((i) => i.message), ...findings.flatMap((f) => [f.expected, f.hint ?? ''])];
        for (const text of texts) if (ENGLISH.test(text)) english.push(`${path.join('.') || '(gốc)'} = ${JSON.stringify(value)}: ${text}`);
      }
    }
    expect(english).toEqual([]);
  });
});
