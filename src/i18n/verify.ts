/** What `cchc verify` says, in Vietnamese: the gates, each finding, the summary. */
import type { GateId, Problem, ProblemCode } from '../verify/problems.ts';

export const gateNames: Record<GateId, string> = {
  links: 'Liên kết và neo nội bộ',
  html: 'Mã HTML hợp lệ (html-validate)',
  furniture: 'Tiêu đề, mô tả, địa chỉ chuẩn của mỗi trang',
  requests: 'Không tải gì từ máy chủ khác',
  policy: 'Chính sách bảo mật (CSP)',
  axe: 'Khả năng tiếp cận (axe, Chromium)',
};

const t = (p: Problem) => p.target ?? '';

export const problemMessages: Record<ProblemCode, (p: Problem) => string> = {
  'missing-target': (p) => `liên kết tới ${t(p)}: không có tệp hoặc trang này trong bản dựng`,
  'missing-anchor': (p) => `liên kết tới ${t(p)}: trang đích không có phần tử mang id này`,
  'outside-base': (p) => `liên kết tới ${t(p)}: nằm ngoài đường dẫn gốc của trang`,
  'invalid-html': (p) => `dòng ${p.line}, cột ${p.column}: lỗi HTML ${p.rule} – ${p.detail}${p.target ? ` (${p.target})` : ''}`,
  'no-sitemap': () => 'không có sitemap.xml',
  'not-built': () => 'có trong sitemap.xml nhưng không được dựng',
  'not-in-sitemap': () => 'không có trong sitemap.xml mà cũng không đánh dấu noindex',
  'h1-count': (p) => `cần đúng một tiêu đề <h1> có nội dung, đang có ${p.detail}`,
  'title-missing': () => 'thiếu <title> hoặc <title> để trống',
  'title-duplicate': (p) => `<title> "${p.detail}" trùng với trang ${t(p)}`,
  'description-missing': () => 'thiếu mô tả <meta name="description"> (hoặc mô tả quá ngắn)',
  'canonical-wrong': (p) => `địa chỉ chuẩn (canonical) phải là ${t(p)}, đang là "${p.detail}"`,
  'error-page-canonical': () => 'trang 404 không được khai báo địa chỉ chuẩn (canonical)',
  'error-page-indexed': () => 'trang 404 phải có <meta name="robots" content="noindex">',
  'external-resource': (p) => `${p.detail} tải ${t(p)} từ máy chủ khác`,
  'external-css': (p) => `tệp CSS tải ${t(p)} từ máy chủ khác`,
  'csp-missing': () => 'thiếu chính sách bảo mật <meta http-equiv="Content-Security-Policy">',
  'csp-different': (p) => `chính sách bảo mật khác với chính sách của cổng: "${p.detail}"`,
  'inline-script': (p) => `có đoạn mã <script> viết thẳng trong trang: "${t(p)}"`,
  'style-element': () => 'có phần tử <style> trong trang (chính sách chỉ cho phép tệp CSS của trang)',
  'event-handler': (p) => `có thuộc tính sự kiện ${t(p)}: chính sách bảo mật chặn mã viết thẳng trong trang`,
  'javascript-url': (p) => `có địa chỉ javascript: ở ${t(p)}`,
  'meta-refresh': (p) => `có <meta http-equiv="refresh"> (${t(p)}): trang tự chuyển đi mà người đọc không chọn`,
  'base-element': () => 'có phần tử <base>, làm đổi mọi địa chỉ tương đối của trang',
  'form-elsewhere': (p) => `biểu mẫu gửi dữ liệu tới máy chủ khác: ${t(p)}`,
  'axe-violation': (p) => `axe ${p.rule} (${p.detail}): ${t(p)}`,
  iframe: (p) => `có ${p.detail} khung <iframe>: axe chạy ở chế độ không kiểm được khung từ máy chủ khác`,
};

export const verifyText = {
  heading: (dist: string, address: string) => `Kiểm tra bản dựng ${dist} (xuất bản tại ${address})`,
  gateLine: (name: string, problems: number, checked: number) => (problems === 0 ? `  ✓ ${name}: đạt (đã xem ${checked})` : `  ✗ ${name}: ${problems} lỗi`),
  skippedAxe: {
    'not-asked': 'Bỏ qua kiểm tra khả năng tiếp cận (axe): đã tắt bằng --no-browser.',
    'no-chromium': (path: string) =>
      `Bỏ qua kiểm tra khả năng tiếp cận (axe): không thấy Chromium ở ${path}. Cài gói chromium, hoặc đặt CHROMIUM_PATH trỏ tới trình duyệt.`,
    'no-playwright': 'Bỏ qua kiểm tra khả năng tiếp cận (axe): chưa cài playwright-core và @axe-core/playwright.',
  },
  passed: (pages: number) => `Đạt: ${pages} trang không có lỗi nào.`,
  failed: (problems: number, pages: number) => `Không đạt: ${problems} lỗi trên ${pages} trang. Sửa các lỗi trên rồi dựng và kiểm tra lại.`,
  noBuild: (dist: string) =>
    `Không thấy bản dựng ở ${dist}: cần thư mục có index.html với địa chỉ chuẩn (canonical). Chạy "cchc build" trước, hoặc chỉ rõ --base và --origin.`,
  tooManyFolders: 'Chỉ kiểm một thư mục bản dựng mỗi lần.',
  usage: 'Cách dùng: cchc verify [thư mục bản dựng, mặc định dist] [--base /duong-dan/] [--origin https://ten-mien] [--no-browser] [--json]',
};
