/**
 * The share card held to its own earlier drawing, pixel for pixel: the PNGs
 * in tests/fixtures/share-cards/ were drawn by the path-filling renderer that
 * preceded the glyph atlas (every glyph's outline filled on every card), and
 * a faster drawing may differ from them only at the anti-aliased edges of
 * letters, never in what is drawn or where.
 *
 * After an intended change of the card's look, draw them again with
 * `CCHC_SHARE_PIXELS=write npx vitest run tests/unit/share-card-pixels.test.ts`
 * and look at every picture before committing them.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { shareFaces } from '../../src/data/share-image.ts';
import { drawShareCard } from '../../src/lib/share-card/draw.ts';
import { SHARE_HEIGHT, SHARE_WIDTH, type ShareText } from '../../src/lib/share-image.ts';

const DIR = resolve(import.meta.dirname, '../fixtures/share-cards');
const WRITE = process.env.CCHC_SHARE_PIXELS === 'write';
/**
 * An edge may move by a sixteenth of a pixel (the atlas's sub-pixel step):
 * no channel changes by more than an eighth of its range, and a few hundred
 * edge pixels (under 0.04% of the card) by more than a sixteenth.
 */
const LARGEST = 32;
const BY = 16;
const OVER = 250;

const footer = { agency: 'Ủy ban nhân dân xã Bằng Cả', place: 'tỉnh Quảng Ninh' };
const CARDS: Record<string, ShareText> = {
  // Capitals with a tone over a hat (Ẩ, Ồ, Ỗ, Ấ, Ậ), marks above and below, on the biggest type.
  'stacked-marks': { title: 'ẨM THỰC Ở ĐỒNG THÁP: HỖ TRỢ TẬN NƠI', kicker: 'Tin cải cách hành chính', ...footer },
  // Wraps to four lines at the smallest title size and is cut with an ellipsis (TITLE_MAX).
  ellipsis: {
    title:
      'Ủy ban nhân dân xã triển khai tiếp nhận và trả kết quả giải quyết thủ tục hành chính trực tuyến toàn trình cho người dân, doanh nghiệp trên địa bàn; hướng dẫn cài đặt ứng dụng định danh điện tử VNeID mức độ hai cho người cao tuổi',
    kicker: 'Tin cải cách hành chính',
    ...footer,
  },
  // đ and Đ, digits, punctuation; two lines at 58 px.
  numbers: { title: 'Đến 30/6/2025, đã giải quyết 1.234 hồ sơ đúng hạn, đạt 98,7%', kicker: 'Tin cải cách hành chính', ...footer },
  // A procedure's card: title cut shorter, three facts lines in the regular weight.
  procedure: {
    title: 'Đăng ký lại khai sinh có yếu tố nước ngoài cho người đã có hồ sơ, giấy tờ cá nhân (đối với trường hợp đặc biệt)',
    kicker: 'Thủ tục hành chính',
    ...footer,
    facts: ['Lệ phí: 8.000 đồng/bản; miễn phí cho trẻ em', 'Thời hạn: 05 ngày làm việc', 'Nộp trực tuyến một phần'],
  },
  // The site's own card: no agency line, the place under the rule.
  site: { title: 'Ủy ban nhân dân phường Đông Hưng Thuận', kicker: 'Thông tin cải cách hành chính', place: 'thành phố Hồ Chí Minh' },
  // A word longer than a line runs past the right edge: what lies outside is cut, nothing wraps around.
  overflow: {
    title: 'Hướng dẫn tại dichvucong.gov.vn/p/home/dvc-tthc-thu-tuc-hanh-chinh-chi-tiet.html',
    kicker: 'Tin cải cách hành chính',
    ...footer,
  },
  // A short title at the largest size; a long place line.
  short: { title: 'Đối thoại với Nhân dân', kicker: 'Tin cải cách hành chính', agency: 'Ủy ban nhân dân thị trấn Đắk Hà', place: 'huyện Đắk Hà, tỉnh Kon Tum' },
};

const rgb = async (png: Buffer) => sharp(png).removeAlpha().toColourspace('srgb').raw().toBuffer();

/** How two pictures differ: the largest channel difference, and the pixels differing by more than `by` in some channel. */
function difference(a: Buffer, b: Buffer, by: number): { largest: number; over: number } {
  let largest = 0;
  let over = 0;
  for (let p = 0; p < a.length; p += 3) {
    const d = Math.max(Math.abs(a[p]! - b[p]!), Math.abs(a[p + 1]! - b[p + 1]!), Math.abs(a[p + 2]! - b[p + 2]!));
    if (d > largest) largest = d;
    if (d > by) over++;
  }
  return { largest, over };
}

describe('share card pixels against the path-filling drawing', () => {
  const faces = shareFaces();

  it.runIf(WRITE)('draws the reference pictures again', () => {
    mkdirSync(DIR, { recursive: true });
    for (const [name, text] of Object.entries(CARDS)) writeFileSync(join(DIR, `${name}.png`), drawShareCard(faces, text));
  });

  it.skipIf(WRITE).each(Object.keys(CARDS))('%s: the same picture but for anti-aliasing', async (name) => {
    const drawn = drawShareCard(faces, CARDS[name]!);
    const info = await sharp(drawn).metadata();
    expect([info.format, info.width, info.height]).toEqual(['png', SHARE_WIDTH, SHARE_HEIGHT]);
    const { largest, over } = difference(await rgb(readFileSync(join(DIR, `${name}.png`))), await rgb(drawn), BY);
    expect(largest, name).toBeLessThanOrEqual(LARGEST);
    expect(over, name).toBeLessThanOrEqual(OVER);
  });

  it.skipIf(WRITE)('tells a card with one letter changed from its reference (the comparison can fail)', async () => {
    const changed = drawShareCard(faces, { ...CARDS.numbers!, title: CARDS.numbers!.title.replace('1.234', '1.284') });
    const { largest, over } = difference(await rgb(readFileSync(join(DIR, 'numbers.png'))), await rgb(changed), BY);
    expect(largest > LARGEST || over > OVER).toBe(true);
  });
});
