/**
 * cchc check [DIR | --content DIR | --commune SLUG]
 * Validates a commune's content without building the site: the same rules
 * the build applies (src/validation), printed in Vietnamese, plus one the
 * build leaves out: a `cms:` block still holding placeholders (the pipeline
 * runs check first, so it refuses a site whose /admin/ cannot sign in).
 * Exit code 1 when there is an error; warnings alone exit 0.
 */
import { cliHelp, commandHelp, EXIT } from '../../i18n/cli.ts';
import { checkSummary } from '../../i18n/validation.ts';
import { errorsIn, firstErrorLine, formatReport } from '../../lib/validation-report.ts';
import { cmsSignInFindings } from '../../validation/cms-signin.ts';
import { validateContent } from '../../validation/validate-content.ts';
import type { Command } from '../command.ts';
import { CONTENT_OPTIONS, contentFolder, parseOptions, UsageError } from '../options.ts';

export default {
  ...commandHelp.check,
  async run(argv) {
    const { values, positionals } = parseOptions(argv, CONTENT_OPTIONS);
    if (positionals.length > 1) throw new UsageError(cliHelp.oneSite(positionals));
    const started = performance.now();
    const dir = contentFolder(values, positionals[0]);
    const checked = await validateContent(dir);
    const findings = [...checked.findings, ...cmsSignInFindings(dir)];
    const { entries } = checked;
    const errors = errorsIn(findings).length;
    if (findings.length) console.log(`${formatReport(findings)}\n`);
    console.log(checkSummary(entries.length, errors, findings.length - errors, Math.round(performance.now() - started), firstErrorLine(findings)));
    return errors ? EXIT.failed : EXIT.ok;
  },
} satisfies Command;
