/**
 * Content queries shared by pages: drafts removed, lists in the order a
 * citizen expects. Pages ask here instead of filtering collections themselves.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { publishedNews } from '../lib/news.ts';
import { plansNewestFirst } from '../lib/plans.ts';
import { compareDates } from '../lib/dates.ts';
import { groupByField } from '../lib/procedures.ts';

export type NewsEntry = CollectionEntry<'news'>;
export type ProcedureEntry = CollectionEntry<'procedures'>;
export type PlanEntry = CollectionEntry<'plans'>;
export type CommendationEntry = CollectionEntry<'commendations'>;
export type EventEntry = CollectionEntry<'events'>;

export async function allNews(): Promise<NewsEntry[]> {
  return publishedNews(await getCollection('news'));
}

export async function allProcedures(): Promise<ProcedureEntry[]> {
  return getCollection('procedures');
}

export async function proceduresByField() {
  return groupByField(await allProcedures());
}

export async function allPlans(): Promise<PlanEntry[]> {
  return plansNewestFirst(await getCollection('plans'));
}

export async function allCommendations(): Promise<CommendationEntry[]> {
  return (await getCollection('commendations')).sort((a, b) => compareDates(b.data.date, a.data.date));
}

/** Published events, newest first; ties broken by title so order is stable. */
export async function allEvents(): Promise<EventEntry[]> {
  return (await getCollection('events'))
    .filter((e) => !e.data.draft)
    .sort((a, b) => compareDates(b.data.date, a.data.date) || a.data.title.localeCompare(b.data.title, 'vi'));
}

export type IndexEntry = CollectionEntry<'indices'>;
export type DisclosureEntry = CollectionEntry<'late-disclosures'>;
export type DocumentEntry = CollectionEntry<'documents'>;

export async function allIndexResults(): Promise<IndexEntry[]> {
  return (await getCollection('indices')).sort((a, b) => a.data.year - b.data.year || a.id.localeCompare(b.id));
}

/** Quarterly late-file disclosures, newest quarter first. */
export async function allDisclosures(): Promise<DisclosureEntry[]> {
  return (await getCollection('late-disclosures')).sort((a, b) => b.data.year - a.data.year || b.data.quarter - a.data.quarter);
}

/** Guiding documents, newest first; ties by number so order is stable. */
export async function allDocuments(): Promise<DocumentEntry[]> {
  return (await getCollection('documents')).sort((a, b) => compareDates(b.data.date, a.data.date) || a.data.number.localeCompare(b.data.number, 'vi'));
}

/** getStaticPaths for one page per entry, addressed by the entry's id. */
export function pagesFor<T extends { id: string }>(entries: readonly T[]) {
  return entries.map((entry) => ({ params: { slug: entry.id }, props: { entry } }));
}
