/**
 * Content is untrusted input (issue 13): each rule with a planted fault.
 * URL fields take only safe schemes; every published file stays inside its
 * folder after links are followed; images and PDFs are judged by their bytes
 * and decoded for real; public/ and the CMS upload folder hold nothing a
 * browser would run; file names and dates a clerk mistyped are reported.
 * Images are made with sharp in per-case temporary folders.
 */
import { cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import sharp from 'sharp';
import { afterAll, describe, expect, it } from 'vitest';
import { adminUi } from '../../src/i18n/cms.ts';
import { fileMessages } from '../../src/i18n/validation.ts';
import { adminPage } from '../../src/integrations/admin.ts';
import { portalRoutes } from '../../src/integrations/routes.ts';
import { importPathProblem, isInside, writtenPathProblem } from '../../src/lib/file-paths.ts';
import { activeSvgParts } from '../../src/lib/inert-svg.ts';
import { dimensionProblem, kindProblem, sniff } from '../../src/lib/media-types.ts';
import { implausibleDates } from '../../src/lib/plausible-dates.ts';
import { builtInAddresses } from '../../src/lib/reserved-addresses.ts';
import { LINK_SCHEMES, urlProblem, WEB_SCHEMES } from '../../src/lib/safe-url.ts';
import { formatReport } from '../../src/lib/validation-report.ts';
import { confinedFile } from '../../src/readers/content-files.ts';
import { entryFiles } from '../../src/readers/entry-files.ts';
import { pdfProblem, photoProblem, uploadProblem } from '../../src/readers/media.ts';
import { documentSchema } from '../../src/schemas/document.ts';
import { siteSchema } from '../../src/schemas/site.ts';
import { provinceFindings, validateContent } from '../../src/validation/validate-content.ts';
import { brokenCommune, COVER, DOCUMENT, NEWS, NEWS_WITH_COVER } from '../support/broken-commune.ts';

const made: string[] = [];
afterAll(() => {
  for (const d of made) rmSync(d, { recursive: true, force: true });
});
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'cchc-files-'));
  made.push(dir);
  return dir;
}

const png = (width = 8, height = 8) =>
  sharp({ create: { width, height, channels: 3, background: '#2a6' } })
    .png()
    .toBuffer();
const jpeg = (width = 64, height = 64) =>
  sharp({ create: { width, height, channels: 3, background: '#000', noise: { type: 'gaussian', mean: 128, sigma: 40 } } })
    .jpeg()
    .toBuffer();
/** A small PNG whose header declares another size: sharp must refuse it before decoding. */
async function pngDeclaring(width: number, height: number): Promise<Buffer> {
  const bytes = Buffer.from(await png());
  bytes.writeUInt32BE(width, 16); // IHDR width
  bytes.writeUInt32BE(height, 20); // IHDR height
  return bytes;
}
const PDF = '%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n';
const SVG = '<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><script>alert(1)</script></svg>';
/** A plain drawing: shapes, a gradient, a reference to its own part. */
const DRAWING =
  '<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><defs><linearGradient id="g"><stop offset="0" stop-color="#fff"/></linearGradient></defs><rect width="32" height="32" fill="url(#g)"/><use href="#g"/></svg>';
const HTML = '<!doctype html><html><body><script>alert(document.cookie)</script></body></html>';
const REFRESH = '<head><meta http-equiv="refresh" content="0;url=https://lua-dao.example/"/></head>';
/** `text` as UTF-16 with its byte-order mark, as some Windows editors save it. */
function utf16(text: string, order: 'le' | 'be' = 'le'): Buffer {
  const bytes = Buffer.from(`\uFEFF${text}`, 'utf16le');
  return order === 'be' ? bytes.swap16() : bytes;
}

describe('URL fields take only safe schemes', () => {
  it.each(['javascript:alert(1)', 'JaVaScRiPt:alert(1)', 'java\tscript:alert(1)', 'data:text/html,<script>x</script>', 'vbscript:msgbox', 'file:///etc/passwd'])(
    'refuses %j as a web address and as a contact',
    (value) => {
      expect(urlProblem(value, WEB_SCHEMES)).toMatchObject({ kind: 'scheme' });
      expect(urlProblem(value, LINK_SCHEMES)).toMatchObject({ kind: 'scheme' });
    },
  );

  it('takes https and http everywhere, mailto and tel only where a contact is meant', () => {
    for (const value of ['https://dichvucong.gov.vn/p/home', 'http://xa.example.gov.vn/']) expect(urlProblem(value, WEB_SCHEMES)).toBeUndefined();
    expect(urlProblem('mailto:vanphong@example.gov.vn', WEB_SCHEMES)).toEqual({ kind: 'scheme', scheme: 'mailto' });
    expect(urlProblem('mailto:vanphong@example.gov.vn', LINK_SCHEMES)).toBeUndefined();
    expect(urlProblem('tel:02753600002', LINK_SCHEMES)).toBeUndefined();
    expect(urlProblem('www.example.gov.vn', WEB_SCHEMES)).toEqual({ kind: 'notUrl' });
  });

  it('refuses a javascript: link in a document, in Vietnamese, once', () => {
    const doc = { number: '1/QĐ', kind: 'quyet-dinh', issuer: 'UBND', date: '2024-01-01', title: 'T', summary: 'S' };
    const result = documentSchema.safeParse({ ...doc, url: 'javascript:alert(1)' });
    expect(result.success).toBe(false);
    expect(result.error!.issues).toHaveLength(1);
    expect(result.error!.issues[0]!.message).toContain('địa chỉ dạng "javascript:" không được nhận');
    expect(documentSchema.safeParse({ ...doc, url: 'https://vanban.chinhphu.vn/?docid=1' }).success).toBe(true);
  });

  it('takes a mailto: feedback address in site.yaml but not a data: social link or a javascript: portal', () => {
    const site = {
      name: 'A',
      kind: 'xã',
      province: 'tỉnh B',
      agency: 'UBND',
      description: 'D',
      address: 'Đ',
      phone: '0123 456',
      email: 'a@b.vn',
      hotlines: [{ label: 'Một cửa', url: 'tel:0123456' }],
      feedback: { receiver: 'R', url: 'mailto:gopy@b.vn' },
      officeHours: 'H',
      responsible: { name: 'N', title: 'T' },
      portals: { national: 'https://dichvucong.gov.vn' },
      url: 'https://example.gov.vn',
    };
    expect(siteSchema.safeParse(site).success).toBe(true);
    const paths = (value: unknown) => siteSchema.safeParse(value).error?.issues.map((i) => i.path.join('.'));
    expect(paths({ ...site, social: { facebook: 'data:text/html,x' } })).toEqual(['social.facebook']);
    expect(paths({ ...site, portals: { national: 'javascript:alert(1)' } })).toEqual(['portals.national']);
    expect(paths({ ...site, url: 'vbscript:x' })).toEqual(['url']);
  });
});

describe('text from site.yaml on the page the portal writes by hand', () => {
  it('keeps a commune name holding HTML as text in the CMS page’s title, so it cannot send the clerk to another host', () => {
    const name = 'xã Bằng Cả</title><meta http-equiv="refresh" content="0;url=https://lua-dao.example/"><base href="https://lua-dao.example/">';
    const head = adminPage(adminUi.title(name), '/', "default-src 'self'", []).split('</head>')[0]!;
    expect([...head.matchAll(/<(meta|base|title)\b[^>]*>/g)].map((m) => m[0])).toEqual([
      '<meta charset="utf-8">',
      '<meta name="viewport" content="width=device-width, initial-scale=1">',
      '<meta name="robots" content="noindex, nofollow">',
      `<meta http-equiv="Content-Security-Policy" content="default-src 'self'">`,
      '<title>',
    ]);
    expect(head).toContain('<title>Biên tập nội dung – xã Bằng Cả&lt;/title>&lt;meta http-equiv=&quot;refresh&quot;');
  });
});

describe('every published file stays inside its folder', () => {
  it('judges paths as written', () => {
    for (const written of ['/etc/passwd', 'C:\\anh.jpg', '\\\\server\\anh.jpg']) expect(writtenPathProblem(written)).toEqual({ kind: 'absolute' });
    for (const written of ['file:///etc/passwd', 'https://x.vn/a.jpg']) expect(writtenPathProblem(written)).toEqual({ kind: 'address' });
    expect(writtenPathProblem('./images/anh.jpg')).toBeUndefined();
    expect(importPathProblem('./images/ảnh 1 (Hà Nội).jpg')).toBeUndefined();
    for (const odd of ['?', '#', '%']) expect(importPathProblem(`./images/a${odd}b.jpg`)).toEqual({ kind: 'characters', found: odd });
    expect(isInside('/a/content', '/a/content/news/x.jpg')).toBe(true);
    expect(isInside('/a/content', '/a/content-2/x.jpg')).toBe(false);
    expect(isInside('/a/content', '/a/x.jpg')).toBe(false);
  });

  it('follows links: inside is published by its real path, outside is refused', () => {
    const root = tempDir();
    const content = join(root, 'content');
    mkdirSync(join(content, 'news/images'), { recursive: true });
    writeFileSync(join(content, 'news/images/a.jpg'), 'x');
    writeFileSync(join(root, 'secret.pdf'), '%PDF-');
    symlinkSync('/etc/passwd', join(content, 'news/images/passwd.jpg'));
    symlinkSync('./a.jpg', join(content, 'news/images/alias.jpg'));
    symlinkSync(root, join(content, 'news/up'));
    symlinkSync('./nowhere.jpg', join(content, 'news/images/dangling.jpg'));
    const from = join(content, 'news');
    expect(confinedFile(content, from, './images/a.jpg')).toEqual({ ok: true, path: join(content, 'news/images/a.jpg') });
    expect(confinedFile(content, from, './images/alias.jpg')).toEqual({ ok: true, path: join(content, 'news/images/a.jpg') });
    expect(confinedFile(content, from, './images/passwd.jpg')).toEqual({ ok: false, problem: { kind: 'linkOutside' } });
    expect(confinedFile(content, from, './up/secret.pdf')).toEqual({ ok: false, problem: { kind: 'linkOutside' } });
    expect(confinedFile(content, from, '../../secret.pdf')).toEqual({ ok: false, problem: { kind: 'outside' } });
    expect(confinedFile(content, from, join(root, 'secret.pdf'))).toEqual({ ok: false, problem: { kind: 'absolute' } });
    expect(confinedFile(content, from, './images/dangling.jpg')).toEqual({ ok: false, problem: { kind: 'missing' } });
    expect(confinedFile(content, from, './images')).toEqual({ ok: false, problem: { kind: 'notFile' } });
  });

  it('refuses an image in a body that climbs out of the content folder', async () => {
    const dir = brokenCommune({ file: NEWS, edit: (t) => `${t}\n![Sơ đồ](../../outside.png)\n` });
    made.push(dir);
    writeFileSync(join(dir, '../outside.png'), await png());
    made.push(join(dir, '../outside.png'));
    const { findings } = await validateContent(dir, { projectRoot: dir, today: '2024-06-30' });
    expect(findings, formatReport(findings)).toEqual([
      expect.objectContaining({
        severity: 'error',
        file: NEWS,
        field: 'nội dung bài',
        found: '"../../outside.png"',
        expected: expect.stringContaining('đi ra ngoài thư mục nội dung'),
      }),
    ]);
  });

  it.each(['site.yaml', 'search-vocabulary.yaml', 'procedure-notes.yaml'])('never reads or shows a %s that is a link out of the content folder', async (name) => {
    const dir = brokenCommune({ file: name, linkTo: '/etc/passwd' });
    made.push(dir);
    const { findings } = await validateContent(dir, { projectRoot: dir, today: '2024-06-30' });
    // Without site.yaml's settings, the late-file disclosure's official name is also warned about.
    const errors = findings.filter((f) => f.severity === 'error');
    expect(errors, formatReport(findings)).toEqual([expect.objectContaining({ file: name, expected: expect.stringContaining('symlink') })]);
    expect(formatReport(findings)).not.toMatch(/root:/);
  });

  it('never reads or shows a province/site.yaml that is a link out of the province folder', () => {
    const root = tempDir();
    cpSync(resolve('tests/fixtures/province-minh-hoa/province'), join(root, 'province'), { recursive: true });
    rmSync(join(root, 'province/site.yaml'));
    symlinkSync('/etc/passwd', join(root, 'province/site.yaml'));
    const findings = provinceFindings(join(root, 'province'), (p) => relative(root, p));
    expect(findings).toEqual([expect.objectContaining({ severity: 'error', file: join('province', 'site.yaml'), expected: expect.stringContaining('symlink') })]);
    expect(formatReport(findings)).not.toMatch(/root:/);
  });

  it('never shows what a link to /etc/passwd points at', async () => {
    const dir = brokenCommune({ file: COVER, linkTo: '/etc/passwd' });
    made.push(dir);
    const report = formatReport((await validateContent(dir, { projectRoot: dir, today: '2024-06-30' })).findings);
    expect(report).toContain('symlink');
    expect(report).not.toMatch(/root:|\/etc\/passwd/);
  });
});

describe('images and PDFs are judged by their bytes', () => {
  it('tells kinds apart by their first bytes', async () => {
    expect(sniff(await png())).toBe('png');
    expect(sniff(await jpeg())).toBe('jpeg');
    expect(sniff(new Uint8Array())).toBe('empty');
    expect(sniff(Buffer.from('BM\x36\0\0\0'))).toBe('bmp');
    expect(sniff(Buffer.from(PDF))).toBe('pdf');
    expect(sniff(Buffer.from(SVG))).toBe('svg');
    expect(sniff(Buffer.from(`\uFEFF  ${HTML}`))).toBe('html');
    expect(sniff(Buffer.from('PK\x03\x04'))).toBe('zip');
    expect(sniff(Buffer.from('Xin chào'))).toBe('unknown');
  });

  it('takes any image ending for an image, but a PDF must be named .pdf', () => {
    expect(kindProblem('png', '.JPG', 'photo')).toBeUndefined();
    expect(kindProblem('png', '.txt', 'photo')).toEqual({ kind: 'extension', found: 'png', ending: '.txt' });
    expect(kindProblem('pdf', '.docx', 'upload')).toEqual({ kind: 'extension', found: 'pdf', ending: '.docx' });
    expect(kindProblem('svg', '.svg', 'photo')).toEqual({ kind: 'wrongKind', found: 'svg', wanted: 'photo' });
    expect(dimensionProblem(12_000, 3_000)).toBeUndefined();
    expect(dimensionProblem(12_001, 10)).toMatchObject({ kind: 'tooManyPixels' });
    expect(dimensionProblem(7_000, 7_000)).toMatchObject({ kind: 'tooManyPixels' });
  });

  it.each([
    ['a 0-byte file', 'anh.jpg', async () => Buffer.alloc(0), { kind: 'empty' }],
    ['a BMP', 'anh.jpg', async () => Buffer.from('BM\x36\0\0\0\0\0\0\0\x36\0\0\0'), { kind: 'wrongKind', found: 'bmp' }],
    ['an SVG', 'anh.svg', async () => Buffer.from(SVG), { kind: 'wrongKind', found: 'svg' }],
    ['a truncated JPEG', 'anh.jpg', async () => (await jpeg(640, 640)).subarray(0, 4000), { kind: 'undecodable' }],
    ['a PNG declaring 30000 × 30000', 'anh.png', () => pngDeclaring(30_000, 30_000), { kind: 'tooManyPixels', width: 30_000, height: 30_000 }],
    ['a PNG with a broken body', 'anh.png', async () => Buffer.concat([(await png()).subarray(0, 40), Buffer.alloc(30)]), { kind: 'undecodable' }],
  ])('refuses %s as a photo', async (_name, fileName, bytes, problem) => {
    const path = join(tempDir(), fileName);
    writeFileSync(path, await bytes());
    expect(await photoProblem(path)).toMatchObject(problem);
  });

  it('accepts a real photo, whatever image ending it has', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'a.jpg'), await jpeg());
    writeFileSync(join(dir, 'b.jpg'), await png());
    writeFileSync(
      join(dir, 'c.webp'),
      await sharp(await png())
        .webp()
        .toBuffer(),
    );
    for (const name of ['a.jpg', 'b.jpg', 'c.webp']) expect(await photoProblem(join(dir, name))).toBeUndefined();
  });

  it('takes a PDF only if it is one', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'that.pdf'), PDF);
    writeFileSync(join(dir, 'page.pdf'), HTML);
    expect(pdfProblem(join(dir, 'that.pdf'))).toBeUndefined();
    expect(pdfProblem(join(dir, 'page.pdf'))).toEqual({ kind: 'wrongKind', found: 'html', wanted: 'pdf' });
  });

  it('says in Vietnamese what to do with an SVG photo', () => {
    expect(fileMessages.media({ kind: 'wrongKind', found: 'svg', wanted: 'photo' })).toContain('PNG, JPEG hoặc WebP');
  });

  it('refuses a document whose PDF is a web page, naming the file and field', async () => {
    const dir = brokenCommune({ file: 'documents/tep/Kế hoạch 59-KH-UBND.pdf', write: HTML });
    made.push(dir);
    const { findings } = await validateContent(dir, { projectRoot: dir, today: '2024-06-30' });
    expect(findings).toEqual([
      expect.objectContaining({ severity: 'error', file: DOCUMENT, field: 'file', expected: expect.stringContaining('một tệp PDF; nội dung tệp này là trang HTML') }),
    ]);
  });

  it('opens an image shown in a body as it opens a cover', async () => {
    const dir = brokenCommune(
      { file: NEWS, edit: (t) => `${t}\n![Ảnh hỏng](./images/hong.jpg)\n` },
      { file: 'news/images/hong.jpg', write: (await jpeg(640, 640)).subarray(0, 4000) },
    );
    made.push(dir);
    const { findings } = await validateContent(dir, { projectRoot: dir, today: '2024-06-30' });
    expect(findings).toEqual([
      expect.objectContaining({ file: NEWS, field: 'nội dung bài', found: '"./images/hong.jpg"', expected: expect.stringContaining('bị hỏng hoặc bị cắt dở') }),
    ]);
  });
  it('reports a broken image for every entry naming it, though it is decoded once', async () => {
    const dir = brokenCommune(
      { file: COVER, write: (await jpeg(640, 640)).subarray(0, 4000) },
      { file: NEWS, edit: (t) => `${t}\n![Cùng ảnh bìa](./images/nop-ho-so-truc-tuyen.jpg)\n` },
    );
    made.push(dir);
    const { findings } = await validateContent(dir, { projectRoot: dir, today: '2024-06-30' });
    const broken = expect.stringContaining('bị hỏng hoặc bị cắt dở');
    expect(findings).toEqual([
      expect.objectContaining({ file: NEWS_WITH_COVER, field: 'cover.src', expected: broken }),
      expect.objectContaining({ file: NEWS, field: 'nội dung bài', expected: broken }),
    ]);
  });
});

describe('public/ and the CMS upload folder', () => {
  it.each([
    ['tai-lieu/bieu-mau.svg', SVG, 'hình vẽ SVG có thể chạy mã'],
    ['tai-lieu/huong-dan.html', HTML, 'trang HTML (hoặc tệp XML) có thể chạy mã'],
    ['tai-lieu/quyet-dinh.pdf', HTML, 'trang HTML (hoặc tệp XML) có thể chạy mã'],
    ['tai-lieu/rong.pdf', '', 'rỗng (0 byte)'],
    ['tai-lieu/ghi-chu.txt', 'Xin chào', 'tệp không rõ loại'],
    ['gioi-thieu.html', HTML, 'trang HTML (hoặc tệp XML) trong thư mục public/'],
    ['du-lieu.xml', '<?xml version="1.0"?><x xmlns="http&#58;//www.w3.org/1999/xhtml"><script>alert(1)</script></x>', 'tệp XML) trong thư mục public/'],
    ['logo.svg', SVG, 'có onLoad="alert(1)" trên <svg>, <script>'],
    // Saved as UTF-16 with its byte-order mark: a browser decodes it so, and runs it all the same.
    ['du-lieu-utf16.xml', utf16(`<?xml version="1.0" encoding="UTF-16"?><html xmlns="http://www.w3.org/1999/xhtml">${REFRESH}</html>`), 'tệp XML) trong thư mục public/'],
    ['trang-utf16be.xht', utf16(`<html xmlns="http://www.w3.org/1999/xhtml">${REFRESH}</html>`, 'be'), 'tệp XML) trong thư mục public/'],
    ['logo-utf16.svg', utf16(SVG), 'có onLoad="alert(1)" trên <svg>, <script>'],
    ['tai-lieu/so-do.svg', DRAWING, 'hình vẽ SVG có thể chạy mã'],
    ['js/theo-doi.js', 'alert(1)', 'mã JavaScript trong thư mục public/'],
    // A host's own rules: a redirect to another host, headers that replace the portal's.
    ['_redirects', '/*  https://lua-dao.example/:splat  302', 'máy chủ đọc tệp "_redirects" làm quy tắc riêng'],
    ['_headers', '/*\n  Content-Security-Policy: default-src *', 'tệp "_headers"'],
    ['tai-lieu/.htaccess', 'Redirect 302 / https://lua-dao.example/', 'tệp ".htaccess"'],
    ['Web.Config', '<configuration/>', 'tệp "Web.Config"'],
    // A claim of the domain: a certificate authority's challenge, an app's claim to its links.
    ['.well-known/acme-challenge/Xy9-token', 'Xy9-token.abc', 'tệp ".well-known/acme-challenge/Xy9-token"'],
    ['.well-known/assetlinks.json', '[]', 'lời xác nhận của chính tên miền'],
  ] as [string, string | Buffer, string][])('refuses public/%s', async (name, text, says) => {
    const root = tempDir();
    const dir = brokenCommune();
    made.push(dir);
    mkdirSync(join(root, 'public', name, '..'), { recursive: true });
    writeFileSync(join(root, 'public', name), text);
    const { findings } = await validateContent(dir, { projectRoot: root, today: '2024-06-30' });
    expect(findings, formatReport(findings)).toEqual([
      expect.objectContaining({ severity: 'error', file: join('public', name), expected: expect.stringContaining(says) }),
    ]);
  });

  it('accepts uploads of the allowed kinds, and refuses a link leading out of public/', async () => {
    const root = tempDir();
    const dir = brokenCommune();
    made.push(dir);
    const uploads = join(root, 'public/tai-lieu');
    mkdirSync(uploads, { recursive: true });
    writeFileSync(join(uploads, 'mau-don.pdf'), PDF);
    writeFileSync(join(uploads, 'so-do.png'), await png());
    writeFileSync(join(uploads, 'to-khai.docx'), Buffer.from('PK\x03\x04 an office document'));
    writeFileSync(join(root, 'public/robots-extra.txt'), 'User-agent: *');
    // A security contact is the site's own to publish (RFC 9116).
    mkdirSync(join(root, 'public/.well-known'));
    writeFileSync(join(root, 'public/.well-known/security.txt'), 'Contact: mailto:cchc@example.gov.vn');
    // The site's own favicon may be SVG outside the upload folder, if it is only a drawing.
    writeFileSync(join(root, 'public/favicon.svg'), DRAWING);
    expect((await validateContent(dir, { projectRoot: root, today: '2024-06-30' })).findings).toEqual([]);
    symlinkSync('/etc', join(uploads, 'etc'));
    const { findings } = await validateContent(dir, { projectRoot: root, today: '2024-06-30' });
    expect(findings).toEqual([expect.objectContaining({ file: join('public', 'tai-lieu', 'etc'), expected: expect.stringContaining('symlink') })]);
    expect(await uploadProblem(join(uploads, 'so-do.png'))).toBeUndefined();
  });
});

describe('the logo site.yaml names', () => {
  it.each([
    ['logo.png', () => png()],
    ['hinh/logo.svg', () => DRAWING],
  ])('takes %s, an image or a plain drawing in the content folder', async (name, bytes) => {
    const dir = brokenCommune({ file: name, write: await bytes() }, { file: 'site.yaml', edit: (t) => `${t}logo: ${name}\n` });
    made.push(dir);
    const { findings } = await validateContent(dir, { projectRoot: dir, today: '2024-06-30' });
    expect(formatReport(findings)).toBe('');
  });

  it.each([
    ['a missing file', 'khong-co.png', 'không tìm thấy tệp ảnh khong-co.png'],
    ['a web page', 'gioi-thieu.html', 'trang HTML'],
    ['a link to /etc/passwd', 'logo.png', 'symlink'],
    ['a web address', 'https://other.example/logo.png', 'không phải một địa chỉ'],
  ])('refuses %s, which the build would copy or load', async (_case, written, says) => {
    const dir = brokenCommune({ file: 'site.yaml', edit: (t) => `${t}logo: ${written}\n` });
    made.push(dir);
    writeFileSync(join(dir, 'gioi-thieu.html'), HTML);
    symlinkSync('/etc/passwd', join(dir, 'logo.png'));
    const { findings } = await validateContent(dir, { projectRoot: dir, today: '2024-06-30' });
    expect(findings, formatReport(findings)).toEqual([
      expect.objectContaining({ severity: 'error', file: 'site.yaml', field: 'logo', expected: expect.stringContaining(says) }),
    ]);
    expect(formatReport(findings)).not.toContain('root:');
  });
});

describe('an SVG outside the upload folder must be only a drawing', () => {
  it('finds nothing in a plain drawing', () => {
    expect(activeSvgParts(DRAWING)).toEqual([]);
  });

  it.each([
    ['a script and a handler', SVG, ['script', 'onLoad']],
    [
      'a javascript: link and an animation that could make one',
      '<svg><a xlink:href="javascript:alert(1)"><text>x</text></a><animate attributeName="href" values="javascript:alert(1)"/></svg>',
      ['a', 'xLinkHref', 'animate'],
    ],
    [
      'HTML inside and a pattern from another host',
      '<svg><foreignObject><iframe src="x"></iframe></foreignObject><rect style="fill:url(https://other.host/p)"/></svg>',
      ['foreignObject', 'iframe', 'style'],
    ],
    [
      'an image from another host and a stylesheet',
      '<svg><image href="https://other.host/x.png"/><style>@import url(https://other.host)</style></svg>',
      ['image', 'href', 'style'],
    ],
    [
      'a paint from another host spelt with a CSS escape, and an image-set()',
      '<svg><rect style="fill:u\\rl(https://other.host/p)"/><circle style="fill:image-set(&quot;https://other.host/p&quot; 1x)"/></svg>',
      ['style', 'style'],
    ],
    [
      'a drawing from another host, its XLink namespace under another prefix',
      '<svg xmlns:l="http://www.w3.org/1999/xlink"><use l:href="https://other.host/x.svg#a"/><use l:href="#a"/></svg>',
      ['l:href'],
    ],
    ['an entity the XML parser would expand', '<!DOCTYPE svg [<!ENTITY x "<script>alert(1)</script>">]><svg>&x;</svg>', ['<!DOCTYPE', '<!ENTITY']],
    ['an XSLT stylesheet', '<?xml version="1.0"?><?xml-stylesheet href="https://other.host/x.xsl" type="text/xsl"?><svg/>', ['<?']],
  ])('refuses %s', (_name, text, names) => {
    expect(
      activeSvgParts(text)
        .map((p) => p.name)
        .sort(),
    ).toEqual([...names].sort());
  });
});

describe('mistakes that used to be published silently', () => {
  it('lists .MD files as entries, so validation reports them', () => {
    const dir = tempDir();
    for (const name of ['a.md', 'B.MD', 'c.Md', '_nhap.MD', 'd.mdx', 'e.txt']) writeFileSync(join(dir, name), '');
    expect(entryFiles(dir).map((f) => f.slice(dir.length + 1))).toEqual(['B.MD', 'a.md', 'c.Md', 'd.mdx']);
  });

  it('refuses a linked folder in a collection, without walking into it', async () => {
    const dir = brokenCommune();
    made.push(dir);
    symlinkSync('/etc', join(dir, 'news/etc'));
    symlinkSync('..', join(dir, 'news/loop'));
    const { findings } = await validateContent(dir, { projectRoot: dir, today: '2024-06-30' });
    expect(findings.map((f) => f.file)).toEqual(['news/etc', 'news/loop']);
    expect(formatReport(findings)).toContain('liên kết (symlink) tới thư mục khác');
  });

  it('reserves the addresses of the portal’s own pages, read from its route files', () => {
    const reserved = builtInAddresses(portalRoutes().map((r) => r.pattern));
    for (const address of ['/tin-tuc/trang/', '/tin-tuc/chu-de/', '/thu-tuc-hanh-chinh/ban-in/', '/van-ban/co-quan/']) expect(reserved).toContain(address);
    expect(reserved).not.toContain('/tin-tuc/mot-bai-viet/');
    expect([...builtInAddresses(['/a/[x]/b', '/c/d'])].sort()).toEqual(['/a/', '/c/', '/c/d/']);
  });

  it.each([
    // A copy of a document needs another date, or it would be the same document twice.
    ['news/nhan-ket-qua-qua-buu-dien.md', 'news/trang.md', '/tin-tuc/trang/', (t: string) => `${t}\n`],
    ['documents/nghi-dinh-23-2015-nd-cp.md', 'documents/co-quan.md', '/van-ban/co-quan/', (t: string) => t.replace(/^date: .*$/m, 'date: 2016-01-01')],
  ])('refuses a copy of %s at a built-in address', async (from, copyTo, address, edit) => {
    const dir = brokenCommune({ file: from, copyTo }, { file: copyTo, edit });
    made.push(dir);
    const { findings } = await validateContent(dir, { projectRoot: dir, today: '2024-06-30' });
    expect(findings, formatReport(findings)).toEqual([expect.objectContaining({ severity: 'error', file: copyTo, expected: expect.stringContaining(address) })]);
  });

  it('warns about a year far from today, for news and documents alike', async () => {
    expect(implausibleDates('news', { date: '2204-03-01' }, '2024-06-30')).toEqual([{ field: 'date', value: '2204-03-01', kind: 'farAhead' }]);
    expect(implausibleDates('documents', { date: '1024-03-01', posted: '2024-01-02' }, '2024-06-30')).toEqual([
      { field: 'date', value: '1024-03-01', kind: 'farBehind' },
    ]);
    expect(implausibleDates('documents', { date: '2003-11-26' }, '2024-06-30')).toEqual([]);
    expect(implausibleDates('events', { date: '2010-01-01' }, '2024-06-30')).toMatchObject([{ kind: 'farBehind' }]);
    const dir = brokenCommune({ file: DOCUMENT, edit: (t) => t.replace('date: 2024-01-10', 'date: 2204-01-10') });
    made.push(dir);
    const { findings } = await validateContent(dir, { projectRoot: dir, today: '2024-06-30' });
    expect(findings).toEqual([
      expect.objectContaining({ severity: 'warning', file: DOCUMENT, field: 'date', found: '2204-01-10', expected: expect.stringContaining('gõ nhầm năm') }),
    ]);
  });

  it('keeps a cover that is a real image named like another kind of image', async () => {
    const dir = brokenCommune({ file: COVER, write: await png(32, 32) });
    made.push(dir);
    expect((await validateContent(dir, { projectRoot: dir, today: '2024-06-30' })).findings.filter((f) => f.file === NEWS_WITH_COVER)).toEqual([]);
  });
});
