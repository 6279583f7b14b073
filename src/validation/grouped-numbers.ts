/**
 * `amount: 50.000` is how a Vietnamese clerk writes fifty thousand đồng, but
 * YAML reads it as the number 50 (and `1.500.000` as a text). Every field a
 * schema declares as a whole number (positiveCount) is read as written, and a
 * thousands separator is refused with the number to write instead.
 */
import type { z } from 'zod';
import { numberMessages } from '../i18n/validation.ts';
import type { Finding } from '../lib/validation-report.ts';
import { positiveCount } from '../schemas/fields.ts';
import { schemaNodes, type SchemaPath } from '../schemas/walk.ts';

const GROUPED = /^\d{1,3}(?:[.,]\d{3})+$/;

/** Paths of the whole-number fields of a schema, list positions as "*". */
export function wholeNumberFields(schema: z.ZodType): SchemaPath[] {
  return schemaNodes(schema)
    .filter((node) => node.schema === positiveCount)
    .map((node) => node.path);
}

/** Every concrete path in `data` that a pattern with "*" for list positions names. */
function expand(data: unknown, path: SchemaPath, at: PropertyKey[] = []): PropertyKey[][] {
  if (path.length === 0) return [at];
  if (data === null || typeof data !== 'object') return [];
  const [head, ...rest] = path;
  if (head === '*') return Array.isArray(data) ? data.flatMap((item, i) => expand(item, rest, [...at, i])) : [];
  return head! in data ? expand((data as Record<string, unknown>)[head!], rest, [...at, head!]) : [];
}

export function groupedNumbers(
  file: string,
  data: unknown,
  fields: readonly SchemaPath[],
  written: { sourceAt: (path: readonly PropertyKey[]) => string | undefined; lineOf: (path: readonly PropertyKey[]) => number | undefined },
): Finding[] {
  return fields.flatMap((field) =>
    expand(data, field).flatMap((path): Finding[] => {
      const raw = written.sourceAt(path)?.trim();
      if (!raw || !GROUPED.test(raw)) return [];
      return [
        {
          severity: 'error',
          file,
          line: written.lineOf(path),
          field: path.map(String).join('.'),
          found: raw,
          expected: numberMessages.wholeNumber,
          hint: numberMessages.noGrouping(raw.replace(/[.,]/g, '')),
        },
      ];
    }),
  );
}
