/**
 * `cchc verify [dist]`: runs the quality gates on a built site and prints a
 * Vietnamese report, or the result as JSON with --json. The site's address
 * (base path, origin) comes from the build's own canonical link unless given.
 * Exit code: 0 all gates pass, 1 a gate found a problem, 2 no usable build or
 * a wrong option.
 */
import { resolve } from 'node:path';
import { commandHelp, EXIT } from '../../i18n/cli.ts';
import { verifyText } from '../../i18n/verify.ts';
import { readSiteAddress, type SiteAddress, verify } from '../../verify/index.ts';
import { formatReport } from '../../verify/report.ts';
import type { Command } from '../command.ts';
import { parseOptions, UsageError } from '../options.ts';

async function run(argv: readonly string[]): Promise<number> {
  const { values, positionals } = parseOptions(argv, {
    base: { type: 'string' },
    origin: { type: 'string' },
    'no-browser': { type: 'boolean' },
    json: { type: 'boolean' },
  });
  if (positionals.length > 1) throw new UsageError(verifyText.tooManyFolders);
  const dist = resolve(positionals[0] ?? 'dist');
  const read = readSiteAddress(dist);
  const base = values.base ?? read?.base;
  const origin = values.origin ? new URL(values.origin).origin : read?.origin;
  if (!base || !origin) {
    console.error(verifyText.noBuild(dist));
    return EXIT.usage;
  }
  const address: SiteAddress = { dist, base: base.endsWith('/') ? base : `${base}/`, origin };
  const result = await verify({ ...address, ...(values['no-browser'] ? { browser: false } : {}) });
  console.log(values.json ? JSON.stringify(result, null, 2) : formatReport(result, address));
  return result.problems.length === 0 ? EXIT.ok : EXIT.failed;
}

export default { ...commandHelp.verify, run } satisfies Command;
