/** The root .htmlvalidate.json (editors, the html-validate CLI) is a copy of the rules `cchc verify` ships. */
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { HTML_VALIDATE_CONFIG } from '../../src/verify/html-rules.ts';

it('.htmlvalidate.json holds the same rules as src/verify/html-rules.ts', () => {
  const { $schema, ...copy } = JSON.parse(readFileSync('.htmlvalidate.json', 'utf8'));
  expect($schema).toBe('https://html-validate.org/schemas/config.json');
  expect(copy).toEqual(HTML_VALIDATE_CONFIG);
});
