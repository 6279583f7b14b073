/**
 * Where a build is published: origin and base path. A commune's site.yaml
 * names them, and a pipeline may override both (GitHub or GitLab Pages
 * project sites live under /<repository>/, a district's communes under
 * /<slug>/ of one host), so the same content serves at a root or a sub-path.
 */
import { addressErrors } from '../i18n/vi.ts';

/** The base path form the site uses: "/" or "/a/b/" (lower-case words and digits). */
const BASE_PATH = /^\/([a-z0-9-]+\/)*$/;

/**
 * "", "/", "xa-bang-ca", "/xa-bang-ca" and "/xa-bang-ca/" all mean a base
 * path; returns "/" or "/xa-bang-ca/", or null when it is not one.
 */
export function normaliseBase(input: string): string | null {
  const trimmed = input.trim();
  if (trimmed === '' || trimmed === '/') return '/';
  const base = `/${trimmed.replace(/^\/+|\/+$/g, '')}/`;
  return BASE_PATH.test(base) ? base : null;
}

/** "https://x.gov.vn/" or "https://x.gov.vn" → "https://x.gov.vn"; null unless http(s). */
export function normaliseOrigin(input: string): string | null {
  try {
    const url = new URL(input.trim());
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
    return url.origin;
  } catch {
    return null;
  }
}

export interface Address {
  url: string;
  base: string;
}

/**
 * The address a build publishes at: site.yaml's, unless the settings give
 * an origin (CCHC_SITE_URL) or a base path (CCHC_BASE).
 */
export function publishedAddress(fromSite: Address, overrides: { siteUrl?: string | undefined; base?: string | undefined }): Address {
  const { siteUrl, base: basePath } = overrides;
  const url = siteUrl ? normaliseOrigin(siteUrl) : fromSite.url;
  if (url === null) throw new Error(addressErrors.origin(siteUrl!));
  const base = basePath ? normaliseBase(basePath) : fromSite.base;
  if (base === null) throw new Error(addressErrors.base(basePath!));
  return { url, base };
}
