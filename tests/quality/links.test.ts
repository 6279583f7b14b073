/**
 * No broken internal link or anchor in the built sites: the links gate of
 * `cchc verify` (src/verify/links.ts) over every page of each site, with the
 * site's base path and origin. Links to other hosts are not followed: CI has
 * no internet, and another site's outage must not fail our build.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkLinks } from '../../src/verify/links.ts';
import { loadSite } from '../../src/verify/site.ts';
import { pagesToCheck } from '../../src/verify/sitemap.ts';
import { addressOf, QUALITY_SITES } from '../support/quality.ts';

const describeProblem = (p: { code: string; page: string; target?: string }) => `${p.code} ${p.page} → ${p.target}`;

describe('links and anchors', () => {
  for (const site of QUALITY_SITES) {
    it(`${site.name}: every internal link, image, stylesheet and #anchor resolves`, () => {
      const built = loadSite(addressOf(site));
      const { problems, checked } = checkLinks(built);
      expect(problems.map(describeProblem)).toEqual([]);
      // It really looked: more links than pages, and the site has a stylesheet it checked.
      expect(checked).toBeGreaterThan(pagesToCheck(site.dir, site.base).length);
      expect(built.stylesheets.length).toBeGreaterThan(0);
    });
  }

  it('reports a missing page, image, font and anchor, a malformed address, and an absolute one to the site itself (the check can fail)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cchc-links-'));
    mkdirSync(join(dir, 'a'));
    writeFileSync(
      join(dir, 'index.html'),
      '<!doctype html><title>t</title><link rel="stylesheet" href="/s.css"><a href="/a/#co">ok</a><a href="/a/#khong-co">x</a><a href="/mat/">x</a><img src="/anh.jpg" alt=""><a href="https://khac.example/mat/">ngoài</a><a href="/%E0%A4%A/">hỏng</a><a href="https://x.example/cung-mat/">tuyệt đối</a>',
    );
    writeFileSync(join(dir, 'a', 'index.html'), '<!doctype html><title>a</title><h1 id="co">a</h1><a href="#cung-khong-co">x</a>');
    writeFileSync(join(dir, 's.css'), '@font-face{src:url(/fonts/mat.woff2)}');
    const { problems } = checkLinks(loadSite({ dist: dir, base: '/', origin: 'https://x.example' }));
    expect(problems.map(describeProblem).sort()).toEqual([
      'missing-anchor / → /a/#khong-co',
      'missing-anchor /a/ → #cung-khong-co',
      'missing-target / → /%E0%A4%A/',
      'missing-target / → /anh.jpg',
      'missing-target / → /mat/',
      'missing-target / → https://x.example/cung-mat/',
      'missing-target /s.css → /fonts/mat.woff2',
    ]);
  });
});
