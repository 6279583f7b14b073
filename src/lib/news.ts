/** News ordering and grouping; drafts never reach a page, feed or count. */
import { compareDates, type IsoDate } from './dates.ts';
import { paginate, type Page } from './pagination.ts';
import { TOPIC_SLUGS } from './topics.ts';
import type { TopicSlug } from '../i18n/vi.ts';

export interface NewsLike {
  id: string;
  data: { date: IsoDate; draft: boolean; topics: readonly TopicSlug[]; title: string };
}

/** Published items, newest first; ties broken by title so order is stable. */
export function publishedNews<T extends NewsLike>(items: readonly T[]): T[] {
  return items.filter((n) => !n.data.draft).sort((a, b) => compareDates(b.data.date, a.data.date) || a.data.title.localeCompare(b.data.title, 'vi'));
}

/** Topics in the fixed order, each with its items; empty topics are left out. */
export function newsByTopic<T extends NewsLike>(items: readonly T[]): { topic: TopicSlug; items: T[] }[] {
  return TOPIC_SLUGS.map((topic) => ({ topic, items: items.filter((n) => n.data.topics.includes(topic)) })).filter((g) => g.items.length > 0);
}

export const NEWS_PER_PAGE = 10;

/** Every page of every topic's list, NEWS_PER_PAGE items each, in the order given. */
export function topicPages<T extends NewsLike>(items: readonly T[]): { topic: TopicSlug; page: Page<T> }[] {
  return newsByTopic(items).flatMap(({ topic, items: inTopic }) => paginate(inTopic, NEWS_PER_PAGE).map((page) => ({ topic, page })));
}
