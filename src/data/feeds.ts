/** RSS feeds of news, for the main feed and one per topic. */
import rss from '@astrojs/rss';
import { toHtml } from 'hast-util-to-html';
import type { NewsEntry } from './content.ts';
import { href, paths } from './links.ts';
import { loadSite } from './site.ts';
import { startOfDayInVietnam } from '../lib/dates.ts';

export function newsFeed(site: URL | undefined, title: string, items: readonly NewsEntry[]) {
  const commune = loadSite();
  return rss({
    title: `${title} – ${commune.agency}`,
    description: commune.description,
    site: site ?? commune.url,
    customData: '<language>vi</language>',
    items: items.slice(0, 50).map((n) => ({
      title: n.data.title,
      // RSS readers take a description as HTML: the summary is plain text, so
      // it goes in as HTML-escaped text ("<" shows as "<", never opens a tag).
      description: toHtml({ type: 'text', value: n.data.summary }),
      pubDate: startOfDayInVietnam(n.data.date),
      link: href(paths.newsItem(n.id)),
    })),
  });
}
