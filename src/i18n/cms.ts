/**
 * Vietnamese wording of the browser CMS at /admin/: collection names, field
 * labels and hints. src/cms/config.ts walks the Zod schemas and takes every
 * label from here; a schema field without a label here is caught by
 * tests/unit/cms-config.test.ts, so the editor never shows a raw English key.
 *
 * Labels are looked up by collection and dotted path without list indices
 * (`tasks.timing.kind`), then by the last segment in `commonLabels`.
 */
import type { CollectionName } from '../collections/registry.ts';
import type { TaskChoice } from '../lib/references.ts';
import { nameKey } from '../lib/text.ts';
import { commendationUi, documentsUi, indicesUi, lateUi, planUi, procedureUi, ui } from './vi.ts';

export const adminUi = {
  title: (commune: string) => `Biên tập nội dung – ${commune}`,
  noscript: 'Trang biên tập cần bật JavaScript trong trình duyệt.',
  loading: 'Đang mở trang biên tập nội dung…',
  /** The editor's own title bar: "Biên tập phường Hồng Gai". */
  appTitle: (unit: string) => `Biên tập ${unit}`,
  logoMissing: (logo: string, path: string) =>
    `site.yaml ghi logo: ${logo}, nhưng không có tệp ${path}. Đặt ảnh vào thư mục nội dung, hoặc ghi đường dẫn bắt đầu bằng / cho ảnh trong public/.`,
  /** The date field (src/cms/admin-script.js): typed and shown as ngày/tháng/năm in any browser language. */
  datePlaceholder: 'ngày/tháng/năm, ví dụ 05/12/2024',
  dateInvalid: 'Ngày chưa đúng: gõ ngày/tháng/năm, ví dụ 05/12/2024 là ngày 5 tháng 12 năm 2024.',
} as const;

/** One option of the task picker: "2024 · nhiệm vụ I.1 · Văn phòng HĐND và UBND: Tuyên truyền…". */
export const taskOptionLabel = (c: TaskChoice) =>
  `${c.year} · nhiệm vụ ${c.id} · ${c.group && nameKey(c.group) !== nameKey(c.lead) ? `${c.group} · ` : ''}${c.lead}: ${c.short}`;

/** Added under every task picker's own hint. */
export const taskPickerNote = 'Nhiệm vụ của một kế hoạch vừa lưu sẽ có trong danh sách sau khi trang được dựng lại (vài phút sau khi lưu).';
/** Added under every unit picker's hint. */
export const unitPickerNote =
  'Danh sách là các đơn vị có tên trong kế hoạch (chủ trì, phối hợp, chỉ tiêu cho từng đơn vị); tin của một đơn vị chỉ được tính vào chỉ tiêu của chính đơn vị đó.';
/** The hint of a task field while no plan has tasks: the field is then typed. */
export const taskPickerEmpty = 'Chưa có kế hoạch nào có phụ lục nhiệm vụ. Thêm kế hoạch trước, hoặc ghi mã dạng NĂM/SỐ, ví dụ 2024/3.';

/** Messages for the optional `cms:` block of site.yaml. */
export const cmsExpected = {
  repo: 'tên kho nội dung dạng chủ-sở-hữu/tên-kho, ví dụ ubnd-bangca/cong-cchc',
} as const;

/** Where the admin reads how to make /admin/ sign in (the clerk's guide, by heading). */
const SIGN_IN_GUIDE = 'Xem Hướng dẫn biên tập, mục 10 "Cho trang biên tập đăng nhập được" (docs/huong-dan-bien-tap.md của cchc-portal).';

/** `cchc check` on site.yaml's `cms:` block (src/lib/cms-signin.ts finds the problems). */
export const cmsSignIn = {
  absent: {
    expected: 'khối cms: (kho GitHub hoặc GitLab mà trang biên tập /admin/ lưu vào)',
    hint: `Chưa có khối cms: trên trang đã đăng, trang biên tập chỉ đăng nhập được bằng mã truy cập, hoặc làm việc với thư mục trên máy. ${SIGN_IN_GUIDE}`,
  },
  placeholder: {
    repo: { expected: cmsExpected.repo, hint: `Đây là giá trị mẫu: ghi đường dẫn thật của kho trên GitHub hoặc GitLab. ${SIGN_IN_GUIDE}` },
    appId: {
      expected: 'Application ID của ứng dụng OAuth tạo trên GitLab (chuỗi chữ số và chữ a–f)',
      hint: `Đây là giá trị mẫu: tạo ứng dụng OAuth trên GitLab (địa chỉ chuyển hướng là địa chỉ /admin/ của trang, quyền api, không đánh dấu Confidential) rồi dán Application ID vào đây. ${SIGN_IN_GUIDE}`,
    },
    authUrl: {
      expected: 'địa chỉ thật của máy xác thực (ví dụ Sveltia CMS Authenticator trên Cloudflare Workers), hoặc bỏ dòng authUrl để đăng nhập bằng mã truy cập',
      hint: `Đây là giá trị mẫu. ${SIGN_IN_GUIDE}`,
    },
  },
  missingAppId: {
    expected: 'appId: Application ID của ứng dụng OAuth trên GitLab (đăng nhập PKCE, không cần máy chủ)',
    hint: `Tạo ứng dụng OAuth trên GitLab (địa chỉ chuyển hướng là địa chỉ /admin/ của trang, quyền api, không đánh dấu Confidential) rồi ghi appId vào khối cms:. ${SIGN_IN_GUIDE}`,
  },
  found: (value: string) => `"${value}" (giá trị mẫu, chưa điền)`,
} as const;

export interface CollectionText {
  label: string;
  singular: string;
  description: string;
}

export const collectionText: Record<CollectionName, CollectionText> = {
  news: {
    label: 'Tin tức',
    singular: 'tin bài',
    description: 'Tin bài về cải cách hành chính. Ảnh bìa tải lên được lưu cạnh bài, trong thư mục news/images.',
  },
  procedures: {
    label: 'Thủ tục hành chính',
    singular: 'thủ tục',
    description: 'Danh mục thủ tục hành chính cấp xã. Khi có quyết định công bố mới, cập nhật các trường theo quyết định và ngày cập nhật.',
  },
  events: {
    label: 'Sự kiện',
    singular: 'sự kiện',
    description: 'Hội nghị, đối thoại, tập huấn, chuyên mục phát thanh… Mỗi sự kiện ghi rõ thuộc nhiệm vụ nào của kế hoạch.',
  },
  commendations: {
    label: 'Biểu dương',
    singular: 'nội dung biểu dương',
    description: 'Cá nhân, tập thể điển hình trong cải cách hành chính, kèm quyết định khen thưởng.',
  },
  plans: {
    label: 'Kế hoạch',
    singular: 'kế hoạch',
    description: 'Kế hoạch tuyên truyền cải cách hành chính, mỗi năm một kế hoạch, có phụ lục nhiệm vụ.',
  },
  indices: {
    label: 'Chỉ số CCHC',
    singular: 'kết quả chỉ số',
    description:
      'Mỗi tệp là kết quả một chỉ số (PAR INDEX, SIPAS, PAPI, PCI, DDCI, DGI, DTI) của một năm ở một cấp (xã, huyện, tỉnh), kèm nguồn công bố. Số liệu chưa được công bố chính thức phải đánh dấu “Số liệu minh họa”.',
  },
  'late-disclosures': {
    label: 'Hồ sơ trễ hạn',
    singular: 'bản công khai quý',
    description:
      'Mỗi quý một tệp: số hồ sơ đã giải quyết trong quý và từng hồ sơ trễ hạn (thủ tục, các ngày, lý do, người xử lý, thư xin lỗi). Quý không có hồ sơ trễ hạn vẫn tạo tệp, để danh sách trống.',
  },
  documents: {
    label: 'Văn bản',
    singular: 'văn bản',
    description:
      'Văn bản chỉ đạo, điều hành làm căn cứ cho công tác cải cách hành chính: số, loại, cơ quan ban hành, ngày, trích yếu, tóm tắt, đường dẫn hoặc tệp PDF (lưu cạnh văn bản, trong thư mục tep).',
  },
  reports: {
    label: 'Báo cáo kết quả',
    singular: 'báo cáo',
    description:
      'Mỗi kỳ báo cáo (quý, 6 tháng, năm) một tệp: số, ngày, người ký, nơi nhận và phần đánh giá ngoài số liệu (kết quả, hạn chế và nguyên nhân, nhiệm vụ kỳ tới, đề xuất). Số liệu và Phụ lục do trang tự tổng hợp.',
  },
};

/** Labels shared by every collection, keyed by field name. */
export const commonLabels: Record<string, string> = {
  title: 'Tiêu đề',
  date: 'Ngày',
  summary: 'Tóm tắt',
  author: ui.author,
  unit: ui.unit,
  task: ui.countsToward,
  draft: 'Bản nháp (chưa đăng)',
  src: 'Tệp ảnh',
  alt: 'Mô tả ảnh cho người khiếm thị',
  number: 'Số, ký hiệu văn bản',
  issuer: 'Cơ quan ban hành',
  url: 'Đường dẫn tới văn bản',
  name: 'Tên',
  body: 'Nội dung',
};

/** Labels for one collection, keyed by dotted path without list indices. */
export const fieldLabels: Record<CollectionName, Record<string, string>> = {
  news: {
    title: 'Tiêu đề bài viết',
    date: ui.published,
    topics: ui.topics,
    cover: 'Ảnh bìa',
    author: 'Tác giả',
    unit: 'Đơn vị đưa tin',
    body: 'Nội dung bài viết',
  },
  events: {
    title: 'Tên sự kiện',
    date: 'Ngày diễn ra',
    kind: 'Loại hoạt động',
    place: 'Địa điểm',
    unit: 'Đơn vị thực hiện',
    participants: 'Số người tham dự',
    photos: 'Hình ảnh',
    body: 'Diễn biến, kết quả',
  },
  commendations: {
    title: 'Tiêu đề',
    recipient: commendationUi.recipient,
    recipientKind: 'Cá nhân hay tập thể',
    unit: 'Đơn vị công tác',
    reason: commendationUi.reason,
    date: 'Ngày quyết định',
    decision: commendationUi.decision,
    'decision.title': 'Trích yếu',
    'decision.date': 'Ngày ban hành',
    photo: 'Ảnh',
    body: 'Nội dung biểu dương',
  },
  plans: {
    number: 'Số kế hoạch',
    title: 'Tên kế hoạch',
    year: 'Năm',
    issued: planUi.issued,
    issuer: planUi.issuer,
    signer: planUi.signer,
    'signer.name': 'Họ và tên',
    'signer.title': 'Chức vụ',
    'signer.authority': 'Thẩm quyền ký (KT., TM.)',
    basis: planUi.basis,
    recipients: planUi.recipients,
    groups: 'Nhóm nhiệm vụ trong phụ lục',
    'groups.id': 'Số của nhóm (I, II hoặc 1, 2)',
    'groups.title': 'Tên nhóm',
    'groups.unit': planUi.groupUnit,
    tasks: planUi.tasks,
    'tasks.id': 'Số thứ tự nhiệm vụ',
    'tasks.group': 'Thuộc nhóm (số của nhóm)',
    'tasks.content': planUi.content,
    'tasks.form': planUi.form,
    'tasks.lead': 'Đơn vị chủ trì',
    'tasks.partners': 'Đơn vị phối hợp',
    'tasks.timing': planUi.timing,
    'tasks.timing.every': 'Lặp lại',
    'tasks.timing.month': 'Tháng',
    'tasks.timing.quarter': 'Quý',
    'tasks.timing.date': 'Ngày',
    'tasks.timing.from': 'Từ (tháng hoặc ngày)',
    'tasks.timing.to': 'Đến (tháng hoặc ngày)',
    'tasks.timing.note': 'Lời ghi của kế hoạch (ví dụ: Khi có kế hoạch của thị xã)',
    'tasks.target': planUi.target,
    'tasks.target.count': 'Số lượng',
    'tasks.target.of': 'Loại sản phẩm',
    'tasks.target.per': 'Trong mỗi',
    'tasks.target.each': 'Giao cho từng đơn vị (ghi tên như ở ô Đơn vị của tin bài)',
    'tasks.target.cadence': 'Ngoài tổng số, đều đặn',
    'tasks.target.cadence.count': 'Ít nhất',
    'tasks.target.cadence.every': 'Trong mỗi',
    'tasks.notes': planUi.notes,
    body: 'Nội dung kế hoạch',
  },
  indices: {
    index: 'Chỉ số',
    year: 'Năm đánh giá',
    scope: 'Cấp (xã, huyện, tỉnh)',
    score: indicesUi.score,
    scoreUnit: 'Đơn vị điểm',
    maxScore: 'Điểm tối đa của thang điểm',
    rank: indicesUi.rank,
    of: 'Trên tổng số đơn vị',
    illustrative: indicesUi.illustrative,
    source: 'Nguồn công bố',
    'source.title': 'Tên văn bản, bài viết công bố',
    'source.issuer': 'Cơ quan công bố',
    'source.date': 'Ngày công bố',
    'source.url': 'Đường dẫn tới nguồn',
    commentary: indicesUi.commentary,
    body: 'Phân tích thêm (không bắt buộc)',
  },
  'late-disclosures': {
    year: 'Năm',
    quarter: 'Quý',
    processed: 'Tổng số hồ sơ đã giải quyết trong quý',
    published: lateUi.published,
    holidays: 'Ngày nghỉ lễ, Tết trong quý',
    cases: lateUi.cases,
    'cases.procedure': lateUi.procedure,
    'cases.received': lateUi.received,
    'cases.due': lateUi.due,
    'cases.returned': lateUi.returned,
    'cases.daysLate': lateUi.daysLate,
    'cases.reason': lateUi.reason,
    'cases.official': lateUi.official,
    'cases.official.position': 'Chức danh',
    'cases.official.name': 'Họ và tên',
    'cases.apology': 'Đã gửi thư xin lỗi',
    'cases.apologyDate': 'Ngày gửi thư xin lỗi',
    body: lateUi.notes,
  },
  documents: {
    number: documentsUi.number,
    kind: documentsUi.kind,
    issuer: documentsUi.issuer,
    date: documentsUi.date,
    title: documentsUi.title_,
    summary: documentsUi.summary,
    effective: documentsUi.effective,
    url: 'Đường dẫn tới toàn văn',
    file: 'Tệp PDF toàn văn',
    posted: documentsUi.posted,
    body: 'Ghi chú thêm (không bắt buộc)',
  },
  procedures: {
    code: procedureUi.code,
    name: 'Tên thủ tục',
    field: procedureUi.field,
    level: procedureUi.level,
    summary: procedureUi.summary,
    channels: procedureUi.channels,
    'channels.inPerson': 'Nộp trực tiếp tại Bộ phận Một cửa',
    'channels.online': 'Mức độ trực tuyến',
    'channels.postal': 'Qua dịch vụ bưu chính công ích',
    processingTime: procedureUi.time,
    fees: procedureUi.fee,
    'fees.name': 'Tên khoản phí, lệ phí',
    'fees.amount': 'Số tiền (đồng)',
    'fees.note': 'Ghi chú',
    exemptions: procedureUi.exemptions,
    cases: 'Các trường hợp thực hiện',
    'cases.name': 'Tên trường hợp',
    'cases.documents': procedureUi.documents,
    'cases.documents.name': 'Tên giấy tờ',
    'cases.documents.originals': 'Số bản chính',
    'cases.documents.copies': 'Số bản sao',
    'cases.documents.form': 'Tên mẫu đơn, tờ khai',
    'cases.documents.formUrl': 'Đường dẫn tải mẫu',
    'cases.steps': procedureUi.steps,
    applicants: procedureUi.applicants,
    agency: procedureUi.agency,
    competentAuthority: procedureUi.competent,
    result: procedureUi.result,
    conditions: procedureUi.conditions,
    legalBasis: procedureUi.legalBasis,
    'legalBasis.title': 'Trích yếu',
    'legalBasis.date': 'Ngày ban hành',
    'legalBasis.effective': 'Ngày có hiệu lực',
    decision: procedureUi.decision,
    'decision.title': 'Trích yếu',
    'decision.date': 'Ngày ban hành',
    status: procedureUi.status,
    'status.state': 'Tình trạng',
    'status.since': 'Kể từ ngày',
    related: 'Thủ tục liên quan',
    portalUrl: 'Địa chỉ riêng của thủ tục trên cổng dịch vụ công (không bắt buộc)',
    updated: 'Ngày cập nhật',
    body: procedureUi.guidance,
  },
  reports: {
    year: 'Năm của kế hoạch',
    period: 'Kỳ báo cáo',
    number: 'Số, ký hiệu báo cáo',
    date: 'Ngày ký',
    place: 'Địa danh',
    signer: 'Người ký',
    'signer.name': 'Họ và tên',
    'signer.title': 'Chức vụ',
    'signer.authority': 'Thẩm quyền ký',
    recipients: 'Nơi nhận',
    subject: 'Trích yếu',
    body: 'Đánh giá, nhận xét (kết quả, hạn chế và nguyên nhân, nhiệm vụ kỳ tới, đề xuất)',
  },
};

/** Short help under a field, by collection and path. */
export const fieldHints: Record<CollectionName, Record<string, string>> = {
  news: {
    summary:
      'Hai, ba câu giới thiệu bài; hiện trong danh sách tin, khi chia sẻ lên Zalo, Facebook, và là phần (cùng tiêu đề) mà ô tìm kiếm tìm thấy: hãy nêu tên thủ tục, việc chính mà người dân sẽ gõ.',
    topics: 'Chọn ít nhất một chủ đề.',
    task: 'Bài này tính vào nhiệm vụ nào của kế hoạch (để báo cáo tiến độ).',
    draft: 'Bật khi chưa muốn đăng; bài nháp không hiện trên cổng.',
  },
  commendations: {
    summary: 'Một, hai câu về thành tích; cùng tiêu đề và tên người, đơn vị được biểu dương, là phần ô tìm kiếm tìm thấy.',
  },
  events: {
    task: 'Bắt buộc: sự kiện này thực hiện nhiệm vụ nào của kế hoạch.',
    participants: 'Chỉ ghi số, ví dụ 120.',
  },
  procedures: {
    code: 'Mã trên Cổng Dịch vụ công quốc gia, ví dụ 1.001193.',
    processingTime: 'Ví dụ: Ngay trong ngày tiếp nhận; 03 ngày làm việc.',
    'fees.amount': 'Chỉ ghi số, ví dụ 8000. Ghi 0 nếu miễn phí; để trống nếu tùy trường hợp và giải thích ở Ghi chú.',
    decision: 'Quyết định công bố thủ tục của Chủ tịch UBND tỉnh.',
    updated: 'Ngày cập nhật thủ tục theo quyết định công bố mới nhất.',
    related: 'Chọn các thủ tục liên quan theo mã.',
    'channels.online':
      'Chỉ chọn toàn trình hoặc một phần khi thủ tục thật sự nộp được trên Cổng Dịch vụ công quốc gia: trang chỉ hiện nút “Nộp trực tuyến” cho hai mức này; thủ tục chưa trực tuyến hiện nơi và giờ đến nộp trực tiếp.',
    portalUrl:
      'Để trống: trang tự dẫn tới ô tìm kiếm của Cổng Dịch vụ công quốc gia theo mã thủ tục. Chỉ dán địa chỉ đã mở thử được; địa chỉ cũ dạng …dvc-chi-tiet-thu-tuc-hanh-chinh… không còn dùng được.',
  },
  indices: {
    index: 'PAR INDEX, SIPAS, PAPI, PCI, DDCI, DGI hoặc DTI.',
    scope:
      'Cấp xã: kết quả của chính đơn vị (xã, phường hoặc đặc khu); cấp huyện: kết quả của huyện trước ngày 01/7/2025, chỉ với số liệu từ trước khi bỏ cấp huyện; cấp tỉnh: kết quả của tỉnh.',
    score: 'Ghi số, dấu chấm thập phân, ví dụ 92.18. Có thể bỏ trống nếu chỉ có thứ hạng.',
    rank: 'Ví dụ 3 (hạng 3). Có thể bỏ trống nếu chỉ có điểm.',
    of: 'Ví dụ 63 (63 tỉnh, thành phố).',
    illustrative: 'Bật khi con số chưa được công bố chính thức (chỉ để minh họa); trang sẽ ghi rõ “Số liệu minh họa”.',
  },
  'late-disclosures': {
    processed: 'Tất cả hồ sơ đã trả kết quả trong quý, cả đúng hạn và trễ hạn; dùng để tính tỷ lệ đúng hạn.',
    holidays: 'Các ngày nghỉ lễ, Tết rơi vào ngày thường, để không tính vào số ngày trễ.',
    'cases.daysLate': 'Không bắt buộc: trang tự tính theo ngày làm việc; nếu ghi, phải khớp với số tự tính.',
    'cases.official.name': 'Chỉ ghi khi site.yaml cho phép công khai họ tên (lateFiles.officials: name).',
  },
  documents: {
    number: 'Ví dụ 76/NQ-CP.',
    url: 'Trang chứa toàn văn trên cổng của cơ quan ban hành (nếu có).',
    file: 'Tệp PDF được lưu cạnh văn bản và đăng kèm trên trang.',
    posted: 'Ngày đăng văn bản lên cổng, khi văn bản được tính cho một nhiệm vụ của kế hoạch.',
    task: 'Văn bản này được đăng để thực hiện nhiệm vụ nào của kế hoạch (không bắt buộc).',
  },
  plans: {
    year: 'Mỗi năm chỉ có một kế hoạch.',
    groups: 'Chỉ khi phụ lục chia nhiệm vụ thành nhóm theo đơn vị (I, II…) và đánh số lại từ 1 trong mỗi nhóm.',
    'tasks.id':
      'Số thứ tự trong phụ lục, ví dụ 1, 2, 3 (đánh lại từ 1 trong mỗi nhóm). Tin bài và sự kiện dẫn tới nhiệm vụ bằng NĂM/SỐ, hoặc NĂM/NHÓM.SỐ khi có nhóm (2024/II.1).',
    'tasks.group': 'Số của nhóm đã khai ở mục Nhóm nhiệm vụ; để trống nếu phụ lục không chia nhóm.',
    'tasks.timing.from': 'Tháng dạng 2024-01 hoặc ngày dạng 2024-01-17.',
    'tasks.timing.to': 'Tháng dạng 2024-12 hoặc ngày dạng 2024-12-31.',
  },
  reports: {
    number: 'Ví dụ 45/BC-UBND.',
    place: 'Không bắt buộc: để trống thì ghi tên của đơn vị, ví dụ "Hòa An, ngày 30 tháng 6 năm 2026".',
    'signer.authority': 'Ví dụ KT. Chủ tịch (không bắt buộc).',
    subject: 'Không bắt buộc: để trống thì trang ghi "Kết quả thực hiện Kế hoạch tuyên truyền CCHC" và kỳ báo cáo.',
    body: 'Số liệu từng nhiệm vụ được tự tổng hợp thành Phụ lục; ở đây chỉ viết những gì con số chưa nói được.',
  },
};

/** Labels of the kinds of a discriminated union, by collection and path. */
export const unionLabels: Partial<Record<CollectionName, Record<string, Record<string, string>>>> = {
  plans: {
    'tasks.timing': {
      ongoing: planUi.ongoing,
      'on-request': `${planUi.onRequest} (khi cấp trên có kế hoạch)`,
      unspecified: `${planUi.unspecified} (kế hoạch để trống)`,
      recurring: 'Định kỳ (hằng tháng, quý, năm)',
      year: 'Trong năm',
      month: 'Trong một tháng',
      quarter: 'Trong một quý',
      date: 'Vào một ngày',
      range: 'Trong một khoảng thời gian',
    },
  },
};
