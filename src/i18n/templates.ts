/**
 * Front matter templates for `npm run new`, one per kind of content, with a
 * short Vietnamese comment on every field. {{title}}, {{date}}, {{year}} and
 * {{unit}} (the unit with its kind, "phường Hồng Gai") are filled in by src/lib/scaffold.ts. Fields left "" and the
 * body's placeholder sentence must be replaced before `npm run check` passes;
 * news and events start as drafts.
 */
/**
 * The sentences a template leaves in a body for the clerk to replace. Declared
 * once: the templates below write them, and `check` refuses a file that still
 * holds one (src/lib/placeholders.ts), so a scaffold is never published as it is.
 */
export const placeholders = {
  news: 'Viết nội dung bài ở đây. Mỗi đoạn cách nhau một dòng trống.',
  procedure: 'Hướng dẫn thêm cho người dân bằng lời dễ hiểu: cần mang gì, lưu ý gì.',
  commendation: 'Viết về thành tích, cách làm hay ở đây.',
  event: 'Ghi lại diễn biến, kết quả của hoạt động ở đây.',
  plan: 'Nội dung kế hoạch: I. Mục đích, yêu cầu; II. Nội dung; III. Kinh phí; IV. Tổ chức thực hiện.',
  disclosure: 'Nguyên nhân chung và biện pháp khắc phục (không bắt buộc).',
  reportResults: 'Những việc đã làm ngoài các con số: cách làm mới, phản hồi của người dân, hoạt động chưa đăng thành tin bài (phát thanh, pa-nô, hội nghị).',
  reportLimits: 'Nhiệm vụ chưa đạt và vì sao.',
  reportNext: 'Những việc trọng tâm sẽ làm trong kỳ tới.',
  reportProposals: 'Kiến nghị với cơ quan cấp trên; nếu không có, ghi: Không.',
} as const;

/** {{unit}} when the site's identity cannot be read (no site.yaml yet, or a broken one). */
export const unknownUnit = 'xã (phường, đặc khu) …';

export const templates = {
  'tin-tuc': `---
title: "{{title}}"  # Tiêu đề bài viết
date: {{date}}  # Ngày đăng, dạng NĂM-THÁNG-NGÀY
summary: ""  # Tóm tắt 1–2 câu, hiện ở danh sách tin, khi chia sẻ, và là phần (cùng tiêu đề) mà ô tìm kiếm tìm thấy
topics:  # Chủ đề (một hoặc nhiều), ví dụ: Cải cách thủ tục hành chính, Chuyển đổi số, Dịch vụ công trực tuyến
  - Cải cách thủ tục hành chính
# cover:  # Ảnh đại diện (không bắt buộc): đặt ảnh vào thư mục images/ cạnh bài
#   src: ./images/ten-anh.jpg
#   alt: ""  # Mô tả ảnh cho người khiếm thị (bắt buộc khi có ảnh)
author: ""  # Người viết (không bắt buộc)
unit: ""  # Đơn vị thực hiện; ghi đúng tên như trong kế hoạch khi chỉ tiêu giao cho từng đơn vị (each)
# task: ""  # Nhiệm vụ trong kế hoạch mà bài này thực hiện, dạng NĂM/SỐ, ví dụ {{year}}/1 (không bắt buộc)
draft: true  # Bản nháp, chưa đăng; đổi thành false khi bài đã viết xong
---

${placeholders.news}
`,
  'thu-tuc': `---
code: ""  # Mã thủ tục trên Cổng Dịch vụ công quốc gia, ví dụ "1.001193"
name: "{{title}}"  # Tên thủ tục đúng như quyết định công bố
field: ""  # Lĩnh vực, ví dụ: Hộ tịch, Chứng thực
level: commune  # Cấp thực hiện: commune (xã), district, province, ministry
summary: ""  # Một câu giải thích thủ tục dành cho ai, để làm gì
channels:  # Cách thức nộp hồ sơ
  inPerson: true  # Nộp trực tiếp tại Bộ phận một cửa
  online: none  # Trực tuyến: full (toàn trình), partial (một phần), none (chưa có)
  postal: false  # Nộp hoặc nhận kết quả qua bưu chính công ích
processingTime: ""  # Thời hạn giải quyết, ví dụ: 03 ngày làm việc
fees:  # Phí, lệ phí; amount tính bằng đồng, 0 là miễn phí
  - name: Lệ phí  # Tên khoản phí, lệ phí
    amount: 0  # Số tiền (đồng)
exemptions: ""  # Trường hợp được miễn, giảm (không bắt buộc)
cases:  # Mỗi trường hợp có hồ sơ và các bước riêng
  - name: ""  # Tên trường hợp (để trống nếu chỉ có một)
    documents:  # Thành phần hồ sơ
      - name: ""  # Tên giấy tờ
        originals: 1  # Số bản chính
        copies: 0  # Số bản sao
        form: ""  # Mẫu đơn, tờ khai (không bắt buộc)
    steps:  # Trình tự thực hiện, mỗi bước một dòng
      - ""  # Bước 1
applicants:  # Đối tượng thực hiện (ai được làm thủ tục này)
  - ""  # Đối tượng thực hiện
agency: ""  # Cơ quan thực hiện
# competentAuthority: ""  # Cơ quan có thẩm quyền, nếu khác cơ quan thực hiện
result: ""  # Kết quả, ví dụ: Giấy khai sinh
conditions: []  # Yêu cầu, điều kiện (nếu có)
legalBasis:  # Căn cứ pháp lý
  - number: ""  # Số văn bản, ví dụ 60/2014/QH13
    title: ""  # Tên văn bản, ví dụ Luật Hộ tịch
    issuer: ""  # Cơ quan ban hành
decision:  # Quyết định công bố thủ tục
  number: ""  # Số quyết định
  issuer: ""  # Cơ quan ban hành
  date: {{date}}  # Ngày ban hành
status:  # Tình trạng
  state: in-force  # in-force (đang hiệu lực), amended (đã sửa đổi), abolished (đã bãi bỏ)
related: []  # Mã các thủ tục liên quan, ví dụ ["2.000635"]
# portalUrl: https://…  # Chỉ điền khi trang thủ tục trên Cổng Dịch vụ công có địa chỉ khác thông thường
updated: {{date}}  # Ngày cập nhật trang này
---

${placeholders.procedure}
`,
  'bieu-duong': `---
title: "{{title}}"  # Tiêu đề, ví dụ: Biểu dương chị … có sáng kiến …
recipient: ""  # Người hoặc tập thể được biểu dương
recipientKind: person  # person (cá nhân) hoặc collective (tập thể)
unit: ""  # Đơn vị công tác (không bắt buộc)
reason: exemplary  # initiative (sáng kiến), exemplary (gương điển hình), award (khen thưởng)
summary: ""  # Tóm tắt thành tích trong 1–2 câu (cùng tiêu đề, là phần ô tìm kiếm tìm thấy)
date: {{date}}  # Ngày biểu dương
# decision:  # Quyết định khen thưởng (nếu có)
#   number: ""
#   issuer: ""
#   date: {{date}}
# photo:  # Ảnh (không bắt buộc), đặt trong thư mục images/ cạnh bài
#   src: ./images/ten-anh.jpg
#   alt: ""
# task: ""  # Nhiệm vụ kế hoạch liên quan, dạng NĂM/SỐ, ví dụ {{year}}/2 (không bắt buộc)
---

${placeholders.commendation}
`,
  'su-kien': `---
title: "{{title}}"  # Tên hoạt động, ví dụ: Hội nghị đối thoại với doanh nghiệp quý II
date: {{date}}  # Ngày diễn ra, dạng NĂM-THÁNG-NGÀY
kind: hoi-nghi  # Loại: hoi-nghi, doi-thoai, tap-huan, phat-thanh, truc-quan, khac
task: ""  # Nhiệm vụ trong kế hoạch mà hoạt động này thực hiện, dạng NĂM/SỐ, ví dụ {{year}}/1; xem phụ lục của kế hoạch (bắt buộc)
summary: ""  # Tóm tắt 1–2 câu: ai tham dự, nội dung chính
place: ""  # Địa điểm (không bắt buộc)
unit: ""  # Đơn vị chủ trì (không bắt buộc)
# participants: 50  # Số người tham dự (không bắt buộc)
photos: []  # Ảnh (không bắt buộc): - src: ./images/ten-anh.jpg, alt: mô tả ảnh
draft: true  # Bản nháp, chưa đăng; đổi thành false khi đã ghi xong
---

${placeholders.event}
`,
  'ke-hoach': `---
number: ""  # Số kế hoạch, ví dụ 31/KH-UBND
title: "{{title}}"  # Tên kế hoạch
year: {{year}}  # Năm của kế hoạch; mỗi năm chỉ một tệp
issued: {{date}}  # Ngày ban hành
issuer: ""  # Cơ quan ban hành, ví dụ Ủy ban nhân dân {{unit}}
signer:  # Người ký
  name: ""  # Người ký
  title: ""  # Chức vụ, ví dụ Phó Chủ tịch
  authority: ""  # Thẩm quyền ký, ví dụ KT. Chủ tịch (không bắt buộc)
basis:  # Căn cứ ban hành, mỗi văn bản một dòng
  - ""
recipients:  # Nơi nhận
  - ""
# groups:  # Chỉ khi phụ lục chia nhiệm vụ theo đơn vị (I, II…) và đánh số lại từ 1 trong mỗi nhóm (bỏ dấu # đầu dòng)
#   - id: "I"  # Số của nhóm, như phụ lục ghi
#     title: ""  # Tên nhóm, ví dụ Phòng Nội vụ
#     unit: ""  # Đơn vị thực hiện (không bắt buộc)
tasks:  # Phụ lục nhiệm vụ; xóa nếu kế hoạch không có phụ lục
  - id: "1"  # Số thứ tự, như phụ lục ghi (đánh lại từ 1 trong mỗi nhóm)
    # group: "I"  # Thuộc nhóm nào (khi có groups); tin bài ghi nhiệm vụ này là NĂM/I.1
    content: ""  # Nội dung
    form: ""  # Hình thức, sản phẩm (không bắt buộc: xóa dòng nếu phụ lục không có cột này)
    lead: ""  # Đơn vị chủ trì
    partners: []  # Đơn vị phối hợp
    timing:  # Thời gian thực hiện
      kind: ongoing  # ongoing (thường xuyên, trong năm), on-request (khi có yêu cầu; thêm note: "Khi có kế hoạch của thị xã" để ghi đúng lời kế hoạch), unspecified (kế hoạch để trống), recurring + every: month/quarter/year, month + month: 4, quarter + quarter: 2, date + date: NĂM-THÁNG-NGÀY, range + from/to, year
    # target:  # Chỉ tiêu (không bắt buộc): count tin bài (news) / hoạt động (events) mỗi per (month, quarter, year)
    #   count: 4
    #   of: news
    #   per: year  # per: month hoặc quarter được chấm từng tháng, từng quý: tháng không có sản phẩm là chưa đạt
    #   each: [Phường 1, Xã Bình Hiệp]  # Giao cho TỪNG đơn vị này, tính theo trường unit của mỗi tin (không bắt buộc)
    #   cadence: { count: 1, every: month }  # Ngoài tổng, mỗi tháng (month) hoặc quý (quarter) ít nhất bấy nhiêu (không bắt buộc)
---

${placeholders.plan}
`,
  'chi-so': `---
index: "{{index}}"  # Chỉ số: PAR INDEX, SIPAS, PAPI, PCI, DDCI, DGI hoặc DTI
year: {{year}}  # Năm đánh giá (năm của số liệu, không phải năm công bố)
scope: commune  # Cấp: commune (kết quả của {{unit}}), province (của tỉnh), district (của huyện, chỉ với số liệu trước ngày 01/7/2025)
score: ""  # Điểm, ví dụ 92.18 (dấu chấm thập phân); xóa dòng này nếu chỉ có thứ hạng
scoreUnit: percent  # Đơn vị điểm: percent (%) hoặc points (điểm)
# maxScore: 100  # Điểm tối đa của thang điểm, nếu không phải % (không bắt buộc)
rank: ""  # Thứ hạng, ví dụ 3; xóa dòng này nếu chỉ có điểm
of: ""  # Trên tổng số bao nhiêu đơn vị, ví dụ 63; xóa dòng này nếu không rõ
illustrative: true  # true: số liệu minh họa, chưa công bố chính thức; đổi thành false khi đã có nguồn công bố
source:  # Nguồn công bố kết quả
  title: ""  # Tên văn bản hoặc bài viết công bố
  issuer: ""  # Cơ quan công bố (không bắt buộc)
  date: {{date}}  # Ngày công bố (không bắt buộc)
  # url: https://…  # Đường dẫn tới nguồn (không bắt buộc)
commentary: ""  # Nhận xét ngắn: tăng, giảm so với năm trước, vì sao (không bắt buộc)
---
`,
  'tre-han': `---
year: {{year}}  # Năm
quarter: {{quarter}}  # Quý: 1, 2, 3 hoặc 4
processed: ""  # Tổng số hồ sơ đã giải quyết (trả kết quả) trong quý, cả đúng hạn và trễ hạn
published: {{date}}  # Ngày công khai
holidays: []  # Ngày nghỉ lễ, Tết rơi vào ngày thường trong quý (không tính vào số ngày trễ), ví dụ ["2024-04-18"]
cases: []  # Hồ sơ trễ hạn. Quý không có hồ sơ trễ hạn: để nguyên []. Có hồ sơ trễ hạn: thay [] bằng danh sách như mẫu dưới (bỏ dấu # đầu dòng)
#   - procedure: "1.001193"  # Mã thủ tục (phải có trong danh mục thủ tục của {{unit}})
#     received: {{date}}  # Ngày tiếp nhận hồ sơ
#     due: {{date}}  # Ngày hẹn trả kết quả
#     returned: {{date}}  # Ngày trả kết quả thực tế
#     daysLate: 1  # Số ngày trễ (không bắt buộc; trang tự tính theo ngày làm việc)
#     reason: ""  # Lý do trễ hạn
#     official:  # Người xử lý hồ sơ
#       position: ""  # Chức danh, ví dụ Công chức Tư pháp - Hộ tịch
#       name: ""  # Họ tên: chỉ ghi khi site.yaml cho phép công khai họ tên
#     apology: true  # true: đã gửi thư xin lỗi; false: chưa gửi
#     apologyDate: {{date}}  # Ngày gửi thư xin lỗi (không bắt buộc)
---

${placeholders.disclosure}
`,
  'van-ban': `---
number: ""  # Số, ký hiệu văn bản, ví dụ 76/NQ-CP
kind: "{{kind}}"  # Loại: Luật, Nghị quyết, Nghị định, Quyết định, Chỉ thị, Thông tư, Chương trình, Kế hoạch, Công văn, Thông báo, Hướng dẫn, Văn bản khác
issuer: ""  # Cơ quan ban hành, ví dụ Chính phủ; Ủy ban nhân dân tỉnh Quảng Ninh
date: {{date}}  # Ngày ban hành
title: "{{title}}"  # Trích yếu: văn bản về việc gì
summary: ""  # Tóm tắt nội dung chính trong 2–3 câu, bằng lời dễ hiểu
# effective: {{date}}  # Ngày có hiệu lực (không bắt buộc)
# url: https://…  # Đường dẫn tới toàn văn trên cổng của cơ quan ban hành (không bắt buộc)
# file: ./tep/ten-tep.pdf  # Hoặc tệp PDF toàn văn, đặt trong thư mục tep/ cạnh tệp này (không bắt buộc)
# posted: {{date}}  # Ngày đăng lên cổng, khi văn bản được tính cho một nhiệm vụ của kế hoạch
# task: ""  # Nhiệm vụ của kế hoạch mà việc đăng văn bản này thực hiện, dạng NĂM/SỐ, ví dụ {{year}}/3 (không bắt buộc)
---
`,
  'bao-cao': `---
# Số liệu từng nhiệm vụ được trang tự tổng hợp thành Phụ lục; phần nội dung dưới đây chỉ viết những gì con số chưa nói được.
year: {{year}}  # Năm của kế hoạch được báo cáo
period: {{period}}  # Kỳ báo cáo: quy-1, quy-2, quy-3, quy-4, 6-thang (6 tháng đầu năm) hoặc nam (cả năm)
number: ""  # Số, ký hiệu báo cáo, ví dụ 45/BC-UBND
date: {{date}}  # Ngày ký báo cáo
# place: ""  # Địa danh ghi ở dòng ngày tháng (không bắt buộc; để trống thì lấy tên của {{unit}})
signer:  # Người ký
  name: ""  # Họ và tên
  title: ""  # Chức vụ, ví dụ Phó Chủ tịch
  authority: ""  # Thẩm quyền ký, ví dụ KT. Chủ tịch (không bắt buộc)
recipients:  # Nơi nhận, mỗi nơi một dòng
  - ""  # Cơ quan nhận báo cáo, ví dụ Sở Nội vụ tỉnh …
  - "Lưu: VT"
# subject: ""  # Trích yếu riêng (không bắt buộc; để trống thì trang tự ghi "Kết quả thực hiện Kế hoạch tuyên truyền CCHC …")
---

## I. Kết quả đạt được

${placeholders.reportResults}

## II. Hạn chế, nguyên nhân

${placeholders.reportLimits}

## III. Nhiệm vụ trọng tâm kỳ tới

${placeholders.reportNext}

## IV. Đề xuất, kiến nghị

${placeholders.reportProposals}
`,
} as const;

export type ScaffoldKind = keyof typeof templates;

export const scaffoldMessages = {
  usage:
    'Cách dùng: npm run new -- [THƯ-MỤC] <loại> "Tiêu đề" [--content THƯ-MỤC | --commune TÊN-XÃ]\nLoại: tin-tuc, thu-tuc, bieu-duong, su-kien, ke-hoach, van-ban, chi-so (ví dụ "SIPAS 2024"), tre-han (ví dụ "Quý II 2024"), bao-cao (ví dụ "Quý II 2026", "6 tháng 2026", "Năm 2026")',
  unknownKind: (kind: string) => `Không có loại nội dung "${kind}".`,
  exists: (path: string) => `Tệp ${path} đã có; không ghi đè. Chọn tiêu đề khác hoặc sửa tệp đó.`,
  created: (path: string) => `Đã tạo ${path}. Mở tệp, điền các trường còn trống, rồi chạy: npm run check`,
  emptyTitle: 'Tiêu đề không được để trống.',
} as const;
