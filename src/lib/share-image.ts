/**
 * The share image (Open Graph, 1200×630) drawn for an article that has no
 * cover, and for pages without an image of their own: the title large, the
 * commune's name under it, in the portal's colours. This module holds its
 * words and look; src/lib/share-card/ draws it and src/data/share-image.ts
 * gives it a self-hosted font that covers Vietnamese.
 */
import { nameKey } from './text.ts';
import { placeOf } from './unit.ts';

export const SHARE_WIDTH = 1200;
export const SHARE_HEIGHT = 630;

const RED = '#a50e0e';
const INK = '#1b1b1b';

/**
 * The card's look, declared once: src/lib/share-card/draw.ts draws it and
 * the test's reference drawing (satori, the same card as CSS) follows it.
 * Sizes in pixels; the font is Noto Sans (700 except the place line).
 */
export const SHARE_STYLE = {
  background: '#ffffff',
  topBand: { width: 28, color: RED },
  bottomBand: { width: 12, color: '#ffd400' },
  padTop: 48,
  padX: 72,
  padBottom: 44,
  kicker: { size: 30, color: RED, letterSpacing: 0.5 },
  title: { color: INK, lineHeight: 1.22 },
  /** The grey rule above the commune's name and the space under it. */
  rule: { width: 3, color: '#c9c9c9', gap: 22 },
  agency: { size: 34, color: INK },
  place: { size: 26, color: '#4a4a4a', gap: 6 },
  /**
   * A procedure card's facts under the title (fee, time, online or not), one
   * line each. The title of a card with facts is kept shorter, so the three
   * lines and the footer always fit.
   */
  facts: { size: 30, color: INK, gap: 4, titleMax: 100 },
} as const;

export interface ShareText {
  /** The big line: an article's title, or the agency's name. */
  title: string;
  /** Small line above the title, e.g. "Tin cải cách hành chính". */
  kicker: string;
  /** The commune at the bottom: "Ủy ban nhân dân xã Bằng Cả"; left out when it is the title already. */
  agency?: string;
  /** "thành phố Hạ Long, tỉnh Quảng Ninh". */
  place: string;
  /** Lines under the title, on a procedure's card: "Miễn phí", "Thời hạn: …", "Nộp trực tuyến toàn trình". */
  facts?: string[];
}

/**
 * The words of a share image for this site: the agency and where the unit
 * sits (placeOf: the province, or the district and province of a historic
 * site, never the unit twice). The site's own card has the agency as its
 * title, so its footer names only the place. Every share image takes its
 * words here.
 */
export function shareTextOf(
  site: { agency: string; name: string; kind: string; district?: string | undefined; province: string },
  title: string,
  kicker: string,
  facts: string[] = [],
): ShareText {
  const agency = nameKey(title) === nameKey(site.agency) ? {} : { agency: site.agency };
  return { title, kicker, ...agency, place: placeOf(site), ...(facts.length > 0 ? { facts } : {}) };
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

/** The title as drawn: shorter on a card with facts (SHARE_STYLE.facts.titleMax). */
export function clampTitle(title: string, withFacts = false): string {
  const max = withFacts ? SHARE_STYLE.facts.titleMax : TITLE_MAX;
  const t = title.normalize('NFC').trim();
  if (t.length <= max) return t;
  const cut = t.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.7 ? cut.slice(0, space) : cut).trimEnd()}…`;
}
