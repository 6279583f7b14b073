import { describe, expect, it } from 'vitest';
import { procedureUi } from '../../src/i18n/vi.ts';
import { nationalSearchUrl } from '../../src/lib/procedures.ts';
import { portalLinkProblems } from '../support/portal-links.ts';

const page = (main: string) => `<!doctype html><html lang="vi"><body><main>${main}</main></body></html>`;
const OLD = 'https://dichvucong.gov.vn/p/home/dvc-chi-tiet-thu-tuc-hanh-chinh.html?ma_thu_tuc=1.001193';
const filing = `<p>${procedureUi.onlineHow.full}</p><p><a class="button" href="${nationalSearchUrl('1.001193')}">${procedureUi.fileOnlineLink}</a></p>`;
const online = { code: '1.001193', online: 'full', portalUrl: undefined } as const;
const inPerson = { code: '2.000884', online: 'none', portalUrl: undefined } as const;
const kinds = (html: string, facts?: Parameters<typeof portalLinkProblems>[1]) => portalLinkProblems(page(html), facts).map((p) => p.kind);

describe('the national-portal link check of a built page', () => {
  it('passes an online page that offers filing with its level, and an in-person page that does not', () => {
    expect(kinds(filing, online)).toEqual([]);
    expect(kinds(`<p>${procedureUi.inPersonOnly}</p><a href="${nationalSearchUrl('2.000884')}">${procedureUi.onNationalPortal}</a>`, inPerson)).toEqual([]);
    expect(kinds('<a href="https://dichvucong.gov.vn">Cổng</a>')).toEqual([]);
  });

  it('flags the old per-procedure address on any page (planted fault)', () => {
    expect(kinds(`<a href="${OLD}">Xem</a>`)).toEqual(['dead-link']);
    expect(kinds(`${filing}<a href="${OLD}">Xem</a>`, online)).toEqual(['dead-link']);
  });

  it('flags any other per-procedure national address unless it is the procedure’s own', () => {
    const deep = 'https://lienthong.dichvucong.gov.vn/#/ke-khai/1.001193';
    expect(kinds(`<a href="${deep}">Kê khai</a>`)).toEqual(['deep-link']);
    expect(kinds(`${filing.replace(nationalSearchUrl('1.001193'), deep)}`, { ...online, portalUrl: deep })).toEqual([]);
  });

  it('flags an in-person page carrying a filing button, old wording or new (planted fault)', () => {
    expect(kinds(`<a href="${nationalSearchUrl('2.000884')}">Xem và nộp hồ sơ trên Cổng Dịch vụ công quốc gia</a>`, inPerson)).toEqual(['filing-offered']);
    expect(kinds(`<a class="button" href="${nationalSearchUrl('2.000884')}">${procedureUi.fileOnlineLink}</a>`, inPerson)).toEqual(['filing-offered']);
  });

  it('flags an online page without the filing call or without its level in words', () => {
    expect(kinds(`<p>${procedureUi.onlineHow.full}</p>`, online)).toEqual(['filing-missing']);
    expect(kinds(filing, { ...online, online: 'partial' })).toEqual(['level-missing']);
  });
});
