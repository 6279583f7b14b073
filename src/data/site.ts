/**
 * Which commune is being built, and its identity from site.yaml.
 * The settings (src/settings) pick the content folder (CCHC_CONTENT_DIR,
 * default ./content), so one generator serves many communes and the tests
 * build their fixtures. Pages and astro.config.mjs call these without
 * arguments: inside `astro build` the settings are the only input.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { publishedAddress } from '../lib/address.ts';
import { formatReport, findingsFromIssues } from '../lib/validation-report.ts';
import { siteSchema, type Site } from '../schemas/site.ts';
import { parseYaml } from '../readers/front-matter.ts';
import { processSettings, type Settings } from '../settings/settings.ts';
import { provinceOf } from '../build/province.ts';

export function contentDir(): string {
  return processSettings().contentDir;
}

/** The province folder, in a province repository (src/build/province.ts); undefined otherwise. */
export function provinceDir(): string | undefined {
  return provinceOf(processSettings());
}

const cache = new Map<string, Site>();

/**
 * Read once per build; every page renders the same identity. The origin and
 * base path are site.yaml's unless the settings override them
 * (CCHC_SITE_URL / CCHC_BASE, see docs/deploy.md).
 */
export function loadSite(dir = contentDir(), address: Pick<Settings, 'siteUrl' | 'base'> = processSettings()): Site {
  const cached = cache.get(dir);
  if (cached) return cached;
  const file = join(dir, 'site.yaml');
  const parsed = parseYaml(readFileSync(file, 'utf8'));
  const result = siteSchema.safeParse(parsed.data, { reportInput: true });
  if (!result.success) throw new Error(formatReport(findingsFromIssues(result.error.issues, file, parsed.lineOf)));
  const site = { ...result.data, ...publishedAddress(result.data, address) };
  cache.set(dir, site);
  return site;
}

/**
 * site and base for astro.config.mjs, read before the integration validates
 * anything. A broken site.yaml yields defaults here; the integration then
 * stops the build with the full Vietnamese report.
 */
export function siteAddress(dir = contentDir()): { site?: string; base: string } {
  let site: Site;
  try {
    site = loadSite(dir);
  } catch {
    return { base: '/' };
  }
  return { site: site.url, base: site.base };
}
