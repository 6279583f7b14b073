/**
 * Vietnamese marks in real Chromium (issue #17, part 6), measured on pixels
 * at a phone's 2× density with the site's stylesheet and the machine's own
 * system-ui font (DejaVu Sans on Debian; a phone's Roboto is not measured):
 * - a link's underline passes below the dots of dấu nặng, with a clear row
 *   between: the dots are the pixels "Đặng Thị Nguyệt" has and "Đăng Thi
 *   Nguyêt" has not; the underline, the pixels the underlined link adds;
 * - a heading's second line, with stacked marks above (Ấ Ỗ Ề Ẩ), keeps clear of
 *   the first line's dots and descenders (ỵ ậ g).
 * Each is also run with the rule it replaced (offset 0.15em, line-height
 * 1.25), which must fail the same measure. Screenshots go to
 * .cache/screenshots/ (docs/images/typography-dau-nang.png is one).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SITES } from '../support/build.ts';
import { browserSession } from '../support/browser-session.ts';
import { inkOf, rowsOnlyIn, screenshotInk } from '../support/ink.ts';

const SHOTS = '.cache/screenshots';
const session = browserSession(SITES.demo.out);

/** Puts a probe element at the top of main, styled through the CSSOM (the CSP refuses inline style). */
async function probe(html: { tag: string; parts: string[]; link?: boolean }, style: Record<string, string> = {}) {
  await session.page.evaluate(
    ([tag, parts, link, style]) => {
      document.getElementById('probe')?.remove();
      const box = document.createElement(tag as string);
      box.id = 'probe';
      Object.assign(box.style, { display: 'inline-block', background: '#fff', margin: '0', padding: '0.25rem' });
      const target = link ? box.appendChild(Object.assign(document.createElement('a'), { href: '#', id: 'probe-link' })) : box;
      (parts as string[]).forEach((text, i) => {
        if (i > 0) target.append(document.createElement('br'));
        target.append(Object.assign(document.createElement('span'), { id: `line-${i}`, textContent: text }));
      });
      Object.assign((box.querySelector<HTMLElement>('#probe-link') ?? box).style, style);
      document.querySelector('main')!.prepend(box);
    },
    [html.tag, html.parts, html.link ?? false, style] as const,
  );
  return session.page.locator('#probe');
}

/** Rows between the dots below and the underline: > 1 means at least one clear row of pixels. */
async function underlineClearance(fontSize: string, style: Record<string, string> = {}) {
  const plain = await screenshotInk(await probe({ tag: 'p', parts: ['Đăng Thi Nguyêt'], link: true }, { fontSize, textDecorationLine: 'none', ...style }));
  const dotted = await screenshotInk(await probe({ tag: 'p', parts: ['Đặng Thị Nguyệt'], link: true }, { fontSize, textDecorationLine: 'none', ...style }));
  const element = await probe({ tag: 'p', parts: ['Đặng Thị Nguyệt'], link: true }, { fontSize, ...style });
  const png = await element.screenshot();
  const dots = rowsOnlyIn(dotted, plain);
  const underline = rowsOnlyIn(await inkOf(png), dotted);
  expect(dots.length, 'the dots below were found').toBeGreaterThan(0);
  expect(underline.length, 'the underline was found').toBeGreaterThan(0);
  return { gap: underline[0]! - dots.at(-1)!, png };
}

/** Rows between the ink of a heading's first line and of its second. */
async function lineClearance(tag: string, style: Record<string, string> = {}) {
  const parts = ['Quỵ gặp ậy', 'Ấp Ỗ Ề Ẩ'];
  const element = await probe({ tag, parts }, style);
  const lineInk = async (hide: number) => {
    await session.page.evaluate((id) => (document.getElementById(id)!.style.color = 'transparent'), `line-${hide}`);
    const ink = await screenshotInk(element);
    await session.page.evaluate((id) => (document.getElementById(id)!.style.color = ''), `line-${hide}`);
    return ink;
  };
  const blank = await lineInk(0).then(async (second) => ({ second, first: await lineInk(1) }));
  const empty = { ...blank.first, dark: blank.first.dark.map(() => false) };
  const first = rowsOnlyIn(blank.first, empty);
  const second = rowsOnlyIn(blank.second, empty);
  return { gap: second[0]! - first.at(-1)!, png: await element.screenshot() };
}

describe('Vietnamese marks at 390 px, 2× density', () => {
  it('underlines a link below the dots of dấu nặng, at body and heading sizes, skipping ink', async () => {
    await session.page.setViewportSize({ width: 390, height: 844 });
    await session.page.goto(`${session.server.origin}/`);
    // A page at 2× density: a phone's, and enough pixels to tell a dot from a line.
    const cdp = await session.page.context().newCDPSession(session.page);
    await cdp.send('Emulation.setDeviceMetricsOverride', { width: 390, height: 844, deviceScaleFactor: 2, mobile: true });
    mkdirSync(SHOTS, { recursive: true });
    for (const size of ['1.0625rem', '1.375rem', '1.75rem']) {
      const { gap, png } = await underlineClearance(size);
      writeFileSync(`${SHOTS}/underline-${size}.png`, png);
      expect(gap, `clear rows under the dots at ${size}`).toBeGreaterThan(1);
    }
    expect(await session.page.locator('#probe-link').evaluate((a) => getComputedStyle(a).textDecorationSkipInk)).toBe('auto');
    // The rule this replaced: the line touches the dots.
    expect((await underlineClearance('1.0625rem', { textUnderlineOffset: '0.15em' })).gap).toBeLessThanOrEqual(1);
  });

  it('keeps a heading’s stacked marks clear of the line above', async () => {
    for (const tag of ['h1', 'h2', 'h3']) {
      const { gap, png } = await lineClearance(tag);
      writeFileSync(`${SHOTS}/heading-${tag}.png`, png);
      expect(gap, tag).toBeGreaterThan(1);
    }
    // The rule this replaced: the marks touch.
    expect((await lineClearance('h1', { lineHeight: '1.25' })).gap).toBeLessThanOrEqual(1);
  });
});
