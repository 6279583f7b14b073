/**
 * The search index, written at astro:build:done through Pagefind's Node API.
 *
 * Pages opt in with `data-pagefind-body` (the layout puts it on the main
 * content of detail pages only), so navigation, footer and listing pages stay
 * out. Pagefind reads copies of the pages from a temporary folder (its own
 * binary reads a folder in parallel, much faster than pages sent one by one
 * through its Node API), prepared by `pageForIndex()`: the title is indexed
 * once, as metadata, and two invisible metadata fields from
 * src/lib/search-folding.ts let a query typed with d find words written with
 * đ. The published HTML is not changed. Then the word index is re-split into
 * small chunks (src/lib/pagefind-chunks.ts).
 */
import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';
import { boundaries, chunkWords, encodeChunk, groupWords, readMeta, withChunks } from '../lib/pagefind-chunks.ts';
import { FOLDED_TITLE, FOLDED_WORDS, foldedTitle, foldedWords, needsFolding } from '../lib/search-folding.ts';

export const SEARCH_LANGUAGE = 'vi';
const BODY = 'data-pagefind-body';
const IGNORE = 'data-pagefind-ignore';
/**
 * Labels of definition lists and tables, on every page of a kind ("Ngày ban
 * hành", "Bản chính"): in the index they would make every page match those
 * words and swell their entries. Inline labels carry data-pagefind-ignore.
 */
const LABELS = ['dt', 'thead', 'caption'];
/** Pages read and written at once. */
const BATCH = 64;

/** Start and end offsets of the element whose start tag begins at `start`, matching nested tags of the same name. */
function elementAt(html: string, start: number): [number, number] {
  const name = /^<([a-zA-Z][\w-]*)/.exec(html.slice(start))?.[1]?.toLowerCase();
  if (!name) return [start, start];
  const tags = new RegExp(`<(/?)${name}(?=[\\s/>])[^>]*>`, 'gi');
  tags.lastIndex = start;
  let depth = 0;
  for (let m = tags.exec(html); m; m = tags.exec(html)) {
    if (m[0].endsWith('/>')) continue;
    depth += m[1] ? -1 : 1;
    if (depth === 0) return [start, m.index + m[0].length];
  }
  return [start, html.length];
}

/** Offsets of every element carrying `attribute`, in document order, outermost only. */
function elementsWith(html: string, attribute: string): [number, number][] {
  return elementsStartingAt(html, new RegExp(`<[a-zA-Z][\\w-]*\\s[^>]*\\b${attribute}\\b[^>]*>`, 'g'));
}

/** Offsets of every element whose start tag `starts` (a global pattern) finds, outermost only. */
function elementsStartingAt(html: string, starts: RegExp): [number, number][] {
  const found: [number, number][] = [];
  for (let m = starts.exec(html); m; m = starts.exec(html)) {
    const range = elementAt(html, m.index);
    found.push(range);
    starts.lastIndex = Math.max(range[1], m.index + 1);
  }
  return found;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

function textOf(html: string): string {
  return html
    .replace(/<(script|style|template)\b[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/&(#x[\da-f]+|#\d+|[a-z]+);/gi, (whole, code: string) => {
      if (code[0] !== '#') return ENTITIES[code.toLowerCase()] ?? whole;
      const n = code[1] === 'x' || code[1] === 'X' ? parseInt(code.slice(2), 16) : parseInt(code.slice(1), 10);
      return Number.isFinite(n) ? String.fromCodePoint(n) : whole;
    });
}

/** What Pagefind will index on a page: its title (first h1) and the text of its indexed parts, without what it ignores. */
export function indexedText(html: string): { title: string; text: string } | null {
  const bodies = elementsWith(html, BODY);
  if (bodies.length === 0) return null;
  const parts = bodies.map(([from, to]) => {
    let part = html.slice(from, to);
    for (const [a, b] of elementsWith(part, IGNORE).reverse()) part = part.slice(0, a) + part.slice(b);
    for (const [a, b] of elementsStartingAt(part, new RegExp(`<(?:${LABELS.join('|')})\\b[^>]*>`, 'gi')).reverse()) part = part.slice(0, a) + part.slice(b);
    return part;
  });
  const joined = parts.join(' ');
  const h1 = /<h1\b[^>]*>([\s\S]*?)<\/h1>/i.exec(joined);
  return { title: h1 ? textOf(h1[1]!).replace(/\s+/g, ' ').trim() : '', text: textOf(joined) };
}

/**
 * The page as Pagefind should read it: the title (the body's first h1) as
 * metadata only, not also as text, where it would double every title word's
 * entry in the index; and the folded metadata at the end.
 */
export function pageForIndex(page: string): string | null {
  const indexed = indexedText(page);
  if (!indexed) return null;
  const h1 = page.indexOf('<h1', page.indexOf(BODY));
  const html = h1 < 0 ? page : `${page.slice(0, h1)}<h1 data-pagefind-meta="title" ${IGNORE}${page.slice(h1 + 3)}`;
  const fields = [
    [FOLDED_TITLE, needsFolding(indexed.title) ? foldedTitle(indexed.title) : ''],
    [FOLDED_WORDS, foldedWords(indexed.text)],
  ].filter(([, value]) => value);
  // Inline metadata (key:value) on empty elements: searchable, never shown, no text of its own.
  const spans = fields.map(([key, value]) => `<span data-pagefind-meta="${key}:${value}"></span>`).join('');
  const end = html.lastIndexOf('</body>');
  return end < 0 ? html + spans : html.slice(0, end) + spans + html.slice(end);
}

/** Largest word chunk before compression (a single bigger word stays whole): about 3 KB on the wire. */
export const CHUNK_BYTES = 8 * 1024;
/** Pagefind's files are gzip of this signature and the CBOR data. */
const SIGNATURE = Buffer.from('pagefind_dcd');

export function unpack(file: Buffer): Uint8Array {
  const data = gunzipSync(file);
  if (!data.subarray(0, SIGNATURE.length).equals(SIGNATURE)) throw new Error('Pagefind: tệp chỉ mục không có chữ ký pagefind_dcd');
  return data.subarray(SIGNATURE.length);
}

function pack(data: Uint8Array): Buffer {
  return gzipSync(Buffer.concat([SIGNATURE, data]), { level: 9 });
}

/** A content hash that names a file, unique among `taken` (lengthened on a clash, as Pagefind does). */
function nameFor(prefix: string, data: Uint8Array, length: number, taken: Set<string>): string {
  const hex = createHash('sha256').update(data).digest('hex');
  let name = `${prefix}_${hex.slice(0, length)}`;
  for (let n = length + 1; taken.has(name); n++) name = `${prefix}_${hex.slice(0, n)}`;
  taken.add(name);
  return name;
}

/** Re-splits each language's word index into small chunks (src/lib/pagefind-chunks.ts) and points the bundle at them. */
async function splitWordChunks(bundle: string): Promise<void> {
  const entryFile = join(bundle, 'pagefind-entry.json');
  const entry = JSON.parse(await readFile(entryFile, 'utf8')) as { languages: Record<string, { hash: string }> };
  for (const [language, info] of Object.entries(entry.languages)) {
    const metaFile = join(bundle, `pagefind.${info.hash}.pf_meta`);
    const meta = unpack(await readFile(metaFile));
    const old = readMeta(meta).chunks.map(({ hash }) => join(bundle, 'index', `${hash}.pf_index`));
    const words = (await Promise.all(old.map(async (file) => chunkWords(unpack(await readFile(file)))))).flat();
    await Promise.all(old.map((file) => rm(file)));
    const groups = groupWords(words, CHUNK_BYTES);
    const taken = new Set<string>();
    const table = await Promise.all(
      boundaries(groups).map(async (range, i) => {
        const data = encodeChunk(groups[i]!);
        const hash = nameFor(language, data, 7, taken);
        await writeFile(join(bundle, 'index', `${hash}.pf_index`), pack(data));
        return { ...range, hash };
      }),
    );
    const rewritten = withChunks(meta, table);
    info.hash = nameFor(language, rewritten, 10, new Set());
    await rm(metaFile);
    await writeFile(join(bundle, `pagefind.${info.hash}.pf_meta`), pack(rewritten));
  }
  await writeFile(entryFile, JSON.stringify(entry));
}

export interface IndexStats {
  pages: number;
  ms: number;
}

/** Indexes the built pages under outDir and writes the bundle to outDir/pagefind/. */
export async function writeSearchIndex(outDir: string, htmlFiles: readonly string[]): Promise<IndexStats> {
  const started = performance.now();
  const copies = await mkdtemp(join(tmpdir(), 'cchc-search-'));
  let pages = 0;
  try {
    for (let i = 0; i < htmlFiles.length; i += BATCH) {
      await Promise.all(
        htmlFiles.slice(i, i + BATCH).map(async (file) => {
          const content = pageForIndex(await readFile(file, 'utf8'));
          if (content === null) return;
          const copy = join(copies, relative(outDir, file));
          await mkdir(dirname(copy), { recursive: true });
          await writeFile(copy, content);
          pages++;
        }),
      );
    }
    const { index, errors } = await pagefind.createIndex({ forceLanguage: SEARCH_LANGUAGE, excludeSelectors: LABELS });
    if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`);
    const added = await index.addDirectory({ path: copies });
    if (added.errors.length) throw new Error(`Pagefind: ${added.errors.join('; ')}`);
    const written = await index.writeFiles({ outputPath: join(outDir, 'pagefind') });
    if (written.errors.length) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
    await splitWordChunks(join(outDir, 'pagefind'));
  } finally {
    await pagefind.close();
    await rm(copies, { recursive: true, force: true });
  }
  return { pages, ms: Math.round(performance.now() - started) };
}
