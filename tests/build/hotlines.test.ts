/**
 * The hotlines, one component (src/components/Hotlines.astro) in three
 * variants: on every page of the demo and the 2026 ward, each number a citizen
 * can call (the hotlines, the committee's, the filing desk's) is a tel: link
 * that dials its own digits, never plain text; and each variant has the
 * markup its place needs.
 */
import { resolve } from 'node:path';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { BuiltSite } from '../support/dist.ts';
import { SITES } from '../support/build.ts';
import { loadSite } from '../../src/data/site.ts';
import { filingDesk } from '../../src/lib/procedures.ts';
import { numbersToCall, phoneText, telHref } from '../../src/lib/phone.ts';
import type { Site } from '../../src/schemas/site.ts';

const squash = (s: string) => s.replace(/[\s\u00a0]+/g, ' ').trim();

/** The numbers of a site a citizen may call, as written in site.yaml. */
function callableNumbers(site: Site): string[] {
  return [...site.hotlines.flatMap((h) => (h.phone ? [h.phone] : [])), site.phone, filingDesk(site).phone];
}

/**
 * What is wrong on a page: a tel: link that dials other digits than it shows,
 * and a callable number shown as plain text (outside any tel: link).
 */
function untappable(html: string, numbers: readonly string[]): string[] {
  const page = parse(html);
  for (const el of page.querySelectorAll('head, script')) el.remove();
  const problems: string[] = [];
  for (const link of page.querySelectorAll('a[href^="tel:"]')) {
    if (link.getAttribute('href') !== telHref(link.text)) problems.push(`${link.getAttribute('href')} shows “${squash(link.text)}”`);
    link.remove();
  }
  // Digits only, so "0203 3690 215" is found however it is spaced or wrapped.
  const digits = page.text.replace(/[^\d]/g, ' ').replace(/(\d) (?=\d)/g, '$1');
  const rest = squash(page.text);
  for (const number of numbers) {
    const written = [squash(phoneText(number)), squash(number)];
    if (written.some((w) => rest.includes(w))) problems.push(`${number} as plain text`);
    else if (digits.includes(telHref(number).slice(4))) problems.push(`${number} as plain text (spaced otherwise)`);
  }
  return problems;
}

describe('a number shown is a number to tap (planted faults)', () => {
  const numbers = ['0203 3690 215'];
  it('passes a tel: link with the digits it shows', () => {
    expect(untappable('<p>Gọi <a href="tel:02033690215">0203\u00a03690\u00a0215</a></p>', numbers)).toEqual([]);
  });
  it('finds a number left as plain text', () => {
    expect(untappable('<p>Gọi 0203 3690 215</p>', numbers)).toEqual(['0203 3690 215 as plain text']);
  });
  it('finds a link that dials other digits than it shows', () => {
    expect(untappable('<p><a href="tel:02033690216">0203 3690 215</a></p>', numbers)).toEqual(['tel:02033690216 shows “0203 3690 215”']);
  });
});

describe.each([
  { name: 'demo (xã Bằng Cả 2024)', built: SITES.demo },
  { name: '2026 ward (phường Hòa An)', built: SITES.hoaAn },
])('hotlines on every page: $name', ({ built }) => {
  const dist = new BuiltSite(built.out);
  const site = loadSite(resolve(built.content));
  const pages = dist.pages().filter((p) => p !== '/admin/');

  it('shows every number a citizen may call as a tel: link with its digits, on every page', () => {
    expect(pages.length).toBeGreaterThan(30);
    const problems = pages.flatMap((path) => untappable(dist.html(path), callableNumbers(site)).map((p) => `${path}: ${p}`));
    expect(problems).toEqual([]);
  });

  it('lists the hotlines in the footer of every page, one line, each number a link', () => {
    for (const path of pages) {
      const line = dist.page(path).querySelector('footer .hotlines--inline');
      expect(line, path).not.toBeNull();
      const links = line!.querySelectorAll('a').map((a) => a.getAttribute('href'));
      expect(links, path).toEqual(site.hotlines.map((h) => (h.phone ? telHref(h.phone) : h.email ? `mailto:${h.email}` : h.url)));
    }
  });

  it('gives the home page a large button per number to call: label, then number', () => {
    const buttons = dist.page('/').querySelectorAll('main .hotlines--buttons a.call');
    const expected = numbersToCall(site.hotlines, filingDesk(site));
    expect(buttons.map((b) => [squash(b.querySelector('.call-label')!.text), squash(b.querySelector('.call-number')!.text), b.getAttribute('href')])).toEqual(
      expected.map((h) => [h.label, squash(phoneText(h.phone!)), telHref(h.phone!)]),
    );
  });

  it('lists every way to reach each hotline on the contact page: phone, e-mail, web address', () => {
    const items = dist.page('/lien-he/').querySelectorAll('.hotlines--list > li');
    expect(items).toHaveLength(site.hotlines.length);
    site.hotlines.forEach((h, i) => {
      const hrefs = items[i]!.querySelectorAll('a').map((a) => a.getAttribute('href'));
      expect(hrefs).toEqual([...(h.phone ? [telHref(h.phone)] : []), ...(h.email ? [`mailto:${h.email}`] : []), ...(h.url ? [h.url] : [])]);
      expect(squash(items[i]!.text)).toMatch(new RegExp(`^${h.label}: `));
    });
  });

  it('puts the hotlines on one line on a procedure page and on its printed notice', () => {
    const procedure = pages.find((p) => /^\/thu-tuc-hanh-chinh\/[^/]+\/$/.test(p) && !p.includes('linh-vuc') && !p.endsWith('/ban-in/'))!;
    for (const path of [procedure, `${procedure}ban-in/`]) {
      const line = dist.page(path).querySelector('main .hotlines--inline');
      expect(line, path).not.toBeNull();
      expect(line!.querySelectorAll('a[href^="tel:"]').length, path).toBe(site.hotlines.filter((h) => h.phone).length);
    }
  });
});
