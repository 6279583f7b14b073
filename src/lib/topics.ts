/** The fixed list of news topics, keyed by URL slug (labels live in src/i18n). */
import { topics, type TopicSlug } from '../i18n/vi.ts';
import { slugify } from './text.ts';

export const TOPIC_SLUGS = Object.keys(topics) as TopicSlug[];

function isTopicSlug(value: string): value is TopicSlug {
  return Object.hasOwn(topics, value);
}

/** Accepts a slug or a label typed with or without marks; null when unknown. */
export function topicSlugFor(value: string): TopicSlug | null {
  if (isTopicSlug(value)) return value;
  const wanted = slugify(value);
  return TOPIC_SLUGS.find((slug) => slugify(topics[slug]) === wanted || slug === wanted) ?? null;
}

export function topicLabel(slug: TopicSlug): string {
  return topics[slug];
}
