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
});
