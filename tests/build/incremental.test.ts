/**
 * Astro's incremental build (src/data/page-keys.ts): a forced build copies
 * from the last build every keyed page whose inputs have not changed,
 * and what it publishes is, byte for byte, what a fresh build of the same
 * content publishes, whatever was edited: an entry, another entry it links
 * to, a photo, site.yaml.
 */
import { copyFileSync, cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { BUILD_RECORD, generatorDigest } from '../../src/build/fingerprint.ts';
import { bundleDir, fullTextBundleDir } from '../../src/search/pagefind/bundle.ts';
import { buildCommune } from '../support/build.ts';
import { bundleView } from '../support/search-bundle.ts';

const FIXTURE = 'tests/fixtures/bang-ca-2024';
const work = mkdtempSync(join(tmpdir(), 'cchc-incremental-'));
const content = join(work, 'content');
const out = join(work, 'dist');
cpSync(FIXTURE, content, { recursive: true });
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** The pages Astro's log says it copied from the last build (the log is coloured when CI is set). */
const copied = (log: string) => [...stripVTControlCharacters(log).matchAll(/├─ (\S+) \(restored\)/g)].map((m) => m[1]!);
const rendered = (log: string) => [...stripVTControlCharacters(log).matchAll(/├─ (\S+) \(\+\d+m?s\)/g)].map((m) => m[1]!);

/**
 * Every published file and its bytes, but those two fresh builds of one
 * content at two places already write differently: the build's record and
 * the CMS's settings (they name the content folder), the report's DOCX and
 * XLSX (zip archives stamped with the time they were made) and the search
 * bundle (Pagefind numbers pages in the order its threads finish; compared
 * by what it finds, below).
 */
function tree(dir: string): Map<string, Buffer> {
  const files = readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile());
  return new Map(
    files
      .map((e) => relative(dir, join(e.parentPath, e.name)))
      .filter((file) => file !== BUILD_RECORD && file !== 'admin/config.yml' && !/\.(docx|xlsx)$/.test(file) && !file.startsWith('pagefind/'))
      .map((file) => [file, readFileSync(join(dir, file))] as const),
  );
}

/** The files two builds publish differently, by name. */
function differences(a: Map<string, Buffer>, b: Map<string, Buffer>): string[] {
  const names = new Set([...a.keys(), ...b.keys()]);
  return [...names].filter((name) => !(a.get(name) && b.get(name)?.equals(a.get(name)!))).sort();
}

/**
 * Builds the edited content again, forced, and a fresh copy of it in a
 * folder of its own (no cache of the edited folder's builds serves it):
 * both publish the same. Gives the pages the forced build copied.
 */
async function rebuildAsFresh(name: string): Promise<string[] | null> {
  const result = forcedBuild();
  const dir = join(work, name);
  cpSync(content, join(dir, 'content'), { recursive: true });
  const fresh = buildCommune(join(dir, 'content'), join(dir, 'dist'));
  expect(fresh.status, fresh.output).toBe(0);
  expect(copied(fresh.output)).toEqual([]);
  expect(differences(tree(out), tree(join(dir, 'dist')))).toEqual([]);
  for (const bundle of [bundleDir, fullTextBundleDir]) expect(await bundleView(bundle(out))).toEqual(await bundleView(bundle(join(dir, 'dist'))));
  return result.steady ? copied(result.output) : null;
}

/**
 * A forced build of the edited content, and whether the repository's files
 * (the generator's digest, part of every key) stayed the same since the last
 * build of the folder, whose pages are the ones to copy. They do in a test
 * run (no test writes to the repository outside tests/); a person editing
 * the generator meanwhile changes every key, and then what was copied is
 * not checked, what is published always is.
 */
let lastBuilt: string | undefined;
function forcedBuild(): { output: string; steady: boolean } {
  const before = generatorDigest();
  const result = buildCommune(content, out, { CCHC_FORCE_BUILD: '1' });
  expect(result.status, result.output).toBe(0);
  const after = generatorDigest();
  const steady = before === after && before === lastBuilt;
  lastBuilt = after;
  if (!steady) console.warn('incremental.test: the repository changed during the build; what was copied is not checked this time');
  return { output: result.output, steady };
}

function edit(file: string, from: string, to: string): void {
  const path = join(content, file);
  const text = readFileSync(path, 'utf8');
  expect(text).toContain(from);
  writeFileSync(path, text.replace(from, to));
}

describe('the incremental build', () => {
  it('renders every page on the first build, and copies every keyed page on a forced build with nothing changed', () => {
    lastBuilt = generatorDigest();
    const first = buildCommune(content, out);
    expect(first.status, first.output).toBe(0);
    if (generatorDigest() !== lastBuilt) lastBuilt = undefined;
    expect(copied(first.output)).toEqual([]);
    const before = tree(out);

    const again = forcedBuild();
    expect(differences(tree(out), before)).toEqual([]);
    if (!again.steady) return;
    const pages = copied(again.output);
    // Each kind of page made from one entry: articles, procedures with their notice and card, events, commendations, documents, disclosures.
    for (const page of ['/tin-tuc/ban-hanh-ke-hoach-tuyen-truyen-cchc-2024/index.html', '/van-ban/chi-thi-09-ct-ubnd/index.html']) expect(pages).toContain(page);
    for (const prefix of ['/tin-tuc/', '/thu-tuc-hanh-chinh/', '/su-kien/', '/bieu-duong/', '/van-ban/', '/ho-so-tre-han/'])
      expect(
        pages.some((p) => p.startsWith(prefix)),
        prefix,
      ).toBe(true);
    // So are the pages keyed on the whole content: later list pages, the plan and its reports, feeds by topic.
    for (const page of ['/ke-hoach/2024/index.html', '/ke-hoach/2024/bao-cao/quy-1/bao-cao.docx', '/tin-tuc/chu-de/dich-vu-cong-truc-tuyen/rss.xml'])
      expect(pages).toContain(page);
    // A page without getStaticPaths has no key: the home page is always rendered.
    expect(rendered(again.output)).toContain('/index.html');
  });

  it('after an edit to one article, copies the other articles and publishes what a fresh build publishes', async () => {
    edit('news/ban-hanh-ke-hoach-tuyen-truyen-cchc-2024.md', 'title: UBND xã Bằng Cả ban hành', 'title: Ủy ban nhân dân xã Bằng Cả ban hành');
    const pages = await rebuildAsFresh('fresh-article');
    if (!pages) return;
    expect(pages).toContain('/tin-tuc/bo-phan-mot-cua-sap-xep-lai-khong-gian/index.html');
    expect(pages).not.toContain('/tin-tuc/ban-hanh-ke-hoach-tuyen-truyen-cchc-2024/index.html');
    // A page of another kind may show the article: none is copied.
    expect(pages.filter((p) => !p.startsWith('/tin-tuc/'))).toEqual([]);
  });

  it('after edits to a document and the plan, which other pages show, publishes what a fresh build publishes', async () => {
    edit('documents/chi-thi-09-ct-ubnd.md', 'title: "Về việc đẩy mạnh', 'title: "Về việc tiếp tục đẩy mạnh');
    edit('plans/2024.md', 'title: Kế hoạch tuyên truyền', 'title: Kế hoạch truyền thông');
    const pages = await rebuildAsFresh('fresh-document');
    // Documents and plans are outside every other collection: every key changed, nothing is copied.
    if (pages) expect(pages).toEqual([]);
  });

  it('after a photo is replaced under the same name, publishes what a fresh build publishes', async () => {
    copyFileSync(join(content, 'news/images/tap-huan-chuyen-doi-so.jpg'), join(content, 'news/images/bo-phan-mot-cua-cai-tien.jpg'));
    const pages = await rebuildAsFresh('fresh-photo');
    // A photo is not an entry's file: it is in every page's key, so no page showing the old photo is copied.
    if (pages) expect(pages).toEqual([]);
  });

  it('after an edit to site.yaml, which every page shows, renders them all again', async () => {
    edit('site.yaml', 'phone: "0203 3690 210"', 'phone: "0203 3690 299"');
    const pages = await rebuildAsFresh('fresh-site');
    if (pages) expect(pages).toEqual([]);
  });
});
