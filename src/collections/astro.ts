/**
 * The Astro content collections, built from the registry (./registry.ts):
 * one glob loader per collection folder, ids by the registry's id rule, and
 * the registry's schema given Astro's image(). src/content.config.ts only
 * re-exports `collections`.
 */
import { defineCollection, type SchemaContext } from 'astro:content';
import { glob, type Loader } from 'astro/loaders';
import { extname, join } from 'node:path';
import { contentDir, provinceDir } from '../data/site.ts';
import { collectionFiles, procedureGlob } from '../build/province-procedures.ts';
import { ENTRY_EXTENSION, ENTRY_GLOB } from '../readers/entry-files.ts';
import { COLLECTION_NAMES, COLLECTIONS, collection, entryId, type CollectionName } from './registry.ts';

type Image = ReturnType<SchemaContext['image']>;
/** The entry schema of a collection with Astro's image schema, so `getCollection` is typed per collection. */
type AstroSchema<N extends CollectionName> = (typeof COLLECTIONS)[N]['schema'] extends (image: Image) => infer S ? S : never;
type AstroCollections = { [N in CollectionName]: ReturnType<typeof defineCollection> & { schema: (context: SchemaContext) => AstroSchema<N> } };

/** An empty folder is normal for a commune; Astro's glob loader would warn about it in English. */
const nothingToLoad: Loader = { name: 'cchc-empty-folder', load: async ({ store }) => store.clear() };

/**
 * Where a collection's entries are: its folder, or for procedures in a
 * province repository the commune's and the province's (src/build/province.ts).
 */
function source(name: CollectionName): { files: string[]; base: string; pattern: string | string[] } {
  const { folder } = COLLECTIONS[name];
  const province = provinceDir();
  const files = collectionFiles(folder, contentDir(), province);
  if (name === 'procedures' && province) return { files, ...procedureGlob(contentDir(), province) };
  return { files, base: join(contentDir(), folder), pattern: ENTRY_GLOB };
}

function astroCollection(name: CollectionName) {
  const { files, base, pattern } = source(name);
  return defineCollection({
    loader: files.some((f) => extname(f) === ENTRY_EXTENSION)
      ? glob({ pattern, base, retainBody: collection(name).readsBody === true, generateId: ({ entry, data }) => entryId(name, entry, data) })
      : nothingToLoad,
    schema: ({ image }) => COLLECTIONS[name].schema(image()),
  });
}

// Built in a loop, so the per-collection schema types are restated by the mapped type above.
export const collections = Object.fromEntries(COLLECTION_NAMES.map((name) => [name, astroCollection(name)])) as unknown as AstroCollections;
