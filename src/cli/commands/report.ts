/**
 * cchc report --period 2024-Q2 [DIR | --content DIR | --commune SLUG] [--out DIR] [--today 2024-06-30]
 *
 * Writes a period report (quý: 2024-Q1…Q4, 6 tháng: 2024-H1, năm: 2024) as
 * CSV and JSON without building the site. It reads the content with the
 * validation module (no Astro) and computes with the same src/lib code as
 * the report pages, so the files equal the ones the build publishes at
 * /ke-hoach/<năm>/bao-cao/<kỳ>/. "Today" is the date in Asia/Ho_Chi_Minh,
 * or --today / CCHC_TODAY to rebuild a past report.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { communePeriodReport, readCommuneContent } from '../../data/commune-report.ts';
import { today } from '../../data/today.ts';
import { cliHelp, commandHelp, EXIT, reportMessages as m } from '../../i18n/cli.ts';
import { formatDate } from '../../lib/dates.ts';
import { parsePeriodCode } from '../../lib/progress.ts';
import { reportCsv, reportFileName, reportJson } from '../../lib/report.ts';
import { formatReport } from '../../lib/validation-report.ts';
import { pinnedToday } from '../../settings/settings.ts';
import type { Command } from '../command.ts';
import { CONTENT_OPTIONS, contentFolder, parseOptions, UsageError } from '../options.ts';

export default {
  ...commandHelp.report,
  async run(argv) {
    const { values, positionals } = parseOptions(argv, {
      ...CONTENT_OPTIONS,
      period: { type: 'string' },
      out: { type: 'string' },
      today: { type: 'string' },
    });
    if (!values.period) throw new UsageError(m.missingPeriod);
    const period = parsePeriodCode(values.period);
    if (!period) throw new UsageError(m.badPeriod(values.period));

    // --today is checked as CCHC_TODAY is, with the same message.
    const now = today(pinnedToday(values.today));
    if (positionals.length > 1) throw new UsageError(cliHelp.oneSite(positionals));
    const dir = contentFolder(values, positionals[0]);
    const content = await readCommuneContent({ contentDir: dir, today: now });
    if (content.kind === 'errors') {
      console.error(m.contentErrors(formatReport(content.errors), content.errors.length));
      return EXIT.failed;
    }
    const result = communePeriodReport(content, period);
    if (result.kind === 'no-plan') {
      console.error(m.noPlan(period.year, relative(process.cwd(), join(dir, 'plans')) || dir));
      return EXIT.failed;
    }
    const { report } = result;
    const { site } = content;
    const out = resolve(values.out ?? 'bao-cao');
    mkdirSync(out, { recursive: true });
    for (const [ext, text] of [
      ['csv', reportCsv(report)],
      ['json', reportJson(report)],
    ] as const) {
      const file = join(out, reportFileName(site, report, ext));
      writeFileSync(file, text);
      console.log(m.written(relative(process.cwd(), file)));
    }
    const behind = report.tasks.filter((t) => t.status === 'behind' || t.status === 'overdue').length;
    console.log(m.summary(report.period.label, formatDate(report.asOf), report.tasks.length, behind));
    return EXIT.ok;
  },
} satisfies Command;
