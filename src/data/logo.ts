/**
 * The commune's logo (site.yaml `logo`): in the header of every page, in the
 * organisation's JSON-LD and on the CMS's sign-in page and title bar. One
 * resolver for all of them. `logo` is either a path under the site's public/
 * folder ("/logo.png", published as it is) or a file in the content folder
 * ("logo.png", published at the site's root as logo.<ext> by
 * src/integrations/portal.ts, so the pages and the CMS load the same file).
 */
import { extname, join, resolve } from 'node:path';
import { adminUi } from '../i18n/cms.ts';
import { withBase } from '../lib/paths.ts';
import { confinedFile } from '../readers/content-files.ts';
import type { Site } from '../schemas/site.ts';

export interface SiteLogo {
  /** Address pages load it from, with the base path. */
  src: string;
  /** A content-folder file the build publishes at the site's root as `publishAs`. */
  file?: string;
  publishAs?: string;
}

/** The logo site.yaml names, or null when it names none; a named file that is missing stops the build. */
export function siteLogo(site: Pick<Site, 'logo' | 'base'>, contentDir: string): SiteLogo | null {
  const logo = site.logo?.trim();
  if (!logo) return null;
  if (logo.startsWith('/')) return { src: withBase(site.base, logo) };
  const file = resolve(contentDir, logo);
  // Validation refuses any other logo first (src/validation/validate-content.ts); this keeps the copy inside regardless.
  if (!confinedFile(contentDir, contentDir, logo).ok) throw new Error(adminUi.logoMissing(logo, join(contentDir, logo)));
  const publishAs = `logo${extname(file).toLowerCase()}`;
  return { src: withBase(site.base, `/${publishAs}`), file, publishAs };
}

/** The portal's emblem, which every site publishes: where a logo must show and the commune has none (the CMS, JSON-LD). */
export function emblemSrc(site: Pick<Site, 'base'>): string {
  return withBase(site.base, '/favicon.svg');
}
