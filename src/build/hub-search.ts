/**
 * The provincial hub's search index: one Pagefind bundle at /pagefind/ over
 * the hub's own pages (the province's procedures and news) and every
 * commune's built pages, so one query on /tim-kiem/ finds any commune's news.
 * A commune's pages of the province's shared procedures are left out: the
 * hub's page of the same procedure stands for them all, and links to each
 * commune's. Narrowing to one commune searches that commune's own bundle
 * (src/routes-hub/tim-kiem/), which its own build wrote.
 *
 * The indexing is the commune's own (src/search/write-index.ts): the
 * communes' folders are linked into the staging folder while it runs, so
 * their pages get their addresses (/<slug>/…) from where they lie.
 */
import { existsSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
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
      return htmlUnder(c.dir)
        .map((file) => relative(c.dir, file).split(sep).join('/'))
        .filter((page) => !shared(page))
        .map((page) => join(links[i]!, page));
    });
    return await writeSearchIndex(hubDir, [...hubFiles, ...communeFiles].sort());
  } finally {
    for (const link of links) rmSync(link, { force: true });
  }
}
