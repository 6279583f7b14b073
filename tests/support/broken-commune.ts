/**
 * Copies a fixture commune to a temporary folder and applies one fault, so
 * each bad-content test starts from content that is valid but for that fault.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import iconv from 'iconv-lite';
import { dirname, join, resolve } from 'node:path';

export const FIXTURE = resolve('tests/fixtures/chau-thanh-2024');

/**
 * Change one file in place (to new text, or to raw bytes), copy it
 * (unchanged) to a second name, write a new file's bytes, or replace a file
 * by a symbolic link (to an absolute path, or to a path relative to the link).
 */
export type Edit =
  | { file: string; edit: (text: string) => string | Uint8Array }
  | { file: string; copyTo: string }
  | { file: string; write: string | Uint8Array }
  | { file: string; linkTo: string };

/** The bytes Excel and old Windows editors write for Vietnamese: base letters precomposed, tone marks combining. */
export function windows1258(text: string): Uint8Array {
  const tones = /[\u0300\u0301\u0303\u0309\u0323]/g;
  const split = [...text].map((c) => {
    const d = c.normalize('NFD');
    return d.replace(tones, '').normalize('NFC') + (d.match(tones)?.join('') ?? '');
  });
  return iconv.encode(split.join(''), 'windows-1258');
}

export function brokenCommune(...edits: Edit[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'cchc-bad-'));
  cpSync(FIXTURE, dir, { recursive: true });
  for (const fault of edits) {
    if ('write' in fault || 'linkTo' in fault) {
      const path = join(dir, fault.file);
      mkdirSync(dirname(path), { recursive: true });
      rmSync(path, { force: true });
      if ('write' in fault) writeFileSync(path, fault.write);
      else symlinkSync(fault.linkTo, path);
      continue;
    }
    const before = readFileSync(join(dir, fault.file), 'utf8');
    if ('copyTo' in fault) {
      mkdirSync(dirname(join(dir, fault.copyTo)), { recursive: true });
      writeFileSync(join(dir, fault.copyTo), before);
      continue;
    }
    const after = fault.edit(before);
    if (after === before) throw new Error(`fault not applied to ${fault.file}`);
    writeFileSync(join(dir, fault.file), after);
  }
  return dir;
}

export const NEWS = 'news/trien-khai-ke-hoach-tuyen-truyen-cchc-2024.md';
export const NEWS_WITH_COVER = 'news/nop-ho-so-truc-tuyen-tai-bo-phan-mot-cua.md';
export const PROCEDURE = 'procedures/chung-thuc-ban-sao-tu-ban-chinh.md';
export const INDEX_RESULT = 'indices/par-index-xa-2023.md';
const DISCLOSURE = 'late-disclosures/2024-quy-1.md';
export const DOCUMENT = 'documents/ke-hoach-59-kh-ubnd.md';
export const COVER = 'news/images/nop-ho-so-truc-tuyen.jpg';

/**
 * The faults every layer must reject, each with the field and words its
 * message must carry; `fileName` marks a fault in the file's name, which has no line.
 */
export const FAULTS: { name: string; edits: Edit[]; file: string; field?: string; says: string[]; fileName?: true }[] = [
  {
    name: 'a missing required field',
    edits: [{ file: NEWS, edit: (t) => t.replace(/^title: .*\n/m, '') }],
    file: NEWS,
    field: 'title',
    says: ['chưa có (bắt buộc)'],
  },
  {
    name: 'an impossible date (31/02/2024)',
    edits: [{ file: NEWS, edit: (t) => t.replace(/^date: .*$/m, 'date: 31/02/2024') }],
    file: NEWS,
    field: 'date',
    says: ['"31/02/2024"', 'một ngày có thật'],
  },
  {
    name: 'an unknown topic',
    edits: [{ file: NEWS, edit: (t) => t.replace('  - cai-cach-thu-tuc-hanh-chinh', '  - the-thao') }],
    file: NEWS,
    field: 'topics.0',
    says: ['"the-thao"', 'Chuyển đổi số'],
  },
  {
    name: 'a duplicate procedure code',
    edits: [{ file: PROCEDURE, edit: (t) => t.replace('code: "2.000815"', 'code: "1.001193"') }],
    // Files are read in name order, so the later one is reported.
    file: 'procedures/dang-ky-khai-sinh.md',
    field: 'code',
    says: ['1.001193', 'chung-thuc-ban-sao-tu-ban-chinh.md'],
  },
  {
    name: 'a dangling task reference',
    edits: [{ file: NEWS, edit: (t) => t.replace('task: "2024/2"', 'task: "2024/99"') }],
    file: NEWS,
    field: 'task',
    says: ['"2024/99"', 'không có nhiệm vụ 2024/99'],
  },
  {
    name: 'an image without alt text',
    edits: [{ file: NEWS_WITH_COVER, edit: (t) => t.replace(/ {2}alt: >-\n( {4}.*\n)+/, '') }],
    file: NEWS_WITH_COVER,
    field: 'cover.alt',
    says: ['alt', 'chưa có (bắt buộc)'],
  },
  {
    name: 'a fee written with a thousands separator (50.000)',
    edits: [{ file: PROCEDURE, edit: (t) => t.replace('amount: 2000', 'amount: 2.000') }],
    file: PROCEDURE,
    field: 'fees.0.amount',
    says: ['2.000', 'viết 2000, không dùng dấu chấm phân cách hàng nghìn'],
  },
  {
    // A procedure's decision may be unknown (a list-only import), so site.yaml's feedback stands for a required group.
    name: 'a missing group of fields (feedback)',
    edits: [{ file: 'site.yaml', edit: (t) => t.replace(/^feedback:\n( {2}.*\n)+/m, '') }],
    file: 'site.yaml',
    field: 'feedback',
    says: ['chưa có (bắt buộc)', 'một nhóm trường con'],
  },
  {
    name: 'a field written twice',
    edits: [{ file: NEWS, edit: (t) => t.replace(/^(date: .*)$/m, '$1\ndate: "2024-01-23"') }],
    file: NEWS,
    says: ['sai cú pháp YAML', 'tên trường bị ghi hai lần'],
  },
  {
    name: 'a control character in the front matter, which the build’s parser stops on',
    edits: [{ file: NEWS, edit: (t) => t.replace(/^(author: .*)$/m, '$1\u0001') }],
    file: NEWS,
    says: [`${NEWS}:10`, 'sai cú pháp YAML', 'ký tự điều khiển không nhìn thấy'],
  },
  {
    name: 'a control character written as an escape in a title',
    edits: [{ file: NEWS, edit: (t) => t.replace(/^title: (.*)$/m, 'title: "$1\\x1b[31m"') }],
    file: NEWS,
    field: 'title',
    says: ['\\u001b', 'U+001B', 'ký tự điều khiển'],
  },
  {
    name: 'a character that turns the text around it backwards, in a title',
    edits: [{ file: NEWS, edit: (t) => t.replace(/^title: (.*)$/m, 'title: "$1 \u202Efdp.exe"') }],
    file: NEWS,
    field: 'title',
    // Shown as an escape: raw, it would turn the report's own line around.
    says: ['U+202E', 'ngược chiều', ' \\u202efdp.exe"'],
  },
  {
    name: 'a YAML tag the build’s parser does not know',
    edits: [{ file: NEWS, edit: (t) => t.replace(/^author: /m, 'author: !ghi-chu ') }],
    file: NEWS,
    says: [`${NEWS}:10`, 'thẻ bắt đầu bằng dấu !'],
  },
  {
    name: 'a title the build’s parser reads as a number (0b101)',
    edits: [{ file: NEWS, edit: (t) => t.replace(/^author: .*$/m, 'author: 0b101') }],
    file: NEWS,
    field: 'author',
    says: ['Tìm thấy: 0b101', 'được đọc thành 5', 'ngoặc kép'],
  },
  {
    name: 'a hotline’s field name misspelt (emial), which was dropped without a word',
    edits: [{ file: 'site.yaml', edit: (t) => t.replace('    phone: 0918 000 001', '    phone: 0918 000 001\n    emial: vanphong@example.gov.vn') }],
    file: 'site.yaml',
    field: 'hotlines.1.emial',
    says: ['trường này không có trong mẫu'],
  },
  {
    name: 'a fee YAML reads as an infinite number (1e400)',
    edits: [{ file: PROCEDURE, edit: (t) => t.replace('amount: 2000', 'amount: 1e400') }],
    file: PROCEDURE,
    field: 'fees.0.amount',
    says: ['Tìm thấy: một số lớn vô hạn'],
  },
  {
    name: 'a score the build’s parser reads as text (+.5)',
    edits: [{ file: INDEX_RESULT, edit: (t) => t.replace(/^score: .*$/m, 'score: +.5') }],
    file: INDEX_RESULT,
    field: 'score',
    says: ['Tìm thấy: +.5', 'được đọc thành "+.5"'],
  },
  {
    name: 'a file saved in Windows-1258',
    edits: [{ file: NEWS, edit: windows1258 }],
    file: NEWS,
    says: ['UTF-8', 'Windows-1258'],
  },
  {
    name: 'malformed YAML front matter',
    edits: [{ file: NEWS, edit: (t) => t.replace(/^title: (.*)$/m, 'title: [$1') }],
    file: NEWS,
    says: ['sai cú pháp YAML'],
  },
  {
    name: 'a <script> in the body',
    edits: [{ file: NEWS, edit: (t) => `${t}\n<script>alert(1)</script>\n` }],
    file: NEWS,
    field: 'nội dung bài',
    says: ['<script>', 'mã có thể chạy'],
  },
  {
    name: 'a character that turns a line of the body backwards',
    edits: [{ file: NEWS, edit: (t) => `${t}\nTải biểu mẫu tại tệp \u202Efdp.exe đính kèm.\n` }],
    file: NEWS,
    field: 'nội dung bài',
    says: ['U+202E', 'ngược chiều'],
  },
  {
    name: 'a character that turns a line of the body backwards, written as a character reference',
    edits: [{ file: NEWS, edit: (t) => `${t}\nTải biểu mẫu tại tệp &#x202E;fdp.exe đính kèm.\n` }],
    file: NEWS,
    field: 'nội dung bài',
    says: [`${NEWS}:21`, 'U+202E', 'ngược chiều', 'mã HTML dạng &#…;'],
  },
  {
    name: 'a control character in a line of the body (pasted from a terminal)',
    edits: [{ file: NEWS, edit: (t) => `${t}\nKết quả in ra: \u001b[31mĐÃ DUYỆT\u001b[0m.\n` }],
    file: NEWS,
    field: 'nội dung bài',
    says: ['\\u001b[31m', 'U+001B', 'ký tự điều khiển'],
  },
  {
    name: 'a missing image file',
    edits: [{ file: NEWS_WITH_COVER, edit: (t) => t.replace('./images/nop-ho-so-truc-tuyen.jpg', './images/khong-co.jpg') }],
    file: NEWS_WITH_COVER,
    field: 'cover.src',
    says: ['"./images/khong-co.jpg"', 'không tìm thấy tệp ảnh'],
  },
  {
    name: 'an unknown index name',
    edits: [{ file: INDEX_RESULT, edit: (t) => t.replace('index: PAR INDEX', 'index: PARI') }],
    file: INDEX_RESULT,
    field: 'index',
    says: ['"PARI"', '"PAR INDEX", "SIPAS"'],
  },
  {
    name: 'an impossible date in a late-file disclosure',
    edits: [{ file: DISCLOSURE, edit: (t) => t.replace('received: 2024-03-04', 'received: 2024-02-30') }],
    file: DISCLOSURE,
    field: 'cases.0.received',
    says: ['"2024-02-30"', 'một ngày có thật'],
  },
  {
    name: 'a file returned before it was received',
    edits: [{ file: DISCLOSURE, edit: (t) => t.replace('returned: 2024-03-08', 'returned: 2024-03-01') }],
    file: DISCLOSURE,
    field: 'cases.0.returned',
    says: ['ngày trả kết quả không sớm hơn ngày tiếp nhận hồ sơ (04/03/2024)'],
  },
  {
    name: 'a late file of an unknown procedure code',
    edits: [{ file: DISCLOSURE, edit: (t) => t.replace('procedure: "1.001193"', 'procedure: "1.999999"') }],
    file: DISCLOSURE,
    field: 'cases.0.procedure',
    says: ['"1.999999"', 'không có thủ tục nào mang mã 1.999999'],
  },
  {
    // A plan's file name must be its year, so a second plan of a year can only hide in a subfolder.
    name: 'a plan year twice',
    edits: [{ file: 'plans/2024.md', copyTo: 'plans/ban-cu/2024.md' }],
    file: 'plans/ban-cu/2024.md',
    field: 'year',
    says: ['mỗi năm chỉ một kế hoạch', 'plans/2024.md'],
  },
  {
    name: 'a javascript: address as the site url',
    edits: [{ file: 'site.yaml', edit: (t) => t.replace('url: https://chauthanh-2024.example.org', 'url: "javascript:alert(1)"') }],
    file: 'site.yaml',
    field: 'url',
    says: ['"javascript:alert(1)"', 'https://', 'địa chỉ dạng "javascript:" không được nhận'],
  },
  {
    name: 'a data: address as a procedure’s form',
    edits: [{ file: PROCEDURE, edit: (t) => t.replace(/^code: .*$/m, (line) => `${line}\nportalUrl: "data:text/html,<script>alert(1)</script>"`) }],
    file: PROCEDURE,
    field: 'portalUrl',
    says: ['địa chỉ dạng "data:" không được nhận'],
  },
  {
    name: 'the national portal’s dead per-procedure address as a procedure’s portalUrl',
    edits: [
      {
        file: PROCEDURE,
        edit: (t) => t.replace(/^code: .*$/m, (line) => `${line}\nportalUrl: https://dichvucong.gov.vn/p/home/dvc-chi-tiet-thu-tuc-hanh-chinh.html?ma_thu_tuc=2.000815`),
      },
    ],
    file: PROCEDURE,
    field: 'portalUrl',
    says: ['địa chỉ cũ từng trang thủ tục', 'Xóa dòng portalUrl'],
  },
  {
    name: 'a most-used procedure code no procedure has',
    edits: [{ file: 'site.yaml', edit: (t) => `${t}popularProcedures:\n  - "2.000815"\n  - "1.009999"\n` }],
    file: 'site.yaml',
    field: 'popularProcedures.1',
    says: ['"1.009999"', 'không có thủ tục nào mang mã 1.009999', 'popularProcedures'],
  },
  {
    name: 'a most-used procedure code written twice',
    edits: [{ file: 'site.yaml', edit: (t) => `${t}popularProcedures:\n  - "2.000815"\n  - "2.000815"\n` }],
    file: 'site.yaml',
    field: 'popularProcedures.1',
    says: ['mã 2.000815 đã có ở trên'],
  },
  {
    name: 'a document file outside the content folder',
    edits: [{ file: DOCUMENT, edit: (t) => t.replace('file: "./tep/Kế hoạch 59-KH-UBND.pdf"', 'file: ../../../../x.pdf') }],
    file: DOCUMENT,
    field: 'file',
    says: ['"../../../../x.pdf"', 'đi ra ngoài thư mục nội dung'],
  },
  {
    name: 'a cover that is a link to /etc/passwd',
    edits: [{ file: COVER, linkTo: '/etc/passwd' }],
    file: NEWS_WITH_COVER,
    field: 'cover.src',
    says: ['liên kết (symlink) trỏ ra ngoài thư mục nội dung'],
  },
  {
    name: 'a reference-style image, which the build leaves unpublished',
    edits: [{ file: NEWS_WITH_COVER, edit: (t) => `${t}\n![Quầy một cửa][quay]\n\n[quay]: ./images/nop-ho-so-truc-tuyen.jpg\n` }],
    file: NEWS_WITH_COVER,
    field: 'nội dung bài',
    says: ['./images/nop-ho-so-truc-tuyen.jpg', 'kiểu tham chiếu'],
  },
  {
    name: 'search-vocabulary.yaml as a link to /etc/passwd',
    edits: [{ file: 'search-vocabulary.yaml', linkTo: '/etc/passwd' }],
    file: 'search-vocabulary.yaml',
    fileName: true,
    says: ['"search-vocabulary.yaml"', 'liên kết (symlink) trỏ ra ngoài thư mục nội dung'],
  },
  {
    name: 'a folder named search-vocabulary.yaml',
    edits: [{ file: 'search-vocabulary.yaml/.gitkeep', write: '' }],
    file: 'search-vocabulary.yaml',
    fileName: true,
    says: ['search-vocabulary.yaml là một thư mục, không phải một tệp'],
  },
  {
    name: 'a 0-byte cover',
    edits: [{ file: COVER, write: '' }],
    file: NEWS_WITH_COVER,
    field: 'cover.src',
    says: ['tệp này rỗng (0 byte)'],
  },
  {
    name: 'an SVG cover',
    edits: [{ file: COVER, write: '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>' }],
    file: NEWS_WITH_COVER,
    field: 'cover.src',
    says: ['hình vẽ SVG', 'PNG, JPEG hoặc WebP'],
  },
  {
    name: 'a logo outside the content folder',
    edits: [{ file: 'site.yaml', edit: (t) => `${t}logo: ../../../../etc/passwd\n` }],
    file: 'site.yaml',
    field: 'logo',
    says: ['"../../../../etc/passwd"', 'đi ra ngoài thư mục nội dung'],
  },
  {
    name: 'a logo that is an SVG with a script',
    edits: [
      { file: 'logo.svg', write: '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>' },
      { file: 'site.yaml', edit: (t) => `${t}logo: logo.svg\n` },
    ],
    file: 'site.yaml',
    field: 'logo',
    says: ['"logo.svg"', 'hình vẽ SVG', '<script>'],
  },
  {
    name: 'a logo from another host',
    edits: [{ file: 'site.yaml', edit: (t) => `${t}logo: //other.example/logo.png\n` }],
    file: 'site.yaml',
    field: 'logo',
    says: ['"//other.example/logo.png"', 'không phải một địa chỉ'],
  },
  {
    name: "a citizens' vocabulary entry without phrases",
    edits: [{ file: 'search-vocabulary.yaml', write: '- field: Hộ tịch\n  procedure: kết hôn\n  phrases: []\n' }],
    file: 'search-vocabulary.yaml',
    field: '0.phrases',
    says: ['search-vocabulary.yaml', 'phrases'],
  },
  {
    name: 'a file named !!!.md',
    edits: [{ file: NEWS, copyTo: 'news/!!!.md' }],
    file: 'news/!!!.md',
    fileName: true,
    says: ['"!!!.md"', 'ít nhất một chữ cái hoặc chữ số'],
  },
  {
    name: 'a procedure at the address of the printable list',
    edits: [
      { file: PROCEDURE, copyTo: 'procedures/ban-in.md' },
      { file: PROCEDURE, edit: (t) => t.replace('code: "2.000815"', 'code: "2.000816"') },
    ],
    file: 'procedures/ban-in.md',
    fileName: true,
    says: ['/thu-tuc-hanh-chinh/ban-in/', 'trang sẵn có của cổng'],
  },
  {
    name: 'a file named with a "#", which the build’s loader cannot open',
    edits: [{ file: NEWS, copyTo: 'news/tin-so-#2.md' }],
    file: 'news/tin-so-#2.md',
    fileName: true,
    says: ['"news/tin-so-#2.md"', 'tìm thấy "#"', 'đổi tên tệp'],
  },
  {
    name: 'a folder named with a "?"',
    edits: [{ file: NEWS, copyTo: 'news/hoi-dap?/tin.md' }],
    file: 'news/hoi-dap?/tin.md',
    fileName: true,
    says: ['tìm thấy "?"'],
  },
  {
    name: 'a Markdown file ending in .MD',
    edits: [{ file: NEWS, copyTo: 'news/BAI-VIET-MOI.MD' }],
    file: 'news/BAI-VIET-MOI.MD',
    fileName: true,
    says: ['".MD"', 'đuôi tệp viết thường .md'],
  },
];
