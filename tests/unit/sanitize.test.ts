/**
 * The Markdown sanitiser against a table of attacks: each is rendered the way
 * the build renders it (Sätteri with the sanitiser plugins), and the HTML that
 * comes out is parsed again and searched for anything executable, any
 * redirect, form or style, and anything from another host. The same strings
 * must be refused by `check`, in Vietnamese, and honest text must pass both.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { markdownToHtml, type MarkdownToHtmlResult } from 'satteri';
import { describe, expect, it } from 'vitest';
import { bodyProblems, type Body } from '../../src/lib/body-checks.ts';
import { formatReport } from '../../src/lib/validation-report.ts';
import { MARKDOWN_FEATURES, SANITIZE_PLUGINS, sanitizePlugins } from '../../src/markdown/processor.ts';
import { HEADING_ID_PREFIX } from '../../src/markdown/sanitize-schema.ts';
import { harmful } from '../support/harmful-html.ts';

// The plugins are synchronous, so is the result.
const render = (markdown: string) => (markdownToHtml(markdown, { features: MARKDOWN_FEATURES, ...SANITIZE_PLUGINS }) as MarkdownToHtmlResult).html;

const body = (text: string): Body => ({ file: 'news/bai.md', text, firstLine: 8, dir: '/nowhere' });
const noTargets = { pages: new Set(['/tin-tuc/']), fileExists: () => true };
const check = (text: string) => bodyProblems(body(text), noTargets);

const ATTACKS: [name: string, markdown: string][] = [
  ['script block', '<script>alert(1)</script>'],
  ['script tag split over lines', '<script\n>alert(1)</script\n>'],
  ['script in mixed case', '<ScRiPt>alert(1)</sCrIpT>'],
  ['iframe', '<iframe src="https://video.example/abc"></iframe>'],
  ['object and embed', '<object data="x.swf"></object><embed src="x.swf">'],
  ['event handler', '<img src="./a.png" onerror="alert(1)">'],
  ['event handler on the next line', '<img src="./a.png"\nonerror=alert(1)>'],
  ['event handler unquoted on a div', '<div onmouseover=alert(1)>hover</div>'],
  ['autolink to javascript:', '<javascript:alert(1)>'],
  ['markdown link to javascript:', '[bấm](javascript:alert(1))'],
  ['reference link to javascript:', '[bấm][x]\n\n[x]: javascript:alert(1)'],
  ['link with entity-encoded scheme', '<a href="&#106;avascript:alert(1)">x</a>'],
  ['link with hex entities and tab', '<a href="jav&#x09;ascript:alert(1)">x</a>'],
  ['link with mixed-case scheme', '<a href="JaVaScRiPt:alert(1)">x</a>'],
  ['link with leading control chars', '<a href="&#1;javascript:alert(1)">x</a>'],
  ['vbscript link', '<a href="vbscript:msgbox(1)">x</a>'],
  ['data:text/html link', '[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)'],
  ['data:text/html <a>', '<a href="data:text/html,<script>alert(1)</script>">x</a>'],
  ['protocol-relative link', '[x](//evil.example/)'],
  ['backslash link', '<a href="/\\evil.example/">x</a>'],
  ['tab inside a protocol-relative link', '<a href="/&#9;/evil.example/">x</a>'],
  ['svg animate to javascript:', '<svg><animate attributeName="href" values="javascript:alert(1)"/><a><text>x</text></a></svg>'],
  ['svg with script', '<svg><script>alert(1)</script></svg>'],
  ['mathml vector', '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>'],
  ['form to another host', '<form action="https://other.example/"><input name="cccd"><button>Gửi</button></form>'],
  ['button formaction', '<button formaction="https://other.example/">x</button>'],
  ['base element', '<base href="https://other.example/">'],
  ['meta refresh', '<meta http-equiv="refresh" content="0;url=https://other.example/">'],
  ['style element hiding the page', '<style>body{display:none}</style>'],
  ['style attribute', '<p style="position:fixed;inset:0;background:#fff">x</p>'],
  ['stylesheet from another host', '<link rel="stylesheet" href="https://other.example/x.css">'],
  ['image from another host', '![x](https://other.example/pixel.gif)'],
  ['image from another host in HTML', '<img src="https://other.example/pixel.gif" alt="">'],
  ['protocol-relative image', '<img src="//other.example/pixel.gif" alt="">'],
  ['data: image', '<img src="data:image/svg+xml,<svg onload=alert(1)>" alt="">'],
  ['srcset from another host', '<img src="./a.png" srcset="https://other.example/p.gif 1x" alt="">'],
  ['picture source', '<picture><source srcset="https://other.example/p.gif"><img src="./a.png" alt=""></picture>'],
  ['video and audio', '<video src="https://other.example/v.mp4"></video><audio src="https://other.example/a.mp3"></audio>'],
  ['id clobbering the page', '<a id="main" name="search">x</a>'],
  ['a tag opened in one block and closed in another', '<div>\n\n<span onclick="alert(1)">x</span>\n\n</div>'],
  ['noscript parsing differential', '<noscript><p title="</noscript><img src=x onerror=alert(1)>">'],
  ['template', '<template><img src=x onerror=alert(1)></template>'],
  ['textarea escape', '<textarea><img src=x onerror=alert(1)></textarea>'],
  ['nesting past the limit', `${'<span>'.repeat(300)}x`],
];

describe('the page sanitiser', () => {
  it.each(ATTACKS)('renders %s harmless', (_name, markdown) => {
    const html = render(markdown);
    expect(harmful(html), html).toEqual([]);
    // In an attribute, not in text: the autolink's words may stay as words.
    expect(html).not.toMatch(/="[^"]*(?:javascript:|vbscript:|data:text|other\.example|evil\.example)/i);
  });

  it.each(ATTACKS)('is refused by check with a Vietnamese message: %s', (_name, markdown) => {
    const errors = check(markdown).filter((f) => f.severity === 'error');
    expect(errors.length, formatReport(check(markdown))).toBeGreaterThan(0);
    const report = formatReport(errors);
    expect(report).toContain('Tìm thấy:');
    expect(report).toMatch(/Cần: (?:nội dung chỉ gồm chữ|thẻ HTML lồng nhau)/);
    expect(errors[0]!.line).toBeGreaterThanOrEqual(8);
  });

  it('names the line of each thing it refuses', () => {
    const lines = check('Đoạn đầu.\n\n<script>x</script>\n\n[a](javascript:x)\n\n<img src="./a.png"\nonerror=x>').map((f) => f.line);
    // The <img> itself first (line 14): an HTML image beside the page is not published. Then each
    // refused part; the handler is named on its own line, the one after <img.
    expect(lines).toEqual([14, 10, 12, 15]);
  });

  it('keeps what the site needs: tables, footnotes, task lists, safe links and own images', () => {
    const html = render(
      [
        '| Hồ sơ | Phí |',
        '|:--|--:|',
        '| Tờ khai | 0 đ |',
        '',
        'Xem[^1] [trang](/tin-tuc/) [tệp](./mau.pdf) [cổng](https://dichvucong.gov.vn) [thư](mailto:vp@x.gov.vn) [gọi](tel:02903123456) [mục](#phi)',
        '',
        '![Ảnh](./anh.jpg "Chú thích") <sub>2</sub> <kbd>Ctrl</kbd>',
        '',
        '- [x] Đã nộp',
        '',
        '[^1]: Ghi chú.',
      ].join('\n'),
    );
    for (const part of [
      '<th style="text-align: left">Hồ sơ</th>',
      '<td style="text-align: right">0 đ</td>',
      'href="/tin-tuc/"',
      'href="./mau.pdf"',
      'href="https://dichvucong.gov.vn"',
      'href="mailto:vp@x.gov.vn"',
      'href="tel:02903123456"',
      'href="#phi"',
      '<img src="./anh.jpg" alt="Ảnh" title="Chú thích">',
      '<sub>2</sub>',
      '<input type="checkbox" checked disabled>',
      'href="#user-content-fn-1" id="user-content-fnref-1"',
      '<h2 class="sr-only" id="footnote-label">Chú thích</h2>',
    ]) {
      expect(html).toContain(part);
    }
    expect(harmful(html)).toEqual([]);
  });
});

describe('check on honest and pathological text', () => {
  it.each([
    ['a reference-style image', '![Sơ đồ][so-do]\n\n[so-do]: ./so-do.png', 'kiểu tham chiếu'],
    ['an HTML image beside the page', '<img src="./so-do.png" alt="Sơ đồ">', 'thẻ HTML <img>'],
    ['an image with a query', '![Sơ đồ](./so-do.png?raw)', 'không có phần "?…"'],
    ['an image with a fragment', '![Sơ đồ](./so-do.png#giua)', 'không có phần "?…" hay "#…"'],
  ])('refuses %s, which the build publishes as a broken image', (_name, markdown, says) => {
    expect(formatReport(check(markdown))).toContain(says);
  });

  it('passes inline images, and an HTML image of a file an inline image publishes', () => {
    expect(check('![Sơ đồ](./so-do.png)\n\n![Bản đồ](ban%20do.png "Bản đồ")')).toEqual([]);
    expect(check('![Sơ đồ](./so-do.png)\n\n<img src="./so-do.png" alt="Sơ đồ lớn">')).toEqual([]);
  });

  it('passes prose with "<" and "=" that is no HTML', () => {
    const prose = 'Tỷ lệ hồ sơ trễ hạn < 5%, nộp online = 120 hồ sơ; a<b và x<=y. Điểm <70 là yếu.';
    expect(check(prose)).toEqual([]);
    expect(render(prose)).toContain('&lt; 5%, nộp online = 120 hồ sơ');
  });

  it('warns, without refusing, about harmless HTML the page will drop', () => {
    const findings = check('<font color="red">Chú ý</font> <center>giữa</center>');
    expect(findings.map((f) => f.severity)).toEqual(['warning', 'warning']);
    expect(render('<font color="red">Chú ý</font>')).toBe('<p>Chú ý</p>\n');
  });

  it.each([
    ['"< a " × 250 000', '< a '.repeat(250_000)],
    ['"<" × 1 000 000', '<'.repeat(1_000_000)],
    ['"[a](" × 250 000', '[a]('.repeat(250_000)],
    ['nested brackets', '['.repeat(500_000) + ']'.repeat(500_000)],
    ['"<a " × 330 000', '<a '.repeat(330_000)],
    ['nested <div> × 200 000', '<div>'.repeat(200_000)],
    ['event handlers × 70 000', '<b onclick=x>'.repeat(70_000)],
  ])('checks a 1 MB line of %s in a few seconds', (_name, line) => {
    const start = performance.now();
    check(line);
    expect(performance.now() - start).toBeLessThan(5000);
  });
});

describe('links to the site’s own pages under a base path', () => {
  const renderUnder = (markdown: string) => (markdownToHtml(markdown, { features: MARKDOWN_FEATURES, ...sanitizePlugins('/xa-bang-ca/') }) as MarkdownToHtmlResult).html;

  it('gain the base path, in Markdown and in raw HTML alike', () => {
    expect(renderUnder('[Kế hoạch](/ke-hoach/2024/)')).toContain('href="/xa-bang-ca/ke-hoach/2024/"');
    expect(renderUnder('Xem <a href="/tin-tuc/">tin tức</a> nhé')).toContain('href="/xa-bang-ca/tin-tuc/"');
    expect(renderUnder('![Sơ đồ](/tai-lieu/so-do.png)')).toContain('src="/xa-bang-ca/tai-lieu/so-do.png"');
  });

  it('leave alone what already has it, other hosts’ links and relative links', () => {
    expect(renderUnder('[a](/xa-bang-ca/tin-tuc/)')).toContain('href="/xa-bang-ca/tin-tuc/"');
    expect(renderUnder('[a](https://dichvucong.gov.vn/)')).toContain('href="https://dichvucong.gov.vn/"');
    expect(renderUnder('[a](./tep.pdf)')).toContain('href="./tep.pdf"');
    expect(render('[a](/ke-hoach/2024/)')).toContain('href="/ke-hoach/2024/"');
  });
});

describe('heading ids', () => {
  it('live under their own prefix, one slug a page, so no heading takes the id of a part of the page', () => {
    const html = render('## Noi dung\n\n## Hồ sơ\n\n## Noi dung');
    expect(html).toContain('id="muc-noi-dung"');
    expect(html).toContain('id="muc-hồ-sơ"');
    expect(html).toContain('id="muc-noi-dung-1"');
    expect(html).not.toMatch(/id="noi-dung"/);
    // A fresh slugger for the next page.
    expect(render('## Noi dung')).toContain('id="muc-noi-dung"');
  });

  it('raw HTML keeps an id only in the content namespaces', () => {
    expect(render('<p id="noi-dung">x</p>')).not.toContain('id=');
    expect(render('<p id="muc-rieng">x</p>')).toContain('id="muc-rieng"');
  });

  it('no template of the portal gives an element an id in that namespace', () => {
    const files = readdirSync('src', { recursive: true, withFileTypes: true }).filter((e) => e.isFile() && /\.(astro|ts)$/.test(e.name));
    const offenders = files.map((e) => join(e.parentPath, e.name)).filter((f) => new RegExp(`id=["'{\`]*${HEADING_ID_PREFIX}`).test(readFileSync(f, 'utf8')));
    expect(offenders).toEqual([]);
  });
});
