/**
 * The portal's pages live in the package (src/routes/), not in a site's
 * src/pages/, so a commune's repository holds only its content and upgrades
 * by a version bump. Each file is injected at the address its path spells,
 * with Astro's own file-routing rules: `index` names its folder, an endpoint
 * keeps its output extension (`rss.xml.ts` → `/rss.xml`).
 */
import type { InjectedRoute } from 'astro';
import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROUTES_DIR = fileURLToPath(new URL('../routes/', import.meta.url));
/** The provincial hub's pages (`cchc build-hub`, src/build/hub.ts), built from the same layouts and components. */
const HUB_ROUTES_DIR = fileURLToPath(new URL('../routes-hub/', import.meta.url));

/** The address pattern of a route file, from its path relative to src/routes/. */
export function routePattern(file: string): string {
  const path = file
    .split(sep)
    .join('/')
    .replace(/\.(astro|ts)$/, '');
  const segments = path.split('/');
  if (segments.at(-1) === 'index') segments.pop();
  return `/${segments.join('/')}`;
}

export function portalRoutes(dir = ROUTES_DIR): InjectedRoute[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && /\.(astro|ts)$/.test(e.name))
    .map((e) => join(e.parentPath, e.name))
    .sort()
    .map((file) => ({ pattern: routePattern(relative(dir, file)), entrypoint: file }));
}

/** The pages of this build: a commune's site, or in hub mode the provincial hub. */
export function siteRoutes(hub: boolean): InjectedRoute[] {
  return portalRoutes(hub ? HUB_ROUTES_DIR : ROUTES_DIR);
}
