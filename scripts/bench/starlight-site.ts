/**
 * The other yardstick: a Starlight site (Astro's documentation theme, with
 * its built-in Pagefind search) over the same Markdown. Every entry of the
 * benchmark commune becomes a docs page under its collection's folder, body
 * unchanged; the front matter keeps what Starlight needs, a `title` (a
 * procedure's `name`) and a `description` (the `summary`).
 *
 * Starlight is not a dependency of the project: it is installed once from the
 * npm registry into .cache/bench/ (git-ignored) with its own dependencies but
 * without its peers, which link to the repository's Astro, so both sites are
 * built by the very same Astro. Each site gets a copy of that node_modules,
 * not a link: Astro compiles a package's .astro files only when their real
 * path lies inside the project.
 *
 * The sidebar is a short fixed list (a link per collection): Starlight's
 * default lists every page on every page, which no site of thousands of
 * pages would keep and which would measure the sidebar, not the build.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parse as parseYaml, stringify as stringifyYaml } from 'yaml';
import { COLLECTIONS } from './bare-site.ts';

const REPO = resolve(import.meta.dirname, '../..');
/** The newest Starlight whose peers accept the project's Astro 7 (`npm view @astrojs/starlight peerDependencies`). */
export const STARLIGHT_VERSION = '0.42.4';
const PEERS = ['astro', '@astrojs/markdown-remark'];

/** Starlight's install folder, installing it on first use; returns its node_modules. */
export function installStarlight(): string {
  const dir = join(REPO, '.cache/bench', `starlight-${STARLIGHT_VERSION}`);
  const modules = join(dir, 'node_modules');
  if (!existsSync(join(modules, '@astrojs/starlight/package.json'))) {
    mkdirSync(dir, { recursive: true });
    // --legacy-peer-deps: Astro and its Markdown package are the repository's, linked below.
    execFileSync(
      'npm',
      ['install', '--prefix', dir, `@astrojs/starlight@${STARLIGHT_VERSION}`, '--legacy-peer-deps', '--no-save', '--no-audit', '--no-fund', '--ignore-scripts'],
      { stdio: 'inherit' },
    );
    // Starlight's own modules resolve their peers from here (Node follows the links to their real paths).
    linkPeers(modules);
  }
  return modules;
}

function linkPeers(modules: string): void {
  for (const peer of PEERS) {
    if (existsSync(join(modules, peer))) continue;
    mkdirSync(dirname(join(modules, peer)), { recursive: true });
    symlinkSync(join(REPO, 'node_modules', peer), join(modules, peer));
  }
}

/** Front matter Starlight accepts, from an entry's: its title (or name) and summary. */
export function starlightFrontMatter(data: Record<string, unknown>, fallbackTitle: string): Record<string, string> {
  const title = [data.title, data.name].find((v): v is string => typeof v === 'string' && v.trim() !== '') ?? fallbackTitle;
  return typeof data.summary === 'string' ? { title, description: data.summary } : { title };
}

/** The entry's Markdown with Starlight's front matter in place of its own. */
export function asStarlightPage(markdown: string, fallbackTitle: string): string {
  const m = /^---\n([\s\S]*?)\n---\n?([\s\S]*)$/.exec(markdown);
  const data = m ? ((parseYaml(m[1]!) ?? {}) as Record<string, unknown>) : {};
  return `---\n${stringifyYaml(starlightFrontMatter(data, fallbackTitle), { lineWidth: 0 })}---\n${m ? m[2]! : markdown}`;
}

/** Writes the Starlight project into `dir` over the commune in `contentDir`; build with `astro build --root dir`. */
export function writeStarlightSite(dir: string, contentDir: string): string {
  cpSync(installStarlight(), join(dir, 'node_modules'), { recursive: true, verbatimSymlinks: true });
  // Astro bundles (rather than leaves to Node) the Astro packages a project's package.json depends on.
  const dependencies = { '@astrojs/starlight': STARLIGHT_VERSION, astro: '*' };
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'starlight-bench', private: true, type: 'module', dependencies }));
  const first: Record<string, string> = {};
  for (const c of COLLECTIONS) {
    const out = join(dir, 'src/content/docs', c);
    mkdirSync(out, { recursive: true });
    for (const name of readdirSync(join(contentDir, c)).filter((n) => n.endsWith('.md') && !n.startsWith('_'))) {
      writeFileSync(join(out, name), asStarlightPage(readFileSync(join(contentDir, c, name), 'utf8'), name.replace(/\.md$/, '')));
      first[c] ??= name.replace(/\.md$/, '');
    }
  }
  const sidebar = Object.entries(first).map(([c, slug]) => ({ label: c, link: `/${c}/${slug}/` }));
  writeFileSync(
    join(dir, 'astro.config.mjs'),
    `import starlight from '@astrojs/starlight';
export default {
  site: 'https://starlight.example',
  integrations: [starlight({ title: 'Bench', locales: { root: { label: 'Tiếng Việt', lang: 'vi' } }, sidebar: ${JSON.stringify(sidebar)} })],
};
`,
  );
  writeFileSync(
    join(dir, 'src/content.config.ts'),
    `import { defineCollection } from 'astro:content';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';
export const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };
`,
  );
  return dir;
}
