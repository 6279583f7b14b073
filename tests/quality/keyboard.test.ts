/**
 * Without a mouse, and at any size: the skip link, a visible focus indicator
 * on every tab stop, the menu and search by keyboard alone, and no lost
 * content at 200% zoom or on a 320 px wide screen (WCAG 2.4.1, 2.4.7, 2.1.1,
 * 1.4.4, 1.4.10). Pages open with the site's CSP bypassed, only so that the
 * tests can add a style (text zoom, a removed focus style).
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../support/browser.ts';
import { pagesToCheck } from '../../src/verify/sitemap.ts';
import { QUALITY_SITES, type QualitySite } from '../support/quality.ts';
import { serve, type RunningServer } from '../../src/server/static.ts';

const demo = QUALITY_SITES[0]!;
let browser: Browser;
let server: RunningServer;

beforeAll(async () => {
  browser = await launchBrowser();
  server = await serve(demo.dir, demo.base);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

interface Focused {
  tag: string;
  name: string;
  href: string | null;
  inNav: string | null;
  inMain: boolean;
  /** How the focus shows: outline or box-shadow, as computed. */
  indicator: string;
  /** The focused element's box is inside the viewport (WCAG 2.4.11). */
  onScreen: boolean;
}

async function tab(page: Page, shift = false): Promise<Focused> {
  await page.keyboard.press(shift ? 'Shift+Tab' : 'Tab');
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement;
    const style = getComputedStyle(el);
    const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2 ? `outline ${style.outlineWidth} ${style.outlineStyle}` : '';
    const shadow = style.boxShadow !== 'none' ? `box-shadow ${style.boxShadow}` : '';
    const r = el.getBoundingClientRect();
    return {
      tag: el.tagName.toLowerCase(),
      name: (el.getAttribute('aria-label') ?? el.textContent ?? '').trim().replace(/\s+/g, ' '),
      href: el.getAttribute('href'),
      inNav: el.closest('nav')?.getAttribute('aria-label') ?? null,
      inMain: !!el.closest('main'),
      indicator: el === document.body ? '' : [outline, shadow].filter(Boolean).join(', '),
      onScreen: r.width > 0 && r.height > 0 && r.bottom > 0 && r.right > 0 && r.top < innerHeight && r.left < innerWidth,
    };
  });
}

/** Every tab stop of a page, in order, until focus leaves the document or comes round again. */
async function tabStops(page: Page, limit = 400): Promise<Focused[]> {
  const stops: Focused[] = [];
  for (let i = 0; i < limit; i++) {
    const f = await tab(page);
    if (f.tag === 'body' || (stops.length > 0 && f.tag === stops[0]!.tag && f.href === stops[0]!.href && f.name === stops[0]!.name)) break;
    stops.push(f);
  }
  return stops;
}

const describeStop = (f: Focused) => `<${f.tag}> "${f.name.slice(0, 40)}"${f.href ? ` ${f.href}` : ''}`;

/** Tab stops whose focus cannot be seen: no outline nor shadow, or not scrolled into view. */
async function invisibleFocus(page: Page): Promise<string[]> {
  return (await tabStops(page)).filter((f) => !f.indicator || !f.onScreen).map(describeStop);
}

describe('keyboard', () => {
  it('offers a skip link first, which is visible when focused and moves focus to the main content', async () => {
    const page = await browser.newPage({ bypassCSP: true });
    await page.goto(`${server.origin}/thu-tuc-hanh-chinh/dang-ky-khai-sinh/`);
    const first = await tab(page);
    expect(first).toMatchObject({ tag: 'a', href: '#noi-dung', onScreen: true });
    expect(first.name).toMatch(/nội dung chính/i);
    await page.keyboard.press('Enter');
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('noi-dung');
    // The next tab stop is inside the main content, past the header and the menu.
    expect((await tab(page)).inMain).toBe(true);
    await page.close();
  });

  it('shows a visible focus indicator on every tab stop of each page type', async () => {
    const page = await browser.newPage({ bypassCSP: true });
    const paths = [
      '/',
      '/thu-tuc-hanh-chinh/',
      '/thu-tuc-hanh-chinh/dang-ky-khai-sinh/',
      '/tin-tuc/huong-dan-nop-ho-so-truc-tuyen/',
      '/ke-hoach/2024/',
      '/bieu-duong/',
      '/lien-he/',
      '/tim-kiem/',
    ];
    const problems: string[] = [];
    for (const path of paths) {
      await page.goto(`${server.origin}${path}`);
      const stops = await tabStops(page);
      expect(stops.length, path).toBeGreaterThan(10);
      problems.push(...(await invisibleFocus(page)).map((s) => `${path} ${s}`));
    }
    expect(problems).toEqual([]);
    await page.close();
  });

  it('notices a focus indicator that has been taken away (the check above can fail)', async () => {
    const page = await browser.newPage({ bypassCSP: true });
    await page.goto(`${server.origin}/`);
    await page.addStyleTag({ content: '*:focus, *:focus-visible { outline: none !important; box-shadow: none !important; }' });
    expect((await invisibleFocus(page)).length).toBeGreaterThan(10);
    await page.close();
  });

  it('reaches every menu item with Tab and opens one with Enter', async () => {
    const page = await browser.newPage({ bypassCSP: true });
    await page.goto(`${server.origin}/`);
    const links = await page.locator('nav[aria-label="Menu chính"] a').allTextContents();
    expect(links.length).toBeGreaterThanOrEqual(6);
    const menu = (await tabStops(page)).filter((f) => f.inNav === 'Menu chính').map((f) => f.name);
    expect(menu).toEqual(links.map((l) => l.trim()));
    await page.goto(`${server.origin}/`);
    for (let f = await tab(page); f.name !== 'Tin tức' || f.inNav !== 'Menu chính'; f = await tab(page));
    await page.keyboard.press('Enter');
    await page.waitForURL('**/tin-tuc/');
    await expect(page.locator('h1').textContent()).resolves.toMatch(/tin/i);
    await page.close();
  });

  it('searches with the keyboard alone: type in the header box, Enter, then Tab to a result and open it', async () => {
    const page = await browser.newPage({ bypassCSP: true });
    await page.goto(`${server.origin}/`);
    let f = await tab(page);
    for (let i = 0; f.tag !== 'input' && i < 20; i++) f = await tab(page);
    expect(f.tag).toBe('input');
    await page.keyboard.type('khai sinh');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/tim-kiem\/\?q=khai(\+|%20)sinh/);
    await page.waitForLoadState('networkidle');
    // Whether the results come from the search script or the plain procedure list, Tab reaches one.
    const stops: Focused[] = [];
    for (let i = 0; i < 200; i++) {
      f = await tab(page);
      if (f.tag === 'body') break;
      stops.push(f);
      if (f.tag === 'a' && f.inMain && /khai sinh/i.test(f.name)) break;
    }
    expect(
      stops.some((s) => s.tag === 'input' && s.inMain),
      'the search page has its own search box',
    ).toBe(true);
    expect(f.tag).toBe('a');
    expect(f.name).toMatch(/khai sinh/i);
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => !url.pathname.startsWith('/tim-kiem/'));
    await expect(page.locator('h1').textContent()).resolves.toMatch(/khai sinh/i);
    await page.close();
  });
});

/**
 * What overflows: horizontal scroll of the page, or an element reaching past
 * the right edge that is not inside its own scroll box (data tables may
 * scroll sideways on their own, WCAG 1.4.10's exception). With text-only
 * zoom, also text clipped by a box that hides its overflow.
 */
async function lostContent(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    const root = document.documentElement;
    if (root.scrollWidth > root.clientWidth) found.push(`page scrolls sideways: ${root.scrollWidth} px content in ${root.clientWidth} px`);
    const scrolls = (el: Element) => ['auto', 'scroll'].includes(getComputedStyle(el).overflowX);
    const hidden = (el: Element) => el.closest('.visually-hidden, [hidden]') !== null;
    for (const el of document.body.querySelectorAll('*')) {
      if (hidden(el)) continue;
      const r = el.getBoundingClientRect();
      if (r.width === 0 || r.right <= 0) continue;
      let inScrollBox = false;
      for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) if (scrolls(p)) inScrollBox = true;
      if (r.right > root.clientWidth + 1 && !inScrollBox) found.push(`<${el.tagName.toLowerCase()} class="${el.className}"> reaches ${Math.round(r.right)} px`);
      const style = getComputedStyle(el);
      if (['hidden', 'clip'].includes(style.overflowX) || ['hidden', 'clip'].includes(style.overflowY)) {
        if (el.scrollWidth > el.clientWidth + 1 || el.scrollHeight > el.clientHeight + 1)
          found.push(`<${el.tagName.toLowerCase()} class="${el.className}"> clips its text`);
      }
    }
    return found.slice(0, 10);
  });
}

type Mode = 'narrow' | 'zoom' | 'text';
const MODES: Record<Mode, { width: number; height: number; textZoom?: boolean }> = {
  narrow: { width: 320, height: 640 },
  // A 1280 × 800 screen zoomed to 200% lays out 640 × 400 CSS px.
  zoom: { width: 640, height: 400 },
  text: { width: 1280, height: 800, textZoom: true },
};

/** Each page is loaded once and looked at in the three modes; problems by mode. */
async function checkEveryPage(site: QualitySite): Promise<Record<Mode, string[]>> {
  const local = await serve(site.dir, site.base);
  const found: Record<Mode, string[]> = { narrow: [], zoom: [], text: [] };
  const queue = pagesToCheck(site.dir, site.base);
  try {
    await Promise.all(
      [0, 1].map(async () => {
        const page = await browser.newPage({ viewport: MODES.narrow, bypassCSP: true });
        for (let path = queue.shift(); path !== undefined; path = queue.shift()) {
          await page.goto(`${local.origin}${path}`);
          for (const [mode, { textZoom, ...viewport }] of Object.entries(MODES) as [Mode, (typeof MODES)[Mode]][]) {
            await page.setViewportSize(viewport);
            if (textZoom) await page.addStyleTag({ content: 'html { font-size: 200% !important; }' });
            found[mode].push(...(await lostContent(page)).map((p) => `${site.name} ${path}: ${p}`));
          }
        }
        await page.close();
      }),
    );
  } finally {
    await local.close();
  }
  return found;
}

describe('reflow and zoom, every page of the demo and the fixtures', () => {
  const found: Record<Mode, string[]> = { narrow: [], zoom: [], text: [] };
  beforeAll(async () => {
    for (const site of QUALITY_SITES) {
      const one = await checkEveryPage(site);
      for (const mode of Object.keys(found) as Mode[]) found[mode].push(...one[mode]);
    }
  });

  it('fits a 320 px wide screen with no sideways scroll and nothing cut off', () => {
    expect(found.narrow).toEqual([]);
  });

  it('loses nothing at 200% zoom (640 × 400 CSS px)', () => {
    expect(found.zoom).toEqual([]);
  });

  it('loses nothing with text alone enlarged to 200%', () => {
    expect(found.text).toEqual([]);
  });

  it('notices content that does not fit (the checks above can fail)', async () => {
    const page = await browser.newPage({ viewport: { width: 320, height: 640 }, bypassCSP: true });
    await page.goto(`${server.origin}/`);
    await page.evaluate(() => {
      const wide = document.createElement('p');
      wide.style.width = '400px';
      wide.textContent = 'Một đoạn văn rộng hơn màn hình';
      document.querySelector('main')!.append(wide);
      const clip = document.createElement('p');
      clip.style.cssText = 'height: 1em; overflow: hidden';
      clip.textContent = 'Dòng một. '.repeat(80);
      document.querySelector('main')!.append(clip);
    });
    const problems = await lostContent(page);
    expect(problems.some((p) => p.startsWith('page scrolls sideways'))).toBe(true);
    expect(problems.some((p) => p.includes('clips its text'))).toBe(true);
    await page.close();
  });
});
