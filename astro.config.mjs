// @ts-check
// The demo commune is built exactly as any commune's site: one import, one call.
import cchcPortal from 'cchc-portal';
import { defineConfig } from 'astro/config';

export default defineConfig({ integrations: [cchcPortal()] });
