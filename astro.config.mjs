// @ts-check
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import { createHash } from 'node:crypto';
import cmsAdmin from './src/integrations/admin.ts';
import cchcPortal from './src/integrations/cchc.ts';
import { contentDir, siteAddress } from './src/data/site.ts';

// Each commune (and each address it is built for) keeps its own content-layer
// cache, so building one commune never serves another's cached entries.
const cacheKey = createHash('sha1')
  .update(`${contentDir()}\n${process.env.CCHC_BASE ?? ''}\n${process.env.CCHC_SITE_URL ?? ''}`)
  .digest('hex')
  .slice(0, 12);

export default defineConfig({
  // The commune's address and base path come from its site.yaml.
  ...siteAddress(),
  trailingSlash: 'always',
  // Stylesheets always as files: cacheable, and a Content-Security-Policy
  // needs no 'unsafe-inline' for <style> (docs/deploy.md).
  build: { format: 'directory', inlineStylesheets: 'never' },
  cacheDir: `./node_modules/.astro/${cacheKey}`,
  // cmsAdmin after cchcPortal: /admin/ is written once the sitemap and search index are done.
  integrations: [cchcPortal(), mdx(), cmsAdmin()],
  devToolbar: { enabled: false },
});
