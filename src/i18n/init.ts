/** Wording of `cchc init`: questions, defaults and messages, in one place. */
import type { ScaffoldKind } from './templates.ts';

export const initQuestions = {
  name: 'Tên đơn vị (không kèm chữ xã/phường), ví dụ Bằng Cả',
  kind: 'Loại đơn vị (xã, phường, đặc khu; thị trấn, thị xã cho trang trước 1/7/2025)',
  province: 'Tỉnh, thành phố, ví dụ tỉnh Quảng Ninh',
  centerAddress: 'Địa chỉ Trung tâm Phục vụ hành chính công',
  hotline: 'Đường dây nóng của Trung tâm Phục vụ hành chính công',
  email: 'Thư điện tử của đơn vị',
  responsible: 'Họ tên người phụ trách trang',
  url: 'Địa chỉ trang, ví dụ https://bangca.quangninh.gov.vn',
  git: 'Kho mã đặt ở đâu: github, gitlab (gitlab.com) hoặc địa chỉ GitLab riêng, ví dụ https://git.quangninh.gov.vn',
  repo: 'Đường dẫn kho: chủ/tên-kho trên GitHub hoặc nhóm/dự-án trên GitLab, ví dụ ubnd-bangca/cong-cchc',
} as const;

export type InitField = keyof typeof initQuestions;

/** Flags, without tone marks so they can be typed anywhere. */
export const initFlags: Record<InitField, string> = {
  name: 'ten',
  kind: 'loai',
  province: 'tinh',
  centerAddress: 'dia-chi-trung-tam',
  hotline: 'duong-day-nong',
  email: 'email',
  responsible: 'nguoi-phu-trach',
  url: 'dia-chi-trang',
  git: 'git',
  repo: 'kho',
};

/** Answers init does not ask for (the admin may not have them yet): flags only, else site.yaml says what to fill in. */
export const initOptionalFlags = {
  /** GitLab: the OAuth application's ID; without it init writes the placeholder check refuses. */
  appId: 'id-ung-dung',
  /** GitHub: the authenticator's origin; without it clerks sign in with a personal access token. */
  authUrl: 'may-xac-thuc',
} as const;

export const initDefaults = {
  responsibleTitle: 'Công chức Văn phòng - Thống kê',
  officeHours: 'Thứ Hai đến thứ Sáu: sáng 7 giờ 30 – 11 giờ 30, chiều 13 giờ 30 – 17 giờ',
  nationalPortal: 'https://dichvucong.gov.vn',
  agency: (kind: string, name: string) => `Ủy ban nhân dân ${kind} ${name}`,
  center: (kind: string, name: string) => `Trung tâm Phục vụ hành chính công ${kind} ${name}`,
  homeAffairs: (province: string) => `Sở Nội vụ ${province}`,
  provinceHotline: (province: string) => `Đường dây nóng cải cách hành chính ${province}`,
  description: (kind: string, name: string) =>
    `Chuyên mục cải cách hành chính của ${kind} ${name}: thủ tục hành chính, kế hoạch tuyên truyền, tin tức và đường dây nóng.`,
};

/** Titles of the example (draft) file written in each content folder. */
export const exampleTitles: Record<ScaffoldKind, string> = {
  'tin-tuc': 'Bài viết mẫu về cải cách hành chính',
  'thu-tuc': 'Thủ tục mẫu',
  'bieu-duong': 'Gương điển hình mẫu',
  'su-kien': 'Hội nghị mẫu',
  'ke-hoach': 'Kế hoạch tuyên truyền cải cách hành chính mẫu',
  'van-ban': 'Quyết định mẫu',
  'chi-so': 'PAR INDEX mẫu',
  'tre-han': 'Quý I mẫu',
  'bao-cao': 'Báo cáo quý mẫu',
};

export const siteYamlHeader = `Thông tin của đơn vị: tên, địa chỉ, Trung tâm Phục vụ hành chính công, đường dây nóng, địa chỉ trang.
Sửa trực tiếp tệp này hoặc qua trang biên tập /admin/, rồi chạy: npm run check`;

export const provinceYamlHeader = `Thông tin của tỉnh: tên, Sở Nội vụ (nơi nhận báo cáo cải cách hành chính của các xã), đường dây nóng, địa chỉ cổng của tỉnh.
Mỗi xã được đăng tại địa chỉ cổng thêm /<tên-thư-mục-của-xã>/. Sửa xong chạy: npm run check -- --commune <tên-xã>`;

/** Comments above site.yaml's fields that a clerk fills in after init, by field. */
export const siteYamlComments = {
  formerUnits: `Các đơn vị cũ đã sắp xếp, sáp nhập thành đơn vị này (thường đến ngày 30/6/2025).
Người dân còn dùng tên cũ nhiều năm: tên cũ hiện ở trang chủ, trang Liên hệ, Sơ đồ trang và tìm được.
Mỗi đơn vị cũ một mục, thay [] bằng danh sách như mẫu (bỏ dấu # đầu dòng):
  - name: Bằng Cả          # Tên đơn vị cũ, không kèm chữ xã/phường
    kind: xã               # Loại: xã, phường, thị trấn, thị xã, đặc khu
    district: thành phố Hạ Long   # Huyện cũ, kèm chữ huyện/thành phố (không bắt buộc)
    until: 2025-06-30      # Ngày cuối cùng đơn vị cũ còn hoạt động (không bắt buộc)`,
  serviceCenter: `Trung tâm Phục vụ hành chính công: nơi người dân nộp hồ sơ, hiện ở trang chủ, Liên hệ và bản in thủ tục.
name: tên; address: địa chỉ; phone: đường dây nóng (bấm để gọi trên điện thoại).
Không bắt buộc: hours (giờ tiếp nhận, mặc định theo officeHours), mapUrl (liên kết bản đồ https://…, chỉ là liên kết).`,
} as const;

/** The comment above site.yaml's `cms:` block, by Git host: what the admin does once so /admin/ signs in. */
export const cmsComments = {
  gitlab: (adminUrl: string) => `Trang biên tập ${adminUrl} lưu bài vào kho GitLab dưới đây, nhánh mặc định của dự án:
mỗi lần cán bộ bấm Lưu là một lần ghi (commit), .gitlab-ci.yml tự kiểm tra, dựng và đăng trang.
Để đăng nhập được (PKCE, không cần máy chủ), người quản trị tạo một ứng dụng OAuth trên GitLab, một lần:
  Settings → Applications (của nhóm hoặc của tài khoản) → Add new application;
  Redirect URI: ${adminUrl}   Confidential: bỏ chọn   Scopes: api
rồi thay appId dưới đây bằng Application ID vừa tạo. Khi appId còn là giá trị mẫu, npm run check báo lỗi.`,
  github: (adminUrl: string) => `Trang biên tập ${adminUrl} lưu bài vào kho GitHub dưới đây, nhánh main:
mỗi lần cán bộ bấm Lưu là một lần ghi (commit), .github/workflows/publish.yml tự kiểm tra, dựng và đăng trang.
Đăng nhập: mỗi cán bộ dùng mã truy cập cá nhân (fine-grained personal access token, chỉ kho này, quyền Contents: Read and write),
hoặc người quản trị dựng Sveltia CMS Authenticator (Cloudflare Workers) rồi thêm dòng authUrl: https://<địa-chỉ-của-nó>.`,
} as const;

/** `cchc init --province` and `--commune`: flags beyond the commune's (initFlags). */
export const provinceInitFlags = {
  province: 'province',
  homeAffairsAddress: 'dia-chi-so-noi-vu',
  commune: 'commune',
} as const;

export const provinceInitMessages = {
  usage: `Cách dùng: cchc init --province "tỉnh …" THƯ-MỤC --dia-chi-trang https://… --duong-day-nong … --email … --dia-chi-so-noi-vu …
  rồi trong thư mục đó: cchc init --commune TÊN-XÃ [--ten …] [--loai xã|phường|đặc khu] [các tham số như khi tạo một trang]`,
  missing: (flags: readonly string[]) => `Thiếu thông tin của tỉnh: ${flags.map((f) => `--${f}`).join(', ')}.`,
  notProvince: (dir: string) => `${dir} không phải kho của một tỉnh: cần tệp province/site.yaml (tạo bằng cchc init --province "tỉnh …" THƯ-MỤC).`,
  badSlug: (slug: string) => `Tên thư mục xã "${slug}" chỉ gồm chữ thường không dấu, chữ số và dấu gạch ngang, ví dụ xa-an-phu.`,
  communeExists: (dir: string) => `Đã có ${dir}; không ghi đè.`,
  created: (dir: string, count: number) =>
    `Đã tạo kho của tỉnh trong ${dir} (${count} tệp). Tiếp theo: đọc ${dir}/README.md, nhập danh mục thủ tục của tỉnh rồi thêm từng xã.`,
  communeCreated: (dir: string, count: number) => `Đã thêm xã vào ${dir} (${count} tệp). Kiểm tra: npm run check -- --commune ${dir.split('/').at(-1)}`,
} as const;

export const initMessages = {
  usage: `Cách dùng: cchc init THƯ-MỤC [--ten …] [--loai xã|phường|đặc khu] [--tinh …] [--dia-chi-trung-tam …]
  [--duong-day-nong …] [--email …] [--nguoi-phu-trach …] [--dia-chi-trang https://…]
  [--git github|gitlab|https://git.cua-tinh] [--kho chủ/tên-kho] [--id-ung-dung ID] [--may-xac-thuc https://…]
  [--goi PHIÊN-BẢN-HOẶC-TỆP]
Thiếu thông tin nào thì lệnh hỏi (khi chạy trong cửa sổ lệnh), trừ --id-ung-dung (GitLab: ID của ứng dụng OAuth)
và --may-xac-thuc (GitHub: máy xác thực): chưa có thì site.yaml ghi cách điền sau.`,
  noFolder: 'Cần tên thư mục cho trang mới, ví dụ: cchc init cong-cchc-bang-ca',
  notEmpty: (dir: string) => `Thư mục ${dir} đã có tệp; không ghi đè. Chọn một thư mục trống hoặc chưa có.`,
  missing: (flags: readonly string[]) => `Thiếu thông tin: ${flags.map((f) => `--${f}`).join(', ')}.`,
  invalid: 'Thông tin chưa hợp lệ, chưa tạo tệp nào:',
  created: (dir: string, count: number) => `Đã tạo trang mới trong ${dir} (${count} tệp). Tiếp theo:
  cd ${dir}
  npm install && npm run build && npm run preview`,
} as const;
