#!/usr/bin/env node
/**
 * npm run check [-- --content DIR]
 * Validates a commune's content without building the site: the same rules
 * the build applies (src/validation), printed in Vietnamese. Exit code 1 when
 * there is an error; warnings alone exit 0.
 */
import { parseArgs } from 'node:util';
import { contentDir } from '../src/data/site.ts';
import { checkSummary } from '../src/i18n/validation.ts';
import { errorsIn, formatReport } from '../src/lib/validation-report.ts';
import { validateContent } from '../src/validation/validate-content.ts';

const { values } = parseArgs({ options: { content: { type: 'string' } } });
if (values.content) process.env.CCHC_CONTENT_DIR = values.content;

const started = performance.now();
const { findings, entries } = validateContent(contentDir());
const errors = errorsIn(findings).length;
if (findings.length) console.log(`${formatReport(findings)}\n`);
console.log(checkSummary(entries.length, errors, findings.length - errors, Math.round(performance.now() - started)));
process.exit(errors ? 1 : 0);
