/** The provincial hub's words (src/routes-hub/, src/lib/board.ts); the commune pages' are in ./vi.ts. */
import { progressStatus } from './vi.ts';

export const hubNav = {
  home: 'Trang chủ',
  procedures: 'Thủ tục hành chính',
  news: 'Tin tức',
  board: 'Bảng theo dõi',
  search: 'Tìm kiếm',
} as const;

export const hubUi = {
  tagline: 'Cổng thông tin cải cách hành chính',
  homeIntro: (province: string) =>
    `Cổng thông tin cải cách hành chính của các xã, phường ${province}: mỗi xã, phường có trang riêng với thủ tục, tin tức và kế hoạch của mình.`,
  communesTitle: 'Các xã, phường',
  communesCaption: (count: number) => `${count} xã, phường trên cổng thông tin`,
  communeColumn: 'Xã, phường',
  formerColumn: 'Hình thành từ',
  centerColumn: 'Nơi nộp hồ sơ',
  visit: (unit: string) => `Trang của ${unit}`,
  noFormer: '–',
  newsTitle: 'Tin tức của tỉnh',
  noNews: 'Chưa có tin tức chung của tỉnh.',
  moreNews: 'Xem tất cả tin tức của tỉnh',
  proceduresTitle: 'Thủ tục hành chính cấp xã',
  proceduresIntro:
    'Danh mục thủ tục hành chính cấp xã do tỉnh công bố. Mỗi thủ tục có trang riêng trên cổng của từng xã, phường, ghi rõ nơi nộp hồ sơ của xã, phường đó.',
  procedureWhere: 'Nộp hồ sơ tại xã, phường của bạn',
  procedureWhereIntro: 'Chọn xã, phường nơi bạn nộp hồ sơ để xem giấy tờ cần chuẩn bị, phí, thời hạn và địa chỉ nộp:',
  procedureFacts: 'Thông tin chung',
  code: 'Mã thủ tục',
  field: 'Lĩnh vực',
  homeAffairs: 'Sở Nội vụ',
  address: 'Địa chỉ',
  phone: 'Điện thoại',
  email: 'Thư điện tử',
  hotline: 'Đường dây nóng',
  searchTitle: 'Tìm trên cổng của cả tỉnh',
  searchDescription: (province: string) => `Tìm thủ tục hành chính và tin tức của mọi xã, phường ${province}.`,
  searchScope: 'Tìm trong',
  searchScopeAll: 'Tất cả xã, phường',
  /** Shown with each search result from a commune's own pages. */
  resultSource: (unit: string) => `Trang của ${unit}`,
  searchFallback: 'Chưa tìm được? Xem trang của từng xã, phường:',
  /** The province-wide index holds each commune's newest dated pages (src/build/hub-search.ts, HUB_RECENT). */
  searchRecent: (count: number) => `Ô tìm kiếm cả tỉnh tìm trong ${count} tin, sự kiện mới nhất của mỗi xã, phường. Tin cũ hơn: chọn một xã, phường ở ô “Tìm trong”.`,
  notFoundTitle: 'Không tìm thấy trang',
  notFound: 'Địa chỉ này không có trên cổng của tỉnh. Trang của từng xã, phường ở danh sách dưới đây.',
  mainMenu: 'Trình đơn chính',
} as const;

export const boardUi = {
  title: 'Bảng theo dõi tiến độ kế hoạch tuyên truyền CCHC của các xã, phường',
  navTitle: 'Bảng theo dõi tiến độ',
  periodTitle: (label: string) => `Tiến độ kế hoạch của các xã, phường: ${label}`,
  intro: (homeAffairs: string) =>
    `Dành cho ${homeAffairs}: kế hoạch năm của mọi xã, phường, đặt cạnh nhau theo từng kỳ. Số liệu tính bằng đúng cách tính trên trang báo cáo của từng xã, phường; bấm tên xã, phường để xem báo cáo chi tiết.`,
  indexIntro: 'Chọn kỳ báo cáo:',
  yearHeading: (year: number) => `Năm ${year}`,
  asOf: (date: string) => `Số liệu tính đến ngày ${date}.`,
  caption: (label: string) => `Số nhiệm vụ theo đánh giá của từng xã, phường, ${label.toLowerCase()}`,
  unit: 'Xã, phường',
  tasks: 'Số nhiệm vụ',
  status: progressStatus,
  newsBehind: 'Chỉ tiêu tin bài chậm',
  narrative: 'Thuyết minh báo cáo',
  narrativeWritten: 'Đã có',
  narrativeMissing: 'Chưa có',
  total: 'Cộng',
  stateErrors: 'Nội dung của xã có lỗi, chưa dựng được báo cáo',
  stateNoPlan: 'Chưa có kế hoạch năm',
  attentionHeading: 'Cần đôn đốc',
  attentionNews: 'Chậm chỉ tiêu tin bài',
  attentionNarrative: 'Chưa có thuyết minh báo cáo của kỳ',
  attentionNoReport: 'Chưa có số liệu',
  attentionNone: 'Không có xã, phường nào.',
  downloads: 'Tải bảng theo dõi',
  csv: 'Bảng tính CSV',
  xlsx: 'Bảng tính Excel (XLSX)',
  newsTasks: (ids: readonly string[]) => `nhiệm vụ ${ids.join(', ')}`,
  description: (label: string) => `Tiến độ thực hiện kế hoạch tuyên truyền cải cách hành chính của các xã, phường, ${label.toLowerCase()}.`,
} as const;

/** The board's CSV and XLSX columns, in order (src/lib/board.ts boardRows). */
export const boardColumns = [
  'Xã, phường',
  'Mã xã, phường',
  'Kỳ báo cáo',
  'Số nhiệm vụ',
  progressStatus.done,
  progressStatus['on-track'],
  progressStatus.behind,
  progressStatus.overdue,
  'Số nhiệm vụ tin bài chậm chỉ tiêu',
  'Thuyết minh báo cáo',
  'Ghi chú',
  'Báo cáo của xã, phường',
] as const;
