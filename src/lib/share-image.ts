/**
 * The share image (Open Graph, 1200×630) drawn for an article that has no
 * cover, and for pages without an image of their own: the title large, the
 * commune's name under it, in the portal's colours. This module only
 * describes the picture as a satori element tree; the build renders it
 * (src/data/share-image.ts) with a self-hosted font that covers Vietnamese.
 */
import { placeOf } from './unit.ts';

export const SHARE_WIDTH = 1200;
export const SHARE_HEIGHT = 630;
export const SHARE_FONT = 'Noto Sans';
/** The font's subsets, each loaded as its own family and listed in this order. */
export const SHARE_FONT_SUBSETS = ['vietnamese', 'latin', 'latin-ext'] as const;
const FAMILY = SHARE_FONT_SUBSETS.map((s) => `'${SHARE_FONT} ${s}'`).join(', ');

/** A satori element: the same shape as a React element, without React. */
export interface ShareNode {
  type: string;
  props: { style?: Record<string, string | number>; children?: string | ShareNode | (string | ShareNode)[] };
}

const node = (type: string, style: Record<string, string | number>, children?: ShareNode['props']['children']): ShareNode => ({
  type,
  props: { style, ...(children !== undefined && { children }) },
});

export interface ShareText {
  /** The big line: an article's title, or the agency's name. */
  title: string;
  /** Small line above the title, e.g. "Tin cải cách hành chính". */
  kicker: string;
  /** The commune at the bottom: "Ủy ban nhân dân xã Bằng Cả". */
  agency: string;
  /** "thành phố Hạ Long, tỉnh Quảng Ninh". */
  place: string;
}

/**
 * The words of a share image for this site: the agency and where the unit
 * sits (placeOf: the province, or the district and province of a historic
 * site, never the unit twice). Every share image takes its words here.
 */
export function shareTextOf(
  site: { agency: string; name: string; kind: string; district?: string | undefined; province: string },
  title: string,
  kicker: string,
): ShareText {
  return { title, kicker, agency: site.agency, place: placeOf(site) };
}

/** Long titles get a smaller type size, and very long ones are cut with an ellipsis. */
export const TITLE_MAX = 150;

export function titleSize(title: string): number {
  const n = title.length;
  if (n <= 45) return 68;
  if (n <= 80) return 58;
  if (n <= 115) return 50;
  return 44;
}

export function clampTitle(title: string): string {
  const t = title.normalize('NFC').trim();
  if (t.length <= TITLE_MAX) return t;
  const cut = t.slice(0, TITLE_MAX - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > TITLE_MAX * 0.7 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

export function shareImageTree(text: ShareText): ShareNode {
  const title = clampTitle(text.title);
  return node(
    'div',
    {
      width: SHARE_WIDTH,
      height: SHARE_HEIGHT,
      display: 'flex',
      flexDirection: 'column',
      justifyContent: 'space-between',
      backgroundColor: '#ffffff',
      boxSizing: 'border-box',
      fontFamily: FAMILY,
      color: '#1b1b1b',
      borderTop: '28px solid #a50e0e',
      borderBottom: '12px solid #ffd400',
      padding: '48px 72px 44px',
    },
    [
      node('div', { display: 'flex', fontSize: 30, fontWeight: 700, color: '#a50e0e', letterSpacing: 0.5 }, text.kicker.normalize('NFC')),
      node('div', { display: 'flex', fontSize: titleSize(title), fontWeight: 700, lineHeight: 1.22 }, title),
      node('div', { display: 'flex', flexDirection: 'column', borderTop: '3px solid #c9c9c9', paddingTop: 22 }, [
        node('div', { display: 'flex', fontSize: 34, fontWeight: 700 }, text.agency.normalize('NFC')),
        node('div', { display: 'flex', fontSize: 26, color: '#4a4a4a', marginTop: 6 }, text.place.normalize('NFC')),
      ]),
    ],
  );
}
