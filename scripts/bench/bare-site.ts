/**
 * The yardstick: a bare, minimal Astro site over the SAME Markdown. One
 * content collection per folder (glob loader, no schema), one [slug].astro
 * page per collection that renders the body in a minimal HTML page, nothing
 * else: no layout, no CSS, no images, no search index.
 *
 * `processor: 'satteri'` is Astro 7's default Markdown processor;
 * `'unified'` is @astrojs/markdown-remark's unified() with remark-gfm, the
 * pipeline earlier Astro versions used (compared once, at N = 2000).
 */
import { mkdirSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const REPO = resolve(import.meta.dirname, '../..');
export const COLLECTIONS = ['procedures', 'news', 'events', 'commendations', 'plans'] as const;

export type Processor = 'satteri' | 'unified';

/**
 * A node_modules of links to the repository's packages, but with no link for
 * its caches (.astro, .vite): a project using it shares the installed code,
 * never a cache, so its builds are cold when they should be and never meet
 * another build's files.
 */
export function linkNodeModules(projectDir: string): void {
  const target = join(projectDir, 'node_modules');
  mkdirSync(target, { recursive: true });
  for (const name of readdirSync(join(REPO, 'node_modules'))) {
    if (name === '.astro' || name === '.vite' || name === '.cache') continue;
    symlinkSync(join(REPO, 'node_modules', name), join(target, name));
  }
}

/** Writes the project into `dir` and returns it; build with `astro build --root dir`. */
export function writeBareSite(dir: string, contentDir: string, processor: Processor): string {
  mkdirSync(join(dir, 'src/pages'), { recursive: true });
  // The repository's packages, so the yardstick uses the very same Astro.
  linkNodeModules(dir);
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'bare-bench', private: true, type: 'module' }));
  writeFileSync(
    join(dir, 'astro.config.mjs'),
    processor === 'unified'
      ? `import { unified } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';
export default { site: 'https://bare.example', markdown: { processor: unified(), remarkPlugins: [remarkGfm] } };
`
      : `export default { site: 'https://bare.example' };
`,
  );
  writeFileSync(
    join(dir, 'src/content.config.ts'),
    `import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
const from = (folder: string) => glob({ pattern: '**/[^_]*.md', base: ${JSON.stringify(contentDir)} + '/' + folder });
export const collections = {
${COLLECTIONS.map((c) => `  ${c}: defineCollection({ loader: from('${c}') }),`).join('\n')}
};
`,
  );
  for (const c of COLLECTIONS) {
    mkdirSync(join(dir, 'src/pages', c), { recursive: true });
    writeFileSync(
      join(dir, 'src/pages', c, '[slug].astro'),
      `---
import { getCollection, render } from 'astro:content';
export async function getStaticPaths() {
  return (await getCollection('${c}')).map((entry) => ({ params: { slug: entry.id }, props: { entry } }));
}
const { entry } = Astro.props;
const { Content } = await render(entry);
---
<html lang="vi"><head><meta charset="utf-8" /><title>{entry.data.title ?? entry.data.name}</title></head>
<body><main><h1>{entry.data.title ?? entry.data.name}</h1><Content /></main></body></html>
`,
    );
  }
  return dir;
}
