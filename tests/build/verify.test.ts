/**
 * `cchc verify` on a real build: the lien-minh-2022 fixture (built once per
 * run by tests/support/build-sites.ts, under /xa-lien-minh/) passes every
 * gate as built; each copy with one planted fault fails exactly the gate (or
 * gates) whose job it is to catch it, and no other.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import verifyCommand from '../../src/cli/commands/verify.ts';
import { type GateId, readSiteAddress, verify, type VerifyResult } from '../../src/verify/index.ts';
import { SITES } from '../support/build.ts';

const built = SITES.lienMinh.out;
const address = readSiteAddress(built)!;
const copies: string[] = [];
afterAll(() => {
  for (const dir of copies) rmSync(dir, { recursive: true, force: true });
});

/** A fresh copy of the build, with `edit` applied to one of its files. */
function plant(file: string, edit: (html: string) => string): string {
  const dist = mkdtempSync(join(tmpdir(), 'cchc-verify-'));
  copies.push(dist);
  cpSync(built, dist, { recursive: true });
  const target = join(dist, file);
  const before = readFileSync(target, 'utf8');
  const after = edit(before);
  expect(after, `the fault was planted in ${file}`).not.toBe(before);
  writeFileSync(target, after);
  return dist;
}

const failing = (result: VerifyResult) => [...new Set(result.problems.map((p) => p.gate))].sort();
const codes = (result: VerifyResult) => result.problems.map((p) => `${p.gate} ${p.code} ${p.page}`);

const inMain = (fragment: string) => (html: string) => html.replace('</main>', `${fragment}</main>`);
const inHead = (fragment: string) => (html: string) => html.replace('</head>', `${fragment}</head>`);
const CONTACT = 'lien-he/index.html';

describe('verify, on the lien-minh-2022 build', () => {
  it('passes every gate, axe included, on the site as built', { timeout: 240_000 }, async () => {
    const result = await verify({ ...address, browser: true });
    expect(result.gatesRun).toEqual(['links', 'html', 'furniture', 'requests', 'policy', 'axe']);
    expect(result.problems).toEqual([]);
    expect(result.pages).toBeGreaterThan(20);
    // Every gate looked at something; axe also at a search with a query.
    for (const gate of result.gatesRun) expect(result.checked[gate], gate).toBeGreaterThan(0);
    expect(result.checked.axe).toBe(result.checked.furniture! + 2);
  });

  const faults: [string, string, (html: string) => string, GateId[], string][] = [
    ['a broken internal link', 'index.html', inMain('<p><a href="/xa-lien-minh/khong-co/">x</a></p>'), ['links'], 'links missing-target /xa-lien-minh/'],
    ['a link outside the base path', 'index.html', inMain('<p><a href="/ke-hoach/2022/">x</a></p>'), ['links'], 'links outside-base /xa-lien-minh/'],
    ['a broken anchor', 'index.html', inMain('<p><a href="/xa-lien-minh/lien-he/#khong-co">x</a></p>'), ['links'], 'links missing-anchor /xa-lien-minh/'],
    ['a page without h1', CONTACT, (h) => h.replace(/<h1>([\s\S]*?)<\/h1>/, '<p>$1</p>'), ['furniture'], 'furniture h1-count /xa-lien-minh/lien-he/'],
    ['a page with two h1', CONTACT, inMain('<h1>Thêm một tiêu đề</h1>'), ['furniture'], 'furniture h1-count /xa-lien-minh/lien-he/'],
    ['a missing description', CONTACT, (h) => h.replace(/<meta name="description"[^>]*>/, ''), ['furniture'], 'furniture description-missing /xa-lien-minh/lien-he/'],
    [
      'a duplicate title',
      CONTACT,
      (h) => h.replace(/<title>[^<]*<\/title>/, readFileSync(join(built, 'index.html'), 'utf8').match(/<title>[^<]*<\/title>/)![0]),
      ['furniture'],
      'furniture title-duplicate /xa-lien-minh/lien-he/',
    ],
    ['an external script', CONTACT, inHead('<script src="https://evil.example/x.js"></script>'), ['requests'], 'requests external-resource /xa-lien-minh/lien-he/'],
    [
      'an external stylesheet',
      CONTACT,
      inHead('<link rel="stylesheet" href="https://cdn.example/x.css">'),
      ['requests'],
      'requests external-resource /xa-lien-minh/lien-he/',
    ],
    [
      'a font from another host in the CSS',
      '',
      (css) => `${css}@font-face{font-family:x;src:url(https://fonts.example/x.woff2)}`,
      ['requests'],
      'requests external-css /xa-lien-minh/_astro/',
    ],
    ['an inline onclick', CONTACT, inMain('<p onclick="alert(1)">x</p>'), ['policy'], 'policy event-handler /xa-lien-minh/lien-he/'],
    ['a meta refresh', CONTACT, inHead('<meta http-equiv="refresh" content="0; url=/xa-lien-minh/">'), ['policy'], 'policy meta-refresh /xa-lien-minh/lien-he/'],
    ['a missing CSP meta', CONTACT, (h) => h.replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/, ''), ['policy'], 'policy csp-missing /xa-lien-minh/lien-he/'],
    [
      'a form sent to another host',
      CONTACT,
      inMain('<form action="https://collect.example/"><button type="submit">Gửi</button></form>'),
      ['policy'],
      'policy form-elsewhere /xa-lien-minh/lien-he/',
    ],
  ];

  for (const [name, file, edit, gates, finding] of faults) {
    it(`catches ${name} in the ${gates.join(' and ')} gate${gates.length > 1 ? 's' : ''} only`, async () => {
      // The stylesheet's name carries a content hash: find it in the build.
      const target = file || join('_astro', readFileSync(join(built, 'index.html'), 'utf8').match(/_astro\/([^"]+\.css)/)![1]!);
      const result = await verify({ ...address, dist: plant(target, edit), browser: false });
      expect(failing(result)).toEqual(gates);
      expect(
        codes(result).some((c) => c.startsWith(finding)),
        codes(result).join('\n'),
      ).toBe(true);
    });
  }

  it('catches an image without alt text in both html-validate and axe', { timeout: 240_000 }, async () => {
    const dist = plant(CONTACT, inMain('<p><img src="/xa-lien-minh/favicon.svg" width="16" height="16"></p>'));
    const result = await verify({ ...address, dist, browser: true });
    expect(failing(result)).toEqual(['axe', 'html']);
    expect(result.problems.map((p) => `${p.gate} ${p.rule} ${p.page}`).sort()).toEqual(['axe image-alt /xa-lien-minh/lien-he/', 'html wcag/h37 /xa-lien-minh/lien-he/']);
  });
});

describe('the verify command', () => {
  it('prints the result as JSON and exits 1 on a problem, reading base and origin from the build', async () => {
    const dist = plant(CONTACT, inMain('<p><a href="/xa-lien-minh/khong-co/">x</a></p>'));
    const log = vi.spyOn(console, 'log').mockImplementation(() => {});
    try {
      expect(await verifyCommand.run([dist, '--json', '--no-browser'])).toBe(1);
      const result = JSON.parse(log.mock.calls.map((c) => c.join(' ')).join('\n')) as VerifyResult;
      expect(result.problems).toEqual([{ gate: 'links', code: 'missing-target', page: '/xa-lien-minh/lien-he/', target: '/xa-lien-minh/khong-co/' }]);
      expect(result.skipped).toEqual({ gate: 'axe', reason: 'not-asked', chromium: expect.any(String) });
    } finally {
      log.mockRestore();
    }
  });

  it('passes without Chromium, saying in Vietnamese that axe was skipped', () => {
    const result = spawnSync(process.execPath, [resolve('bin/cchc.mjs'), 'verify', built], {
      encoding: 'utf8',
      env: { ...process.env, CHROMIUM_PATH: '/khong-co/chromium' },
    });
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toContain('Bỏ qua kiểm tra khả năng tiếp cận (axe): không thấy Chromium ở /khong-co/chromium');
    expect(result.stdout).toMatch(/Đạt: \d+ trang không có lỗi nào\./);
  });

  it('stops with exit code 2 when there is no build to check', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    try {
      expect(await verifyCommand.run([join(tmpdir(), 'khong-co-ban-dung')])).toBe(2);
      expect(error.mock.calls.join('\n')).toContain('Không thấy bản dựng');
    } finally {
      error.mockRestore();
    }
  });
});
