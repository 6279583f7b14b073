/**
 * cchc size [DIR] [--host github|gitlab] [--json]
 *
 * A built tree's size and file count against the Pages hosts' limits
 * (src/build/output-size.ts): the province pipeline runs it on the
 * assembled site before its one deploy, so the province hears it is near a
 * limit while there is still time to move to object storage. Exit code 1
 * when the tree is over the limit of --host (without --host, of any host).
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { fitHosts, measureTree, PAGES_LIMITS, type HostFit, type PagesHost, type TreeSize } from '../../build/output-size.ts';
import { commandHelp, EXIT, sizeMessages as m } from '../../i18n/cli.ts';
import type { Command } from '../command.ts';
import { parseOptions, UsageError } from '../options.ts';

export interface SizeReport extends TreeSize {
  hosts: HostFit[];
}

export function sizeReport(dir: string): SizeReport {
  const size = measureTree(dir);
  return { ...size, hosts: fitHosts(size) };
}

/** The report as the clerk reads it: the size, each host's share, a warning or an error per host near or over. */
export function sizeLines(dir: string, report: SizeReport): { out: string[]; warnings: string[] } {
  return {
    out: [m.summary(dir, report.bytes, report.files), ...report.hosts.map((h) => m.host(h.name, h.share, h.limitBytes, h.limitFiles))],
    warnings: report.hosts.flatMap((h) => (h.level === 'over' ? [m.over(h.name)] : h.level === 'near' ? [m.near(h.name)] : [])),
  };
}

export default {
  ...commandHelp.size,
  run(argv) {
    const { values, positionals } = parseOptions(argv, { host: { type: 'string' }, json: { type: 'boolean', default: false } });
    const host = values.host;
    if (host !== undefined && !Object.hasOwn(PAGES_LIMITS, host)) throw new UsageError(m.badHost(host));
    const dir = resolve(positionals[0] ?? 'dist');
    if (!existsSync(dir)) throw new UsageError(m.noDir(dir));
    const report = sizeReport(dir);
    const { out, warnings } = sizeLines(dir, report);
    console.log(values.json ? JSON.stringify(report) : out.join('\n'));
    for (const line of warnings) console.error(line);
    const judged = report.hosts.filter((h) => host === undefined || h.host === (host as PagesHost));
    return judged.some((h) => h.level === 'over') ? EXIT.failed : EXIT.ok;
  },
} satisfies Command;
