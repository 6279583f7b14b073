/**
 * Astro collections over the commune's content folder. The schemas come from
 * src/schemas, the same ones `npm run check` uses; ids come from file names.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { contentDir } from './data/site.ts';
import { commendationSchema } from './schemas/commendation.ts';
import { eventSchema } from './schemas/event.ts';
import { newsSchema } from './schemas/news.ts';
import { planSchema } from './schemas/plan.ts';
import { procedureSchema } from './schemas/procedure.ts';
import { documentSchema } from './schemas/document.ts';
import { indexResultSchema } from './schemas/index-result.ts';
import { lateDisclosureSchema } from './schemas/late-disclosure.ts';
import { disclosureSlug } from './lib/late-files.ts';
import { entrySlug } from './validation/validate-content.ts';

const markdownIn = (folder: string) =>
  glob({ pattern: '**/[^_]*.md', base: `${contentDir()}/${folder}`, generateId: ({ entry }) => entrySlug(entry) });

export const collections = {
  plans: defineCollection({ loader: markdownIn('plans'), schema: planSchema }),
  procedures: defineCollection({ loader: markdownIn('procedures'), schema: procedureSchema }),
  news: defineCollection({ loader: markdownIn('news'), schema: ({ image }) => newsSchema(image()) }),
  commendations: defineCollection({ loader: markdownIn('commendations'), schema: ({ image }) => commendationSchema(image()) }),
  events: defineCollection({ loader: markdownIn('events'), schema: ({ image }) => eventSchema(image()) }),
  indices: defineCollection({ loader: markdownIn('indices'), schema: indexResultSchema }),
  documents: defineCollection({ loader: markdownIn('documents'), schema: documentSchema }),
  // One page per quarter, addressed by its year and quarter rather than its file name.
  'late-disclosures': defineCollection({
    loader: glob({
      pattern: '**/[^_]*.md',
      base: `${contentDir()}/late-disclosures`,
      generateId: ({ entry, data }) => (typeof data.year === 'number' && typeof data.quarter === 'number' ? disclosureSlug(data.year, data.quarter) : entrySlug(entry)),
    }),
    schema: lateDisclosureSchema,
  }),
};
