/**
 * cchc search-index [DIR] [--json]
 * The Pagefind index of a built site, again, on its own: what `cchc build`
 * does once Astro's process has exited (src/build/atomic.ts, which tells the
 * integration so with the searchIndex setting). Astro holds the whole site in
 * memory until it exits, and Pagefind holds the whole index until it writes
 * it; run one after the other, the build's peak memory is the larger of the
 * two instead of their sum (about 1.5 GB instead of 2.7 GB at 5000 entries,
 * see docs/benchmarks.md). A plain `astro build` still indexes in the
 * integration. The indexing itself is src/search/write-index.ts. --json
 * prints {"pages", "fullTextPages", "ms"}.
 */
import { resolve } from 'node:path';
import { buildMessages, commandHelp, EXIT } from '../../i18n/cli.ts';
import { PagefindVersionError } from '../../search/pagefind/format.ts';
import { indexBuiltSite } from '../../search/write-index.ts';
import type { Command } from '../command.ts';
import { parseOptions } from '../options.ts';

export default {
  ...commandHelp['search-index'],
  async run(argv) {
    const { values, positionals } = parseOptions(argv, { json: { type: 'boolean', default: false } });
    try {
      const stats = await indexBuiltSite(resolve(positionals[0] ?? 'dist'));
      console.log(values.json ? JSON.stringify(stats) : buildMessages.searchIndexed(stats));
      return EXIT.ok;
    } catch (error) {
      if (!(error instanceof PagefindVersionError)) throw error;
      // Its first line is for the clerk reading the build log: no stack trace in front of it.
      console.error(`[cchc-portal] ${error.message}`);
      return EXIT.failed;
    }
  },
} satisfies Command;
