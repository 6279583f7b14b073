/**
 * A large search index without Astro: `count` pages of real Vietnamese
 * sentences from the fixture communes, indexed by the portal's own writer
 * (writeSearchIndex: Pagefind's Node API, then the re-split), so that a test
 * can search thousands of entries in seconds instead of building a site.
 */
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { writeSearchIndex } from '../../src/search/write-index.ts';

const SOURCES = ['tests/fixtures/chau-thanh-2024', 'tests/fixtures/lien-minh-2022', 'tests/fixtures/kien-tuong-2024', 'tests/fixtures/hoa-an-2026'];

/** A seeded generator, so every run writes the same pages. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

async function sentences(): Promise<string[]> {
  const pool = new Set<string>();
  for (const dir of SOURCES) {
    const files = (await readdir(dir, { recursive: true, withFileTypes: true })).filter((e) => e.isFile() && e.name.endsWith('.md'));
    for (const file of files) {
      const body = (await readFile(join(file.parentPath, file.name), 'utf8')).replace(/^---\n[\s\S]*?\n---\n/, '');
      for (const s of body.replace(/^[#>|\-*].*$/gm, ' ').split(/(?<=[.!?])\s+/)) {
        const clean = s
          .replace(/[*_`[\]()<>&"]/g, '')
          .replace(/\s+/g, ' ')
          .trim();
        if (clean.split(' ').length >= 6) pool.add(clean);
      }
    }
  }
  return [...pool];
}

/** Writes `count` indexed pages under outDir and their search bundle in outDir/pagefind/. */
export async function writeSyntheticIndex(outDir: string, count: number): Promise<void> {
  const pool = await sentences();
  const rand = random(20261130);
  const pick = () => pool[Math.floor(rand() * pool.length)]!;
  const files: string[] = [];
  await mkdir(join(outDir, 'trang'), { recursive: true });
  for (let i = 0; i < count; i++) {
    const title = pick()
      .split(' ')
      .slice(0, 6 + Math.floor(rand() * 8))
      .join(' ');
    const code = i % 7 === 0 ? `<p>1.${String(900000 + i).padStart(6, '0')}</p>` : '';
    const file = join(outDir, 'trang', `${i}.html`);
    await writeFile(file, `<!doctype html><html lang="vi"><body><main data-pagefind-body><h1>${title}</h1>${code}<p>${pick()} ${pick()}</p></main></body></html>`);
    files.push(file);
  }
  await writeFile(join(outDir, 'index.html'), '<!doctype html><html lang="vi"><head><meta charset="utf-8"></head><body></body></html>');
  await writeSearchIndex(outDir, files);
}
