/**
 * The html-validate rules every built page is held to. The root
 * .htmlvalidate.json (read by editors and the html-validate CLI) is a copy,
 * kept equal by tests/unit/verify-html-rules.test.ts; docs/quality.md gives
 * the reason for each change to the recommended set.
 */
import type { ConfigData } from 'html-validate';

export const HTML_VALIDATE_CONFIG = {
  extends: ['html-validate:recommended'],
  rules: {
    'long-title': 'off',
    'valid-id': ['error', { relaxed: true }],
    'no-inline-style': ['error', { allowedProperties: ['display', 'text-align'] }],
    'tel-non-breaking': ['error', { ignoreClasses: ['call'] }],
  },
} satisfies ConfigData;
