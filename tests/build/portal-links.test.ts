/**
 * Issue 14, national-portal links: over the demo, a seed commune and the
 * 2026 ward as built, no page links the national portal's old per-procedure address or
 * any other generated deep link, no in-person procedure offers online
 * filing, and every online one does, with its level said.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { procedureUi } from '../../src/i18n/vi.ts';
import type { Site } from '../../src/schemas/site.ts';
import { SITES } from '../support/build.ts';
import { BuiltSite } from '../support/dist.ts';
import { portalLinkProblems, procedureFacts } from '../support/portal-links.ts';

describe.each([
  ['demo (xã Bằng Cả)', SITES.demo],
  ['seed Châu Thành', SITES.chauThanh],
  ['the 2026 ward Hòa An', SITES.hoaAn],
])('national-portal links on %s', (_, built) => {
  const site = new BuiltSite(built.out);
  const facts = procedureFacts(built.content);

  it('no page links an old or generated per-procedure address of the national portal', () => {
    const pages = site.pages();
    expect(pages.length).toBeGreaterThan(10);
    for (const path of pages) expect(portalLinkProblems(site.html(path)), path).toEqual([]);
  });

  it('offers online filing, with its level, exactly on the online procedures', () => {
    expect([...facts.values()].some((f) => f.online !== 'none')).toBe(true);
    for (const [slug, f] of facts) expect(portalLinkProblems(site.html(`/thu-tuc-hanh-chinh/${slug}/`), f), slug).toEqual([]);
  });
});

describe('the check on a real page (planted faults)', () => {
  const site = new BuiltSite(SITES.demo.out);
  const facts = procedureFacts(SITES.demo.content);
  const [slug, inPerson] = [...facts].find(([, f]) => f.online === 'none')!;
  const html = site.html(`/thu-tuc-hanh-chinh/${slug}/`);

  it('shows an in-person procedure where and when to go, not a filing button', () => {
    const page = site.page(`/thu-tuc-hanh-chinh/${slug}/`);
    expect(page.querySelector('.answer-facts')!.text).toContain(procedureUi.notOnline);
    expect(page.querySelector('.filing-desk a[href^="tel:"]')).not.toBeNull();
    expect(page.querySelector('.filing-desk')!.text).toContain('Giờ tiếp nhận');
  });

  it('flags the old address and a filing button planted on that page', () => {
    const old = `https://dichvucong.gov.vn/p/home/dvc-chi-tiet-thu-tuc-hanh-chinh.html?ma_thu_tuc=${inPerson.code}`;
    const planted = html.replace('</main>', `<p><a href="${old}">Xem và nộp hồ sơ trên Cổng Dịch vụ công quốc gia</a></p></main>`);
    expect(portalLinkProblems(planted, inPerson).map((p) => p.kind)).toEqual(['dead-link', 'filing-offered']);
  });
});

describe('where to file on a 2026 ward', () => {
  const site = new BuiltSite(SITES.hoaAn.out);
  const center = (parse(readFileSync(join(SITES.hoaAn.content, 'site.yaml'), 'utf8')) as Site).serviceCenter!;

  it('is the service center on every procedure page and printed notice, with its map link on the page', () => {
    for (const [slug] of procedureFacts(SITES.hoaAn.content)) {
      const page = site.page(`/thu-tuc-hanh-chinh/${slug}/`);
      expect(page.querySelector('.facts')!.text, slug).toContain(center.name);
      expect(page.querySelector('.filing-desk')!.text, slug).toContain(center.address);
      if (center.mapUrl) expect(page.querySelector(`.filing-desk a[href="${center.mapUrl}"]`), slug).not.toBeNull();
      expect(site.page(`/thu-tuc-hanh-chinh/${slug}/ban-in/`).querySelector('.notice-foot .filing-desk')!.text, slug).toContain(center.address);
    }
  });
});
