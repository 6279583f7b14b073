/**
 * The commune's logo on the CMS's sign-in page and title bar, never the CMS's
 * own. site.yaml `logo` is either a path under the site's public/ folder
 * ("/logo.png", published as it is) or a file in the content folder
 * ("logo.png", copied to /admin/ by src/integrations/admin.ts); without one,
 * the portal's emblem (favicon.svg, which every site publishes).
 */
import { existsSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';
import { adminUi } from '../i18n/cms.ts';
import { ADMIN_FOLDER, withBase } from '../lib/paths.ts';
import type { Site } from '../schemas/site.ts';

export interface CmsLogo {
  /** Address the CMS loads it from, with the base path. */
  src: string;
  /** A content-folder file the build copies to `admin/<copyTo>`. */
  file?: string;
  copyTo?: string;
}

export function cmsLogo(site: Pick<Site, 'logo' | 'base'>, contentDir: string): CmsLogo {
  const logo = site.logo?.trim();
  if (!logo) return { src: withBase(site.base, '/favicon.svg') };
  if (logo.startsWith('/')) return { src: withBase(site.base, logo) };
  const file = resolve(contentDir, logo);
  if (!existsSync(file)) throw new Error(adminUi.logoMissing(logo, join(contentDir, logo)));
  const copyTo = `logo${extname(file).toLowerCase()}`;
  return { src: withBase(site.base, `/${ADMIN_FOLDER}/${copyTo}`), file, copyTo };
}
