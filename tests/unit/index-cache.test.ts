/**
 * The kept search bundle (src/search/index-cache.ts): used again only under
 * the same key, never half; one slot per output folder; the slots of output
 * folders that are gone are removed.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { bundleKey, keepBundle, restoreBundle, SEARCH_INDEX_CACHE } from '../../src/search/index-cache.ts';

const work = mkdtempSync(join(tmpdir(), 'cchc-index-cache-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** A bundle of two files, one in a sub-folder, like Pagefind's. */
function bundle(dir: string, text: string): string {
  mkdirSync(join(dir, 'fragment'), { recursive: true });
  writeFileSync(join(dir, 'pagefind-entry.json'), `{"v":"${text}"}`);
  writeFileSync(join(dir, 'fragment', 'a.pf_fragment'), text);
  return dir;
}
/** How many pages the kept bundles index, for the build's report. */
const PAGES = 2;
const slots = () => (existsSync(SEARCH_INDEX_CACHE) ? readdirSync(SEARCH_INDEX_CACHE) : []);

describe('the kept search bundle', () => {
  const site = join(work, 'site');
  mkdirSync(site);
  const cache = { out: join(site, 'dist'), generator: 'g1' };

  it('keys a bundle by the generator and every copy, path and text', () => {
    const copies = { main: [['a/index.html', '<p>Một</p>'] as const], 'full-text': [] };
    const key = bundleKey('g1', copies);
    expect(bundleKey('g1', { main: [['a/index.html', '<p>Một</p>']], 'full-text': [] })).toBe(key);
    expect(bundleKey('g2', copies)).not.toBe(key);
    expect(bundleKey('g1', { main: [['a/index.html', '<p>Hai</p>']], 'full-text': [] })).not.toBe(key);
    expect(bundleKey('g1', { main: [['b/index.html', '<p>Một</p>']], 'full-text': [] })).not.toBe(key);
    expect(bundleKey('g1', { main: [], 'full-text': [['a/index.html', '<p>Một</p>']] })).not.toBe(key);
    // A path and a text are not read across each other.
    expect(bundleKey('g1', { main: [['a', 'b\0c']], 'full-text': [] })).not.toBe(bundleKey('g1', { main: [['a\0b', 'c']], 'full-text': [] }));
  });

  it('gives back the kept bundle under one of its keys only, with what it holds, its files linked, not copied', async () => {
    const built = bundle(join(work, 'built'), 'một');
    await keepBundle(cache, 'main', ['k1', 'k1-pages'], PAGES, built);
    expect(await restoreBundle(cache, 'main', 'k2', join(work, 'other'))).toBeNull();
    expect(existsSync(join(work, 'other'))).toBe(false);
    const restored = join(work, 'restored');
    expect(await restoreBundle(cache, 'main', 'k1', restored)).toBe(PAGES);
    expect(readFileSync(join(restored, 'fragment', 'a.pf_fragment'), 'utf8')).toBe('một');
    expect(await restoreBundle(cache, 'main', 'k1-pages', join(work, 'restored-by-pages'))).toBe(PAGES);
    expect(statSync(join(restored, 'fragment', 'a.pf_fragment')).ino).toBe(statSync(join(built, 'fragment', 'a.pf_fragment')).ino);
  });

  it('keeps each part apart, and leaves out of a part the folder of another it holds', async () => {
    const main = bundle(join(work, 'built-parts'), 'chính');
    bundle(join(main, 'toan-van'), 'toàn văn');
    await keepBundle(cache, 'main', ['kp'], PAGES, main, 'toan-van');
    await keepBundle(cache, 'full-text', ['kp'], 1, join(main, 'toan-van'));
    const restored = join(work, 'restored-parts');
    expect(await restoreBundle(cache, 'main', 'kp', restored)).toBe(PAGES);
    expect(existsSync(join(restored, 'toan-van'))).toBe(false);
    expect(await restoreBundle(cache, 'full-text', 'kp', join(restored, 'toan-van'))).toBe(1);
    expect(readFileSync(join(restored, 'toan-van', 'fragment', 'a.pf_fragment'), 'utf8')).toBe('toàn văn');
    expect(await restoreBundle(cache, 'full-text', 'k1', join(work, 'not-this-part'))).toBeNull();
  });

  it('keeps one bundle per output folder: the next replaces it', async () => {
    const before = slots().length;
    await keepBundle(cache, 'main', ['k3'], PAGES, bundle(join(work, 'built-3'), 'ba'));
    expect(slots()).toHaveLength(before);
    expect(await restoreBundle(cache, 'main', 'k1', join(work, 'old'))).toBeNull();
    const restored = join(work, 'restored-3');
    expect(await restoreBundle(cache, 'main', 'k3', restored)).toBe(PAGES);
    expect(readFileSync(join(restored, 'pagefind-entry.json'), 'utf8')).toBe('{"v":"ba"}');
  });

  it('indexes again rather than take a damaged slot: its bundle gone, nothing is given back', async () => {
    const slot = slots()
      .map((name) => resolve(SEARCH_INDEX_CACHE, name))
      .find((dir) => readFileSync(join(dir, 'out'), 'utf8') === resolve(cache.out) && readFileSync(join(dir, 'key'), 'utf8') === 'k3')!;
    rmSync(join(slot, 'bundle', 'fragment'), { recursive: true });
    rmSync(join(slot, 'bundle', 'pagefind-entry.json'));
    rmSync(join(slot, 'bundle'), { recursive: true });
    const restored = join(work, 'restored-damaged');
    expect(await restoreBundle(cache, 'main', 'k3', restored)).toBeNull();
    expect(existsSync(restored)).toBe(false);
  });

  it('removes the slots of output folders whose folder is gone', async () => {
    const gone = join(work, 'gone');
    mkdirSync(gone);
    const temporary = { out: join(gone, 'dist'), generator: 'g1' };
    await keepBundle(temporary, 'main', ['k'], PAGES, bundle(join(work, 'built-gone'), 'x'));
    expect(await restoreBundle(temporary, 'main', 'k', join(work, 'restored-gone'))).toBe(PAGES);
    rmSync(gone, { recursive: true });
    await keepBundle(cache, 'main', ['k4'], PAGES, bundle(join(work, 'built-4'), 'bốn'));
    expect(await restoreBundle(temporary, 'main', 'k', join(work, 'restored-gone-2'))).toBeNull();
    // The living one stays.
    expect(await restoreBundle(cache, 'main', 'k4', join(work, 'restored-4'))).toBe(PAGES);
  });
});
