import type { FieldCode, LevelCode, MeasureCode, TypeCode } from "../types";

/**
 * The words that carry one canonical value's meaning, as an officer reads a label.
 *
 * `strong` words name the value by themselves ("kinh tế", "an ninh", "lũy kế"); `weak` words name
 * it only when nothing stronger is said ("mô hình" is a collective model unless "cá nhân" follows).
 * Multi-word terms are matched as whole phrases, longest first, so "trật tự an toàn xã hội" is public
 * order and not "xã hội"; abbreviations are words like any other.
 */
export interface Meaning<C extends string> {
  readonly code: C;
  readonly strong: readonly string[];
  readonly weak?: readonly string[];
}

/**
 * Fields (lĩnh vực): the four fields of the movement and what each takes in, from the published
 * wordings (domain.md §1.1) and the work each field covers, plus "khác".
 */
export const FIELD_MEANINGS: readonly Meaning<FieldCode>[] = [
  {
    code: "kinh-te",
    strong: [
      "kinh tế", "KT", "phát triển kinh tế",
      "nông nghiệp", "nông thôn mới", "NTM", "nông thôn", "đô thị văn minh", "đô thị", "chỉnh trang đô thị",
      "sản xuất", "kinh doanh", "sản xuất kinh doanh", "giảm nghèo", "xóa đói giảm nghèo", "thoát nghèo", "làm giàu",
      "trồng trọt", "chăn nuôi", "trồng rừng", "lâm nghiệp", "thủy sản", "nuôi trồng thủy sản", "ngư nghiệp", "khuyến nông",
      "công nghiệp", "tiểu thủ công nghiệp", "thủ công nghiệp", "thương mại", "dịch vụ", "du lịch", "hợp tác xã", "HTX",
      "tổ hợp tác", "khởi nghiệp", "giao thông nông thôn", "thủy lợi", "hiến đất", "làm đường",
    ],
  },
  {
    code: "van-hoa-xa-hoi",
    strong: [
      "văn hóa", "xã hội", "VH", "XH", "VHXH", "văn hóa xã hội",
      "giáo dục", "y tế", "khuyến học", "khuyến tài", "an sinh xã hội", "an sinh", "chính sách xã hội",
      "gia đình văn hóa", "nếp sống văn minh", "nếp sống", "thể dục thể thao", "TDTT", "thể thao", "văn nghệ",
      "dân số", "kế hoạch hóa gia đình", "sức khỏe", "chăm sóc sức khỏe", "đền ơn đáp nghĩa", "người có công",
      "nhân đạo", "từ thiện", "bảo trợ xã hội", "trẻ em", "người cao tuổi", "bình đẳng giới", "gia đình", "lễ hội",
    ],
  },
  {
    code: "quoc-phong-an-ninh",
    strong: [
      "quốc phòng", "an ninh", "an ninh chính trị", "QP", "AN", "QPAN", "ANQP", "QP AN", "AN QP",
      "trật tự", "an ninh trật tự", "ANTT", "trật tự an toàn xã hội", "an toàn xã hội", "TTATXH", "ANTT ATXH",
      "phòng cháy chữa cháy", "phòng cháy", "chữa cháy", "PCCC", "cứu nạn cứu hộ", "phòng chống tội phạm", "tội phạm",
      "ma túy", "tệ nạn xã hội", "tệ nạn", "an toàn giao thông", "ATGT", "trật tự an toàn giao thông",
      "quân sự", "dân quân", "dân quân tự vệ", "biên giới", "biển đảo", "chủ quyền", "bảo vệ tổ quốc", "công an",
      "camera an ninh", "tự quản an ninh",
    ],
  },
  {
    code: "xay-dung-he-thong-chinh-tri",
    strong: [
      "Đảng", "xây dựng Đảng", "XDĐ", "hệ thống chính trị", "HTCT", "XD HTCT", "XDHTCT", "chính trị",
      "chính quyền", "xây dựng chính quyền", "mặt trận", "mặt trận tổ quốc", "MTTQ", "đoàn thể", "đoàn thể chính trị xã hội",
      "cải cách hành chính", "CCHC", "hành chính", "quy chế dân chủ", "dân chủ", "dân chủ cơ sở", "tiếp công dân",
      "đảng viên", "chi bộ", "tổ chức cơ sở đảng", "cán bộ", "công chức", "hòa giải",
    ],
  },
  { code: "khac", strong: ["khác", "chưa phân loại", "còn lại", "ngoài các lĩnh vực trên"] },
];

/** Recognition levels (cấp công nhận): who recognised the model. */
export const LEVEL_MEANINGS: readonly Meaning<LevelCode>[] = [
  { code: "xa", strong: ["xã", "cấp xã", "cơ sở", "cấp cơ sở", "phường", "thị trấn", "đặc khu", "CS"] },
  { code: "huyen", strong: ["huyện", "cấp huyện", "quận", "thị xã", "thành phố thuộc tỉnh", "thành phố trực thuộc tỉnh", "huyện ủy", "quận ủy", "thị ủy"] },
  { code: "tinh", strong: ["tỉnh", "cấp tỉnh", "tỉnh ủy", "thành phố trực thuộc trung ương", "thành ủy"] },
];

/** Model types: collective models and individual examples (domain.md §1.2). */
export const TYPE_MEANINGS: readonly Meaning<TypeCode>[] = [
  { code: "tap-the", strong: ["tập thể", "TT"], weak: ["mô hình", "MH"] },
  { code: "ca-nhan", strong: ["cá nhân", "CN"], weak: ["điển hình", "ĐH", "gương", "gương điển hình", "người tốt việc tốt"] },
];

/** Measures: new in the report year, or cumulative to date. */
export const MEASURE_MEANINGS: readonly Meaning<MeasureCode>[] = [
  {
    code: "new",
    strong: ["mới", "tăng", "tăng mới", "trong năm", "phát sinh", "năm nay", "trong kỳ", "kỳ này", "kỳ báo cáo", "mới công nhận", "công nhận mới"],
  },
  {
    code: "cumulative",
    strong: ["lũy kế", "đến nay", "hiện có", "cộng dồn", "từ đầu phong trào", "từ khi phát động", "tính đến", "đến thời điểm", "hiện nay", "tổng số hiện có", "đến cuối năm"],
  },
];

/**
 * Words that say what kind of label it is but not which value ("Lĩnh vực …", "Cấp …", "Số …"): they
 * neither help nor hurt a reading. Digits (years, dates) are always generic.
 */
export const GENERIC_WORDS: readonly string[] = [
  "lĩnh vực", "công tác", "các", "và", "về", "của", "trong", "thuộc", "trên", "cho", "với", "theo", "là", "có", "được", "đã", "do", "tại", "ở", "đến", "từ",
  "mô hình", "điển hình", "số", "số lượng", "tổng", "cộng", "phong trào", "dân vận", "dân vận khéo", "DVK", "thi đua",
  "nhóm", "khối", "ngành", "hoạt động", "phát triển", "xây dựng", "XD", "thực hiện", "đẩy mạnh", "nâng cao", "tăng cường", "củng cố",
  "bảo đảm", "đảm bảo", "giữ vững", "giữ gìn", "góp phần", "cấp", "công nhận", "năm", "ghi rõ", "nếu có", "nội dung", "việc làm",
  "UBND", "ủy ban nhân dân", "ban chỉ đạo", "BCĐ", "ủy", "đơn vị", "tên", "loại", "ngày", "tháng", "gồm", "trong đó", "chia ra", "mức",
];
