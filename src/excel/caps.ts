/**
 * Which ExcelApi requirement sets the host supports, detected once and passed around as plain data
 * so the adapter's behaviour on old hosts can be tested. The manifest declares ExcelApi 1.1; every
 * call above it in src/excel sits behind one of these flags.
 */
export interface Caps {
  /** Merges, column widths, sheet protection, locked cells, values-only used range. @isSetSupported ExcelApi 1.2 */
  readonly v1_2: boolean;
  /** Conditional formats, suspendApiCalculationUntilNextSync. @isSetSupported ExcelApi 1.6 */
  readonly v1_6: boolean;
  /** Freeze panes. @isSetSupported ExcelApi 1.7 */
  readonly v1_7: boolean;
  /** Data validation, Excel.createWorkbook. @isSetSupported ExcelApi 1.8 */
  readonly v1_8: boolean;
  /** Per-cell properties (`Range.getCellProperties`: each cell's font name). @isSetSupported ExcelApi 1.9 */
  readonly v1_9: boolean;
}

/** Every capability on (Microsoft 365, Excel on the web). */
export const ALL_CAPS: Caps = { v1_2: true, v1_6: true, v1_7: true, v1_8: true, v1_9: true };

/** Only the declared minimum (Excel 2016 volume-licensed: ExcelApi 1.1). */
export const MIN_CAPS: Caps = { v1_2: false, v1_6: false, v1_7: false, v1_8: false, v1_9: false };

/**
 * Detects the host's capabilities with `Office.context.requirements.isSetSupported` (versions as
 * strings: the parser cannot tell 1.1 from 1.10 otherwise). Call it once, after `Office.onReady`.
 */
export function detectCaps(): Caps {
  const has = (version: string): boolean => Office.context.requirements.isSetSupported("ExcelApi", version);
  return { v1_2: has("1.2"), v1_6: has("1.6"), v1_7: has("1.7"), v1_8: has("1.8"), v1_9: has("1.9") };
}

/** Notes (Vietnamese) for the pane about features this host lacks; empty when all are there. */
export function describeMissingCaps(caps: Caps): string[] {
  const notes: string[] = [];
  if (!caps.v1_2)
    notes.push(
      "Phiên bản Excel này không hỗ trợ gộp ô, độ rộng cột và khóa trang tính: báo cáo vẫn được ghi nhưng không định dạng đầy đủ.",
    );
  if (!caps.v1_6)
    notes.push(
      "Phiên bản Excel này không hỗ trợ định dạng có điều kiện: các ô có lỗi chỉ được liệt kê ở trang “Kiểm tra”, không tô màu.",
    );
  if (!caps.v1_7) notes.push("Phiên bản Excel này không hỗ trợ cố định dòng tiêu đề.");
  if (!caps.v1_8)
    notes.push(
      "Phiên bản Excel này không hỗ trợ kiểm tra dữ liệu nhập (chỉ số nguyên ≥ 0) và không mở được mẫu thành sổ làm việc mới.",
    );
  return notes;
}
