/**
 * The ward of 2026 (tests/fixtures/hoa-an-2026, illustrative): its home page
 * names the units it was formed from and its Public Administration Service
 * Center, it sits in a province with no district, and its 2026 plan renders.
 * The historic demo (xã Bằng Cả 2024) has neither and its home page is as before.
 */
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BuiltSite } from '../support/dist.ts';
import { SITES } from '../support/build.ts';
import { FIXTURES } from '../support/fixtures.ts';
import { loadSite } from '../../src/data/site.ts';
import { jsonLdText, visibleText, wordingProblems } from '../support/kind-wording.ts';

const ward = new BuiltSite(SITES.hoaAn.out);
const identity = loadSite(resolve(FIXTURES.hoaAn));
const center = identity.serviceCenter!;
const text = (html: string) => html.replace(/\s+/g, ' ').trim();

describe('the home page of a merged ward', () => {
  const home = ward.page('/');

  it('says which units it was formed from, and until when', () => {
    expect(text(home.querySelector('.former-units')!.text)).toBe('Hình thành từ xã Bằng Cả, xã Đồng Sơn, phường Hoành Bồ (đến 30/06/2025).');
  });

  it('shows the service center: name, address, hours, a number to tap, a plain map link', () => {
    const block = home.querySelector('.service-center')!;
    expect(block.querySelector('h2')!.text).toBe(center.name);
    expect(text(block.text)).toContain(center.address);
    expect(text(block.text)).toContain(text(center.hours!));
    expect(block.querySelector('a[href^="tel:"]')!.getAttribute('href')).toBe('tel:02033800123');
    expect(block.querySelector('a[href^="https:"]')!.getAttribute('href')).toBe(center.mapUrl);
    // A link, never an embedded map: no third-party request.
    expect(home.querySelectorAll('iframe, embed, object')).toHaveLength(0);
  });

  it('indexes for search only its identity: title, former units, service center', () => {
    const indexed = home.querySelectorAll('[data-pagefind-body]');
    expect(indexed).toHaveLength(1);
    // Its result is titled with the agency's name; the page's h1 says what citizens come for.
    expect(indexed[0]!.getAttribute('data-pagefind-meta')).toBe(`title:${identity.agency}`);
    expect(indexed[0]!.querySelector('h1')!.text).toBe('Làm thủ tục hành chính tại phường Hòa An');
    // The tasks (search, numbers to call, most-used procedures) are not what the page is found by.
    expect(indexed[0]!.querySelector('.home-tasks')!.hasAttribute('data-pagefind-ignore')).toBe(true);
    expect(indexed[0]!.querySelector('.former-units')).not.toBeNull();
    expect(indexed[0]!.text).not.toContain('Tin mới');
    expect(home.querySelector('[data-pagefind-meta^="former_names:"]')!.getAttribute('data-pagefind-meta')).toBe(
      'former_names:xã Bằng Cả, xã Đồng Sơn, phường Hoành Bồ, xa dong son',
    );
  });

  it('says it is illustrative', () => {
    expect(home.querySelector('.lede')!.text).toContain('dữ liệu minh họa');
  });

  it('sits in its province: no district, on no page', () => {
    // Every page of the portal (the browser CMS at /admin/ is not one).
    for (const path of ward.pages().filter((p) => p !== '/admin/')) {
      expect(text(ward.page(path).querySelector('.brand small')!.text), path).toBe('Thông tin cải cách hành chính – tỉnh Quảng Ninh');
      expect(ward.html(path), path).not.toContain('bản gốc không ghi tên');
    }
    expect(home.text).not.toMatch(/huyện/i);
  });

  it('names itself and each former unit with its own kind, once, on every page and in its JSON-LD', () => {
    // Its news and plan speak of the former xã in their own words: the bare-"xã" rule is the kind fixtures' (tests/build/kinds.test.ts).
    const scan = (text: string) => wordingProblems(text, identity, { clerkProse: true });
    const problems = ward
      .pages()
      .filter((p) => p !== '/admin/')
      .flatMap((path) => [...scan(visibleText(ward.html(path))), ...scan(jsonLdText(ward.html(path)))].map((p) => `${path}: ${p}`));
    expect(problems).toEqual([]);
  });
});

describe('the 2026 plan of a two-tier ward', () => {
  it('renders with its five tasks, and the home page shows it as this year’s', () => {
    const plan = ward.page('/ke-hoach/2026/');
    expect(plan.querySelector('h1')!.text).toBe('Kế hoạch tuyên truyền cải cách hành chính phường Hòa An năm 2026');
    expect(plan.querySelectorAll('[id^="nhiem-vu-"]')).toHaveLength(5);
    expect(plan.text).toContain('Dữ liệu minh họa');
    expect(plan.text).not.toMatch(/huyện/i);
    expect(ward.page('/').querySelector('a[href="/ke-hoach/2026/"]')).not.toBeNull();
  });

  it('reports to the province’s Department of Home Affairs', () => {
    expect(ward.page('/ke-hoach/2026/bao-cao/quy-3/').text).toContain('Sở Nội vụ tỉnh Quảng Ninh');
  });

  it('lists its imported procedures, each with a page', () => {
    const procedures = ward.pages().filter((p) => /^\/thu-tuc-hanh-chinh\/[^/]+\/$/.test(p) && !p.includes('linh-vuc'));
    expect(procedures.length).toBeGreaterThanOrEqual(32);
  });
});

describe('a historic site without former units or service center', () => {
  const home = new BuiltSite(SITES.demo.out).page('/');
  it('renders its home page as before: no former units, no service center, not indexed', () => {
    expect(home.querySelector('.former-units')).toBeNull();
    expect(home.querySelector('.service-center')).toBeNull();
    expect(home.querySelectorAll('[data-pagefind-body]')).toHaveLength(0);
    expect(home.querySelector('h1')!.text).toBe('Làm thủ tục hành chính tại xã Bằng Cả');
  });
});
