/** One stylesheet a page (src/lib/stylesheets.ts): which links are joined, and into what. */
import { describe, expect, it } from 'vitest';
import { joinedName, pageStylesheets, stylesheetRun, withOneStylesheet } from '../../src/lib/stylesheets.ts';

const link = (href: string) => `<link rel="stylesheet" href="${href}">`;
const page = (head: string, body = '<p>x</p>') => `<!DOCTYPE html><html lang="vi"><head><title>t</title>${head}</head><body>${body}</body></html>`;

describe('a page’s stylesheet links', () => {
  it('finds two or more side by side in the head, in order, and puts one link in their place', () => {
    const html = page(`${link('/xa/_astro/Base.a.css')}${link('/xa/_astro/_slug_.b.css')}\n${link('/xa/_astro/qr.c.css')}`);
    const run = stylesheetRun(html)!;
    expect(run.hrefs).toEqual(['/xa/_astro/Base.a.css', '/xa/_astro/_slug_.b.css', '/xa/_astro/qr.c.css']);
    const one = withOneStylesheet(html, run, '/xa/_astro/page.z.css');
    expect(pageStylesheets(one)).toEqual(['/xa/_astro/page.z.css']);
    expect(one).toBe(page(link('/xa/_astro/page.z.css')));
  });

  it('leaves a page with one stylesheet, and links apart or in the body, alone', () => {
    expect(stylesheetRun(page(link('/a.css')))).toBeUndefined();
    expect(stylesheetRun(page(`${link('/a.css')}<meta name="x" content="y">${link('/b.css')}`))).toBeUndefined();
    expect(stylesheetRun(page('', `${link('/a.css')}${link('/b.css')}`))).toBeUndefined();
    expect(stylesheetRun(page(`${link('/a.css')}<link rel="preload" href="/b.css">`))).toBeUndefined();
  });

  it('names the joined file by its content', () => {
    expect(joinedName('a{}')).toBe(joinedName('a{}'));
    expect(joinedName('a{}')).not.toBe(joinedName('b{}'));
    expect(joinedName('a{}')).toMatch(/^page\.[\w-]{10}\.css$/);
  });
});
