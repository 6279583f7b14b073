/**
 * The share card's own drawing (src/lib/share-card/): every Vietnamese letter
 * drawn from the font with its marks, and the picture held to satori's
 * drawing of the same card from CSS (tests/support/share-reference.ts).
 */
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { renderShareImage, shareFaces } from '../../src/data/share-image.ts';
import { GlyphAtlas, PHASES } from '../../src/lib/share-card/atlas.ts';
import { drawShareCard } from '../../src/lib/share-card/draw.ts';
import { SHARE_HEIGHT, SHARE_WIDTH, type ShareText, shareTextOf } from '../../src/lib/share-image.ts';
import { referencePixels } from '../support/share-reference.ts';

const TONES = ['', '\u0300', '\u0301', '\u0309', '\u0303', '\u0323'];
const VOWELS = ['a', 'ă', 'â', 'e', 'ê', 'i', 'o', 'ô', 'ơ', 'u', 'ư', 'y'];
const LETTERS = [...VOWELS.flatMap((v) => TONES.map((t) => `${v}${t}`.normalize('NFC'))), 'đ', ...'bcdghklmnpqrstvx'];
const ALL = [...LETTERS, ...LETTERS.map((l) => l.toUpperCase())];

const card = (title: string, extra: Partial<ShareText> = {}): ShareText => ({
  title,
  kicker: 'Tin cải cách hành chính',
  agency: 'Ủy ban nhân dân xã Bằng Cả',
  place: 'tỉnh Quảng Ninh',
  ...extra,
});

const pixelsOf = (png: Buffer) => sharp(png).removeAlpha().toColourspace('srgb').raw().toBuffer({ resolveWithObject: true });

/** Pixels whose colour differs by more than a quarter of the range in any channel. */
function farApart(a: Buffer, b: Buffer): number {
  let far = 0;
  for (let p = 0; p < a.length; p += 3) {
    if (Math.max(Math.abs(a[p]! - b[p]!), Math.abs(a[p + 1]! - b[p + 1]!), Math.abs(a[p + 2]! - b[p + 2]!)) > 64) far++;
  }
  return far;
}

describe('share card glyphs', () => {
  const faces = shareFaces();

  it('has a drawn glyph for every Vietnamese letter with each tone mark, in both weights', () => {
    expect(ALL).toHaveLength(2 * (12 * 6 + 1 + 16));
    for (const [weight, face] of Object.entries(faces)) {
      for (const letter of ALL) {
        const glyphs = face.shape(letter);
        expect(glyphs, `${weight} ${letter}`).toHaveLength(1);
        expect(glyphs[0]!.outline.length, `${weight} ${letter}`).toBeGreaterThan(4);
        expect(glyphs[0]!.advance, `${weight} ${letter}`).toBeGreaterThan(0);
      }
    }
  });

  it('finds no glyph for a letter the fonts lack (the check above can fail)', () => {
    expect(faces.bold.shape('中')).toEqual([]);
  });

  it('rasterises a glyph once per size and sub-pixel position, the same ink wherever it sits', () => {
    const atlas = new GlyphAtlas(32);
    const [glyph] = faces.bold.shape('Ệ');
    const at = (size: number, x: number, y: number) => atlas.mask(glyph!.outline, size, faces.bold.unitsPerEm, x, y);
    expect(at(50, 3, 5)).toBe(at(50, 3, 5));
    expect(at(50, 3, 5)).not.toBe(at(58, 3, 5));
    const ink = (m: ReturnType<typeof at>) => m.levels.reduce((sum, level) => sum + level, 0);
    const whole = ink(at(50, 0, 0));
    expect(whole).toBeGreaterThan(32 * 500);
    // Moved by half a pixel the edges fall elsewhere, but the glyph covers the same area (within rounding).
    const half = at(50, PHASES / 2, PHASES / 2);
    expect(half.levels).not.toEqual(at(50, 0, 0).levels);
    expect(Math.abs(ink(half) - whole) / whole).toBeLessThan(0.01);
  });

  it('draws a letter with a mark differently from the bare letter', () => {
    const [bare] = faces.bold.shape('e');
    const [marked] = faces.bold.shape('ệ');
    expect(marked!.outline.length).toBeGreaterThan(bare!.outline.length);
  });
});

describe('share card picture', () => {
  const faces = shareFaces();
  const samples = [
    card('Xã Bằng Cả triển khai tiếp nhận hồ sơ trực tuyến toàn trình cho người dân và doanh nghiệp trên địa bàn'),
    card('Đối thoại với Nhân dân', { agency: 'Ủy ban nhân dân phường Hạ Long', place: 'thành phố Hạ Long, tỉnh Quảng Ninh' }),
    // The site's own card: the agency is its title, so the footer names only the place (shareTextOf).
    shareTextOf(
      { agency: 'Ủy ban nhân dân xã Bằng Cả', name: 'Bằng Cả', kind: 'xã', province: 'tỉnh Quảng Ninh' },
      'Ủy ban nhân dân xã Bằng Cả',
      'Thông tin cải cách hành chính',
    ),
    // A procedure's card: a title cut to three lines and three facts lines.
    card('Chứng thực bản sao từ bản chính giấy tờ, văn bản do cơ quan có thẩm quyền của Việt Nam cấp hoặc chứng nhận', {
      kicker: 'Thủ tục hành chính',
      facts: ['Phí, lệ phí: 2.000 đồng', 'Thời hạn: Ngay trong ngày tiếp nhận hồ sơ', 'Nộp trực tiếp, chưa nộp trực tuyến được'],
    }),
    card('Đăng ký khai sinh', { kicker: 'Thủ tục hành chính', facts: ['Miễn phí, 8.000 đồng hoặc theo mức quy định, tùy trường hợp', 'Nộp trực tuyến toàn trình'] }),
  ];

  it('names the commune once on the site’s own card, and keeps the agency line under any other title', () => {
    const site = { agency: 'Ủy ban nhân dân xã Bằng Cả', name: 'Bằng Cả', kind: 'xã', province: 'tỉnh Quảng Ninh' };
    expect(shareTextOf(site, 'Ủy ban nhân dân xã Bằng Cả', 'Thông tin')).toEqual({ title: 'Ủy ban nhân dân xã Bằng Cả', kicker: 'Thông tin', place: 'tỉnh Quảng Ninh' });
    expect(shareTextOf(site, 'Đăng ký khai sinh', 'Thủ tục hành chính', ['Miễn phí'])).toEqual({
      title: 'Đăng ký khai sinh',
      kicker: 'Thủ tục hành chính',
      agency: 'Ủy ban nhân dân xã Bằng Cả',
      place: 'tỉnh Quảng Ninh',
      facts: ['Miễn phí'],
    });
  });

  it('is a 1200×630 palette PNG', async () => {
    const png = drawShareCard(faces, samples[0]!);
    const info = await sharp(png).metadata();
    expect([info.format, info.width, info.height]).toEqual(['png', SHARE_WIDTH, SHARE_HEIGHT]);
    expect(png[25], 'IHDR colour type: indexed').toBe(3);
  });

  it('matches satori’s drawing of the same card, glyph for glyph (a different title does not)', async () => {
    const total = SHARE_WIDTH * SHARE_HEIGHT;
    for (const text of samples) {
      const reference = await referencePixels(text);
      const { data } = await pixelsOf(drawShareCard(faces, text));
      // Sub-pixel differences at glyph edges only: under 1% of the picture.
      expect(farApart(reference, data) / total, text.title).toBeLessThan(0.01);
    }
    const { data: other } = await pixelsOf(drawShareCard(faces, { ...samples[1]!, title: 'Đối thoại với doanh nghiệp' }));
    expect(farApart(await referencePixels(samples[1]!), other) / total).toBeGreaterThan(0.01);
  }, 30_000);

  it('draws a title typed with combining marks (NFD) as the same picture as NFC', () => {
    const title = 'Tiếp nhận hồ sơ đăng ký khai sinh';
    expect(drawShareCard(faces, card(title.normalize('NFD')))).toEqual(drawShareCard(faces, card(title)));
  });

  it('keeps a drawn card and hands it back on the next build', () => {
    const text = card(`Thẻ lưu ${process.pid} ${Date.now()}`);
    const first = renderShareImage(text);
    expect(renderShareImage(text)).toEqual(first);
    expect(first).toEqual(drawShareCard(faces, text));
  });
});
