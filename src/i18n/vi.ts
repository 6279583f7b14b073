/**
 * Every string a visitor sees, in Vietnamese. Pages and components take their
 * wording from here so the portal speaks with one voice.
 */

export const topics = {
  'cai-cach-thu-tuc-hanh-chinh': 'Cải cách thủ tục hành chính',
  'chuyen-doi-so': 'Chuyển đổi số',
  'mot-cua': 'Một cửa, một cửa liên thông',
  'dich-vu-cong-truc-tuyen': 'Dịch vụ công trực tuyến',
  'buu-chinh-cong-ich': 'Bưu chính công ích',
  'chi-so-cchc': 'Chỉ số cải cách hành chính',
  'cong-vu': 'Cải cách công vụ',
  'to-chuc-bo-may': 'Cải cách tổ chức bộ máy',
  'tai-chinh-cong': 'Cải cách tài chính công',
  'the-che': 'Cải cách thể chế',
  'doi-thoai': 'Đối thoại với Nhân dân, doanh nghiệp',
  'guong-dien-hinh': 'Gương điển hình',
} as const;
export type TopicSlug = keyof typeof topics;

/** Since 1 July 2025: xã, phường, đặc khu; thị trấn and thị xã remain for a historic unit's site. */
export const siteKinds = ['xã', 'phường', 'đặc khu', 'thị trấn', 'thị xã'] as const;

export const procedureStatus = {
  'in-force': 'Đang có hiệu lực',
  amended: 'Đã sửa đổi, bổ sung',
  abolished: 'Đã bãi bỏ',
} as const;

export const onlineLevels = {
  full: 'Dịch vụ công trực tuyến toàn trình',
  partial: 'Dịch vụ công trực tuyến một phần',
  none: 'Chưa cung cấp trực tuyến',
} as const;

export const procedureLevels = {
  commune: 'Cấp xã',
  district: 'Cấp huyện',
  province: 'Cấp tỉnh',
  ministry: 'Cấp bộ, ngành',
} as const;

export const recipientKinds = { person: 'Cá nhân', collective: 'Tập thể' } as const;

export const commendationReasons = {
  initiative: 'Sáng kiến, cách làm mới',
  exemplary: 'Gương điển hình tiên tiến',
  award: 'Khen thưởng',
} as const;

export const targetKinds = {
  news: 'tin bài',
  events: 'hoạt động',
  commendations: 'lượt biểu dương',
  documents: 'văn bản',
} as const;

export const periodUnits = { month: 'tháng', quarter: 'quý', year: 'năm' } as const;
/** What a cadence on top of a quota can repeat over ("mỗi tháng ít nhất 1"). */
export const cadenceUnits = { month: periodUnits.month, quarter: periodUnits.quarter } as const;

export const nav = {
  home: 'Trang chủ',
  procedures: 'Thủ tục hành chính',
  news: 'Tin tức',
  plans: 'Kế hoạch',
  commendations: 'Biểu dương',
  contact: 'Liên hệ, góp ý',
  sitemap: 'Sơ đồ trang',
  search: 'Tìm kiếm',
} as const;

/**
 * Labels that pages and search results share, apart from the objects below so
 * the search script (src/client/search-ui.ts) carries only these.
 */
export const labels = {
  code: 'Mã thủ tục',
  field: 'Lĩnh vực',
  published: 'Ngày đăng',
  updated: 'Cập nhật',
  issued: 'Ngày ban hành',
  disclosed: 'Ngày công khai',
  date: 'Ngày',
} as const;

const pageOf = (page: number, total: number) => `Trang ${page} / ${total}`;

export const ui = {
  siteTagline: 'Thông tin cải cách hành chính',
  skipToContent: 'Bỏ qua, đến nội dung chính',
  mainMenu: 'Menu chính',
  breadcrumb: 'Bạn đang ở',
  searchLabel: 'Tìm thủ tục, tin tức',
  searchPlaceholder: 'Ví dụ: đăng ký khai sinh',
  searchButton: 'Tìm',
  hotline: 'Đường dây nóng CCHC',
  address: 'Địa chỉ',
  phone: 'Điện thoại',
  email: 'Thư điện tử',
  officeHours: 'Giờ làm việc',
  responsible: 'Chịu trách nhiệm nội dung',
  feedback: 'Phản ánh, kiến nghị về quy định hành chính',
  nationalPortal: 'Cổng Dịch vụ công quốc gia',
  provincialPortal: 'Cổng dịch vụ công của tỉnh',
  social: 'Mạng xã hội',
  latestNews: 'Tin mới',
  allNews: 'Xem tất cả tin tức',
  proceduresByField: 'Thủ tục hành chính theo lĩnh vực',
  allProcedures: 'Xem toàn bộ danh mục thủ tục',
  readPlan: 'Xem toàn văn kế hoạch',
  published: labels.published,
  updated: labels.updated,
  author: 'Tác giả',
  unit: 'Đơn vị',
  topics: 'Chủ đề',
  countsToward: 'Thuộc nhiệm vụ',
  rss: 'Nhận tin qua RSS',
  previousPage: 'Trang trước',
  nextPage: 'Trang sau',
  pageOf,
  /** The pager's name for screen readers: it tells it apart from the menu and the breadcrumbs. */
  pagination: 'Chuyển trang',
  /** A numbered link of the pager, read out in full ("Trang 3", not "3"). */
  pageNumber: (page: number) => `Trang ${page}`,
  /** A list page's title: page 1 bears the list's own, later pages say which they are. */
  pagedTitle: (heading: string, page: number, total: number) => (page > 1 ? `${heading} – ${pageOf(page, total)}` : heading),
  procedureCount: (n: number) => `${n} thủ tục`,
  noProcedures: 'Chưa có thủ tục nào được công bố.',
  popularProcedures: 'Thủ tục thường dùng',
  fields: 'Các lĩnh vực',
  fieldTitle: (field: string) => `Thủ tục hành chính lĩnh vực ${field}`,
  fieldLede: (count: string, field: string, agency: string) =>
    `${count} lĩnh vực ${field} thực hiện tại ${agency}. Chọn một thủ tục để xem hồ sơ, thời hạn, phí và cách nộp.`,
  noNews: 'Chưa có tin bài nào.',
  noPlan: 'Chưa có kế hoạch cho năm nay.',
  noCommendations: 'Chưa có nội dung biểu dương.',
  commendationCount: (n: number) => `${n} tin biểu dương`,
  print: 'In trang này',
  notFoundTitle: 'Không tìm thấy trang',
  notFoundBody: 'Trang bạn tìm không có hoặc đã được chuyển đi. Bạn có thể tìm lại, hoặc đi tới một trong các mục dưới đây.',
} as const;

/** The home page as a list of tasks: call, search, the most-used procedures, the plan in short. */
export const homeUi = {
  /** The page's h1: what citizens come for, not the masthead's name again. */
  heading: (unit: string) => `Làm thủ tục hành chính tại ${unit}`,
  call: 'Gọi để được hướng dẫn',
  /** The plan of its own year, never "năm nay". */
  planHeading: (year: number) => `Kế hoạch tuyên truyền CCHC năm ${year}`,
  /** While the plan's year runs: measured on the build day. */
  planSoFar: (date: string) => `Tiến độ đến ngày ${date}`,
  /** Once the plan's year is over: its final state. */
  planFinal: (year: number) => `Kết quả cả năm ${year}`,
} as const;

/** A unit of the two-tier country: the units it was formed from and its service center (home page, contact page). */
export const unitUi = {
  formedFrom: 'Hình thành từ',
  until: (date: string) => `đến ${date}`,
  serviceCenterHours: 'Giờ tiếp nhận hồ sơ',
  mapLink: 'Xem đường đi trên bản đồ',
  /** The search result tag of the home page, found by a former unit's name. */
  homeResult: 'Trang chủ',
} as const;

export const procedureUi = {
  code: labels.code,
  field: labels.field,
  level: 'Cấp thực hiện',
  /** The commune's own note on a procedure the province publishes for every commune (procedure-notes.yaml). */
  localNote: 'Lưu ý tại đơn vị',
  status: 'Tình trạng',
  summary: 'Tóm tắt',
  time: 'Thời hạn giải quyết',
  fee: 'Phí, lệ phí',
  free: 'Miễn phí',
  exemptions: 'Trường hợp được miễn, giảm',
  where: 'Nơi nộp hồ sơ',
  channels: 'Cách thức thực hiện',
  inPerson: 'Nộp trực tiếp tại Bộ phận Tiếp nhận và trả kết quả',
  postal: 'Nộp hoặc nhận kết quả qua dịch vụ bưu chính công ích',
  notPostal: 'Chưa nhận qua dịch vụ bưu chính công ích',
  online: 'Trực tuyến',
  documents: 'Hồ sơ cần chuẩn bị',
  document: 'Giấy tờ',
  /** How many of a document to bring, in words, leaving out a kind of which none is asked ("0 bản sao" says nothing). */
  quantity: 'Số lượng',
  quantityText: (originals: number, copies: number) =>
    [originals > 0 && `${originals} bản chính`, copies > 0 && `${copies} bản sao`].filter(Boolean).join(', ') || 'Hỏi tại bộ phận một cửa',
  form: 'Mẫu đơn, tờ khai',
  steps: 'Các bước thực hiện',
  case: 'Trường hợp',
  applicants: 'Đối tượng thực hiện',
  agency: 'Cơ quan thực hiện',
  competent: 'Cơ quan có thẩm quyền',
  result: 'Kết quả',
  conditions: 'Yêu cầu, điều kiện',
  legalBasis: 'Căn cứ pháp lý',
  decision: 'Quyết định công bố',
  /** The clerk's plain-language text (the Markdown body), right after the answer box. */
  guidance: 'Những điều cần biết',
  /** Offered online only: the call to file, with the level in plain words. */
  fileOnline: 'Nộp trực tuyến',
  fileOnlineLink: 'Nộp trên Cổng Dịch vụ công quốc gia',
  onlineHow: {
    full: 'Toàn trình: làm trọn trên mạng, từ nộp hồ sơ, nộp phí đến nhận kết quả; không phải đến nộp hồ sơ trực tiếp.',
    partial: 'Một phần: nộp hồ sơ trên mạng, sau đó đến nơi tiếp nhận để đối chiếu giấy tờ gốc hoặc nhận kết quả.',
  },
  codeSearch: (code: string) => `Mã thủ tục: ${code}. Nếu cổng chưa mở đúng thủ tục, gõ mã này vào ô tìm kiếm của cổng.`,
  alsoInPerson: 'Hoặc nộp trực tiếp tại',
  /** Not offered online: where and when to go instead. */
  fileInPerson: 'Nộp hồ sơ trực tiếp',
  inPersonOnly: 'Thủ tục này chưa nộp trực tuyến được. Mang hồ sơ đến nộp tại:',
  onNationalPortal: 'Xem thủ tục này trên Cổng Dịch vụ công quốc gia',
  askHotline: 'Cần hỏi thêm? Gọi đường dây nóng',
  /** A part not yet published for a procedure known only from the province's list (src/lib/procedures.ts missingParts). */
  parts: {
    documents: 'thành phần hồ sơ',
    steps: 'trình tự thực hiện',
    processingTime: 'thời hạn giải quyết',
    fees: 'phí, lệ phí',
    applicants: 'đối tượng thực hiện',
    agency: 'cơ quan thực hiện',
    result: 'kết quả',
    decision: 'quyết định công bố',
  },
  notPublished: (part: string) => `${part.charAt(0).toUpperCase()}${part.slice(1)} của thủ tục này chưa được đăng ở đây.`,
  notPublishedAll: (parts: string) => `Cổng chưa đăng ${parts} của thủ tục này.`,
  /** Followed by the desk's number, a tel: link. */
  askAt: (desk: string, address: string) => `Xin hỏi tại ${desk}, ${address}, điện thoại`,
  /** The answer box at the top of a procedure's page (src/components/ProcedureAnswer.astro). */
  answer: 'Tóm tắt: nộp ở đâu, mất bao lâu, phí bao nhiêu',
  onlineQuestion: 'Nộp trực tuyến',
  /** The level in a few plain words; the full sentence (onlineHow) is under "Cách nộp". */
  onlineShort: {
    full: 'Được, toàn trình: làm trọn trên mạng.',
    partial: 'Được một phần: nộp trên mạng, rồi đến đối chiếu hoặc nhận kết quả.',
  },
  notOnline: 'Chưa được; nộp trực tiếp.',
  /** A fee whose amount the procedure does not fix (the province's rate, by case). */
  feeVaries: 'mức thu tùy trường hợp',
  feeEach: 'từng khoản',
  /** After the usual processing time, a link to the cases that take longer. */
  timeMore: 'trường hợp khác',
  /** A tap-to-call button; a non-breaking space keeps the word with the number (html-validate tel-non-breaking). */
  call: (phone: string) => `Gọi\u00a0${phone}`,
  bringUsual: 'Mỗi giấy tờ không ghi số lượng: mang 1 bản chính.',
  onThisPage: 'Trên trang này',
  howToFile: 'Cách nộp và nhận kết quả',
  /** The legal detail, folded at the end of the page. */
  legalDetail: 'Căn cứ pháp lý, mẫu đơn và quyết định công bố',
  forms: 'Mẫu đơn, tờ khai',
} as const;

export const planUi = {
  number: 'Số',
  issued: labels.issued,
  issuer: 'Cơ quan ban hành',
  signer: 'Người ký',
  basis: 'Căn cứ',
  recipients: 'Nơi nhận',
  tasks: 'Phụ lục: nhiệm vụ cụ thể',
  taskNo: 'TT',
  group: 'Nhóm',
  groupUnit: 'Đơn vị thực hiện',
  content: 'Nội dung',
  form: 'Hình thức, sản phẩm',
  lead: 'Chủ trì',
  partners: 'Phối hợp',
  timing: 'Thời gian',
  target: 'Chỉ tiêu',
  notes: 'Ghi chú',
  archive: 'Các kế hoạch theo năm',
  taskCount: (n: number) => `${n} nhiệm vụ`,
  noTasks: 'Kế hoạch này không có phụ lục nhiệm vụ; các chỉ tiêu nằm trong nội dung văn bản.',
  ongoing: 'Thường xuyên',
  onRequest: 'Khi có yêu cầu',
  unspecified: 'Không ghi thời gian',
  every: { month: 'Hằng tháng', quarter: 'Định kỳ hằng quý', year: 'Hằng năm' },
  perPeriod: (count: number, kind: string, unit: string) => `${count} ${kind}/${unit}`,
  /** A quota set for each of several units: "4 tin bài/năm cho mỗi đơn vị (6 đơn vị)". */
  eachUnit: (units: number) => ` cho mỗi đơn vị (${units} đơn vị)`,
  /** A cadence on top of the quota: ", mỗi tháng ít nhất 1". */
  cadence: (count: number, unit: string) => `, mỗi ${unit} ít nhất ${count}`,
} as const;

export const commendationUi = {
  recipient: 'Người, tập thể được biểu dương',
  reason: 'Hình thức',
  decision: 'Quyết định',
  issuer: 'Cơ quan ban hành',
  date: labels.date,
} as const;

export const contactUi = {
  intro: (receiver: string) =>
    `Người dân, doanh nghiệp có thể phản ánh, kiến nghị về quy định hành chính, về hành vi chậm trễ, gây phiền hà trong giải quyết thủ tục hành chính. Nơi tiếp nhận: ${receiver}.`,
  description: (agency: string) => `Địa chỉ, điện thoại, đường dây nóng và cách gửi phản ánh, kiến nghị về quy định hành chính tới ${agency}.`,
  byPost: 'Gửi văn bản tới địa chỉ',
  byPhone: 'Gọi điện thoại',
  byEmail: 'Gửi thư điện tử',
  online: 'Gửi trực tuyến',
  national: 'Hoặc gửi qua Hệ thống tiếp nhận phản ánh, kiến nghị trên Cổng Dịch vụ công quốc gia',
  whatToInclude: 'Phản ánh, kiến nghị cần có',
  include: [
    'Họ tên, địa chỉ, số điện thoại hoặc thư điện tử của người phản ánh, kiến nghị.',
    'Nội dung phản ánh, kiến nghị: tên thủ tục, quy định hoặc việc cụ thể; thời gian, địa điểm.',
    'Đề xuất cách giải quyết (nếu có) và giấy tờ liên quan (nếu có).',
  ],
  whatNext: 'Sau khi gửi',
  next: 'Phản ánh, kiến nghị được tiếp nhận, phân loại và xử lý theo Nghị định số 20/2008/NĐ-CP của Chính phủ (đã được sửa đổi, bổ sung). Kết quả xử lý được thông báo cho người gửi và công khai theo quy định. Phản ánh không ghi rõ họ tên, địa chỉ hoặc dùng lời lẽ không phù hợp sẽ không được xem xét.',
} as const;

export const searchUi = {
  fallback: 'Dưới đây là toàn bộ danh mục thủ tục hành chính theo lĩnh vực; bạn cũng có thể dùng chức năng tìm trong trình duyệt (Ctrl+F).',
  hotlineHint: 'Không tìm thấy điều cần tìm? Gọi đường dây nóng:',
  hint: 'Gõ có dấu hay không dấu đều được, ví dụ: dang ky khai sinh, chung thuc, hoặc mã thủ tục 1.001193.',
  fullText: 'Tìm cả trong nội dung bài viết',
  /** The kind of each indexed page, shown on every result and offered as a filter. */
  types: {
    procedure: 'Thủ tục hành chính',
    news: 'Tin tức',
    plan: 'Kế hoạch',
    commendation: 'Biểu dương',
    index: 'Chỉ số CCHC',
    disclosure: 'Hồ sơ trễ hạn',
    document: 'Văn bản',
    contact: 'Liên hệ',
  },
  filters: { type: 'Loại nội dung', field: 'Lĩnh vực thủ tục', topic: 'Chủ đề tin tức', year: 'Năm' },
  filtersToggle: 'Lọc kết quả theo loại, lĩnh vực, chủ đề, năm',
  filtersLoading: 'Đang tải bộ lọc…',
  results: 'Kết quả tìm kiếm',
  loading: 'Đang tải chức năng tìm kiếm…',
  found: (count: number, query: string) => (query ? `Tìm thấy ${count} kết quả cho “${query}”.` : `Có ${count} kết quả theo bộ lọc đã chọn.`),
  first: (title: string) => `Kết quả đầu tiên: ${title}.`,
  /** The query was read differently (a Telex/VNI leftover, a close spelling): what was searched. */
  respelled: (words: string) => `Hiển thị kết quả cho: ${words}.`,
  /** No page has every word: the results have fewer. */
  relaxed: (query: string, words: string) => `Không có trang nào có đủ các từ “${query}”; kết quả gần nhất cho “${words}”.`,
  shown: (shown: number, total: number) => `Đang hiện ${shown} trên ${total} kết quả.`,
  more: 'Xem thêm kết quả',
  none: (query: string) => (query ? `Không tìm thấy kết quả nào cho “${query}”.` : 'Không có kết quả nào theo bộ lọc đã chọn.'),
  noneTips: 'Bạn có thể gõ ít từ hơn, kiểm tra lại chính tả hoặc bỏ bớt bộ lọc. Gõ có dấu hay không dấu đều được.',
  noneProcedures: 'Xem toàn bộ danh mục thủ tục hành chính',
  noneHotline: 'Hoặc gọi đường dây nóng cải cách hành chính để được hướng dẫn:',
  failed: 'Chưa tải được chức năng tìm kiếm. Bạn vẫn có thể xem danh mục thủ tục hành chính bên dưới hoặc gọi đường dây nóng.',
} as const;

export const pageTitles = {
  procedures: 'Danh mục thủ tục hành chính',
  news: 'Tin tức cải cách hành chính',
  topic: (label: string) => `Chủ đề: ${label}`,
  plans: 'Kế hoạch tuyên truyền cải cách hành chính',
  plan: (year: number) => `Kế hoạch năm ${year}`,
  commendations: 'Biểu dương người tốt, việc tốt trong cải cách hành chính',
  contact: 'Liên hệ và gửi phản ánh, kiến nghị',
  sitemap: 'Sơ đồ trang',
  search: 'Tìm kiếm',
} as const;

export const sitemapUi = {
  description: (agency: string) => `Toàn bộ các trang của cổng thông tin ${agency}.`,
  /** A paginated list's line: how many entries, over how many pages, and a link to the oldest. */
  pages: (count: string, pages: number) => (pages > 1 ? `${count}, ${pages} trang` : count),
  lastPage: 'trang cuối (cũ nhất)',
  newsCount: (n: number) => `${n} tin`,
} as const;

/** Kinds of events: things that happened but are not articles (content/events/). */
export const eventKinds = {
  'hoi-nghi': 'Hội nghị',
  'doi-thoai': 'Đối thoại',
  'tap-huan': 'Tập huấn, bồi dưỡng',
  'phat-thanh': 'Phát thanh',
  'truc-quan': 'Tuyên truyền trực quan',
  khac: 'Hoạt động khác',
} as const;

export const eventUi = {
  nav: 'Sự kiện',
  title: 'Sự kiện, hoạt động cải cách hành chính',
  description: (agency: string) => `Hội nghị, đối thoại, tập huấn, chuyên mục phát thanh về cải cách hành chính của ${agency}.`,
  kind: 'Loại hoạt động',
  date: 'Ngày',
  place: 'Địa điểm',
  unit: 'Đơn vị thực hiện',
  participants: 'Số người tham dự',
  photos: 'Hình ảnh',
  none: 'Chưa có sự kiện, hoạt động nào.',
  count: (n: number) => `${n} sự kiện, hoạt động`,
  byYear: (year: number) => `Năm ${year}`,
} as const;

/** "Quý II năm 2024" → "quý II năm 2024", for use inside a sentence. */
const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);

/** Plan progress and period reports. Statuses are words, never colour alone. */
export const progressStatus = {
  done: 'Đã hoàn thành',
  'on-track': 'Đúng tiến độ',
  behind: 'Chậm tiến độ',
  overdue: 'Quá hạn, chưa hoàn thành',
  upcoming: 'Chưa đến kỳ',
  ongoing: 'Thường xuyên',
  // Never "late": the plan gave no time (src/lib/progress.ts).
  'on-request': 'Khi có yêu cầu',
  unspecified: 'Không ghi thời gian',
  'not-applicable': 'Không thuộc kỳ này',
} as const;

export const itemKindLabels = {
  news: 'Tin bài',
  events: 'Sự kiện',
  commendations: 'Biểu dương',
  documents: 'Văn bản',
} as const;

export const periodNames = {
  Q1: 'Quý I',
  Q2: 'Quý II',
  Q3: 'Quý III',
  Q4: 'Quý IV',
  H1: '6 tháng đầu năm',
  Y: 'Năm',
} as const;

export const progressUi = {
  heading: 'Tiến độ thực hiện',
  asOf: (date: string) => `Số liệu tính đến ngày ${date}.`,
  caption: (date: string) => `Tiến độ từng nhiệm vụ theo kỳ, tính đến ngày ${date}`,
  explain:
    'Mỗi ô ghi số sản phẩm đã có trên số cần đạt, rồi đến đánh giá. “Lũy kế” là chỉ tiêu tính cho cả năm, đếm từ đầu năm đến hết kỳ. Tin bài, sự kiện, biểu dương được tính khi ghi mã nhiệm vụ và có ngày không muộn hơn ngày lấy số liệu.',
  task: 'Nhiệm vụ',
  year: 'Cả năm',
  toDate: 'lũy kế',
  items: (n: number) => `${n} sản phẩm`,
  counted: 'Sản phẩm đã thực hiện',
  notCounted: 'không tính vào chỉ tiêu',
  /** Why an item of a per-unit quota does not count. */
  notCountedUnit: 'không tính vào chỉ tiêu: đơn vị không thuộc danh sách giao',
  unitsMet: (met: number, total: number) => `${met}/${total} đơn vị đạt`,
  unitsBehind: (names: string) => `chưa đạt: ${names}`,
  /** Months or quarters of a cadence not met, and units behind in them. */
  slotsMissed: (slots: string) => `chưa đạt trong ${slots}`,
  doneLate: (date: string) => `hoàn thành muộn ngày ${date}`,
  carried: (due: string) => `hạn ${due} đã qua, còn tồn từ kỳ trước`,
  slotMonth: (month: number, year: number) => `tháng ${month}/${year}`,
  slotQuarter: (quarter: string, year: number) => `quý ${quarter}/${year}`,
  slotRange: (from: string, to: string) => `${from}–${to}`,
  noItems: 'Chưa có sản phẩm nào được ghi nhận.',
  /** A task's items on the plan page and its own pages: how many, and how many count. */
  itemTally: (total: number, counted: number) => `${total} sản phẩm${counted < total ? `, ${counted} tính vào chỉ tiêu` : ''}`,
  /** Before the newest few, when a task has more (src/lib/task-items.ts). */
  latest: (n: number) => `${n} sản phẩm gần nhất`,
  allItems: (id: string) => `Xem tất cả sản phẩm của nhiệm vụ ${id}`,
  moreItems: (n: number) => `Và ${n} sản phẩm khác.`,
  taskItemsTitle: (id: string, year: number) => `Sản phẩm của nhiệm vụ ${id}, kế hoạch năm ${year}`,
  taskText: 'Nội dung nhiệm vụ',
  taskInPlan: 'Xem nhiệm vụ trong phụ lục kế hoạch',
  summary: 'Tổng hợp',
  statusCount: (n: number, label: string) => `${n} nhiệm vụ ${label.toLowerCase()}`,
  reports: 'Báo cáo kết quả theo kỳ',
  reportsIntro: (receiver: string) => `Mỗi kỳ có một trang in được trên khổ A4, kèm tệp CSV (mở bằng Excel) và JSON để ${receiver} tổng hợp.`,
  currentReport: (label: string) => `Xem báo cáo ${lowerFirst(label)}`,
  outside: 'Sản phẩm ghi nhiệm vụ của kế hoạch này nhưng có ngày ngoài năm kế hoạch (không tính)',
  later: (date: string) => `Sản phẩm có ngày sau ${date} chưa được tính.`,
  /** What a task without a numeric target is measured by. */
  taskLink: (id: string, planNumber: string) => `nhiệm vụ ${id} – ${planNumber}`,
  impliedOnce: 'ít nhất 1 sản phẩm',
  impliedEvery: (unit: string) => `ít nhất 1 sản phẩm/${unit}`,
} as const;

/** "Quý II năm 2024", "6 tháng đầu năm 2024", "Năm 2024". */
function periodLabel(key: keyof typeof periodNames, year: number): string {
  return key === 'Y' ? `Năm ${year}` : key === 'H1' ? `6 tháng đầu năm ${year}` : `${periodNames[key]} năm ${year}`;
}

export const reportUi = {
  title: (key: keyof typeof periodNames, year: number) => `Báo cáo kết quả thực hiện kế hoạch tuyên truyền CCHC ${lowerFirst(periodLabel(key, year))}`,
  periodLabel,
  indexTitle: (year: number) => `Báo cáo kết quả thực hiện kế hoạch năm ${year}`,
  plan: 'Thực hiện kế hoạch',
  unit: 'Đơn vị báo cáo',
  receiver: 'Nơi nhận báo cáo',
  planRef: (number: string, date: string) => `số ${number} ngày ${date}`,
  period: 'Kỳ báo cáo',
  range: (from: string, to: string) => `từ ${from} đến ${to}`,
  asOf: 'Số liệu tính đến',
  notStarted: 'Kỳ báo cáo chưa bắt đầu; bảng dưới đây chỉ để tham khảo.',
  inProgress: 'Kỳ báo cáo chưa kết thúc; số liệu có thể còn thay đổi.',
  overview: 'Tổng hợp theo nhiệm vụ',
  target: 'Chỉ tiêu',
  needed: 'Cần đạt',
  doneInPeriod: 'Thực hiện trong kỳ',
  counted: 'Tính vào chỉ tiêu',
  missing: 'Còn thiếu',
  status: 'Đánh giá',
  scopePeriod: 'trong kỳ',
  scopeToDate: 'lũy kế từ đầu năm',
  details: 'Kết quả cụ thể từng nhiệm vụ',
  /** A task's items in the period when the page shows only the newest few. */
  periodItems: (total: number, shown: number) => `Trong kỳ có ${total} sản phẩm; dưới đây là ${shown} sản phẩm gần nhất.`,
  behindHeading: 'Nhiệm vụ chậm tiến độ, quá hạn',
  noneBehind: 'Không có nhiệm vụ nào chậm tiến độ hoặc quá hạn trong kỳ.',
  shortfall: (n: number, kind: string) => `còn thiếu ${n} ${kind}`,
  expectedBy: (n: number) => `đến ngày lấy số liệu cần có ${n}`,
  noTasks: 'Kế hoạch này không có phụ lục nhiệm vụ nên không có số liệu để tổng hợp.',
  downloads: 'Tải số liệu',
  csv: 'Tệp CSV (mở bằng Excel)',
  json: 'Tệp JSON (cho phần mềm tổng hợp)',
  print: 'Để in trên khổ A4, dùng lệnh In của trình duyệt (Ctrl+P).',
  anyItem: 'sản phẩm',
  source: 'Nguồn',
  behind: (n: number, kind: string) => `thiếu ${n} ${kind} so với yêu cầu của kỳ`,
  yearShort: (n: number, kind: string) => `thiếu ${n} ${kind} so với chỉ tiêu năm`,
  behindColumn: 'Thiếu so với yêu cầu của kỳ',
  yearShortColumn: 'Thiếu so với chỉ tiêu năm',
  xlsx: 'Phụ lục số liệu (tệp Excel)',
  docx: 'Báo cáo (tệp Word để sửa, ký)',
} as const;

/** The báo cáo as an administrative document (Nghị định 30/2020/NĐ-CP layout): page, print and DOCX. */
export const reportDocUi = {
  motto: ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập – Tự do – Hạnh phúc'] as const,
  number: (number: string) => `Số: ${number}`,
  blankNumber: 'Số:       /BC-UBND',
  dateLine: (place: string, day: string, month: string, year: number) => `${place}, ngày ${day} tháng ${month} năm ${year}`,
  blankDateLine: (place: string) => `${place}, ngày      tháng      năm`,
  kind: 'BÁO CÁO',
  subject: (periodLabel: string) => `Kết quả thực hiện Kế hoạch tuyên truyền CCHC ${lowerFirst(periodLabel)}`,
  recipient: (to: string) => `Kính gửi: ${to}.`,
  opening: (planNumber: string, issued: string, agency: string, planTitle: string, periodLabel: string) =>
    `Thực hiện Kế hoạch số ${planNumber} ngày ${issued} của ${agency} (${planTitle}), ${agency} báo cáo kết quả thực hiện ${lowerFirst(periodLabel)} như sau:`,
  counting: (asOf: string) =>
    `Số liệu tại Phụ lục kèm theo được tổng hợp tự động, tính đến ngày ${asOf}, từ các sản phẩm đã đăng trên trang thông tin (tin bài, sự kiện, biểu dương, văn bản) có gắn với nhiệm vụ của Kế hoạch và từ các hoạt động đã được ghi nhận (sự kiện). Việc đã làm nhưng chưa đăng hoặc chưa ghi nhận trên trang thì chưa được tính.`,
  summary: (tasks: number, counts: string) => `Kế hoạch có ${tasks} nhiệm vụ; trong kỳ: ${counts}.`,
  unpostedHeading: 'Hoạt động đã ghi nhận nhưng chưa có tin bài',
  unpostedNone: 'Không có hoạt động nào của kỳ được ghi nhận mà chưa có tin bài.',
  unpostedIntro: 'Các hoạt động sau đã được ghi nhận (sự kiện) nhưng chưa có tin bài đăng về hoạt động đó:',
  /** The report page shows the newest few; the files list every one. */
  unpostedMore: (n: number) => `Và ${n} hoạt động khác: danh sách đầy đủ có trong tệp Word của báo cáo.`,
  noNarrative: (file: string, command: string) =>
    `Chưa có phần đánh giá, nhận xét của kỳ này (kết quả ngoài số liệu, hạn chế và nguyên nhân, nhiệm vụ kỳ tới, đề xuất). Để viết, tạo tệp ${file} bằng lệnh: ${command}`,
  noNarrativeShort: 'Phần đánh giá, nhận xét của kỳ này chưa được viết.',
  recipients: 'Nơi nhận:',
  signerBlank: '(Ký, ghi rõ họ tên, đóng dấu)',
  annex: 'PHỤ LỤC',
  annexTitle: (periodLabel: string) => `Kết quả thực hiện các nhiệm vụ của Kế hoạch ${lowerFirst(periodLabel)}`,
  annexOf: (number: string | null, date: string | null) => `(Kèm theo Báo cáo ${number ? `số ${number}` : 'số      '} ${date ? `ngày ${date}` : 'ngày      '})`,
  annexNoTasks: 'Kế hoạch không có phụ lục nhiệm vụ nên không có số liệu tổng hợp.',
} as const;

/** Column headings of the CSV report, in order. */
export const reportCsvColumns = [
  'Đơn vị',
  'Huyện',
  'Tỉnh',
  'Nơi nhận báo cáo',
  'Kế hoạch số',
  'Kỳ báo cáo',
  'Từ ngày',
  'Đến ngày',
  'Số liệu đến ngày',
  'TT nhiệm vụ',
  'Nội dung nhiệm vụ',
  'Chủ trì',
  'Thời gian',
  'Chỉ tiêu',
  'Cách tính',
  'Cần đạt',
  'Cần có đến ngày số liệu',
  'Thực hiện trong kỳ',
  'Tính vào chỉ tiêu',
  'Thiếu so với yêu cầu của kỳ',
  'Thiếu so với chỉ tiêu năm',
  'Đánh giá',
  'Sản phẩm trong kỳ',
  'Đơn vị thực hiện sản phẩm',
  'Ghi chú tiến độ',
] as const;

/** Printed notices for the one-stop desk, share images and print checklists. */
export const printUi = {
  printNotice: 'Bản in thông báo tại Bộ phận một cửa (khổ A4, có mã QR)',
  printNoticeAll: 'Bản in danh mục thủ tục để niêm yết (khổ A4, có mã QR)',
  printHint: 'Dùng lệnh In của trình duyệt (Ctrl+P) để in trên khổ A4.',
  noticeHeading: 'Thông báo thủ tục hành chính',
  listHeading: 'Danh mục thủ tục hành chính thực hiện tại Bộ phận Tiếp nhận và trả kết quả',
  listTitle: 'Bản in danh mục thủ tục hành chính',
  noticeTitle: (name: string) => `Bản in thông báo: ${name}`,
  checklist: 'Giấy tờ cần mang theo',
  checklistNote: 'Đánh dấu ✓ vào từng giấy tờ khi đã chuẩn bị đủ.',
  qrCaption: 'Quét mã QR để xem hướng dẫn đầy đủ và nộp hồ sơ trực tuyến',
  qrCaptionInPerson: 'Quét mã QR để xem hướng dẫn đầy đủ',
  qrCaptionList: 'Quét mã QR để xem danh mục, hướng dẫn chi tiết từng thủ tục',
  qrLabel: (url: string) => `Mã QR dẫn tới ${url}`,
  onlineAt: 'Xem trực tuyến',
  printedFrom: 'In từ cổng thông tin',
  count: (n: number) => `${n} thủ tục`,
  name: 'Tên thủ tục',
  online: 'Nộp trực tuyến',
  onlineYes: { full: 'Toàn trình', partial: 'Một phần', none: 'Không' },
  /** A list cell for a part not yet published (a procedure known only from the province's list). */
  askAtDesk: 'Hỏi tại bộ phận một cửa',
} as const;

/** Words drawn on the generated share images (Open Graph) and the share links under a page. */
export const shareUi = {
  kicker: 'Tin cải cách hành chính',
  siteKicker: 'Thông tin cải cách hành chính',
  procedureKicker: 'Thủ tục hành chính',
  imageAlt: (title: string, agency: string) => `${title} – ${agency}`,
  /** The share links under a content page (src/components/ShareLinks.astro). */
  heading: 'Chia sẻ trang này',
  facebook: 'Chia sẻ lên Facebook',
  copyLabel: 'Sao chép liên kết',
  /** Zalo documents no share address that works without its script: the link is pasted into Zalo instead. */
  copyHint: 'Chạm giữ để chọn, sao chép rồi dán vào tin nhắn Zalo hoặc nơi bạn muốn gửi.',
} as const;

/**
 * A procedure's facts as a shared link shows them (src/lib/description.ts):
 * the description's sentences and the share card's facts lines.
 */
export const procedureShareUi = {
  result: 'Kết quả',
  free: 'Miễn phí',
  fee: 'Phí, lệ phí',
  /** A fee whose amount the clerk left to a note (it varies). */
  feeVaries: 'theo mức quy định',
  or: 'hoặc',
  byCase: 'tùy trường hợp',
  time: 'Thời hạn',
  online: {
    full: 'Nộp trực tuyến toàn trình, làm trọn trên mạng',
    partial: 'Nộp trực tuyến một phần: nộp trên mạng, đến đối chiếu giấy tờ gốc',
    none: 'Chưa nộp trực tuyến được',
  },
  /** The card's shorter line for the same. */
  onlineShort: {
    full: 'Nộp trực tuyến toàn trình',
    partial: 'Nộp trực tuyến một phần',
    none: 'Nộp trực tiếp, chưa nộp trực tuyến được',
  },
  orAt: (desk: string) => `hoặc nộp trực tiếp tại ${desk}`,
  at: (desk: string) => `nộp hồ sơ tại ${desk}`,
} as const;

/** Errors in the publishing address a pipeline passes (CCHC_SITE_URL, CCHC_BASE). */
export const addressErrors = {
  origin: (value: string) => `CCHC_SITE_URL="${value}" không phải địa chỉ web dạng https://ten-mien`,
  base: (value: string) => `CCHC_BASE="${value}" không phải đường dẫn gốc dạng / hoặc /xa-bang-ca/`,
} as const;

/** Errors in the other settings a pipeline or a test passes (src/settings/settings.ts). */
export const settingsErrors = {
  today: (value: string) => `CCHC_TODAY="${value}" không phải ngày hợp lệ (cần dạng 2024-06-30)`,
} as const;

/* ─── Transparency: reform indices, late-processing disclosure, guiding documents ─── */

/** The reform indices a plan names (REFERENCE.md), by key; the value is the short name clerks write. */
export const reformIndices = {
  'par-index': 'PAR INDEX',
  sipas: 'SIPAS',
  papi: 'PAPI',
  pci: 'PCI',
  ddci: 'DDCI',
  dgi: 'DGI',
  dti: 'DTI',
} as const;
export type ReformIndex = keyof typeof reformIndices;

/** Full Vietnamese names of the indices. */
export const reformIndexNames: Record<ReformIndex, string> = {
  'par-index': 'Chỉ số cải cách hành chính',
  sipas: 'Chỉ số hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính nhà nước',
  papi: 'Chỉ số hiệu quả quản trị và hành chính công cấp tỉnh',
  pci: 'Chỉ số năng lực cạnh tranh cấp tỉnh',
  ddci: 'Chỉ số năng lực cạnh tranh cấp sở, ban, ngành và địa phương',
  dgi: 'Chỉ số hiệu quả quản trị cấp huyện',
  dti: 'Chỉ số đánh giá chuyển đổi số',
};

/** What each index measures and who publishes it, in one sentence. */
export const reformIndexAbout: Record<ReformIndex, string> = {
  'par-index':
    'Đo kết quả thực hiện cải cách hành chính trong năm. Bộ Nội vụ công bố cho các bộ, ngành và tỉnh, thành phố; tỉnh đánh giá các sở, ngành, cấp huyện và cấp xã của mình.',
  sipas:
    'Đo mức độ hài lòng của người dân, tổ chức khi làm việc với cơ quan hành chính nhà nước, qua điều tra xã hội học; Bộ Nội vụ công bố hằng năm, nhiều tỉnh đo thêm cho cấp huyện, cấp xã.',
  papi: 'Khảo sát độc lập hằng năm về trải nghiệm của người dân với chính quyền các cấp, công bố theo từng tỉnh, thành phố.',
  pci: 'Đánh giá chất lượng điều hành kinh tế của tỉnh qua ý kiến của doanh nghiệp; Liên đoàn Thương mại và Công nghiệp Việt Nam (VCCI) công bố hằng năm.',
  ddci: 'Tỉnh đánh giá năng lực cạnh tranh của các sở, ngành và các huyện, thị xã, thành phố qua ý kiến của doanh nghiệp.',
  dgi: 'Một số tỉnh (như Quảng Ninh) đánh giá hiệu quả quản trị và hành chính công của các huyện, thị xã, thành phố.',
  dti: 'Đánh giá mức độ chuyển đổi số; cấp quốc gia đánh giá các bộ và tỉnh, một số tỉnh đánh giá thêm cấp huyện.',
};

export const indexScopes = {
  commune: 'Cấp xã',
  district: 'Cấp huyện',
  province: 'Cấp tỉnh',
} as const;
export type IndexScope = keyof typeof indexScopes;

export const scoreUnits = { percent: 'phần trăm (%)', points: 'điểm' } as const;

const viNumber = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 2 });

export const indicesUi = {
  nav: 'Chỉ số CCHC',
  title: 'Kết quả các chỉ số cải cách hành chính',
  /** A site of the two-tier country has no district: the wording names one only where the site has it. */
  description: (agency: string, hasDistrict: boolean) =>
    `Điểm số và thứ hạng qua các năm của ${agency}${hasDistrict ? ', của huyện' : ''} và của tỉnh trong các chỉ số PAR INDEX, SIPAS, PAPI, PCI, DDCI, DGI, DTI, kèm nguồn công bố.`,
  intro: (hasDistrict: boolean) =>
    `Mỗi chỉ số có biểu đồ qua các năm và bảng số liệu bên cạnh. Thứ hạng càng nhỏ càng tốt (hạng 1 là cao nhất). Số liệu ghi rõ cấp (${hasDistrict ? 'xã, huyện, tỉnh' : 'xã, tỉnh'}), năm và nguồn công bố.`,
  /** Whose a district-level result is on a site that has no district (results from before 1 July 2025). */
  formerDistrict: 'huyện trước ngày 01/7/2025',
  indexTitle: (short: string, name: string) => `${name} (${short})`,
  indexDescription: (short: string, name: string) => `${name} (${short}) qua các năm: điểm số, thứ hạng, nguồn công bố và nhận xét.`,
  about: 'Chỉ số này đo gì',
  none: 'Chưa có kết quả chỉ số nào được công bố trên trang.',
  latest: 'Kết quả các chỉ số cải cách hành chính mới nhất',
  allIndices: 'Xem kết quả các chỉ số qua các năm',
  latestYear: (year: number) => `Năm ${year}`,
  year: 'Năm',
  score: 'Điểm',
  rank: 'Xếp hạng',
  source: 'Nguồn',
  commentary: 'Nhận xét',
  unitOf: (scope: string, unit: string) => `${scope}: ${unit}`,
  rankOf: (rank: number, of?: number) => (of ? `${rank}/${of}` : `${rank}`),
  rankWords: (rank: number, of?: number) => (of ? `hạng ${rank}/${of}` : `hạng ${rank}`),
  scoreText: (score: number, unit: 'percent' | 'points', max?: number) =>
    unit === 'percent' ? `${viNumber.format(score)}%` : max ? `${viNumber.format(score)}/${viNumber.format(max)} điểm` : `${viNumber.format(score)} điểm`,
  scoreShort: (score: number, unit: 'percent' | 'points') => (unit === 'percent' ? `${viNumber.format(score)}%` : viNumber.format(score)),
  number: (n: number) => viNumber.format(n),
  illustrative: 'Số liệu minh họa',
  illustrativeNote: 'Số liệu minh họa: chưa có số liệu công bố chính thức cho mục này; con số chỉ để trình bày cách trang hiển thị, không phải kết quả thật.',
  illustrativeShort: 'minh họa',
  official: 'Số liệu công bố',
  tableCaption: (short: string, unit: string) => `Số liệu ${short} của ${unit} qua các năm`,
  chartScore: (short: string, unit: string) => `Điểm ${short} của ${unit} qua các năm`,
  chartRank: (short: string, unit: string) => `Thứ hạng ${short} của ${unit} qua các năm (hạng 1 ở trên cùng)`,
  descPoint: (year: number, value: string) => `Năm ${year}: ${value}`,
  descMissing: (years: string) => `Không có số liệu năm ${years}`,
  descIllustrative: (years: string) => `Số liệu năm ${years} là số liệu minh họa`,
  descAxisScore: (top: string) => `Trục dọc: điểm, từ 0 đến ${top}`,
  descAxisRank: (bottom: number, known: boolean) =>
    known ? `Trục dọc: thứ hạng, hạng 1 ở trên cùng, hạng ${bottom} ở dưới cùng` : `Trục dọc: thứ hạng, hạng 1 ở trên cùng; không rõ tổng số đơn vị được xếp hạng`,
  legendOfficial: 'Số liệu công bố',
  legendIllustrative: 'Số liệu minh họa (chấm rỗng, nét đứt)',
  noData: 'không có số liệu',
  onlyRank: 'Chỉ có thứ hạng, không có điểm.',
  onlyScore: 'Chỉ có điểm, không có thứ hạng.',
  jump: 'Các chỉ số',
  resultCount: (n: number) => `${n} kết quả`,
} as const;

/** Whether late-processing disclosures name officials or only give their position (site.yaml lateFiles.officials). */
export const officialDisplay = {
  position: 'Chỉ công khai chức danh',
  name: 'Công khai họ tên và chức danh',
} as const;

export const lateUi = {
  nav: 'Hồ sơ trễ hạn',
  title: 'Công khai hồ sơ giải quyết trễ hạn',
  description: (agency: string) =>
    `Danh sách hồ sơ thủ tục hành chính giải quyết trễ hạn theo từng quý của ${agency}: thủ tục, ngày nhận, ngày hẹn trả, ngày trả, số ngày trễ, lý do và thư xin lỗi; tỷ lệ giải quyết đúng hạn.`,
  intro: (unit: string) =>
    `Theo kế hoạch cải cách hành chính, ${unit} công khai các hồ sơ giải quyết trễ hạn và việc xin lỗi người dân, tổ chức. Mỗi quý có một trang; tỷ lệ đúng hạn tính trên tổng số hồ sơ đã giải quyết trong quý.`,
  quarterTitle: (quarter: string, year: number) => `Hồ sơ giải quyết trễ hạn quý ${quarter} năm ${year}`,
  quarterShort: (quarter: string, year: number) => `Quý ${quarter}/${year}`,
  quarterDescription: (quarter: string, year: number, late: number, processed: number) =>
    late === 0
      ? `Quý ${quarter} năm ${year}: không có hồ sơ giải quyết trễ hạn trên ${processed} hồ sơ đã giải quyết.`
      : `Quý ${quarter} năm ${year}: ${late} hồ sơ giải quyết trễ hạn trên ${processed} hồ sơ đã giải quyết, kèm lý do và thư xin lỗi.`,
  none: 'Chưa có bản công khai hồ sơ trễ hạn nào.',
  noneLate: (quarter: string, year: number, processed: number) =>
    processed === 0
      ? `Quý ${quarter} năm ${year} không có hồ sơ nào được giải quyết, nên không có hồ sơ trễ hạn.`
      : `Quý ${quarter} năm ${year} không có hồ sơ nào giải quyết trễ hạn: cả ${processed} hồ sơ đều được trả kết quả đúng hoặc trước hạn.`,
  summary: 'Tổng hợp',
  byQuarter: 'Tổng hợp theo quý',
  byQuarterCaption: 'Số hồ sơ đã giải quyết, trễ hạn và tỷ lệ đúng hạn theo quý',
  period: 'Kỳ',
  periodRange: (from: string, to: string) => `từ ${from} đến ${to}`,
  processed: 'Hồ sơ đã giải quyết',
  late: 'Trễ hạn',
  onTime: 'Đúng hạn',
  onTimeRate: 'Tỷ lệ đúng hạn',
  apologies: 'Đã gửi thư xin lỗi',
  noRate: 'không có hồ sơ',
  published: labels.disclosed,
  cases: 'Danh sách hồ sơ trễ hạn',
  casesCaption: (quarter: string, year: number) => `Hồ sơ giải quyết trễ hạn quý ${quarter} năm ${year}`,
  no: 'TT',
  procedure: 'Thủ tục',
  received: 'Ngày tiếp nhận',
  due: 'Ngày hẹn trả',
  returned: 'Ngày trả kết quả',
  daysLate: 'Số ngày trễ',
  reason: 'Lý do trễ hạn',
  official: 'Người xử lý',
  officialPosition: 'Chức danh người xử lý',
  apology: 'Thư xin lỗi',
  apologySent: (date?: string) => (date ? `Đã gửi (${date})` : 'Đã gửi'),
  apologyNotSent: 'Chưa gửi',
  days: (n: number) => `${n} ngày`,
  howCounted:
    'Số ngày trễ tính theo ngày làm việc, từ sau ngày hẹn trả đến ngày trả kết quả: không kể thứ Bảy, Chủ nhật và ngày nghỉ lễ, Tết; ngày trả kết quả luôn được tính.',
  privacyPosition: 'Theo quy định của địa phương, trang chỉ công khai chức danh của người xử lý hồ sơ, không công khai họ tên.',
  privacyName: 'Theo quy định của địa phương, trang công khai họ tên và chức danh của người xử lý hồ sơ.',
  rateLine: (rate: string, onTime: number, processed: number) => `Tỷ lệ giải quyết đúng hạn: ${rate} (${onTime}/${processed} hồ sơ).`,
  totalsLine: (processed: number, late: number, apologies: number) =>
    `${processed} hồ sơ đã giải quyết; ${late} hồ sơ trễ hạn; đã gửi thư xin lỗi ${apologies}/${late} trường hợp.`,
  latestHome: (label: string, rate: string) => `${label}: tỷ lệ giải quyết hồ sơ đúng hạn ${rate}.`,
  homeHeading: 'Giải quyết hồ sơ đúng hạn',
  allQuarters: 'Xem công khai hồ sơ trễ hạn các quý',
  yearTotal: (year: number) => `Cộng năm ${year}`,
  notes: 'Nguyên nhân và biện pháp khắc phục',
  feedback: 'Nếu hồ sơ của bạn bị trễ hạn mà chưa nhận được thư xin lỗi, hãy phản ánh qua các kênh ở trang',
  onContact: 'Hồ sơ bị trễ hạn được công khai theo từng quý, kèm lý do và việc gửi thư xin lỗi:',
} as const;

/** Kinds of guiding documents (content/documents/), in the order the index lists them. */
export const documentKinds = {
  luat: 'Luật',
  'nghi-quyet': 'Nghị quyết',
  'nghi-dinh': 'Nghị định',
  'quyet-dinh': 'Quyết định',
  'chi-thi': 'Chỉ thị',
  'thong-tu': 'Thông tư',
  'chuong-trinh': 'Chương trình',
  'ke-hoach': 'Kế hoạch',
  'cong-van': 'Công văn',
  'thong-bao': 'Thông báo',
  'huong-dan': 'Hướng dẫn',
  khac: 'Văn bản khác',
} as const;
export type DocumentKind = keyof typeof documentKinds;

export const documentsUi = {
  nav: 'Văn bản',
  title: 'Văn bản chỉ đạo, điều hành về cải cách hành chính',
  description: (agency: string) =>
    `Nghị quyết, quyết định, kế hoạch, chỉ thị và các văn bản làm căn cứ cho công tác cải cách hành chính của ${agency}, lọc theo loại văn bản và cơ quan ban hành.`,
  intro: 'Các văn bản được sắp theo loại; mỗi văn bản có số, ngày ban hành, cơ quan ban hành, trích yếu và tóm tắt nội dung.',
  filters: 'Lọc văn bản',
  byKind: 'Theo loại văn bản',
  byIssuer: 'Theo cơ quan ban hành',
  byIssuerTitle: 'Văn bản chỉ đạo, điều hành theo cơ quan ban hành',
  byIssuerDescription: (agency: string) => `Văn bản làm căn cứ cho công tác cải cách hành chính của ${agency}, xếp theo cơ quan ban hành.`,
  issuerTitle: (issuer: string) => `Văn bản của ${issuer}`,
  count: (n: number) => `${n} văn bản`,
  none: 'Chưa có văn bản nào.',
  number: 'Số, ký hiệu',
  kind: 'Loại văn bản',
  issuer: 'Cơ quan ban hành',
  date: labels.issued,
  effective: 'Ngày có hiệu lực',
  title_: 'Trích yếu',
  summary: 'Tóm tắt nội dung',
  posted: 'Ngày đăng trên cổng',
  fullText: 'Toàn văn',
  openLink: 'Xem toàn văn trên trang của cơ quan ban hành',
  openFile: (size: string) => `Tải toàn văn (PDF, ${size})`,
  noCopy: (agency: string) => `Chưa có bản điện tử trên cổng. Bản giấy được lưu tại ${agency}; liên hệ Văn phòng để xem.`,
  tableCaption: (label: string) => `${label}: số, ngày ban hành, trích yếu, cơ quan ban hành`,
  heading: (kind: string, number: string) => `${kind} số ${number}`,
  citedBy: 'Được dẫn chiếu tại',
  citedByPlan: (year: number) => `Căn cứ của kế hoạch năm ${year}`,
  citedByProcedure: (name: string) => `Căn cứ pháp lý của thủ tục “${name}”`,
  seeDocument: (number: string) => `Xem văn bản ${number}`,
} as const;

/** The optional "Was this page useful?" link of every page (site.yaml pageFeedback). */
export const pageFeedbackUi = {
  question: 'Trang này có hữu ích không?',
  link: 'Gửi ý kiến về trang này',
  subject: (title: string) => `Góp ý về trang: ${title}`,
  body: (url: string) => `Trang: ${url}\n\nÝ kiến của tôi:\n`,
  onContact: 'Góp ý về từng trang',
  contactText: (unit: string) =>
    `Cuối mỗi trang có liên kết “Gửi ý kiến về trang này”: liên kết mở kênh góp ý của ${unit} với địa chỉ trang đã điền sẵn. Trang không tự gửi đi thông tin nào.`,
} as const;

/** Labels Markdown's footnotes carry on the page (Sätteri's defaults are English). */
export const footnoteUi = {
  label: 'Chú thích',
  backLabel: 'Quay lại chỗ dẫn chú thích {reference}',
} as const;
