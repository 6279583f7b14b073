/**
 * The share card as satori draws it from CSS (the way the portal drew it
 * before src/lib/share-card/): the reference the fast drawing is held to.
 * Both follow SHARE_STYLE.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import satori, { type Font } from 'satori';
import sharp from 'sharp';
import { clampTitle, SHARE_HEIGHT, SHARE_STYLE as S, SHARE_WIDTH, type ShareText, titleSize } from '../../src/lib/share-image.ts';

const require = createRequire(import.meta.url);
const SUBSETS = ['vietnamese', 'latin', 'latin-ext'];
const FAMILY = SUBSETS.map((s) => `'Noto Sans ${s}'`).join(', ');

let fonts: Font[] | undefined;
function loadFonts(): Font[] {
  const dir = join(dirname(require.resolve('@fontsource/noto-sans/package.json')), 'files');
  fonts ??= [400, 700].flatMap((weight) =>
    SUBSETS.map((subset) => ({
      name: `Noto Sans ${subset}`,
      data: readFileSync(join(dir, `noto-sans-${subset}-${weight}-normal.woff`)),
      weight: weight as 400 | 700,
      style: 'normal' as const,
    })),
  );
  return fonts;
}

type Style = Record<string, string | number>;
const node = (style: Style, children: unknown) => ({ type: 'div', props: { style: { display: 'flex', ...style }, children } });

function tree(text: ShareText) {
  const facts = text.facts ?? [];
  const title = clampTitle(text.title, facts.length > 0);
  return node(
    {
      width: SHARE_WIDTH,
      height: SHARE_HEIGHT,
      flexDirection: 'column',
      justifyContent: 'space-between',
      backgroundColor: S.background,
      boxSizing: 'border-box',
      fontFamily: FAMILY,
      color: S.title.color,
      borderTop: `${S.topBand.width}px solid ${S.topBand.color}`,
      borderBottom: `${S.bottomBand.width}px solid ${S.bottomBand.color}`,
      padding: `${S.padTop}px ${S.padX}px ${S.padBottom}px`,
    },
    [
      node({ fontSize: S.kicker.size, fontWeight: 700, color: S.kicker.color, letterSpacing: S.kicker.letterSpacing }, text.kicker.normalize('NFC')),
      node({ fontSize: titleSize(title), fontWeight: 700, lineHeight: S.title.lineHeight }, title),
      ...(facts.length > 0
        ? [
            node(
              { flexDirection: 'column' },
              facts.map((line, i) => node({ fontSize: S.facts.size, color: S.facts.color, marginTop: i > 0 ? S.facts.gap : 0 }, line.normalize('NFC'))),
            ),
          ]
        : []),
      node({ flexDirection: 'column', borderTop: `${S.rule.width}px solid ${S.rule.color}`, paddingTop: S.rule.gap }, [
        ...(text.agency ? [node({ fontSize: S.agency.size, fontWeight: 700, color: S.agency.color, marginBottom: S.place.gap }, text.agency.normalize('NFC'))] : []),
        node({ fontSize: S.place.size, color: S.place.color }, text.place.normalize('NFC')),
      ]),
    ],
  );
}

/** The reference card's RGB pixels, row by row. */
export async function referencePixels(text: ShareText): Promise<Buffer> {
  const svg = await satori(tree(text) as Parameters<typeof satori>[0], { width: SHARE_WIDTH, height: SHARE_HEIGHT, fonts: loadFonts() });
  return sharp(Buffer.from(svg)).removeAlpha().raw().toBuffer();
}
