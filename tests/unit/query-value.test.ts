/** A link's query value (src/lib/safe-url.ts queryValue): read back as written, whatever it holds. */
import { describe, expect, it } from 'vitest';
import { pageFeedbackHref } from '../../src/lib/feedback.ts';
import { queryValue } from '../../src/lib/safe-url.ts';
import { facebookShareUrl } from '../../src/lib/share-links.ts';

const HOSTILE = [
  'Góp ý về trang: Đăng ký khai sinh',
  'Văn bản & chỉ đạo = 100% + "trích" <b>#1</b>',
  "Trang: https://xa.example.gov.vn/tin-tuc/a/?q=1&r=2#x\n\nÝ kiến của tôi:\r\n\t'`{|}^\\",
  'cộng+trừ%20không phải dấu cách',
];

describe('a query value', () => {
  it('is read back by a browser’s URL parser as the text it was made from', () => {
    for (const text of HOSTILE) {
      for (const link of [`mailto:gopy@xa.vn?subject=${queryValue(text)}&body=x`, `https://www.facebook.com/sharer/sharer.php?u=${queryValue(text)}&v=1`]) {
        const url = new URL(link);
        expect([...url.searchParams.keys()], link).toHaveLength(2);
        expect(url.searchParams.get(url.protocol === 'mailto:' ? 'subject' : 'u')).toBe(text);
      }
    }
  });

  it('escapes what would end or split the value, or may not stand in a link, and keeps letters and an address readable', () => {
    expect(queryValue('a b&c=d+e#f%g"h<i>')).toBe('a%20b%26c%3Dd%2Be%23f%25g%22h%3Ci%3E');
    expect(queryValue('Trang: https://xa.example.gov.vn/tin-tuc/\n')).toBe('Trang:%20https://xa.example.gov.vn/tin-tuc/%0A');
    expect(queryValue('Đăng ký')).toBe('Đăng%20ký');
    for (const text of HOSTILE) expect(queryValue(text)).not.toMatch(/[\s"'<>&#+`]/);
  });

  it('fills the feedback mail and Facebook’s share link', () => {
    const feedback = new URL(pageFeedbackHref({ email: 'gopy@xa.vn' }, { url: 'https://xa.example.gov.vn/a/', title: 'Phí & lệ phí' })!);
    expect(feedback.searchParams.get('subject')).toBe('Góp ý về trang: Phí & lệ phí');
    expect(new URL(facebookShareUrl('https://xa.example.gov.vn/a/?b=1&c=2')).searchParams.get('u')).toBe('https://xa.example.gov.vn/a/?b=1&c=2');
  });
});
