/**
 * Content queries shared by pages: drafts removed, lists in the order a
 * citizen expects. Pages ask here instead of filtering collections themselves.
 */
import { getCollection, type CollectionEntry, type CollectionKey } from 'astro:content';
import { extname } from 'node:path';
import { contentDir, loadSite, provinceDir } from './site.ts';
import { type KeyedEntry, pageKey } from './page-keys.ts';
import { collectionFiles, readNotesFile } from '../build/province-procedures.ts';
import { procedureNotesSchema, type ProcedureNote, type ProcedureNotes } from '../schemas/procedure-note.ts';
import { ENTRY_EXTENSION } from '../readers/entry-files.ts';
import { collection } from '../collections/registry.ts';
import { publishedNews } from '../lib/news.ts';
import { plansNewestFirst } from '../lib/plans.ts';
import { compareDates } from '../lib/dates.ts';
import { groupByField, procedureCatalogue } from '../lib/procedures.ts';

/**
 * A collection's entries. Astro warns, in English, whenever a collection has
 * none, and for a commune an empty folder is normal (no late files this
 * year, no events yet, a new site): ask Astro only when the folder holds a file.
 */
async function entries<C extends CollectionKey>(name: C): Promise<CollectionEntry<C>[]> {
  return hasEntryFile(name) ? getCollection(name) : [];
}

// Every page asks, so a folder found to hold a file is not walked again; an
// empty one is (cheaply), so a file added while `astro dev` runs still shows.
const holdsFile = new Set<CollectionKey>();
function hasEntryFile(name: CollectionKey): boolean {
  if (!holdsFile.has(name) && collectionFiles(collection(name).folder, contentDir(), provinceDir()).some((f) => extname(f) === ENTRY_EXTENSION)) holdsFile.add(name);
  return holdsFile.has(name);
}

export type NewsEntry = CollectionEntry<'news'>;
export type ProcedureEntry = CollectionEntry<'procedures'>;
export type PlanEntry = CollectionEntry<'plans'>;
export type CommendationEntry = CollectionEntry<'commendations'>;
export type EventEntry = CollectionEntry<'events'>;

export async function allNews(): Promise<NewsEntry[]> {
  return publishedNews(await entries('news'));
}

export async function allProcedures(): Promise<ProcedureEntry[]> {
  return entries('procedures');
}

let notes: ProcedureNotes | undefined;

/**
 * The commune's note on a procedure (procedure-notes.yaml, keyed by code):
 * where, when and what differs locally. Validation has judged the file
 * before the build, so a parse here does not fail on a clerk's mistake.
 */
export function procedureNote(code: string): ProcedureNote | undefined {
  notes ??= procedureNotesSchema.parse(readNotesFile(contentDir())?.parsed.data ?? {});
  return notes[code];
}

export async function proceduresByField() {
  return groupByField(await allProcedures());
}

/** The procedure index: site.yaml's most-used procedures first, fields with counts, split into pages when long. */
export async function procedureIndex() {
  return procedureCatalogue(await allProcedures(), loadSite().popularProcedures);
}

export type ProcedureIndex = Awaited<ReturnType<typeof procedureIndex>>;

export async function allPlans(): Promise<PlanEntry[]> {
  return plansNewestFirst(await entries('plans'));
}

export async function allCommendations(): Promise<CommendationEntry[]> {
  return (await entries('commendations')).sort((a, b) => compareDates(b.data.date, a.data.date));
}

/** Published events, newest first; ties broken by title so order is stable. */
export async function allEvents(): Promise<EventEntry[]> {
  return (await entries('events')).filter((e) => !e.data.draft).sort((a, b) => compareDates(b.data.date, a.data.date) || a.data.title.localeCompare(b.data.title, 'vi'));
}

export type IndexEntry = CollectionEntry<'indices'>;
export type DisclosureEntry = CollectionEntry<'late-disclosures'>;
export type DocumentEntry = CollectionEntry<'documents'>;

export async function allIndexResults(): Promise<IndexEntry[]> {
  return (await entries('indices')).sort((a, b) => a.data.year - b.data.year || a.id.localeCompare(b.id));
}

/** Quarterly late-file disclosures, newest quarter first. */
export async function allDisclosures(): Promise<DisclosureEntry[]> {
  return (await entries('late-disclosures')).sort((a, b) => b.data.year - a.data.year || b.data.quarter - a.data.quarter);
}

/** Guiding documents, newest first; ties by number so order is stable. */
export async function allDocuments(): Promise<DocumentEntry[]> {
  return (await entries('documents')).sort((a, b) => compareDates(b.data.date, a.data.date) || a.data.number.localeCompare(b.data.number, 'vi'));
}

export type ReportNarrativeEntry = CollectionEntry<'reports'>;

/** The clerk's narrative of a period report (reports/<year>-<period>.md), or null when not written yet. */
export async function reportNarrative(year: number, periodSlug: string): Promise<ReportNarrativeEntry | null> {
  return (await entries('reports')).find((e) => e.id === `${year}-${periodSlug}`) ?? null;
}

/**
 * getStaticPaths for one page per entry, addressed by the entry's id, each
 * with the key that lets a later build copy it instead of rendering it
 * (./page-keys.ts); `readsSiblings` when the page reads other entries of
 * its collection.
 */
export function pagesFor<T extends { id: string } & KeyedEntry>(entries: readonly T[], { readsSiblings = false } = {}) {
  return entries.map((entry) => {
    const cacheKey = pageKey(entry, readsSiblings);
    return { params: { slug: entry.id }, props: { entry }, ...(cacheKey === undefined ? {} : { cacheKey }) };
  });
}
