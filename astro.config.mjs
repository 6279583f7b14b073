// @ts-check
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import { createHash } from 'node:crypto';
import cchcPortal from './src/integrations/cchc.ts';
import { contentDir, siteAddress } from './src/data/site.ts';

// Each commune keeps its own content-layer cache, so building one commune
// never serves another's cached entries.
const cacheKey = createHash('sha1').update(contentDir()).digest('hex').slice(0, 12);

export default defineConfig({
  // The commune's address and base path come from its site.yaml.
  ...siteAddress(),
  trailingSlash: 'always',
  build: { format: 'directory' },
  cacheDir: `./node_modules/.astro/${cacheKey}`,
  integrations: [cchcPortal(), mdx()],
  devToolbar: { enabled: false },
});
