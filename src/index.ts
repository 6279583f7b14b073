/**
 * cchc-portal's public entry: a commune's astro.config.mjs is
 *
 *   import cchcPortal from 'cchc-portal';
 *   export default defineConfig({ integrations: [cchcPortal()] });
 *
 * and its src/content.config.ts re-exports `cchc-portal/content`.
 */
export { default, type CchcPortalOptions } from './integrations/portal.ts';
