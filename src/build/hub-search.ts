/**
 * The provincial hub's search index: one Pagefind bundle at /pagefind/ over
 * the hub's own pages (the province's procedures and news) and every
 * commune's built pages, so one query on /tim-kiem/ finds any commune's news.
 * A commune's pages of the province's shared procedures are left out: the
 * hub's page of the same procedure stands for them all, and links to each
 * commune's. Narrowing to one commune searches that commune's own bundle
 * (src/routes-hub/tim-kiem/), which its own build wrote.
 *
 * Of each commune's dated pages (news, events, commendations: those with a
 * datePublished) only the newest HUB_RECENT (src/lib/search.ts) are in it; the older ones are
 * found by narrowing to the commune, whose own index holds them all. At a
 * hundred communes of 300 news each, indexing every page took the hub
 * 4.3 minutes and 6 GB in Pagefind's binary (docs/benchmarks.md), and every
 * commune's change waits for the hub.
 *
 * The indexing is the commune's own (src/search/write-index.ts): the
 * communes' folders are linked into the staging folder while it runs, so
 * their pages get their addresses (/<slug>/…) from where they lie.
 */
import { closeSync, existsSync, openSync, readdirSync, readSync, rmSync, symlinkSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { HUB_RECENT } from '../lib/search.ts';
import { writeSearchIndex, type IndexStats } from '../search/write-index.ts';

export interface BuiltCommune {
  slug: string;
  /** Its built site, dist/<slug>/. */
  dir: string;
}

const htmlUnder = (dir: string): string[] =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => join(e.parentPath, e.name));

/** The bytes of a page read for its date: the JSON-LD sits in its head. */
const HEAD_BYTES = 32 * 1024;
const PUBLISHED = /"datePublished":"(\d{4}-\d{2}-\d{2})/;

/** The day a built page says it was published (its JSON-LD), if it says. */
function publishedOn(file: string): string | undefined {
  const fd = openSync(file, 'r');
  try {
    const head = Buffer.alloc(HEAD_BYTES);
    return PUBLISHED.exec(head.toString('utf8', 0, readSync(fd, head, 0, HEAD_BYTES, 0)))?.[1];
  } finally {
    closeSync(fd);
  }
}

/** A commune's pages for the province-wide index: every undated one, and its newest `keep` dated ones (ties by address). */
export function recentPages<T extends { date: string | undefined; page: string }>(pages: readonly T[], keep: number): T[] {
  const dated = pages.filter((p) => p.date !== undefined).sort((a, b) => b.date!.localeCompare(a.date!) || a.page.localeCompare(b.page));
  const kept = new Set(dated.slice(0, keep));
  return pages.filter((p) => p.date === undefined || kept.has(p));
}

/** The procedure folder a page of a shared procedure lies in: thu-tuc-hanh-chinh/<id>/… */
const PROCEDURE_PAGE = /^thu-tuc-hanh-chinh\/([^/]+)\//;

export async function writeHubSearchIndex(hubDir: string, communes: readonly BuiltCommune[]): Promise<IndexStats> {
  const hubFiles = htmlUnder(hubDir);
  const shared = (page: string) => {
    const id = PROCEDURE_PAGE.exec(page)?.[1];
    return id !== undefined && id !== 'linh-vuc' && existsSync(join(hubDir, 'thu-tuc-hanh-chinh', id));
  };
  const links = communes.map((c) => join(hubDir, c.slug));
  try {
    const communeFiles = communes.flatMap((c, i) => {
      symlinkSync(c.dir, links[i]!, 'dir');
      const pages = htmlUnder(c.dir)
        .map((file) => ({ file, page: relative(c.dir, file).split(sep).join('/') }))
        .filter(({ page }) => !shared(page))
        .map((p) => ({ ...p, date: publishedOn(p.file) }));
      return recentPages(pages, HUB_RECENT).map(({ page }) => join(links[i]!, page));
    });
    return await writeSearchIndex(hubDir, [...hubFiles, ...communeFiles].sort());
  } finally {
    for (const link of links) rmSync(link, { force: true });
  }
}
