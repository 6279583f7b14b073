/**
 * cchc build-all [--commune a,b] [--communes DIR] [--out DIR] [--force] [--list] [--json]
 *
 * Builds a district's communes from one repository: communes/<slug>/content
 * → dist/<slug>/, each under the base path /<slug>/, each an independent,
 * atomic build. One broken commune does not stop the others; its last good
 * dist/<slug>/ stays in place and the command exits 1 at the end.
 * --list prints the slugs as JSON (a CI matrix); --json prints each
 * commune's result as JSON. Prints how long each build took; docs/deploy.md
 * records a measurement.
 */
import { join, resolve } from 'node:path';
import { buildSite, type BuildResult } from '../../build/atomic.ts';
import { listCommunes } from '../../build/communes.ts';
import { buildMessages as m, commandHelp, EXIT } from '../../i18n/cli.ts';
import type { Command } from '../command.ts';
import { parseOptions } from '../options.ts';
import { BUILD_OPTIONS, buildSettings, communeSettings } from './build.ts';

export interface CommuneBuild extends BuildResult {
  slug: string;
}

export default {
  ...commandHelp['build-all'],
  run(argv) {
    const { values } = parseOptions(argv, { ...BUILD_OPTIONS, commune: { type: 'string' }, list: { type: 'boolean', default: false } });
    const settings = buildSettings(values);
    const root = settings.communesDir;
    const all = listCommunes(root);
    if (values.list) {
      console.log(JSON.stringify(all));
      return EXIT.ok;
    }
    if (all.length === 0) {
      console.error(m.noCommunesToBuild(root));
      return EXIT.usage;
    }
    const slugs = values.commune
      ? values.commune
          .split(',')
          .map((s) => s.trim())
          .filter(Boolean)
      : all;
    const unknown = slugs.filter((s) => !all.includes(s));
    if (unknown.length) {
      console.error(m.unknownCommunes(unknown, root, all));
      return EXIT.usage;
    }

    const outRoot = resolve(values.out ?? 'dist');
    const started = performance.now();
    const results: CommuneBuild[] = slugs.map((slug) => ({
      slug,
      ...buildSite({ settings: communeSettings(settings, slug), out: join(outRoot, slug), astroArgs: [], log: values.json ? 'stderr' : 'stdout' }),
    }));
    const seconds = (performance.now() - started) / 1000;
    const ok = results.every((r) => r.ok);
    if (values.json) {
      console.log(JSON.stringify({ ok, seconds, communes: results }));
    } else {
      console.log(`\n${m.tableHeader}`);
      for (const r of results) console.log(m.tableRow(r.slug, r.ok, r.seconds));
      console.log(m.tableTotal(results.filter((r) => r.ok).length, results.length, seconds));
    }
    return ok ? EXIT.ok : EXIT.failed;
  },
} satisfies Command;
