import type { APIRoute } from 'astro';
import { allNews } from '../../data/content.ts';
import { newsFeed } from '../../data/feeds.ts';
import { pageTitles } from '../../i18n/vi.ts';

export const GET: APIRoute = async ({ site }) => newsFeed(site, pageTitles.news, await allNews());
