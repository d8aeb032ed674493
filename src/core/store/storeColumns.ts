/** Column headings of the "Dữ liệu" store sheet, in order (row 1 of the sheet). */
export const STORE_COLUMNS = [
  "Năm",
  "Mã đơn vị",
  "Tên đơn vị",
  "Lĩnh vực",
  "Cấp công nhận",
  "Loại",
  "Mới trong năm",
  "Lũy kế",
  "Tệp nguồn",
  "Trang tính",
  "Vùng ô",
  "Ngày báo cáo",
  "Trạng thái",
  "Nhập lúc",
  "Thay thế lúc",
] as const;

/** What the store sheet shows for an unknown count (never 0); a hand-typed "-" or "—" reads the same. */
export const UNKNOWN_COUNT_TEXT = "–";

/** Status labels shown in the store sheet. */
export const STORE_STATUS_LABELS = { active: "Đang dùng", superseded: "Đã thay thế" } as const;

/** The line above hand-edited rows the store could not read; they are kept below it, unchanged. */
export const KEPT_ROWS_NOTE = "Các dòng dưới đây không đọc được nên được giữ nguyên, không tính vào tổng hợp:";
