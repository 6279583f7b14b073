/**
 * One Vietnamese wording for every Zod issue a schema gives no message for
 * (a missing group such as `decision:` or `channels:`, a list where a text is
 * expected, …), so Zod's English defaults never reach a clerk. Installed once,
 * globally, by importing this module (src/schemas/fields.ts does), which
 * covers every parse that does not pass its own map. Astro's content layer
 * passes its own English map, but the build validates with these schemas first
 * and stops before Astro parses anything (src/integrations/cchc.ts).
 */
import { z } from 'zod';
import { expected, issueMessages as m, messages } from '../i18n/validation.ts';

type Issue = z.core.$ZodRawIssue;

const byType: Record<string, string> = {
  object: m.object,
  array: m.array,
  string: expected.text,
  number: m.number,
  int: m.number,
  bigint: m.number,
  boolean: expected.boolean,
  date: expected.date,
};

const byFormat: Record<string, string> = { url: expected.url, email: expected.email };

function bound(issue: Issue & { origin?: string; minimum?: unknown; maximum?: unknown; inclusive?: boolean }): string {
  const small = issue.code === 'too_small';
  const limit = (small ? issue.minimum : issue.maximum) as number | bigint | Date;
  if (issue.origin === 'array' || issue.origin === 'set') return (small ? m.minItems : m.maxItems)(Number(limit));
  if (issue.origin === 'string') return Number(limit) === 1 && small ? expected.nonEmpty : (small ? m.minLength : m.maxLength)(Number(limit));
  if (small) return issue.inclusive === false ? m.above(limit) : m.atLeast(limit);
  return issue.inclusive === false ? m.below(limit) : m.atMost(limit);
}

function vietnameseIssue(issue: Issue): string {
  switch (issue.code) {
    case 'invalid_type':
      return byType[issue.expected] ?? m.anyValue;
    case 'too_small':
    case 'too_big':
      return bound(issue);
    case 'invalid_format':
      return byFormat[issue.format] ?? m.format;
    case 'not_multiple_of':
      return m.multipleOf(issue.divisor);
    case 'unrecognized_keys':
      return messages.unknownField;
    case 'invalid_union':
      return m.union;
    case 'invalid_value':
      return expected.oneOf(issue.values.map(String));
    default:
      return m.invalid;
  }
}

z.config({ customError: vietnameseIssue });
