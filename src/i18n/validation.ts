/**
 * Vietnamese wording for content validation. Schemas attach `expected.*` to
 * each field; src/lib/validation-report.ts adds the file, field and found value.
 */
export const expected = {
  text: 'một đoạn chữ',
  nonEmpty: 'một đoạn chữ không để trống',
  textList: 'một danh sách, mỗi dòng bắt đầu bằng dấu gạch ngang "- "',
  date: 'một ngày có thật, viết dạng NĂM-THÁNG-NGÀY (ví dụ 2024-03-31) hoặc NGÀY/THÁNG/NĂM (ví dụ 31/03/2024)',
  year: 'một năm gồm 4 chữ số, ví dụ 2024',
  url: 'một địa chỉ web đầy đủ, bắt đầu bằng https://',
  email: 'một địa chỉ thư điện tử, ví dụ vanphong@example.gov.vn',
  phone: 'một số điện thoại, chỉ gồm chữ số, dấu cách, dấu chấm hoặc gạch ngang',
  count: 'một số nguyên không âm, ví dụ 0, 1, 2',
  alt: 'lời mô tả ảnh (alt) cho người khiếm thị, không để trống',
  boolean: 'true (có) hoặc false (không)',
  procedureCode: 'mã thủ tục quốc gia dạng 1.001193 (một chữ số, dấu chấm, sáu chữ số)',
  taskRef: 'mã nhiệm vụ dạng NĂM/SỐ, ví dụ 2024/3 (nhiệm vụ số 3 của kế hoạch năm 2024)',
  month: 'một tháng từ 1 đến 12',
  quarter: 'một quý từ 1 đến 4',
  monthOrDate: 'một tháng dạng 2024-01 hoặc một ngày dạng 2024-01-17',
  photoList: 'một danh sách ảnh, mỗi ảnh có src (đường dẫn) và alt (lời mô tả)',
  basePath: 'đường dẫn gốc bắt đầu và kết thúc bằng "/", ví dụ / hoặc /xa-bang-ca/',
  oneOf: (values: readonly string[]) => `một trong các giá trị: ${values.map((v) => `"${v}"`).join(', ')}`,
} as const;

export const messages = {
  unknownField: 'trường này không có trong mẫu; kiểm tra lại chính tả tên trường',
  missing: 'chưa có (bắt buộc)',
  yamlSyntax: 'phần thông tin đầu bài (giữa hai dòng ---) viết sai cú pháp YAML',
  noFrontMatter: 'tệp Markdown phải bắt đầu bằng phần thông tin đầu bài nằm giữa hai dòng ---',
  duplicateCode: (code: string, other: string) => `mã thủ tục ${code} đã được dùng ở tệp ${other}`,
  duplicateYear: (year: number, other: string) => `kế hoạch năm ${year} đã có ở tệp ${other}`,
  duplicateTaskId: (id: string) => `mã nhiệm vụ "${id}" bị lặp trong cùng kế hoạch`,
  duplicateUrl: (url: string, other: string) => `địa chỉ trang ${url} trùng với tệp ${other}`,
  danglingTask: (ref: string) => `không có nhiệm vụ ${ref}: kế hoạch năm đó không có, hoặc không có nhiệm vụ số đó`,
  taskOutsideYear: (ref: string) =>
    `một ngày trong năm ${ref.split('/')[0]}, năm của nhiệm vụ ${ref}; bài vẫn được đăng nhưng không được tính vào tiến độ kế hoạch. Nếu bài thuộc kế hoạch năm khác, sửa trường task`,
  missingImage: (path: string) => `không tìm thấy tệp ảnh ${path}`,
  missingSite: 'không tìm thấy tệp site.yaml (thông tin của xã)',
  mdxNotAllowed: 'mục này chỉ nhận tệp .md; tệp .mdx có thể chạy mã khi dựng trang nên chỉ dành cho người bảo trì',
  notNfc: 'văn bản chưa ở dạng Unicode dựng sẵn (NFC); hãy gõ lại hoặc dán dưới dạng văn bản thuần',
  legacyEncoding: 'văn bản có vẻ bị lỗi phông (mã TCVN3/VNI cũ); hãy chuyển sang Unicode rồi dán lại',
  buildStopped: (count: number) =>
    `Dừng dựng trang: có ${count} lỗi nội dung. Trang đang chạy không bị thay đổi. Sửa các lỗi dưới đây rồi dựng lại.`,
} as const;

export const bodyMessages = {
  body: 'nội dung bài',
  noScript: 'nội dung không chứa mã có thể chạy trên trang (script, iframe, on…=, javascript:)',
  noScriptHint: 'Xóa đoạn mã đó. Muốn nhúng video hay bản đồ, hãy đặt liên kết thường tới trang gốc.',
  notNfc: 'văn bản ở dạng Unicode dựng sẵn (NFC); trang vẫn được dựng và tự chuyển, nhưng nên gõ lại đoạn này',
  legacyEncoding: 'văn bản Unicode; đoạn này có vẻ bị lỗi phông (mã TCVN3/ABC hoặc VNI cũ)',
  brokenLink: 'liên kết tới một trang có trên cổng hoặc một tệp đính kèm có thật',
  brokenLinkHint: 'Trang trong cổng viết dạng /thu-tuc-hanh-chinh/ten-thu-tuc/; tệp đính kèm đặt cạnh bài và viết ./ten-tep.pdf',
  bigImage: (mb: string) => `ảnh nhỏ hơn 5 MB (ảnh này ${mb} MB); trang vẫn tự thu nhỏ ảnh nhưng kho nội dung sẽ nặng`,
  futureDate: (today: string) => `ngày không muộn hơn hôm nay (${today}); tin có ngày ở tương lai vẫn được đăng ngay`,
} as const;

export const checkSummary = (files: number, errors: number, warnings: number, ms: number) =>
  errors
    ? `Có ${errors} lỗi và ${warnings} cảnh báo trong nội dung (đã đọc ${files} tệp hợp lệ, ${ms} ms). Sửa các lỗi trên rồi chạy lại: npm run check`
    : `Nội dung hợp lệ: ${files} tệp, ${warnings} cảnh báo (${ms} ms).`;

export const importMessages = {
  usage: 'Cách dùng: npm run import:procedures -- TỆP [--mark-abolished]\nTỆP: gói dữ liệu quốc gia (.json) hoặc danh mục của tỉnh (.csv, .xlsx)',
  noFile: (file: string) => `Không tìm thấy tệp ${file}.`,
  header: (file: string, n: number) => `Nhập từ ${file}: ${n} thủ tục.`,
  noCode: (name: string) => `  ! Bỏ qua "${name}": không có mã thủ tục.`,
  nameTaken: (path: string, code: string) => `  ! Bỏ qua mã ${code}: tệp ${path} đã có nhưng mang mã khác; kiểm tra lại.`,
  added: (path: string, code: string, name: string, blanks: string[]) =>
    `  + Thêm mới ${path} (${code} ${name})${blanks.length ? `; cần bổ sung: ${blanks.join(', ')}` : ''}`,
  changed: (path: string, code: string, fields: string[]) => `  ~ Cập nhật ${path} (${code}): ${fields.join(', ')}`,
  unchanged: (n: number) => `  = Không đổi: ${n} thủ tục.`,
  missing: (path: string, code: string) =>
    `  ? ${path} (${code}) không có trong danh sách mới; giữ nguyên. Chạy lại với --mark-abolished để ghi "đã bãi bỏ".`,
  abolished: (path: string, code: string) => `  - Đánh dấu đã bãi bỏ: ${path} (${code})`,
  newBody: 'Hướng dẫn thêm cho người dân bằng lời dễ hiểu: cần mang gì, lưu ý gì.',
} as const;

export const words = {
  file: 'Tệp',
  field: 'Trường',
  found: 'Tìm thấy',
  expected: 'Cần',
  nothing: '(không có)',
} as const;
