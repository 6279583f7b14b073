/**
 * Word lists for the benchmark's synthetic communes: Vietnamese names of
 * people, villages and units, and qualifiers for procedure names. The running
 * text itself comes from the repository's own Markdown (see corpus.ts).
 */

export const FAMILY_NAMES = [
  'Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Vũ', 'Võ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô', 'Dương', 'Lý',
  'Đinh', 'Đào', 'Lương', 'Trịnh', 'Mai', 'Tạ', 'Cao', 'Quách', 'Lại', 'Thân', 'Triệu', 'Chu', 'Kiều', 'Khúc',
];

export const MIDDLE_NAMES = ['Văn', 'Thị', 'Hữu', 'Đức', 'Minh', 'Thanh', 'Ngọc', 'Quốc', 'Thu', 'Xuân', 'Hồng', 'Công', 'Bảo', 'Kim', 'Anh', 'Gia'];

export const GIVEN_NAMES = [
  'An', 'Bình', 'Chiến', 'Dũng', 'Đông', 'Giang', 'Hà', 'Hải', 'Hạnh', 'Hiếu', 'Hoa', 'Hòa', 'Hùng', 'Hương', 'Khánh', 'Lan',
  'Linh', 'Loan', 'Long', 'Mạnh', 'Nam', 'Nga', 'Nghĩa', 'Nhung', 'Phong', 'Phương', 'Quang', 'Quyết', 'Sơn', 'Tâm',
  'Thắng', 'Thảo', 'Thủy', 'Tiến', 'Trang', 'Trung', 'Tuấn', 'Tùng', 'Uyên', 'Vân', 'Việt', 'Xuân', 'Yến', 'Đạt', 'Định',
];

export const VILLAGES = [
  'thôn Đồng Vải', 'thôn Khe Cát', 'thôn Bằng Anh', 'thôn Đồng Chè', 'thôn Khe Tre', 'thôn Làng Cổng', 'thôn Đồng Mộ',
  'thôn Trại Dọc', 'thôn Bến Đò', 'thôn Cây Đa', 'thôn Gò Sỏi', 'thôn Hòn Trơ', 'thôn Khe Nước', 'thôn Đông Sơn',
  'thôn Tây Sơn', 'thôn Bắc Lãm', 'thôn Nam Hải', 'thôn Phú Lợi', 'thôn Trung Tâm', 'thôn Yên Mỹ',
];

export const UNITS = [
  'Bộ phận Tiếp nhận và trả kết quả xã', 'Văn phòng – Thống kê xã', 'Công chức Tư pháp – Hộ tịch', 'Công chức Văn hóa – Thông tin',
  'Đoàn Thanh niên xã', 'Hội Liên hiệp Phụ nữ xã', 'Hội Nông dân xã', 'Hội Cựu chiến binh xã', 'Mặt trận Tổ quốc xã',
  'Công an xã', 'Bưu điện văn hóa xã', 'Trạm Y tế xã', 'Trường Tiểu học xã', 'Trường Trung học cơ sở xã',
];

export const PROCEDURE_QUALIFIERS = [
  'cho người cư trú tại xã', 'có yếu tố nước ngoài', 'cho người đang sinh sống ở nước ngoài', 'lần đầu', 'lại',
  'cho trẻ em bị bỏ rơi', 'kết hợp nhận cha, mẹ, con', 'qua dịch vụ công trực tuyến', 'cho người cao tuổi',
  'cho người khuyết tật', 'cho hộ nghèo, hộ cận nghèo', 'trong trường hợp khẩn cấp', 'theo yêu cầu', 'có thay đổi thông tin',
  'cho người chưa thành niên', 'tại nơi tạm trú', 'bổ sung thông tin', 'cải chính thông tin', 'xác định lại dân tộc',
];
