/** The commune's share image (Open Graph, 1200×630), for pages without a picture of their own. */
import type { APIRoute } from 'astro';
import { shareTextOf } from '../lib/share-image.ts';
import { loadSite } from '../data/site.ts';
import { renderShareImage } from '../data/share-image.ts';
import { shareUi } from '../i18n/vi.ts';

export const GET: APIRoute = () => {
  const site = loadSite();
  const png = renderShareImage(shareTextOf(site, site.agency, shareUi.siteKicker));
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
