import type { APIRoute, GetStaticPaths } from 'astro';
import { allNews, type NewsEntry } from '../../../../data/content.ts';
import { newsFeed } from '../../../../data/feeds.ts';
import { newsByTopic } from '../../../../lib/news.ts';
import { topicLabel } from '../../../../lib/topics.ts';
import type { TopicSlug } from '../../../../i18n/vi.ts';
import { keyedByContent } from '../../../../data/page-keys.ts';

export const getStaticPaths = (async () =>
  keyedByContent(newsByTopic(await allNews()).map((g) => ({ params: { topic: g.topic }, props: { topic: g.topic, items: g.items } })))) satisfies GetStaticPaths;

export const GET: APIRoute<{ topic: TopicSlug; items: NewsEntry[] }> = ({ site, props }) => newsFeed(site, topicLabel(props.topic), props.items);
