/** The commune's share image (Open Graph, 1200×630), for pages without a picture of their own. */
import type { APIRoute } from 'astro';
import { placeOf } from '../lib/unit.ts';
import { loadSite } from '../data/site.ts';
import { renderShareImage } from '../data/share-image.ts';
import { shareUi } from '../i18n/vi.ts';

export const GET: APIRoute = async () => {
  const site = loadSite();
  const png = await renderShareImage({ title: site.agency, kicker: shareUi.siteKicker, agency: site.agency, place: placeOf(site) });
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
