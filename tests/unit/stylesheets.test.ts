/** One stylesheet a page (src/lib/stylesheets.ts): which links are joined, and into what. */
import { describe, expect, it } from 'vitest';
import { isBuiltStylesheet, joinedName, pageStylesheets, stylesheetRun, withOneStylesheet } from '../../src/lib/stylesheets.ts';

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

  it('joins only the build’s own stylesheets under the base path, never a file outside the output folder or on another host', () => {
    expect(isBuiltStylesheet('/xa/_astro/Base.a-B_c.css', '/xa/')).toBe(true);
    for (const href of [
      '/_astro/Base.a.css',
      '/xa/_astro/../../../etc/passwd.css',
      '/xa/../x.css',
      'https://cdn.example/x.css',
      '//cdn.example/x.css',
      '/xa/_astro/a.css?v=1',
      '/xa/_astro/a.js',
    ])
      expect(isBuiltStylesheet(href, '/xa/'), href).toBe(false);
    expect(isBuiltStylesheet('/_astro/Base.a.css', '/')).toBe(true);
    for (const href of ['//cdn.example/x.css', '/_astro/../../x.css']) expect(isBuiltStylesheet(href, '/'), href).toBe(false);
  });
});
