/**
 * The procedure list pages of a built site and their weight: the index, the
 * search page's fallback list, the site map and each field's page. Issue 14
 * asks for the heaviest to be measured; the build tests print and bound it.
 */
import { gzipSync } from 'node:zlib';
import type { BuiltSite } from './dist.ts';

export const PROCEDURE_INDEX = '/thu-tuc-hanh-chinh/';

interface PageSize {
  path: string;
  raw: number;
  gzip: number;
}

export interface ListWeights {
  index: PageSize;
  heaviest: PageSize;
  largest: PageSize;
  /** One line for the test log. */
  summary: string;
}

export function listPageWeights(site: BuiltSite): ListWeights {
  const lists = [PROCEDURE_INDEX, '/tim-kiem/', '/so-do-trang/', ...site.pages().filter((p) => p.startsWith('/thu-tuc-hanh-chinh/linh-vuc/'))];
  const sizes = lists.map((path) => {
    const html = site.html(path);
    return { path, raw: Buffer.byteLength(html), gzip: gzipSync(html).length };
  });
  const index = sizes.find((s) => s.path === PROCEDURE_INDEX)!;
  const heaviest = sizes.reduce((a, b) => (b.gzip > a.gzip ? b : a));
  const largest = sizes.reduce((a, b) => (b.raw > a.raw ? b : a));
  const show = (s: PageSize) => `${s.path}: ${s.raw} B, ${s.gzip} B gzip`;
  return { index, heaviest, largest, summary: `procedure index ${show(index)}; heaviest gzip ${show(heaviest)}; largest raw ${show(largest)}` };
}
