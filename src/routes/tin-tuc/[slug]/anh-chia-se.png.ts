/**
 * The share image of an article that has no cover: its title and the
 * commune's name, drawn at build time (src/data/share-image.ts).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { shareTextOf } from '../../../lib/share-image.ts';
import { allNews, type NewsEntry, pagesFor } from '../../../data/content.ts';
import { loadSite } from '../../../data/site.ts';
import { renderShareImage } from '../../../data/share-image.ts';
import { shareUi } from '../../../i18n/vi.ts';

export const getStaticPaths = (async () => pagesFor((await allNews()).filter((n) => !n.data.cover))) satisfies GetStaticPaths;

export const GET: APIRoute<{ entry: NewsEntry }> = ({ props }) => {
  const site = loadSite();
  const png = renderShareImage(shareTextOf(site, props.entry.data.title, shareUi.kicker));
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
