/**
 * The phases of a portal build, as rules over a CPU profile's frames
 * (./cpuprofile.ts). Order matters: a sample goes to the first phase whose
 * conditions its stack meets, so the specific (a share card's satori layout)
 * comes before the general (rendering).
 *
 * Bundled page code keeps its function names but not its file names, so a
 * module of src/ is recognised by its file (loaded natively, as the
 * integration's modules are), by the chunk Vite names after it, or by the
 * functions it declares (read from the source here, so a new function is
 * counted without touching this file).
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { CallFrame, FrameTest, PhaseRule } from './cpuprofile.ts';

const REPO = resolve(import.meta.dirname, '../..');

/** Names of the functions a module declares (function declarations and arrow constants). */
export function declaredFunctions(source: string): Set<string> {
  const names = new Set<string>();
  for (const m of source.matchAll(
    /^(?:export\s+)?(?:async\s+)?function\s*\*?\s*([\w$]+)|^(?:export\s+)?const\s+([\w$]+)\s*=\s*(?:async\s*)?(?:\([^)]*\)|[\w$]+)\s*(?::[^=]+)?=>/gm,
  )) {
    names.add((m[1] ?? m[2])!);
  }
  return names;
}

/** A frame of a package under node_modules (any of `names`, scoped or not). */
export const inPackage =
  (...names: string[]): FrameTest =>
  ({ url }) =>
    names.some((name) => url.includes(`/node_modules/${name}/`));

/**
 * A frame of the module at `file` (relative to the repository): the file
 * itself, a chunk named after it, or a function it declares.
 */
export function inModule(file: string, functions = declaredFunctions(readFileSync(join(REPO, file), 'utf8'))): FrameTest {
  const path = `/${file}`;
  const base = file.replace(/^.*\//, '').replace(/\.\w+$/, '');
  const chunk = new RegExp(`/chunks/${base.replace(/[^\w-]/g, '\\$&')}_[\\w-]+\\.mjs$`);
  return ({ url, functionName }: CallFrame) => url.endsWith(path) || chunk.test(url) || (url.includes('/.prerender/') && functions.has(functionName));
}

const urlHas =
  (...parts: (string | RegExp)[]): FrameTest =>
  ({ url }) =>
    parts.some((p) => (typeof p === 'string' ? url.includes(p) : p.test(url)));

const named =
  (...names: string[]): FrameTest =>
  ({ functionName }) =>
    names.includes(functionName);

const either =
  (...tests: FrameTest[]): FrameTest =>
  (frame) =>
    tests.some((t) => t(frame));

/** The rules for the processes of `cchc build`: Astro's, then the search index's. */
export function portalPhases(): PhaseRule[] {
  // The card's own drawing (src/lib/share-card/) and its font reader (opentype.js, under @shuding) count as share cards.
  const shareCard = either(
    ...[
      'src/data/share-image.ts',
      'src/lib/share-image.ts',
      'src/lib/share-card/draw.ts',
      'src/lib/share-card/atlas.ts',
      'src/lib/share-card/raster.ts',
      'src/lib/share-card/png.ts',
    ].map((file) => inModule(file)),
    inPackage('@shuding'),
    urlHas('/anh-chia-se'),
  );
  const sharp = inPackage('sharp', '@img');
  return [
    // Only share cards use satori; after an await its frames have no caller on the stack.
    { phase: 'share cards · satori (layout to SVG)', all: [inPackage('satori', 'yoga-layout', '@resvg')] },
    { phase: 'share cards · sharp (SVG to PNG)', all: [shareCard, sharp] },
    { phase: 'share cards · the rest', all: [shareCard] },
    { phase: 'validation (cchc check before the build)', all: [either(urlHas('/src/validation/'), named('validateContent'))] },
    { phase: "search index · Pagefind's Node API", all: [inPackage('pagefind', '@pagefind')] },
    { phase: 'search index · src/search (pages read, words split)', all: [urlHas('/src/search/')] },
    { phase: 'QR codes', all: [either(inModule('src/lib/qr.ts'), inPackage('qrcode'))] },
    { phase: 'JSON-LD', all: [inModule('src/lib/jsonld.ts')] },
    {
      phase: 'Markdown to HTML (Sätteri, sanitiser)',
      all: [
        either(
          inPackage(
            'satteri',
            '@astrojs/markdown-satteri',
            '@astrojs/markdown-remark',
            'unified',
            'micromark',
            'hast-util-sanitize',
            'hast-util-to-html',
            'hast-util-from-html',
          ),
          urlHas('/src/markdown/'),
        ),
      ],
    },
    { phase: 'images (astro:assets, sharp)', all: [either(urlHas('/astro/dist/assets/', '/chunks/_astro_assets_'), sharp)] },
    {
      phase: 'sitemap and NFC pass',
      all: [either(inModule('src/lib/sitemap.ts'), ({ url, functionName }) => url.endsWith('/src/integrations/cchc.ts') && functionName !== 'astro:config:setup')],
    },
    {
      phase: 'content loading (content layer sync, front matter)',
      all: [
        either(
          urlHas(/\/astro\/dist\/content\/(content-layer|loaders\/|mutable-data-store|data-store|utils|types-generator|watcher)/),
          inPackage('js-yaml'),
          named('syncContentLayer'),
        ),
      ],
    },
    {
      phase: 'rendering · pages and components',
      all: [either(urlHas('/astro/dist/core/build/generate', '/astro/dist/runtime/', '/astro/dist/core/render', '/.prerender/', '/astro/dist/prerender/'))],
    },
    {
      phase: 'bundling (Vite, Rolldown, Astro compiler)',
      all: [
        either(
          inPackage('vite', 'rolldown', '@rolldown', 'esbuild', 'lightningcss', 'postcss', '@astrojs/compiler', '@astrojs/compiler-rs'),
          urlHas('/astro/dist/vite-plugin', '/astro/dist/core/build/'),
        ),
      ],
    },
    { phase: 'loading modules (Node)', all: [urlHas(/^node:internal\/(modules|bootstrap)/)] },
    { phase: 'Astro, the rest', all: [inPackage('astro')] },
  ];
}
