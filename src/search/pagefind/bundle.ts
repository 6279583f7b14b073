/**
 * Pagefind's bundle on disk: every file name and path of it, read and
 * written here and nowhere else. The bytes inside are ./format.ts, whose
 * header says what to re-check when Pagefind changes.
 */
import { readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { CHUNK_STARTS, type ChunkStarts } from '../../lib/search-chunks.ts';
import { FULL_TEXT_PATH } from '../../lib/search.ts';
import { chunkFor, type ChunkRange } from '../word-chunks.ts';
import {
  type BundleEntry,
  capPositions,
  chunkWords,
  contentHash,
  counterNames,
  encodeChunk,
  entryPages,
  type Fragment,
  metaHash,
  pack,
  readEntry,
  readFragment,
  readMeta,
  rewriteMeta,
  unpack,
  type WordEntry,
} from './format.ts';

/** Where Pagefind's bundle goes in a built site (the search page loads pagefind/pagefind.js from there). */
export const bundleDir = (outDir: string): string => join(outDir, 'pagefind');
/** Where the full-text bundle goes: inside the main one, at FULL_TEXT_PATH (src/lib/search.ts), where the page merges it from. */
export const fullTextBundleDir = (outDir: string): string => join(bundleDir(outDir), FULL_TEXT_PATH);

const ENTRY = 'pagefind-entry.json';
const metaFile = (bundle: string, hash: string) => join(bundle, `pagefind.${hash}.pf_meta`);
const CHUNKS = 'index';
const chunkFile = (hash: string) => `${hash}.pf_index`;
const FRAGMENTS = 'fragment';
const fragmentFile = (hash: string) => `${hash}.pf_fragment`;

async function readEntryOf(bundle: string): Promise<BundleEntry> {
  return readEntry(await readFile(join(bundle, ENTRY), 'utf8'));
}

/** A chunk of the word index: its range and its word entries, in order. */
type WordChunk = ChunkRange & { words: WordEntry[] };

/** What compactBundle() does to a bundle Pagefind wrote. */
export interface Compaction {
  /** Cuts the word entries, in order, into chunks. */
  split: (words: WordEntry[]) => WordChunk[];
  /** Positions kept per page and weight in each word entry (capPositions). */
  positions: number;
  /** One letter that tells this bundle's chunk and page names from another bundle's of the same site (counterNames). */
  role: string;
}

/**
 * Makes a bundle Pagefind wrote smaller to search, and points it at its new
 * files: each language's word entries with their positions capped, cut into
 * chunks by `split`, its chunks and pages given short names (fragment
 * files renamed to match), the metadata and entry file renamed by their new
 * content, as Pagefind names them. Throws PagefindVersionError before
 * touching anything when the bundle is not Pagefind 1.6's.
 */
export async function compactBundle(bundle: string, { split, positions, role }: Compaction): Promise<void> {
  const entry = await readEntryOf(bundle);
  const starts: ChunkStarts = {};
  for (const [language, info] of Object.entries(entry.languages)) {
    const oldMeta = metaFile(bundle, info.hash);
    const meta = unpack(await readFile(oldMeta));
    const { chunks, pages } = readMeta(meta);
    const old = chunks.map(({ hash }) => join(bundle, CHUNKS, chunkFile(hash)));
    const words = (await Promise.all(old.map(async (file) => chunkWords(unpack(await readFile(file)))))).flat();
    await Promise.all(old.map((file) => rm(file)));
    const chunked = split(words.map((word) => capPositions(word, positions))).map(({ words: group, ...range }) => ({ range, data: encodeChunk(group) }));
    const chunkNames = counterNames(
      language,
      role,
      chunked.map(({ data }) => contentHash(data)),
    );
    const table = await Promise.all(
      chunked.map(async ({ range, data }, n) => {
        const hash = chunkNames[n]!;
        await writeFile(join(bundle, CHUNKS, chunkFile(hash)), pack(data));
        return { ...range, hash };
      }),
    );
    starts[language] = table.map((row) => row.from);
    const names = counterNames(language, role, pages);
    const fragment = (name: string) => join(bundle, FRAGMENTS, fragmentFile(name));
    await Promise.all(pages.map((page, n) => rename(fragment(page), fragment(names[n]!))));
    const rewritten = rewriteMeta(meta, names, table);
    info.hash = metaHash(language, rewritten);
    await rm(oldMeta);
    await writeFile(metaFile(bundle, info.hash), pack(rewritten));
  }
  await writeFile(join(bundle, ENTRY), JSON.stringify(entry));
  await writeFile(join(bundle, CHUNK_STARTS), JSON.stringify(starts));
}

/** One language's index as the browser sees it. */
export interface LanguageIndex {
  language: string;
  /** The indexed pages, in the order word entries refer to them. */
  pages: Fragment[];
  /** Each page's id in the browser's search results (its fragment's hash), in the same order. */
  ids: string[];
  /** The chunk table with each chunk's words; the size of a word's entry is `bytes.length`. */
  chunks: WordChunk[];
  /** The chunk starts the search page reads (CHUNK_STARTS), for this language. */
  starts: string[] | undefined;
}

export interface SearchBundle {
  version: string;
  languages: LanguageIndex[];
  /** Chunk files no language's table names: left over, never loaded. */
  strayChunks: string[];
}

/** Reads a whole bundle: for tests and checks of a built site, not for the build. */
export async function readSearchBundle(bundle: string): Promise<SearchBundle> {
  const entry = await readEntryOf(bundle);
  const starts = JSON.parse(await readFile(join(bundle, CHUNK_STARTS), 'utf8').catch(() => '{}')) as ChunkStarts;
  const named = new Set<string>();
  const languages = await Promise.all(
    Object.entries(entry.languages).map(async ([language, info]) => {
      const meta = readMeta(unpack(await readFile(metaFile(bundle, info.hash))));
      const chunks = await Promise.all(
        meta.chunks.map(async ({ hash, ...range }) => {
          named.add(chunkFile(hash));
          return { ...range, words: chunkWords(unpack(await readFile(join(bundle, CHUNKS, chunkFile(hash))))) };
        }),
      );
      const pages = await Promise.all(meta.pages.map(async (hash) => readFragment(unpack(await readFile(join(bundle, FRAGMENTS, fragmentFile(hash)))))));
      return { language, pages, ids: meta.pages, chunks, starts: starts[language] };
    }),
  );
  const strayChunks = (await readdir(join(bundle, CHUNKS))).filter((file) => !named.has(file));
  return { version: entry.version, languages, strayChunks };
}

/**
 * The pages whose index entry for `word` (a whole word, folded as Pagefind
 * folds it) the browser finds: looked up in the one chunk whose range holds
 * it, as Pagefind does, so a word outside its chunk's range finds nothing.
 */
export function pagesWithWord(index: LanguageIndex, word: string): Fragment[] {
  const chunk = index.chunks[chunkFor(index.chunks, word)];
  const entry = chunk?.words.find((w) => w.word === word);
  return entry ? entryPages(entry).map((page) => index.pages[page]!) : [];
}
