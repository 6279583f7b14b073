/**
 * Vietnamese wording for content validation. Schemas attach `expected.*` to
 * each field; src/lib/validation-report.ts adds the file, field and found value.
 */
import type { UnsafePart } from '../markdown/sanitize.ts';
import type { PathProblem } from '../lib/file-paths.ts';
import { PLAUSIBLE } from '../lib/plausible-dates.ts';
import { endingsFor, LIMITS, type MediaKind, type MediaProblem } from '../lib/media-types.ts';

export const expected = {
  text: 'một đoạn chữ',
  nonEmpty: 'một đoạn chữ không để trống',
  textList: 'một danh sách, mỗi dòng bắt đầu bằng dấu gạch ngang "- "',
  date: 'một ngày có thật, viết dạng NĂM-THÁNG-NGÀY (ví dụ 2024-03-31) hoặc NGÀY/THÁNG/NĂM (ví dụ 31/03/2024)',
  year: 'một năm gồm 4 chữ số, ví dụ 2024',
  url: 'một địa chỉ web đầy đủ, bắt đầu bằng https:// (hoặc http:// nếu trang đó chưa có https)',
  contactUrl: 'một địa chỉ web đầy đủ bắt đầu bằng https:// (hoặc http://), hoặc mailto:thư@… hay tel:số điện thoại',
  email: 'một địa chỉ thư điện tử, ví dụ vanphong@example.gov.vn',
  phone: 'một số điện thoại, chỉ gồm chữ số, dấu cách, dấu chấm hoặc gạch ngang',
  count: 'một số nguyên không âm, ví dụ 0, 1, 2',
  alt: 'lời mô tả ảnh (alt) cho người khiếm thị, không để trống',
  boolean: 'true (có) hoặc false (không)',
  procedureCode: 'mã thủ tục quốc gia dạng 1.001193 (một chữ số, dấu chấm, sáu chữ số)',
  taskRef:
    'mã nhiệm vụ dạng NĂM/SỐ, ví dụ 2024/3 (nhiệm vụ số 3 của kế hoạch năm 2024), hoặc NĂM/NHÓM.SỐ khi phụ lục chia nhóm, ví dụ 2024/II.1 (nhiệm vụ 1 của nhóm II)',
  month: 'một tháng từ 1 đến 12',
  quarter: 'một quý từ 1 đến 4',
  monthOrDate: 'một tháng dạng 2024-01 hoặc một ngày dạng 2024-01-17',
  photoList: 'một danh sách ảnh, mỗi ảnh có src (đường dẫn) và alt (lời mô tả)',
  basePath: 'đường dẫn gốc bắt đầu và kết thúc bằng "/", ví dụ / hoặc /xa-bang-ca/',
  procedureNotes: 'các ghi chú theo mã thủ tục, mỗi mục dạng "1.001193:" rồi các dòng place, address, hours, fee, note thụt vào',
  oneOf: (values: readonly string[]) => `một trong các giá trị: ${values.map((v) => `"${v}"`).join(', ')}`,
} as const;

/** A province repository: province/site.yaml and each commune's notes on the shared procedures (src/build/province.ts). */
export const provinceMessages = {
  name: 'tên tỉnh kèm loại, viết thường chữ đầu: "tỉnh Quảng Ninh" hoặc "thành phố Hải Phòng"',
  hotlines: 'ít nhất một số đường dây nóng CCHC của tỉnh',
  missingSite: 'kho của tỉnh cần tệp province/site.yaml (tên tỉnh, Sở Nội vụ, đường dây nóng, địa chỉ cổng của tỉnh)',
  unknownCode: (code: string) => `mã của một thủ tục trong danh mục của tỉnh (province/procedures/) hoặc của xã; không có thủ tục nào mã ${code}`,
  unknownCodeHint: 'Kiểm tra lại mã (ví dụ 1.001193), hoặc xóa ghi chú của thủ tục đã bãi bỏ khỏi danh mục.',
} as const;

/** The plan's appendix: groups and task numbers (src/schemas/plan.ts). */
export const planMessages = {
  unknownGroup: (ids: readonly string[]) =>
    ids.length === 0
      ? 'một nhóm đã khai trong danh sách groups của kế hoạch; kế hoạch này chưa khai nhóm nào (thêm groups hoặc xóa dòng group)'
      : `mã của một nhóm đã khai trong groups: ${ids.map((id) => `"${id}"`).join(', ')}`,
  duplicateGroup: (id: string) => `mã nhóm "${id}" bị lặp; mỗi nhóm một mã riêng`,
} as const;

/** Wording for every Zod issue a schema gives no message for (src/schemas/error-map.ts). */
export const issueMessages = {
  object: 'một nhóm trường con, mỗi trường một dòng, thụt vào hai dấu cách dưới tên trường này',
  array: 'một danh sách, mỗi mục một dòng bắt đầu bằng dấu gạch ngang "- "',
  number: 'một con số, ví dụ 3',
  anyValue: 'một giá trị đúng dạng của trường này',
  minItems: (n: number) => `danh sách có ít nhất ${n} mục`,
  maxItems: (n: number) => `danh sách có nhiều nhất ${n} mục`,
  minLength: (n: number) => `ít nhất ${n} ký tự`,
  maxLength: (n: number) => `nhiều nhất ${n} ký tự`,
  atLeast: (n: number | bigint | Date) => `một số không nhỏ hơn ${String(n)}`,
  above: (n: number | bigint | Date) => `một số lớn hơn ${String(n)}`,
  atMost: (n: number | bigint | Date) => `một số không lớn hơn ${String(n)}`,
  below: (n: number | bigint | Date) => `một số nhỏ hơn ${String(n)}`,
  multipleOf: (n: number | bigint) => `một bội số của ${String(n)}`,
  format: 'giá trị viết đúng dạng quy định của trường này',
  union: 'một trong các dạng mà trường này nhận; xem mẫu trong tài liệu hướng dẫn',
  invalid: 'một giá trị hợp lệ cho trường này',
} as const;

/**
 * The YAML parser's errors by code (yaml's ErrorCode), in the clerk's words.
 * The finding already names the file and the line.
 */
export const yamlMessages: Record<string, string> = {
  DUPLICATE_KEY: 'tên trường bị ghi hai lần trong cùng một nhóm; mỗi trường chỉ ghi một lần, hãy xóa hoặc gộp dòng thừa',
  TAB_AS_INDENT: 'dòng thụt lề bằng phím Tab; YAML chỉ nhận dấu cách (mỗi cấp hai dấu cách)',
  MISSING_CHAR: 'thiếu ký tự đóng: một dấu ngoặc kép " hoặc \' đã mở mà chưa đóng, hoặc thiếu ] hay }',
  BAD_INDENT: 'thụt lề không đều: các trường cùng nhóm phải thẳng cột, với cùng số dấu cách',
  MULTILINE_IMPLICIT_KEY: 'thiếu dấu hai chấm sau tên trường, hoặc một giá trị có dấu hai chấm cần đặt trong ngoặc kép',
  BLOCK_AS_IMPLICIT_KEY: 'thiếu dấu hai chấm sau tên trường, hoặc một giá trị có dấu hai chấm cần đặt trong ngoặc kép',
  UNEXPECTED_TOKEN: 'có ký tự không đúng chỗ; giá trị bắt đầu bằng ký tự đặc biệt (@ ` % [ { > |) cần đặt trong ngoặc kép',
  BAD_SCALAR_START: 'giá trị bắt đầu bằng ký tự đặc biệt (@ ` %); hãy đặt giá trị trong ngoặc kép',
  BAD_DQ_ESCAPE: "trong ngoặc kép, dấu \\ phải đi với một ký tự hợp lệ; viết \\\\ hoặc dùng ngoặc đơn '",
  BAD_ALIAS: 'tham chiếu * (alias) không trỏ tới mốc & nào trước nó; hãy viết thẳng giá trị thay vì dùng & và *',
  ALIAS_PROPS: 'tham chiếu * (alias) không được kèm mốc & hay thẻ !; hãy viết thẳng giá trị',
  RESOURCE_EXHAUSTION: 'dùng tham chiếu & và * quá nhiều (có thể là tệp được tạo để làm treo máy); hãy viết thẳng giá trị',
  MULTIPLE_DOCS: 'phần thông tin chỉ có một khối; xóa dòng --- thừa',
  KEY_OVER_1024_CHARS: 'tên trường dài quá 1024 ký tự; có thể thiếu dấu hai chấm sau tên trường',
  NON_STRING_KEY: 'tên trường phải là chữ, không phải danh sách hay nhóm',
  // Codes of our own, for what the build's parser (js-yaml) stops on: src/readers/built-front-matter.ts.
  NON_PRINTABLE: 'dòng này có ký tự điều khiển không nhìn thấy (thường lẫn vào khi dán từ tệp khác); gõ lại dòng này',
  UNKNOWN_TAG: 'thẻ bắt đầu bằng dấu ! (ví dụ !!str, !foo) không dùng được; xóa thẻ, chỉ ghi giá trị',
};
export const yamlOtherError = 'cú pháp YAML sai ở dòng này; so sánh với một tệp mẫu cùng loại';

export const numberMessages = {
  wholeNumber: 'một số nguyên viết liền, không có dấu phân cách hàng nghìn (số tiền tính bằng đồng)',
  noGrouping: (digits: string) => `viết ${digits}, không dùng dấu chấm phân cách hàng nghìn (YAML đọc 50.000 thành 50)`,
} as const;

const ENCODING_NAMES: Record<string, string> = { 'windows-1258': 'Windows-1258', 'utf-16le': 'UTF-16', 'utf-16be': 'UTF-16' };

/** Why a URL field was refused (src/lib/safe-url.ts). */
export const urlMessages = {
  scheme: (wanted: string, scheme: string) => `${wanted}; địa chỉ dạng "${scheme}:" không được nhận vì nó có thể chạy mã hoặc mở nội dung lạ ngay trên cổng`,
} as const;

/** The procedure index and the national portal link (src/lib/procedures.ts). */
export const procedureMessages = {
  deadPortalLink:
    'một địa chỉ còn mở được; đây là địa chỉ cũ từng trang thủ tục của Cổng Dịch vụ công quốc gia, cổng mới (2026) không còn phục vụ. Xóa dòng portalUrl: trang tự dẫn tới ô tìm kiếm của cổng theo mã thủ tục, hoặc dán địa chỉ mới đã mở thử được',
  unknownPopular: (code: string) => `mã của một thủ tục đã đăng trên cổng (content/procedures/); không có thủ tục nào mang mã ${code}`,
  unknownPopularHint: 'popularProcedures liệt kê mã các thủ tục hiện đầu danh mục; sửa lại mã, hoặc xóa mã đó khỏi danh sách.',
  duplicatePopular: (code: string) => `mỗi mã chỉ ghi một lần; mã ${code} đã có ở trên`,
} as const;

export const messages = {
  procedureMissing: (code: string, file: string, parts: readonly string[]) => `Thủ tục ${code} (${file}) chưa có: ${parts.join(', ')}`,
  procedureMissingHint:
    'Trang thủ tục vẫn được đăng và ghi rõ phần nào chưa có, mời người dân hỏi tại Trung tâm Phục vụ hành chính công. Bổ sung từ gói dữ liệu quốc gia (npm run import:procedures -- DANH-MỤC --detail GÓI.json) hoặc ghi tay.',
  unknownField: 'trường này không có trong mẫu; kiểm tra lại chính tả tên trường',
  missing: 'chưa có (bắt buộc)',
  yamlSyntax: 'phần thông tin đầu bài (giữa hai dòng ---) viết sai cú pháp YAML',
  yamlFileSyntax: 'tệp này viết sai cú pháp YAML',
  readAsBuilt: (value: string) => `một giá trị được đọc như nhau khi kiểm tra và khi dựng trang; khi dựng trang, giá trị này được đọc thành ${value}`,
  readAsBuiltHint: 'Đặt giá trị trong ngoặc kép, ví dụ title: "0b101", hoặc viết số, ngày như tệp mẫu cùng loại.',
  noFrontMatter: 'tệp Markdown phải bắt đầu bằng phần thông tin đầu bài nằm giữa hai dòng ---',
  duplicateCode: (code: string, other: string) => `mã thủ tục ${code} đã được dùng ở tệp ${other}`,
  duplicateYear: (year: number, other: string) => `kế hoạch năm ${year} đã có ở tệp ${other}`,
  fileNameIsId: (id: string) => `tên tệp là ${id}.md, theo năm của kế hoạch`,
  fileNameIsIdHint: (id: string) => `Đổi tên tệp thành ${id}.md: trang biên tập ghi nhiệm vụ của kế hoạch theo tên tệp (${id}/1, ${id}/2…), nên tên tệp phải là năm.`,
  duplicateTaskId: (id: string) => `mã nhiệm vụ "${id}" bị lặp trong cùng kế hoạch; mỗi nhiệm vụ một số riêng (trong nhóm của nó, khi phụ lục chia nhóm)`,
  duplicateUrl: (url: string, other: string) => `địa chỉ trang ${url} trùng với tệp ${other}`,
  builtInAddress: (url: string) => `một tên tệp khác: địa chỉ ${url} là một trang sẵn có của cổng, tệp này sẽ đè lên trang đó`,
  builtInAddressHint: 'Đổi tên tệp, ví dụ thêm vài chữ mô tả nội dung vào tên.',
  emptyId: 'tên tệp có ít nhất một chữ cái hoặc chữ số (tên tệp là địa chỉ của trang)',
  emptyIdHint: 'Đổi tên tệp theo tiêu đề, không dấu, ví dụ dang-ky-khai-sinh.md',
  folderLink: 'một thư mục thật; đây là một liên kết (symlink) tới thư mục khác, nội dung trong đó không được đăng',
  folderLinkHint: 'Xóa liên kết và chép các tệp cần đăng vào thư mục này.',
  notLowerMd: (ending: string) => `đuôi tệp viết thường .md; tệp có đuôi "${ending}" sẽ không được đăng`,
  notLowerMdHint: 'Đổi đuôi tệp thành .md (chữ thường).',
  farAhead: (today: string) =>
    `một ngày không muộn hơn hôm nay (${today}) quá ${PLAUSIBLE.ahead} năm; ngày này còn rất xa, có thể đã gõ nhầm năm. Nếu đúng thì bỏ qua cảnh báo này`,
  farBehind: 'một ngày gần đây hơn; ngày này đã quá xa, có thể đã gõ nhầm năm. Nếu đúng thì bỏ qua cảnh báo này',
  reportWithoutPlan: (year: number) => `một năm có kế hoạch: chưa có kế hoạch năm ${year} (thư mục plans/), nên không có trang báo cáo nào dùng tệp này`,
  duplicateReport: (id: string, other: string) => `mỗi kỳ báo cáo chỉ một tệp; kỳ ${id} đã có ở tệp ${other}`,
  danglingTask: (ref: string) => `không có nhiệm vụ ${ref}: kế hoạch năm đó không có, hoặc không có nhiệm vụ số đó`,
  /** The valid values of a reference (not case-sensitive), trimmed when many; undefined when there are none. */
  validChoices: (shown: readonly string[], more: number) =>
    shown.length ? `Các giá trị hợp lệ (không phân biệt chữ hoa, chữ thường): ${shown.join(', ')}${more ? ` và ${more} giá trị khác` : ''}.` : undefined,
  placeholder: 'nội dung do người soạn viết; đây còn là câu mẫu của lệnh tạo tệp (cchc new)',
  placeholderHint: 'Thay câu mẫu bằng nội dung thật, hoặc xóa dòng đó nếu không cần.',
  noTasks: 'Chưa có kế hoạch nào có phụ lục nhiệm vụ: thêm kế hoạch của năm đó vào content/plans/ trước.',
  taskOutsideYear: (ref: string) =>
    `một ngày trong năm ${ref.split('/')[0]}, năm của nhiệm vụ ${ref}; bài vẫn được đăng nhưng không được tính vào tiến độ kế hoạch. Nếu bài thuộc kế hoạch năm khác, sửa trường task`,
  unitNotInQuota: (ref: string, units: readonly string[]) =>
    `một đơn vị được giao chỉ tiêu của nhiệm vụ ${ref}: ${units.join(', ')}; bài vẫn được đăng nhưng không được tính vào chỉ tiêu. Ghi tên đơn vị như trong kế hoạch`,
  missingImage: (path: string) => `không tìm thấy tệp ảnh ${path}`,
  missingSite: 'không tìm thấy tệp site.yaml (thông tin của đơn vị)',
  mdxNotAllowed: 'mục này chỉ nhận tệp .md; tệp .mdx có thể chạy mã khi dựng trang nên chỉ dành cho người bảo trì',
  notNfc: 'văn bản chưa ở dạng Unicode dựng sẵn (NFC); hãy gõ lại hoặc dán dưới dạng văn bản thuần',
  legacyEncoding: 'văn bản có vẻ bị lỗi phông (mã TCVN3/VNI cũ); hãy chuyển sang Unicode rồi dán lại',
  notUtf8: (guess: string | undefined) =>
    `tệp lưu ở bảng mã UTF-8${guess ? ` (tệp này có vẻ lưu ở bảng mã ${ENCODING_NAMES[guess] ?? guess})` : ''}; nếu không, chữ có dấu sẽ hiện thành ký tự lạ trên trang`,
  notUtf8Hint: 'Mở tệp bằng trình soạn thảo, chọn Lưu thành (Save as) với mã hóa UTF-8, rồi lưu lại.',
  buildStopped: (count: number, firstError: string) =>
    `Dừng dựng trang: có ${count} lỗi nội dung. ${firstError} Trang đang chạy không bị thay đổi. Sửa các lỗi ở trên rồi dựng lại.`,
} as const;

export const bodyMessages = {
  body: 'nội dung bài',
  noScript:
    'nội dung chỉ gồm chữ, liên kết (https, http, mailto, tel hoặc trang, tệp của cổng) và ảnh của chính cổng; không có mã có thể chạy trên trang, khung nhúng, biểu mẫu, chuyển hướng, định dạng riêng hay nội dung tải từ trang khác',
  noScriptHint:
    'Khi đăng, trang sẽ bỏ phần này. Muốn dẫn tới video, bản đồ hay trang khác, hãy đặt liên kết thường https://…; ảnh thì đặt cạnh bài và viết ./ten-anh.jpg.',
  dropped: 'định dạng bằng Markdown; thẻ hay thuộc tính HTML này sẽ bị bỏ khi đăng (chữ bên trong vẫn giữ)',
  tooDeep: (max: number) => `thẻ HTML lồng nhau không quá ${max} tầng; trang sẽ chỉ giữ lại chữ`,
  /** What the sanitiser removes, as the clerk would recognise it in the text. */
  unsafeFound: (part: UnsafePart): string => {
    if (part.kind === 'nesting') return `HTML lồng ${part.depth} tầng`;
    if (part.kind === 'element') return `<${part.tag}>`;
    const value = part.value.length > 80 ? `${part.value.slice(0, 80)}…` : part.value;
    if (part.attribute.startsWith('on')) return `thuộc tính on…= (${part.attribute} trên <${part.tag}>)`;
    const scheme = /^[a-z][a-z0-9+.-]*:/i.exec(part.value.trim())?.[0].toLowerCase();
    if (part.tag === 'img' && part.attribute === 'src') return `ảnh tải từ nơi khác: ${value}`;
    if (scheme && part.attribute === 'href') return `liên kết ${scheme} (${value})`;
    if (part.attribute === 'href') return `liên kết không an toàn: ${value}`;
    return `thuộc tính ${part.attribute}="${value}" trên <${part.tag}>`;
  },
  notNfc: 'văn bản ở dạng Unicode dựng sẵn (NFC); trang vẫn được dựng và tự chuyển, nhưng nên gõ lại đoạn này',
  legacyEncoding: 'văn bản Unicode; đoạn này có vẻ bị lỗi phông (mã TCVN3/ABC hoặc VNI cũ)',
  controlCharacter: (code: string) =>
    `văn bản không có ký tự điều khiển; đoạn này có ký tự ${code}, không nhìn thấy trên trang, làm trang sai chuẩn HTML và hỏng bản tin RSS. Xóa ký tự đó (thường do viết \\x, \\0, \\e trong ngoặc kép, hoặc dán từ tệp khác)`,
  bidiControl: (code: string) =>
    `văn bản không có ký tự đổi chiều chữ; đoạn này có ký tự ${code}, không nhìn thấy nhưng làm chữ quanh nó hiện ngược chiều, khác với chữ đã viết. Xóa ký tự đó (thường do dán từ tệp khác)`,
  invisibleReference: 'Ký tự này được viết bằng mã HTML dạng &#…; trên dòng này (ví dụ &#x202E;) và hiện thành chính ký tự đó trên trang: xóa mã đó.',
  toneless: 'chữ tiếng Việt có dấu; đoạn này có vẻ được gõ không dấu (không phải lỗi phông)',
  tonelessHint: 'Gõ lại bằng bộ gõ tiếng Việt (Unikey, EVKey hoặc bàn phím tiếng Việt của điện thoại), hoặc dán lại từ văn bản gốc có dấu',
  brokenLink: 'liên kết tới một trang có trên cổng hoặc một tệp đính kèm có thật',
  brokenLinkHint: 'Trang trong cổng viết dạng /thu-tuc-hanh-chinh/ten-thu-tuc/; tệp đính kèm tải lên thư mục public/tai-lieu/ và viết /tai-lieu/ten-tep.pdf',
  relativeLink:
    'liên kết viết từ gốc của cổng: trang dạng /thu-tuc-hanh-chinh/ten-thu-tuc/, tệp đính kèm dạng /tai-lieu/ten-tep.pdf; tệp đặt cạnh bài không được đăng lên trang nên liên kết này sẽ hỏng',
  relativeLinkHint:
    'Tải tệp lên thư mục public/tai-lieu/ (trang biên tập làm việc này) rồi viết /tai-lieu/ten-tep.pdf; văn bản chính thức thì thêm vào mục Văn bản (content/documents/). Ảnh thì vẫn đặt cạnh bài và viết ![mô tả](./ten-anh.jpg).',
  imageSuffix: 'đường dẫn ảnh chỉ gồm tên tệp, không có phần "?…" hay "#…" phía sau; trang không mở được ảnh viết như vậy và sẽ hiện một ảnh hỏng',
  imageNotInline:
    'ảnh đặt cạnh bài được viết ngay tại chỗ, dạng ![mô tả](./ten-anh.jpg); ảnh viết kiểu tham chiếu ![mô tả][x] hoặc bằng thẻ HTML <img> không được đăng lên trang nên sẽ hỏng',
  imageHint: 'Viết ảnh dạng ![mô tả ảnh](./images/ten-anh.jpg), không thêm gì sau tên tệp.',
  bigImage: (mb: string) => `ảnh nhỏ hơn 5 MB (ảnh này ${mb} MB); trang vẫn tự thu nhỏ ảnh nhưng kho nội dung sẽ nặng`,
  futureDate: (today: string) => `ngày không muộn hơn hôm nay (${today}); tin có ngày ở tương lai vẫn được đăng ngay`,
} as const;

export const checkSummary = (files: number, errors: number, warnings: number, ms: number, firstError = '') =>
  errors
    ? `Có ${errors} lỗi và ${warnings} cảnh báo trong nội dung (đã đọc ${files} tệp hợp lệ, ${ms} ms). ${firstError} Sửa các lỗi trên rồi chạy lại: npm run check`
    : `Nội dung hợp lệ: ${files} tệp, ${warnings} cảnh báo (${ms} ms).`;

export const importMessages = {
  usage: [
    'Cách dùng: npm run import:procedures -- TỆP [--detail GÓI.json] [--mark-abolished] [--content THƯ_MỤC]',
    'TỆP: danh mục thủ tục của tỉnh (.xlsx, .csv, tải từ Cơ sở dữ liệu quốc gia về TTHC; dòng tiêu đề phía trên được bỏ qua)',
    '     hoặc gói dữ liệu quốc gia (.json). Chỉ nhận thủ tục cấp xã (cột "Cấp thực hiện"); thủ tục cấp khác được bỏ qua và đếm.',
    '  --detail          gói dữ liệu quốc gia (.json) để bổ sung hồ sơ, các bước, phí, thời hạn, căn cứ pháp lý',
    '                    cho các thủ tục CÓ trong danh mục; thủ tục chỉ có trong gói thì không thêm.',
    '  --mark-abolished  ghi "đã bãi bỏ" cho thủ tục đang có mà danh mục mới không còn',
    'Chạy lại với cùng tệp không thay đổi gì. Phần cán bộ tự viết (nội dung bài, tóm tắt, miễn giảm, trường danh mục không có) được giữ nguyên.',
  ].join('\n'),
  noFile: (file: string) => `Không tìm thấy tệp ${file}.`,
  header: (file: string, n: number) => `Nhập từ ${file}: ${n} thủ tục.`,
  noCode: (name: string) => `  ! Bỏ qua "${name}": không có mã thủ tục.`,
  nameTaken: (path: string, code: string) => `  ! Bỏ qua mã ${code}: tệp ${path} đã có nhưng mang mã khác; kiểm tra lại.`,
  added: (path: string, code: string, name: string, missing: string[]) =>
    `  + Thêm mới ${path} (${code} ${name})${missing.length ? `; chưa có: ${missing.join(', ')}` : ''}`,
  otherLevel: (n: number) => `  · Bỏ qua ${n} thủ tục không thực hiện ở cấp xã (cột "Cấp thực hiện" hoặc CAPTHUCHIEN).`,
  detail: (file: string, used: number, unused: number) =>
    `  · Chi tiết từ ${file}: ${used} thủ tục có trong danh mục${unused ? `; ${unused} thủ tục trong gói không có trong danh mục nên không thêm` : ''}.`,
  changed: (path: string, code: string, fields: string[]) => `  ~ Cập nhật ${path} (${code}): ${fields.join(', ')}`,
  unchanged: (n: number) => `  = Không đổi: ${n} thủ tục.`,
  missing: (path: string, code: string) => `  ? ${path} (${code}) không có trong danh sách mới; giữ nguyên. Chạy lại với --mark-abolished để ghi "đã bãi bỏ".`,
  abolished: (path: string, code: string) => `  - Đánh dấu đã bãi bỏ: ${path} (${code})`,
  badCodes: (file: string, n: number) =>
    `Dừng nhập: ${file} có ${n} mã thủ tục sai dạng (cần dạng 1.001193: một chữ số, dấu chấm, sáu chữ số; nếu Excel lưu mã dạng số và bỏ số 0 cuối, như 1.00119, định dạng cột mã là Văn bản (Text) rồi gõ lại mã). Chưa tệp nào được ghi; sửa danh mục rồi chạy lại.`,
  badCode: (code: string, name: string, where?: string) => `  ! ${where ? `${where}: ` : ''}Mã "${code}" (${name || 'không có tên'})`,
  /** Where a table row is, for the lines above: the row and the code's column as the spreadsheet shows them. */
  where: (row: number, column: string) => `dòng ${row}, cột ${column}`,
  dupCodes: (file: string, n: number) =>
    `Dừng nhập: trong ${file}, ${n} mã thủ tục có ở hơn một dòng (mỗi thủ tục một dòng, một mã). Chưa tệp nào được ghi; xóa dòng trùng hoặc sửa mã rồi chạy lại.`,
  dupCode: (code: string, rows: string[]) => `  ! Mã ${code}: ${rows.join('; ')}`,
  dupRow: (name: string, where?: string) => `${where ? `${where} ` : ''}"${name || 'không có tên'}"`,
  badCells: (file: string, n: number) =>
    `Dừng nhập: ${file} có ${n} ô không đọc được (cần chữ Unicode hoặc số; tìm thấy lỗi công thức như #N/A, #REF!, công thức chưa tính ra kết quả, hoặc chữ gõ bằng phông cũ). Chưa tệp nào được ghi; mở tệp bằng Excel, sửa các ô này, lưu lại rồi chạy lại.`,
  badCell: (row: number, column: string, header: string, found: string) => `  ! dòng ${row}, cột ${column} ("${header}"): ${found}`,
  formulaNoResult: (formula: string) => `công thức =${formula} chưa có kết quả`,
  legacyFont: (text: string) =>
    `"${text.slice(0, 60)}" gõ bằng phông chữ cũ (TCVN3/.VnTime hoặc VNI), cần chữ Unicode; chuyển mã sang Unicode (Unikey: Công cụ chuyển mã) rồi lưu lại`,
  manySheets: (file: string, sheets: string[]) =>
    `Dừng nhập: ${file} có ${sheets.length} trang tính đều là danh mục thủ tục (${sheets.map((s) => `"${s}"`).join(', ')}), chưa biết nhập trang nào. Chưa tệp nào được ghi; lưu trang danh mục cấp xã thành một tệp riêng (hoặc gộp các trang vào một) rồi chạy lại.`,
  outsideFolder: (code: string) => `  ! Mã "${code}": tên tệp sẽ nằm ngoài thư mục procedures/; bỏ qua.`,
  notAList: (file: string) =>
    `Không nhận ra ${file} là danh mục thủ tục: không tìm thấy cột "Mã thủ tục" và cột "Tên thủ tục" (bảng tính) hoặc trường MATTHC và TENTTHC (gói dữ liệu JSON). Kiểm tra lại tệp đã chọn.`,
  abolishNoMatch: (file: string) =>
    `Không đánh dấu bãi bỏ: không thủ tục nào trong ${file} trùng mã với thủ tục đã có trên cổng, nên có thể đã chọn nhầm tệp. Chưa tệp nào được ghi.`,
  empty: (file: string) => `Tệp ${file} trống, không có dữ liệu để nhập.`,
  tooBig: (file: string, mb: number, limit: number) => `Tệp ${file} quá lớn (${mb} MB; tối đa ${limit} MB). Kiểm tra lại tệp đã chọn.`,
  badJson: (file: string, detail: string) =>
    `Tệp ${file} không phải JSON hợp lệ (có thể bị tải về thiếu hoặc bị cắt ngang: ${detail}). Tải lại gói dữ liệu rồi chạy lại.`,
  notWorkbook: (file: string) => `Tệp ${file} không phải bảng tính Excel (.xlsx) đọc được. Mở tệp bằng Excel và lưu lại dạng .xlsx hoặc .csv.`,
  badCsv: (file: string, detail: string) => `Tệp ${file} không đọc được dạng CSV (${detail}). Mở tệp bằng Excel và lưu lại dạng .xlsx hoặc CSV UTF-8.`,
  encoding: (file: string) =>
    `Tệp ${file} không lưu ở bảng mã nhận ra được (UTF-8, UTF-16 hoặc Windows-1258). Mở tệp bằng Excel và chọn Lưu thành "CSV UTF-8", rồi chạy lại.`,
  unknownType: (file: string) => `Tệp ${file} không phải loại nhận được. Dùng gói dữ liệu quốc gia (.json) hoặc danh mục của tỉnh (.csv, .xlsx).`,
  unreadable: (file: string, detail: string) => `Không đọc được tệp ${file}: ${detail}`,
  writeFailed: (file: string, detail: string) => `Không ghi được tệp ${file}: ${detail}`,
} as const;

export const words = {
  file: 'Tệp',
  field: 'Trường',
  found: 'Tìm thấy',
  expected: 'Cần',
  nothing: '(không có)',
  /** A number YAML reads as infinite (1e400, .inf) or as no number (.nan): JSON would show "null". */
  infinite: 'một số lớn vô hạn (như 1e400 hoặc .inf)',
  notANumber: 'giá trị .nan (không phải một số)',
  error: 'LỖI',
  warning: 'CẢNH BÁO',
  hint: 'Gợi ý',
} as const;

/** Headings of a report: the errors come first, then the warnings, grouped by file. */
export const reportWords = {
  warnings: (count: number) => `── ${count} cảnh báo, theo tệp (không chặn việc đăng trang) ──`,
  warningsOf: (file: string, count: number) => `${file}: ${count} cảnh báo`,
  /** Where the first error is, for the summary line: "news/a.md:3, trường title". */
  firstError: (where: string, field: string | undefined) => `Lỗi đầu tiên: ${where}${field ? `, trường ${field}` : ''}.`,
} as const;

/** Reform index results, late-processing disclosures and guiding documents. */
export const transparencyMessages = {
  scoreOrRank: 'điểm (score) hoặc thứ hạng (rank) của kết quả, hoặc cả hai',
  rankBeyondOf: (rank: number, of: number) => `thứ hạng không lớn hơn tổng số đơn vị được xếp hạng (of: ${of}); đang ghi hạng ${rank}`,
  scoreBeyondMax: (max: number) => `điểm không lớn hơn điểm tối đa (${max})`,
  score: 'một số không âm, ví dụ 92.18 (dùng dấu chấm thập phân)',
  rank: 'một số nguyên từ 1 trở lên, ví dụ 3 (hạng 3)',
  of: 'tổng số đơn vị được xếp hạng, một số nguyên từ 1 trở lên, ví dụ 63',
  maxScore: 'điểm tối đa của thang điểm, một số lớn hơn 0, ví dụ 100',
  duplicateResult: (index: string, scope: string, year: number, other: string) =>
    `mỗi chỉ số chỉ một kết quả cho mỗi năm và mỗi cấp; ${index} ${scope.toLowerCase()} năm ${year} đã có ở tệp ${other}`,
  receivedAfterDue: (received: string) => `ngày hẹn trả không sớm hơn ngày tiếp nhận (${received})`,
  returnedBeforeReceived: (received: string) => `ngày trả kết quả không sớm hơn ngày tiếp nhận hồ sơ (${received}); ngày trả đang ghi trước ngày nhận`,
  notLate: (due: string) => `ngày trả kết quả muộn hơn ngày hẹn trả (${due}); hồ sơ trả đúng hoặc trước hạn không đưa vào danh sách trễ hạn`,
  outsideQuarter: (label: string, from: string, to: string) =>
    `ngày trả kết quả trong ${label} (từ ${from} đến ${to}), kỳ của bản công khai này; hồ sơ trả ở quý khác ghi vào bản công khai của quý đó`,
  daysLateMismatch: (computed: number) =>
    `${computed} ngày: số ngày làm việc từ sau ngày hẹn trả đến ngày trả kết quả, không kể thứ Bảy, Chủ nhật và các ngày nghỉ ghi ở holidays; ngày trả luôn được tính`,
  daysLateHint: 'Sửa daysLate, hoặc xóa dòng daysLate để trang tự tính.',
  processedTooFew: (late: number) => `số hồ sơ đã giải quyết trong quý không ít hơn số hồ sơ trễ hạn liệt kê bên dưới (${late})`,
  apologyDateWithoutApology: 'apology: true khi đã ghi ngày gửi thư xin lỗi (apologyDate)',
  apologyBeforeReceipt: (received: string) => `ngày gửi thư xin lỗi không sớm hơn ngày tiếp nhận hồ sơ (${received})`,
  holidayOutsideQuarter: (label: string) => `một ngày nghỉ lễ, Tết trong ${label}`,
  unknownProcedure: (code: string) => `mã của một thủ tục đã đăng trên cổng (content/procedures/); không có thủ tục nào mang mã ${code}`,
  unknownProcedureHint: 'Kiểm tra lại mã trên phiếu hẹn trả, hoặc thêm thủ tục đó vào content/procedures/ trước.',
  duplicateQuarter: (label: string, other: string) => `mỗi quý chỉ một bản công khai; ${label} đã có ở tệp ${other}`,
  nameHidden:
    'không ghi họ tên: site.yaml chọn chỉ công khai chức danh (lateFiles.officials: position), nên họ tên này không hiện trên trang nhưng vẫn nằm trong kho nội dung',
  nameHiddenHint: 'Xóa dòng name, hoặc đổi lateFiles.officials thành name trong site.yaml nếu quy định của tỉnh cho phép công khai họ tên.',
  nameMissing: 'họ tên người xử lý hồ sơ (official.name): site.yaml chọn công khai họ tên (lateFiles.officials: name)',
  pdfFile: 'đường dẫn tới một tệp PDF đặt cạnh tệp văn bản, ví dụ ./tep/76-nq-cp.pdf',
  missingFile: (path: string) => `không tìm thấy tệp ${path}`,
  missingFileHint: 'Đặt tệp PDF vào thư mục tep/ cạnh tệp văn bản và ghi file: ./tep/ten-tep.pdf',
  bigFile: (mb: string) => `tệp PDF nhỏ hơn 20 MB (tệp này ${mb} MB) để người dân tải được trên mạng chậm`,
  duplicateNumber: (number: string, other: string) => `mỗi văn bản một tệp; văn bản số ${number} đã có ở tệp ${other}`,
  feedbackChannel: 'đúng một kênh góp ý: email (thư điện tử) hoặc url (địa chỉ web có {url})',
  feedbackUrl: 'một địa chỉ web bắt đầu bằng https:// và có {url} ở chỗ điền địa chỉ trang, ví dụ https://gopy.example.gov.vn/?trang={url}',
} as const;

const kindLabels: Record<MediaKind | 'javascript', string> = {
  jpeg: 'ảnh JPEG',
  png: 'ảnh PNG',
  webp: 'ảnh WebP',
  gif: 'ảnh GIF',
  avif: 'ảnh AVIF',
  bmp: 'ảnh BMP',
  tiff: 'ảnh TIFF',
  ico: 'biểu tượng ICO',
  pdf: 'tệp PDF',
  zip: 'tệp nén (zip)',
  ole: 'tệp Word/Excel/PowerPoint đời cũ',
  svg: 'hình vẽ SVG',
  html: 'trang HTML (hoặc tệp XML)',
  javascript: 'mã JavaScript',
  empty: 'tệp rỗng',
  unknown: 'tệp không rõ loại',
};

const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);

/**
 * Files the site publishes: where they may be (src/lib/file-paths.ts) and
 * what they must be (src/lib/media-types.ts), worded for the clerk.
 */
export const fileMessages = {
  photo: 'một ảnh JPEG, PNG, WebP, GIF hoặc AVIF nằm trong thư mục nội dung, ví dụ ./images/anh.jpg',
  photoHint: 'Đặt ảnh vào thư mục images/ cạnh bài viết và ghi src: ./images/ten-anh.jpg',
  logo: 'biểu trưng của đơn vị: một ảnh PNG, JPEG, WebP hoặc hình vẽ SVG nằm trong thư mục nội dung (ví dụ logo.png), hoặc một tệp trong thư mục public/ ghi bắt đầu bằng một dấu / (ví dụ /logo.png)',
  logoHint: 'Chép tệp biểu trưng vào thư mục nội dung, cạnh site.yaml, rồi ghi logo: logo.png',
  upload: 'tệp cho người dân tải về: PDF, ảnh JPEG, PNG, WebP, GIF, AVIF hoặc văn bản Word, Excel, PowerPoint, OpenDocument',
  uploadField: 'tệp tải lên',
  linkedFile: 'tệp được liên kết trong bài',
  /** Why the path as written cannot be published. */
  path: (problem: PathProblem, written: string, image: boolean, folder: 'content' | 'public'): string => {
    const inside = folder === 'public' ? 'thư mục public/' : 'thư mục nội dung';
    switch (problem.kind) {
      case 'absolute':
        return 'đường dẫn tính từ thư mục của tệp nội dung (ví dụ ./images/anh.jpg), không phải đường dẫn trên máy tính';
      case 'address':
        return 'đường dẫn tới một tệp trong thư mục nội dung, không phải một địa chỉ (https:, file:…)';
      case 'characters':
        return `tên tệp không có dấu "?", "#", "%" hay ký tự điều khiển (tìm thấy ${JSON.stringify(problem.found)}); hãy đổi tên tệp, chỉ dùng chữ, số, dấu gạch ngang`;
      case 'missing':
        return image ? messages.missingImage(written) : transparencyMessages.missingFile(written);
      case 'notFile':
        return `${written} là một thư mục, không phải một tệp`;
      case 'outside':
        return `một tệp nằm trong ${inside}; đường dẫn này đi ra ngoài ${inside} (../) nên tệp không được đăng`;
      case 'linkOutside':
        return `một tệp nằm trong ${inside}; tệp này là một liên kết (symlink) trỏ ra ngoài ${inside} nên không được đăng`;
    }
  },
  /** Why the file's content cannot be published. */
  media: (problem: MediaProblem): string => {
    switch (problem.kind) {
      case 'empty':
        return 'một tệp có nội dung; tệp này rỗng (0 byte), có lẽ chưa chép hoặc tải lên xong';
      case 'wrongKind': {
        const found = kindLabels[problem.found];
        if (problem.wanted === 'pdf') return `một tệp PDF; nội dung tệp này là ${found}`;
        if (problem.wanted === 'upload') {
          return problem.found === 'svg' || problem.found === 'html'
            ? `${fileMessages.upload}; ${found} có thể chạy mã ngay trên cổng, nơi trang biên tập giữ phiên đăng nhập, nên không được đăng`
            : `${fileMessages.upload}; nội dung tệp này là ${found}`;
        }
        return problem.found === 'svg'
          ? `ảnh JPEG, PNG hoặc WebP; ${found} không dùng làm ảnh bài viết vì có thể chứa mã chạy trên trang. Hãy xuất hình thành PNG, JPEG hoặc WebP`
          : `ảnh JPEG, PNG, WebP, GIF hoặc AVIF; nội dung tệp này là ${found}, không phải loại ảnh trang dùng được`;
      }
      case 'extension':
        return `đuôi tên tệp đúng với nội dung (${endingsFor(problem.found).join(', ')}); nội dung là ${kindLabels[problem.found]} nhưng tên tệp có đuôi "${problem.ending}"`;
      case 'tooManyPixels':
        return `ảnh không quá ${LIMITS.maxSide} điểm ảnh mỗi chiều và ${LIMITS.maxPixels / 1_000_000} triệu điểm ảnh; ảnh này ${problem.width} × ${problem.height}. Hãy thu nhỏ ảnh (ví dụ rộng 2000 điểm ảnh) rồi lưu lại`;
      case 'undecodable':
        return 'một ảnh mở được trọn vẹn; tệp này bị hỏng hoặc bị cắt dở (chưa chép, chưa tải hết). Hãy chép lại ảnh gốc';
      case 'tooLarge':
        return `tệp PDF không quá ${mb(LIMITS.maxPdfBytes)} MB (tệp này ${mb(problem.bytes)} MB); hãy nén hoặc tách tệp`;
      case 'activeSvg': {
        const parts = problem.parts.map((p) => (p.kind === 'element' ? `<${p.name.replace(/^<|>$/g, '')}>` : `${p.name}="${p.value.slice(0, 40)}" trên <${p.element}>`));
        return `hình vẽ SVG chỉ gồm hình và màu; tệp này có ${parts.join(', ')}, có thể chạy mã hoặc tải nội dung từ nơi khác ngay trên cổng. Hãy xuất lại hình (hoặc dùng PNG)`;
      }
      case 'active':
        return `${kindLabels[problem.found]} trong thư mục public/ được đăng nguyên dạng và có thể chạy mã ngay trên cổng; thư mục này chỉ dành cho ảnh, PDF và văn bản văn phòng`;
      case 'hostRules':
        return `không có tệp quy tắc của máy chủ web trong thư mục public/; máy chủ đọc tệp "${problem.name}" làm quy tắc riêng (chuyển người xem sang trang khác, thay các quy định bảo mật của cổng) chứ không đăng như một tệp. Hãy xóa tệp này; cổng tự đặt các quy tắc đó`;
      case 'domainClaim':
        return `không có tệp xác nhận tên miền trong thư mục public/ (ngoài security.txt); tệp "${problem.path}" được các dịch vụ khác (nơi cấp chứng chỉ bảo mật, kho ứng dụng) đọc như lời xác nhận của chính tên miền cổng. Hãy xóa tệp này; việc đó do đơn vị quản trị máy chủ làm`;
    }
  },
} as const;
