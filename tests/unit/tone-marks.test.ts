import { describe, expect, it } from 'vitest';
import { looksToneless } from '../../src/lib/tone-marks.ts';

describe('Vietnamese typed without its marks', () => {
  it.each([
    'Dang ky khai sinh cho tre em',
    'Trao doi voi nguoi dan ve thu tuc hanh chinh',
    'Ke hoach tuyen truyen cai cach hanh chinh nam 2024 cua UBND xa Bang Ca',
    'Bo phan mot cua tiep nhan ho so truc tuyen tu ngay 1/7',
    'Nguyễn Văn An: uy ban nhan dan xa to chuc hop giao ban quan triet ke hoach',
  ])('is caught: %s', (text) => expect(looksToneless(text, 4)).toBe(true));

  it.each([
    'Đăng ký khai sinh cho trẻ em',
    'UBND xa tổ chức hội nghị',
    'The administrative procedure is simple and fast for all',
    'PAR INDEX SIPAS PAPI DDCI',
    'Chi Thi 09',
    'Tải tệp tai-lieu/ke-hoach-31-kh-ubnd.pdf tại https://bangca.example.gov.vn/van-ban',
    'Liên hệ email motcua@quangninh.gov.vn hoặc Zalo OA của xã',
  ])('is not: %s', (text) => expect(looksToneless(text, 4)).toBe(false));

  it('judges only a text long enough: a short name or label is left alone', () => {
    expect(looksToneless('Hoi nghi', 4)).toBe(false);
    expect(looksToneless('Dang ky khai sinh', 4)).toBe(true);
    expect(looksToneless('Dang ky khai sinh', 8)).toBe(false);
    expect(looksToneless('a a a a a a a a a a a a', 4)).toBe(false);
  });

  it('lets a few marked names into a long toneless text, up to one word in twenty, wherever they are', () => {
    // 60 distinct unmarked syllables; the marked words may come first, where judging stops early.
    const onsets = ['b', 'c', 'd', 'h', 'l', 'm', 'n', 't', 'v', 'x'];
    const plain = onsets.flatMap((o) => ['a', 'o', 'u', 'ai', 'oi', 'ang'].map((v) => o + v));
    const marked = (n: number) => Array.from({ length: n }, () => 'Nguyễn');
    expect(looksToneless([...marked(3), ...plain].join(' '), 8)).toBe(true);
    expect(looksToneless([...plain, ...marked(3)].join(' '), 8)).toBe(true);
    expect(looksToneless([...marked(4), ...plain].join(' '), 8)).toBe(false);
    expect(looksToneless([...plain, ...marked(4)].join(' '), 8)).toBe(false);
  });
});
