/**
 * A file made by `cchc new` holds a sentence in its body for the clerk to
 * replace (src/i18n/templates.ts, `placeholders`); while it is there the file
 * is an unfinished scaffold, and `check` (so the build) refuses it.
 */
import { placeholders } from '../i18n/templates.ts';
import { bodyMessages, messages } from '../i18n/validation.ts';
import type { Finding } from './validation-report.ts';

const SENTENCES = new Set(Object.values(placeholders).map((s) => flat(s)));

function flat(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** One error per body line that is still a template's placeholder sentence. */
export function placeholderFindings(body: { file: string; text: string; firstLine: number }): Finding[] {
  return body.text.split('\n').flatMap((line, i): Finding[] =>
    SENTENCES.has(flat(line))
      ? [
          {
            severity: 'error',
            file: body.file,
            line: body.firstLine + i,
            field: bodyMessages.body,
            found: `"${flat(line)}"`,
            expected: messages.placeholder,
            hint: messages.placeholderHint,
          },
        ]
      : [],
  );
}
