/**
 * The two ways a site gets its search index give the same bundle: inside
 * `astro build` (the integration, at astro:build:done) and on
 * its own after Astro exits (`cchc build`, src/build/atomic.ts).
 * Both are read back through the Pagefind adapter (src/search/pagefind/),
 * and a copy of a real bundle from another Pagefind is refused untouched.
 */
import { cpSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { stripVTControlCharacters } from 'node:util';
import { astroBuild, BUILDS, buildCommune } from '../support/build.ts';
import { bundleDir, compactBundle, fullTextBundleDir, pagesWithWord, readSearchBundle, type LanguageIndex, type SearchBundle } from '../../src/search/pagefind/bundle.ts';
import { PagefindVersionError } from '../../src/search/pagefind/format.ts';
import { CHUNK_BYTES, chunkFor, splitWords } from '../../src/search/word-chunks.ts';

const FIXTURE = 'tests/fixtures/chau-thanh-2024';
const OUT = { integration: resolve(BUILDS, 'search-in-astro'), separate: resolve(BUILDS, 'search-separate') };
const bundles = {} as Record<keyof typeof OUT, SearchBundle>;
const fullText = {} as Record<keyof typeof OUT, SearchBundle>;
const logs = {} as Record<keyof typeof OUT, string>;

beforeAll(async () => {
  for (const out of Object.values(OUT)) rmSync(out, { recursive: true, force: true });
  const builds = { integration: astroBuild(FIXTURE, OUT.integration), separate: buildCommune(FIXTURE, OUT.separate) };
  for (const [way, build] of Object.entries(builds) as [keyof typeof OUT, (typeof builds)['separate']][]) {
    if (build.status !== 0) throw new Error(`${way} build failed:\n${build.output}`);
    // Astro colours its log where it decides a terminal can show colour (CI=true does); the test reads the words.
    logs[way] = stripVTControlCharacters(build.output);
    bundles[way] = await readSearchBundle(bundleDir(OUT[way]));
    fullText[way] = await readSearchBundle(fullTextBundleDir(OUT[way]));
  }
}, 300_000);

const vi = (way: keyof typeof OUT): LanguageIndex => bundles[way].languages.find((l) => l.language === 'vi')!;
const urls = (pages: readonly { url: string }[]) => pages.map((p) => p.url).sort();

describe('the search index written inside astro build and in its own process', () => {
  it('was written by the path each build is meant to take', () => {
    // The integration logs through Astro's logger; the separate step prints its own line after Astro's "Complete!".
    // 13 pages: the 12 before, and the contact page (indexed since issue #18); the 3 news items and the commendation also in full text.
    expect(logs.integration).toMatch(/\[cchc-portal[^\]]*\] Pagefind: 13 trang, toàn văn 4 bài/);
    expect(logs.integration).not.toMatch(/Complete![\s\S]*Pagefind:/);
    expect(logs.separate).toMatch(/Complete![\s\S]*\[cchc-portal\] Pagefind: 13 trang, toàn văn 4 bài/);
  });

  it('is a valid 1.6 bundle each way: every page marked for the index, every word inside its own chunk’s range, no chunk left over', () => {
    const marked = readdirSync(OUT.separate, { recursive: true })
      .map(String)
      .filter((f) => f.endsWith('.html') && readFileSync(join(OUT.separate, f), 'utf8').includes('data-pagefind-body'));
    expect(marked).toHaveLength(13);
    for (const way of ['integration', 'separate'] as const) {
      const bundle = bundles[way];
      expect(bundle.version, way).toMatch(/^1\.6\./);
      expect(
        bundle.languages.map((l) => l.language),
        way,
      ).toEqual(['vi']);
      expect(bundle.strayChunks, way).toEqual([]);
      const index = vi(way);
      expect(index.pages, way).toHaveLength(marked.length);
      index.chunks.forEach((chunk, i) => {
        for (const { word } of chunk.words) expect(chunkFor(index.chunks, word), `${way}: ${word}`).toBe(i);
        expect(chunk.words.length === 1 || chunk.words.reduce((n, w) => n + w.bytes.length, 0) <= CHUNK_BYTES).toBe(true);
      });
    }
  });

  it('holds the same pages, words and fragments either way', () => {
    const [a, b] = [vi('integration'), vi('separate')];
    expect(urls(a.pages)).toEqual(urls(b.pages));
    const byUrl = (index: LanguageIndex) => Object.fromEntries(index.pages.map((p) => [p.url, p]));
    expect(byUrl(a)).toEqual(byUrl(b));
    // Our chunk table, not Pagefind's: the same ranges either way, the first starting at one letter.
    const table = (index: LanguageIndex) => index.chunks.map(({ from, to }) => [from, to]);
    expect(table(a)).toEqual(table(b));
    expect([...a.chunks[0]!.from]).toHaveLength(1);
    const words = (index: LanguageIndex) => index.chunks.flatMap((c) => c.words.map((w) => w.word));
    expect(words(a)).toEqual(words(b));
    expect(words(a).length).toBeGreaterThan(200);
    for (const word of words(a)) expect(urls(pagesWithWord(a, word)), word).toEqual(urls(pagesWithWord(b, word)));
  });

  it('answers the same words with the same pages, đ folded ones too', () => {
    for (const way of ['integration', 'separate'] as const) {
      const find = (word: string) => urls(pagesWithWord(vi(way), word));
      expect(find('khai'), way).toContain('/thu-tuc-hanh-chinh/dang-ky-khai-sinh/');
      // "Đăng" is indexed as "đang"; "dang" reaches it through the folded metadata.
      expect(find('dang'), way).toContain('/thu-tuc-hanh-chinh/dang-ky-khai-sinh/');
      expect(find('chung'), way).toContain('/thu-tuc-hanh-chinh/chung-thuc-ban-sao-tu-ban-chinh/');
      expect(find('xyzzy'), way).toEqual([]);
    }
  });
});

describe('the full-text bundle (news and commendation bodies)', () => {
  const ft = (way: keyof typeof OUT): LanguageIndex => fullText[way].languages.find((l) => l.language === 'vi')!;

  it('is the same either way, and holds exactly the pages with a body', () => {
    const [a, b] = [ft('integration'), ft('separate')];
    expect(urls(a.pages)).toEqual(urls(b.pages));
    expect(urls(a.pages).map((u) => u.split('/')[1])).toEqual(['bieu-duong', 'tin-tuc', 'tin-tuc', 'tin-tuc']);
    const words = (index: LanguageIndex) => index.chunks.flatMap((c) => c.words.map((w) => w.word));
    expect(words(a)).toEqual(words(b));
    expect(a.starts).toEqual(a.chunks.map((c) => c.from));
    for (const way of ['integration', 'separate'] as const) expect(fullText[way].strayChunks, way).toEqual([]);
  });

  it('finds a word of a news body that the main index does not hold', () => {
    // "đồng áng", only in the body of "Nhận kết quả … qua dịch vụ bưu chính công ích".
    for (const way of ['integration', 'separate'] as const) {
      expect(urls(pagesWithWord(ft(way), 'ang')), way).toEqual(['/tin-tuc/nhan-ket-qua-qua-buu-dien/']);
      expect(urls(pagesWithWord(vi(way), 'ang')), way).toEqual([]);
    }
  });
});

describe('the Pagefind adapter on a bundle from another Pagefind', () => {
  it('refuses it with the version error and changes nothing', async () => {
    const copy = resolve(BUILDS, 'search-other-pagefind');
    rmSync(copy, { recursive: true, force: true });
    cpSync(bundleDir(OUT.separate), copy, { recursive: true });
    const entryFile = join(copy, 'pagefind-entry.json');
    writeFileSync(entryFile, readFileSync(entryFile, 'utf8').replace(/"version":"1\.6\.\d+"/, '"version":"1.7.0"'));
    const files = () => readdirSync(copy, { recursive: true }).map(String).sort();
    const before = files();
    await expect(compactBundle(copy, { split: (words) => splitWords(words), positions: 3, role: 'p' })).rejects.toThrow(PagefindVersionError);
    await expect(readSearchBundle(copy)).rejects.toThrow(/Pagefind 1\.7\.0 chưa được kiểm tra/);
    expect(files()).toEqual(before);
    rmSync(copy, { recursive: true, force: true });
  });
});
