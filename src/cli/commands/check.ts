/**
 * cchc check [--content DIR]
 * Validates a commune's content without building the site: the same rules
 * the build applies (src/validation), printed in Vietnamese. Exit code 1 when
 * there is an error; warnings alone exit 0.
 */
import { commandHelp, EXIT } from '../../i18n/cli.ts';
import { checkSummary } from '../../i18n/validation.ts';
import { errorsIn, firstErrorLine, formatReport } from '../../lib/validation-report.ts';
import { validateContent } from '../../validation/validate-content.ts';
import type { Command } from '../command.ts';
import { contentFolder, parseOptions } from '../options.ts';

export default {
  ...commandHelp.check,
  async run(argv) {
    const { values } = parseOptions(argv, { content: { type: 'string' } });
    const started = performance.now();
    const { findings, entries } = await validateContent(contentFolder(values.content));
    const errors = errorsIn(findings).length;
    if (findings.length) console.log(`${formatReport(findings)}\n`);
    console.log(checkSummary(entries.length, errors, findings.length - errors, Math.round(performance.now() - started), firstErrorLine(findings)));
    return errors ? EXIT.failed : EXIT.ok;
  },
} satisfies Command;
