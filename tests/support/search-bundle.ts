/**
 * A search bundle as tests compare it: for each word, the addresses of the
 * pages it finds, and each page (its fragment) by address. Pagefind numbers
 * pages in the order its threads finish, so two runs over the same pages can
 * differ in bytes and not in what they find.
 */
import { readSearchBundle } from '../../src/search/pagefind/bundle.ts';
import { entryPages, type Fragment } from '../../src/search/pagefind/format.ts';

export interface BundleView {
  words: Record<string, string[]>;
  pages: Record<string, Fragment>;
}

export async function bundleView(dir: string): Promise<BundleView> {
  const [index] = (await readSearchBundle(dir)).languages;
  const words: Record<string, string[]> = {};
  for (const chunk of index!.chunks)
    for (const entry of chunk.words)
      words[entry.word] = entryPages(entry)
        .map((page) => index!.pages[page]!.url)
        .sort();
  return { words, pages: Object.fromEntries(index!.pages.map((page) => [page.url, page])) };
}
