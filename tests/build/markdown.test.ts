/**
 * Clerk Markdown through the real build: a news item full of borderline but
 * allowed text (tests/fixtures/markdown-allowed) renders as written, with
 * nothing the sanitiser would refuse; its feed carries title and summary as
 * text, escaped once. Hostile Markdown is in tests/unit/sanitize.test.ts
 * (rendered by the same plugins, and refused by check).
 */
import { readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUILDS, buildCommune } from '../support/build.ts';
import { harmful, textOf } from '../support/harmful-html.ts';

const FIXTURE = 'tests/fixtures/markdown-allowed';
const out = resolve(BUILDS, 'markdown-allowed');
const TITLE = 'Tỷ lệ hồ sơ trễ hạn < 5% & nộp online = 120 hồ sơ';
const SUMMARY = 'Quý I: tỷ lệ trễ hạn < 5%, nộp online = 120 hồ sơ; a<b & c>d.';

beforeAll(() => {
  const build = buildCommune(FIXTURE, out);
  expect(build.status, build.output).toBe(0);
}, 300_000);
afterAll(() => rmSync(out, { recursive: true, force: true }));

/** The Markdown body as the page shows it. */
function prose(): string {
  const html = readFileSync(join(out, 'tin-tuc/ty-le-ho-so-dung-han/index.html'), 'utf8');
  const start = html.indexOf('<div class="prose"');
  return html.slice(start, html.indexOf('</div>', start) + '</div>'.length);
}

describe('borderline Markdown through the real build', () => {
  it('renders prose with "<" and "=" as text', () => {
    expect(textOf(prose())).toContain('Tỷ lệ hồ sơ trễ hạn < 5%, nộp online = 120 hồ sơ; điểm <70 là yếu, a<b và x<=y.');
  });

  it('keeps links to pages, https, mailto, tel and anchors, the table alignment, footnotes and details', () => {
    const html = prose();
    for (const part of [
      'href="/thu-tuc-hanh-chinh/dang-ky-ket-hon/"',
      'href="https://dichvucong.gov.vn/"',
      'href="mailto:ubnd.lienminh@example.org"',
      'href="tel:02393800002"',
      'href="#bang"',
      '<th style="text-align: center">Số hồ sơ</th>',
      '<td style="text-align: right">100%</td>',
      '<a href="#user-content-fn-1" id="user-content-fnref-1"',
      '<h2 class="sr-only" id="footnote-label">Chú thích</h2>',
      '<details><summary>Chi tiết theo tháng</summary>',
      'H<sub>2</sub>O',
    ]) {
      expect(html).toContain(part);
    }
    expect(harmful(html)).toEqual([]);
  });

  it('runs the sanitiser in the build: a tag check only warns about is dropped, its text kept', () => {
    expect(prose()).toContain('Chữ màu đỏ chỉ được cảnh báo');
    expect(prose()).not.toContain('<font');
  });

  it('puts title and summary in the feed as text, escaped once', () => {
    const xml = readFileSync(join(out, 'tin-tuc/rss.xml'), 'utf8');
    const item = xml.slice(xml.indexOf('<item>'), xml.indexOf('</item>'));
    // An XML text node decodes like an HTML <textarea>'s: entities only, no tags.
    const xmlText = (tag: string) => {
      const raw = item.slice(item.indexOf(`<${tag}>`) + tag.length + 2, item.indexOf(`</${tag}>`));
      expect(raw, `${tag} is one text node`).not.toMatch(/<|CDATA/);
      return textOf(`<textarea>${raw}</textarea>`);
    };
    expect(xmlText('title')).toBe(TITLE);
    // A reader takes the description as HTML: it must hold no element, and read as the summary.
    const description = fromHtml(xmlText('description'), { fragment: true });
    expect(description.children.every((c) => c.type === 'text')).toBe(true);
    expect(textOf(xmlText('description'))).toBe(SUMMARY);
  });
});
