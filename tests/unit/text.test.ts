import { describe, expect, it } from 'vitest';
import { compareVi, fold, looksLikeLegacyEncoding, lowerFirst, nfc, slugify, sortByVi } from '../../src/lib/text.ts';

describe('fold', () => {
  it('strips tone marks and maps đ/Đ to d', () => {
    expect(fold('Đăng ký khai sinh')).toBe('dang ky khai sinh');
    expect(fold('ĐỨC')).toBe('duc');
    expect(fold('chứng thực')).toBe('chung thuc');
  });
  it('folds decomposed (NFD) input the same as composed', () => {
    expect(fold('Đăng ký'.normalize('NFD'))).toBe(fold('Đăng ký'));
  });
});

describe('slugify', () => {
  it('makes URL slugs without marks', () => {
    expect(slugify('Đăng ký khai sinh')).toBe('dang-ky-khai-sinh');
    expect(slugify('  Một cửa, một cửa liên thông! ')).toBe('mot-cua-mot-cua-lien-thong');
    expect(slugify('Quý IV/2024')).toBe('quy-iv-2024');
    expect(slugify('Đường Đá Đỏ')).toBe('duong-da-do');
  });
});

describe('nfc', () => {
  it('composes decomposed Vietnamese', () => {
    const decomposed = 'Việt'.normalize('NFD');
    expect(decomposed).not.toBe('Việt');
    expect(nfc(decomposed)).toBe('Việt');
  });
});

describe('Vietnamese collation', () => {
  it('orders by the Vietnamese alphabet: a ă â b c d đ e ê', () => {
    const words = ['đ', 'e', 'â', 'b', 'ă', 'ê', 'd', 'a', 'c'];
    expect([...words].sort(compareVi)).toEqual(['a', 'ă', 'â', 'b', 'c', 'd', 'đ', 'e', 'ê']);
  });
  it('puts Đ after D, unlike code-point or folded order', () => {
    const names = sortByVi(['Đất đai', 'Dân tộc', 'Chứng thực', 'Hộ tịch'], (s) => s);
    expect(names).toEqual(['Chứng thực', 'Dân tộc', 'Đất đai', 'Hộ tịch']);
  });
  it('orders o ô ơ and u ư', () => {
    expect(['ư', 'ơ', 'u', 'ô', 'o'].sort(compareVi)).toEqual(['o', 'ô', 'ơ', 'u', 'ư']);
  });
});

describe('looksLikeLegacyEncoding', () => {
  it('flags TCVN3-style mojibake and UTF-8 read as Latin-1', () => {
    expect(looksLikeLegacyEncoding('Céng th«ng tin ®iÖn tö')).toBe(true);
    expect(looksLikeLegacyEncoding('CÃ´ng thÃ´ng tin')).toBe(true);
  });
  it('passes real Vietnamese', () => {
    expect(looksLikeLegacyEncoding('Cổng thông tin điện tử xã Bằng Cả')).toBe(false);
  });
});

describe('looksLikeLegacyEncoding, edge cases', () => {
  it('lets a single symbol such as © or ° pass', () => {
    expect(looksLikeLegacyEncoding('© 2024 Ủy ban nhân dân xã, nhiệt độ 30°C, «Năm chuyển đổi số»')).toBe(false);
  });
  it('flags VNI-style text', () => {
    expect(looksLikeLegacyEncoding('Coång thoâng tin ñieän töû')).toBe(true);
  });
});

describe('lowerFirst', () => {
  it('lower-cases the first letter only, keeping the names inside', () => {
    expect(lowerFirst('Đối thoại với Nhân dân, doanh nghiệp')).toBe('đối thoại với Nhân dân, doanh nghiệp');
    expect(lowerFirst('')).toBe('');
  });
});
