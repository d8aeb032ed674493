import type { CompletenessState } from "../consolidate/types";
import type { Severity } from "../types";
import type { CellStyle } from "../sheet/model";

/** Vietnamese label and style of each completeness state (plus "not expected" for years a unit did not exist). */
export const STATE_LABELS: Readonly<
  Record<CompletenessState | "not-expected", { readonly vi: string; readonly style: CellStyle }>
> = {
  "on-time": { vi: "Đúng hạn", style: "state-on-time" },
  late: { vi: "Trễ hạn", style: "state-late" },
  missing: { vi: "Chưa nộp", style: "state-missing" },
  rejected: { vi: "Bị trả lại", style: "state-rejected" },
  "not-expected": { vi: "Không phải nộp", style: "state-not-expected" },
};

/** Vietnamese label and style of each severity. */
export const SEVERITY_LABELS: Readonly<Record<Severity, { readonly vi: string; readonly style: CellStyle }>> = {
  error: { vi: "Lỗi", style: "severity-error" },
  warning: { vi: "Cảnh báo", style: "severity-warning" },
  info: { vi: "Thông tin", style: "severity-info" },
};

/** Number format of every count cell. */
export const COUNT_FORMAT = "#,##0";

/**
 * Number format of a sum that left out unknown counts: the number is the known part, shown "≥ 12" so an officer
 * reads it as "at least". It stays a number, so the sheet's SUM formulas still add it.
 */
export const PARTIAL_COUNT_FORMAT = '"≥ "#,##0';
