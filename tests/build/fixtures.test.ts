import { describe, expect, it } from 'vitest';
import { BuiltSite } from '../support/dist.ts';
import { SITES } from '../support/build.ts';

describe('fixture from seed 000 (a six-task appendix)', () => {
  const site = new BuiltSite(SITES.chauThanh.out);
  it('renders the appendix with six rows and their timings', () => {
    const rows = site.page('/ke-hoach/2024/').querySelectorAll('#phu-luc + .table-scroll tbody tr');
    expect(rows).toHaveLength(6);
    expect(rows[0]!.text).toContain('Từ tháng 01/2024 đến 17/01/2024');
  });
  it('links a news item to the task it counts toward, and the task back to it', () => {
    const news = site.page('/tin-tuc/trien-khai-ke-hoach-tuyen-truyen-cchc-2024/');
    expect(news.querySelector('a[href="/ke-hoach/2024/#nhiem-vu-2"]')).not.toBeNull();
    const row = site.page('/ke-hoach/2024/').querySelector('#nhiem-vu-2')!;
    expect(row.querySelector('a[href="/tin-tuc/trien-khai-ke-hoach-tuyen-truyen-cchc-2024/"]')).not.toBeNull();
  });
  it('shows a procedure with two cases as numbered cases', () => {
    const page = site.page('/thu-tuc-hanh-chinh/dang-ky-khai-sinh/');
    expect(page.querySelectorAll('h3').map((h) => h.text)).toEqual(expect.arrayContaining([expect.stringMatching(/^Trường hợp 2/)]));
  });
});

describe('fixture from seed 001 (no appendix, sub-path, no commendations)', () => {
  const site = new BuiltSite(SITES.lienMinh.out, '/xa-lien-minh/');
  it('still builds every page type under its base path', () => {
    for (const path of ['', 'thu-tuc-hanh-chinh/', 'tin-tuc/', 'ke-hoach/2022/', 'bieu-duong/', 'lien-he/']) {
      expect(site.has(`/xa-lien-minh/${path}`), path).toBe(true);
    }
  });
  it('says the plan has no appendix instead of an empty table', () => {
    const page = site.page('/xa-lien-minh/ke-hoach/2022/');
    expect(page.querySelector('#phu-luc + .table-scroll')).toBeNull();
    expect(page.text).toContain('không có phụ lục nhiệm vụ');
  });
  it('says there are no commendations yet', () => {
    expect(site.page('/xa-lien-minh/bieu-duong/').text).toContain('Chưa có nội dung biểu dương');
  });
  it('prefixes every internal link with the base path', () => {
    for (const path of site.pages()) {
      for (const link of site.links(path)) expect(link.startsWith('/xa-lien-minh/'), `${path} → ${link}`).toBe(true);
    }
  });
});
