/**
 * The one integration a site adds. It brings every page (injected from
 * src/routes/), the Astro settings the portal relies on, the content steps
 * (validation before the build; NFC, sitemap and search index after it) and
 * the browser CMS at /admin/. Hooks only delegate.
 */
import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { copyFile, readdir } from 'node:fs/promises';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { contentDir, loadSite, siteAddress } from '../data/site.ts';
import { siteLogo } from '../data/logo.ts';
import { markdownConfig } from '../markdown/config.ts';
import { cmsAdmin } from './admin.ts';
import { contentSteps } from './cchc.ts';
import { siteRoutes } from './routes.ts';
import { hubAddress } from '../data/hub.ts';
import { hubBoardsModule } from './hub-boards.ts';
import { readSettings } from '../settings/settings.ts';

export interface CchcPortalOptions {
  /** Publish the browser CMS at /admin/ (default true). */
  admin?: boolean;
}

/**
 * Each commune (and each address it is built for) keeps its own content-layer
 * cache, so building one commune never serves another's cached entries.
 */
export function cacheDirFor(root: URL, dir: string, address: { site?: string; base: string }): URL {
  const key = createHash('sha1')
    .update(`${dir}\n${address.base}\n${address.site ?? ''}`)
    .digest('hex')
    .slice(0, 12);
  // A URL: updateConfig merges values as they are, after Astro has resolved its own paths.
  return new URL(`node_modules/.astro/${key}/`, root);
}

/** Files every site publishes (favicon, the hosts' _headers); a site's own public/ file of the same name wins. */
const STATIC_DIR = fileURLToPath(new URL('../static/', import.meta.url));

/** The site's logo when it is a file of the content folder (src/data/logo.ts): published name and file. */
function contentLogo(): { name: string; file: string } | null {
  if (readSettings().hub) return null;
  const logo = siteLogo(loadSite(), contentDir());
  return logo?.file && logo.publishAs ? { name: logo.publishAs, file: logo.file } : null;
}

async function copyStatic(outDir: string): Promise<void> {
  for (const name of await readdir(STATIC_DIR)) {
    const target = join(outDir, name);
    if (!existsSync(target)) await copyFile(join(STATIC_DIR, name), target);
  }
  // The logo site.yaml names wins over a public/ file of the same name.
  const logo = contentLogo();
  if (logo) await copyFile(logo.file, join(outDir, logo.name));
}

export default function cchcPortal(options: CchcPortalOptions = {}): AstroIntegration {
  return {
    name: 'cchc-portal',
    hooks: {
      'astro:config:setup': async ({ config, injectRoute, updateConfig }) => {
        // One build is a commune's site or, in hub mode, the provincial hub (src/build/hub.ts).
        const { hub } = readSettings();
        for (const route of siteRoutes(hub)) injectRoute(route);
        // The commune's address and base path come from its site.yaml; the hub's from province/site.yaml.
        const address = hub ? hubAddress() : siteAddress();
        updateConfig({
          ...address,
          trailingSlash: 'always',
          // Stylesheets always as files: cacheable, and a Content-Security-Policy
          // needs no 'unsafe-inline' for <style> (docs/deploy.md).
          build: { format: 'directory', inlineStylesheets: 'never' },
          cacheDir: cacheDirFor(config.root, contentDir(), address),
          devToolbar: { enabled: false },
          // A page whose key and code are those of the last build is copied, not rendered (src/data/page-keys.ts).
          experimental: { incrementalBuild: true },
          // The hub's progress boards, computed in Node before its pages render.
          ...(hub ? { vite: { plugins: [await hubBoardsModule()] } } : {}),
          // Sätteri with the allowlist sanitiser: clerk Markdown is untrusted (src/markdown/).
          markdown: markdownConfig(address.base),
          // /admin/ after the content steps: it is written once the sitemap and search index are done.
          // The hub has no CMS of its own: each commune's clerks edit their commune's folder.
          integrations: [contentSteps(), ...(options.admin === false || hub ? [] : [cmsAdmin()])],
        });
      },
      'astro:server:setup': ({ server }) => {
        server.middlewares.use((req, res, next) => {
          const name = req.url?.split('?')[0]?.split('/').pop() ?? '';
          const logo = contentLogo();
          const file = logo?.name === name ? logo.file : join(STATIC_DIR, name);
          if (!name || !existsSync(file)) return next();
          if (name.endsWith('.svg')) res.setHeader('Content-Type', 'image/svg+xml');
          res.end(readFileSync(file));
        });
      },
      'astro:build:done': ({ dir }) => copyStatic(fileURLToPath(dir)),
    },
  };
}
