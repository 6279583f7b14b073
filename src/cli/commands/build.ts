/**
 * cchc build [--out dist] [--commune SLUG [--communes DIR]] [--force] [--verify [--no-browser]] [--json] [-- astro build flags]
 *
 * The atomic build (src/build/atomic.ts) of the commune the settings name
 * (CCHC_CONTENT_DIR, default ./content). With --commune SLUG the content is
 * communes/SLUG/content, the site is published under /SLUG/ and written to
 * dist/SLUG/, so one repository can hold a district's communes (docs/deploy.md).
 * --verify runs `cchc verify` on the new build before it replaces the output
 * (--no-browser: without axe), so a build that fails the gates is not published.
 * --json prints the result as JSON on stdout, for a program to read.
 */
import { resolve } from 'node:path';
import { buildSite, type VerifyRequest } from '../../build/atomic.ts';
import { communeContent } from '../../build/communes.ts';
import { buildMessages as m, commandHelp, EXIT } from '../../i18n/cli.ts';
import { readSettings, type Settings } from '../../settings/settings.ts';
import type { Command } from '../command.ts';
import { communeFolder, parseOptions, UsageError } from '../options.ts';

/** The flags build and build-all share, over the settings. */
export const BUILD_OPTIONS = {
  out: { type: 'string' },
  communes: { type: 'string' },
  force: { type: 'boolean', default: false },
  json: { type: 'boolean', default: false },
} as const;

/** The flags of a build that publishes only what passes `cchc verify`: build and build-all. */
export const VERIFY_OPTIONS = {
  verify: { type: 'boolean', default: false },
  'no-browser': { type: 'boolean', default: false },
} as const;

/** What --verify [--no-browser] ask of the build; undefined without --verify. */
export function verifyRequest(values: { verify: boolean; 'no-browser': boolean }): VerifyRequest | undefined {
  if (values['no-browser'] && !values.verify) throw new UsageError(m.noBrowserWithoutVerify);
  return values.verify ? { browser: !values['no-browser'] } : undefined;
}

/** The settings with build flags applied. */
export function buildSettings(values: { communes?: string | undefined; force: boolean }): Settings {
  const settings = readSettings();
  return { ...settings, communesDir: values.communes ? resolve(values.communes) : settings.communesDir, forceBuild: values.force || settings.forceBuild };
}

/** The settings of one commune of a district: its content, published under /<slug>/. */
export function communeSettings(settings: Settings, slug: string): Settings {
  return { ...settings, contentDir: communeContent(settings.communesDir, slug), base: `/${slug}/` };
}

export default {
  ...commandHelp.build,
  async run(argv) {
    const { values, positionals } = parseOptions(argv, { ...BUILD_OPTIONS, ...VERIFY_OPTIONS, commune: { type: 'string' } });
    let settings = buildSettings(values);
    let out = resolve(values.out ?? 'dist');
    if (values.commune !== undefined) {
      const slug = values.commune;
      communeFolder(settings.communesDir, slug); // an unknown slug stops here, listing the known ones
      // The base path must match the folder it is published in: dist/<slug>/ is served at /<slug>/.
      settings = communeSettings(settings, slug);
      if (!values.out) out = resolve('dist', slug);
    }
    const result = await buildSite({ settings, out, astroArgs: positionals, log: values.json ? 'stderr' : 'stdout', verify: verifyRequest(values) });
    if (values.json) console.log(JSON.stringify(result));
    return result.ok ? EXIT.ok : EXIT.failed;
  },
} satisfies Command;
