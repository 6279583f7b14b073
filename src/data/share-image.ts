/**
 * Renders share images at build time: satori lays out the tree from
 * src/lib/share-image.ts as SVG with Noto Sans (self-hosted, from
 * @fontsource/noto-sans: satori reads WOFF, not WOFF2; the latin,
 * latin-ext and vietnamese subsets together cover every Vietnamese letter),
 * and sharp turns it into a PNG. Images are content-addressed in
 * node_modules/.astro/share-images/, so a rebuild only draws what changed
 * and CI keeps them with Astro's build cache.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync, existsSync, renameSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import satori, { type Font } from 'satori';
import sharp from 'sharp';
import { SHARE_FONT, SHARE_FONT_SUBSETS as SUBSETS, SHARE_HEIGHT, SHARE_WIDTH, shareImageTree, type ShareText } from '../lib/share-image.ts';

const require = createRequire(import.meta.url);
const WEIGHTS = [400, 700] as const;

let fonts: Font[] | undefined;
let fontHash = '';

function loadFonts(): Font[] {
  if (fonts) return fonts;
  const dir = join(dirname(require.resolve('@fontsource/noto-sans/package.json')), 'files');
  const hash = createHash('sha1');
  fonts = WEIGHTS.flatMap((weight) =>
    SUBSETS.map((subset) => {
      const data = readFileSync(join(dir, `noto-sans-${subset}-${weight}-normal.woff`));
      hash.update(data);
      return { name: `${SHARE_FONT} ${subset}`, data, weight, style: 'normal' as const };
    }),
  );
  fontHash = hash.digest('hex');
  return fonts;
}

const CACHE = resolve('node_modules/.astro/share-images');

/** A PNG of SHARE_WIDTH × SHARE_HEIGHT for these words. */
export async function renderShareImage(text: ShareText): Promise<Buffer> {
  const loaded = loadFonts();
  const tree = shareImageTree(text);
  // The key covers the fonts and the whole drawing, so a change of layout redraws.
  const key = createHash('sha1').update(fontHash).update(JSON.stringify(tree)).digest('hex');
  const cached = join(CACHE, `${key}.png`);
  if (existsSync(cached)) return readFileSync(cached);
  const svg = await satori(tree as Parameters<typeof satori>[0], { width: SHARE_WIDTH, height: SHARE_HEIGHT, fonts: loaded });
  // A flat drawing: the quickest palette search (effort 1) and zlib level 6 give the same
  // ~25 KB file as the defaults with level 9, four times faster (cold builds draw hundreds).
  const png = await sharp(Buffer.from(svg)).png({ compressionLevel: 6, palette: true, effort: 1 }).toBuffer();
  mkdirSync(CACHE, { recursive: true });
  const temporary = `${cached}.${process.pid}`;
  writeFileSync(temporary, png);
  renameSync(temporary, cached);
  return png;
}
