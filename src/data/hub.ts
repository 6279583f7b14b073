/**
 * The provincial hub's data (src/routes-hub/): in hub mode the content
 * folder is the province folder (src/build/hub.ts), so the Astro collections
 * hold the province's own news and procedure list, and this module reads the
 * rest: the province's identity and each commune's site.yaml. The progress
 * boards are computed before the pages (./hub-boards.ts) and reach them as
 * a module of the build (src/integrations/hub-boards.ts).
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { communeContent } from '../build/communes.ts';
import { COMMUNES_FOLDER, provinceCommunes, provinceSiteFile } from '../build/province.ts';
import { unitName } from '../lib/unit.ts';
import { formatReport, findingsFromIssues } from '../lib/validation-report.ts';
import { parseYaml } from '../readers/front-matter.ts';
import { provinceSchema, type Province } from '../schemas/province.ts';
import type { Site } from '../schemas/site.ts';
import { processSettings } from '../settings/settings.ts';
import { contentDir, loadSite } from './site.ts';

let province: Province | undefined;

/** province/site.yaml, validated (the build has checked it before, src/integrations/cchc.ts). */
export function loadProvince(dir = contentDir()): Province {
  if (province) return province;
  const file = provinceSiteFile(dir);
  const parsed = parseYaml(readFileSync(file, 'utf8'));
  const result = provinceSchema.safeParse(parsed.data, { reportInput: true });
  if (!result.success) throw new Error(formatReport(findingsFromIssues(result.error.issues, file, parsed.lineOf)));
  province = { ...result.data, url: processSettings().siteUrl ?? result.data.url };
  return province;
}

/** The hub's address for astro.config: the province's origin at the root. */
export function hubAddress(dir = contentDir()): { site?: string; base: string } {
  try {
    return { site: loadProvince(dir).url, base: '/' };
  } catch {
    return { base: '/' };
  }
}

export interface HubCommune {
  slug: string;
  site: Site;
  unit: string;
}

let communes: HubCommune[] | undefined;

/** The province's communes, sorted by slug, each with its site.yaml published at /<slug>/ (as build-all builds it). */
export function hubCommunes(dir = contentDir()): HubCommune[] {
  communes ??= provinceCommunes(dir).map((slug) => {
    const site = loadSite(communeContent(join(dirname(dir), COMMUNES_FOLDER), slug), { siteUrl: loadProvince(dir).url, base: `/${slug}/` });
    return { slug, site, unit: unitName(site) };
  });
  return communes;
}
