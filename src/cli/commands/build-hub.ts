/**
 * cchc build-hub [--communes DIR] [--out DIR] [--last-good DIR] [--force] [--json]
 *
 * The provincial hub of a province repository (src/build/hub.ts) at the root
 * of the output folder, beside dist/<slug>/ of each commune: the communes'
 * list, the province's procedures and news, the progress board for the
 * Department of Home Affairs (with CSV and XLSX) and search across the
 * province. Run after `build-all`: the search indexes the communes' built
 * pages. The hub is rebuilt only when something it shows changed
 * (src/build/hub.ts; --force builds it anyway); a failed build keeps the
 * last good hub. --last-good DIR keeps a copy of the last good hub in DIR
 * and puts it into the output first when the output has none: a CI job that
 * assembles the output from the communes' artifacts caches DIR, and so keeps
 * its last good hub, and skips an unchanged one, as a machine that keeps its
 * output does.
 */
import { resolve } from 'node:path';
import { buildHub } from '../../build/hub.ts';
import { commandHelp, EXIT } from '../../i18n/cli.ts';
import type { Command } from '../command.ts';
import { parseOptions } from '../options.ts';
import { BUILD_OPTIONS, buildSettings } from './build.ts';

export default {
  ...commandHelp['build-hub'],
  async run(argv) {
    const { values } = parseOptions(argv, { ...BUILD_OPTIONS, 'last-good': { type: 'string' } });
    const result = await buildHub({
      settings: buildSettings(values),
      out: resolve(values.out ?? 'dist'),
      log: values.json ? 'stderr' : 'stdout',
      lastGood: values['last-good'],
    });
    if (values.json) console.log(JSON.stringify(result));
    return result.ok ? EXIT.ok : EXIT.failed;
  },
} satisfies Command;
