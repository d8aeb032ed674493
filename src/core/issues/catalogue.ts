import type { Severity } from "../types";

/** Static metadata of one issue code: severity, scope, and message templates with `{param}` slots. */
export interface IssueSpec {
  readonly severity: Severity;
  readonly scope: "file" | "sheet" | "submission" | "cell" | "series";
  /** Vietnamese message: says what is wrong and what to ask the unit. */
  readonly vi: string;
  readonly en: string;
}

/**
 * The catalogue of every issue the product can report. Codes are stable kebab-case ids: they appear
 * in JSON output, in the "Kiểm tra" sheet and in the user guide; never rename one.
 */
export const ISSUE_CATALOGUE = {
  // ── file level ────────────────────────────────────────────────────────────
  "unreadable-file": {
    severity: "error",
    scope: "file",
    vi: "Không đọc được tệp ({reason}). Đề nghị đơn vị lưu lại bằng Excel (.xlsx) và gửi lại.",
    en: "The file cannot be read ({reason}). Ask the unit to save it again from Excel as .xlsx and resend it.",
  },
  "file-too-large": {
    severity: "error",
    scope: "file",
    vi: "Tệp quá lớn ({size}); giới hạn là {limit}. Đề nghị đơn vị chỉ gửi biểu mẫu báo cáo.",
    en: "The file is too large ({size}); the limit is {limit}. Ask the unit to send only the report form.",
  },
  "sheet-too-large": {
    severity: "error",
    scope: "sheet",
    vi: "Trang tính quá lớn ({size}); giới hạn là {limit}. Trang này không được đọc.",
    en: "The sheet is too large ({size}); the limit is {limit}. It was not read.",
  },
  "parse-timeout": {
    severity: "error",
    scope: "file",
    vi: "Đọc tệp quá {limit} giây nên đã dừng. Đề nghị đơn vị lưu lại bằng Excel (.xlsx) và gửi lại.",
    en: "Reading the file took longer than {limit} seconds and was stopped. Ask the unit to save it again as .xlsx and resend it.",
  },
  "no-submission-table": {
    severity: "error",
    scope: "file",
    vi: "Không tìm thấy bảng số liệu theo Mẫu 01-DVK (hàng tiêu đề Lĩnh vực / Cấp / Mô hình tập thể – Điển hình cá nhân / Mới trong năm – Lũy kế).",
    en: "No counts table in the Mẫu 01-DVK layout was found (header rows Lĩnh vực / level / type / Mới trong năm – Lũy kế).",
  },
  // ── submission header ─────────────────────────────────────────────────────
  "missing-unit": {
    severity: "error",
    scope: "submission",
    vi: 'Thiếu tên đơn vị báo cáo (dòng "Đơn vị báo cáo:"). Đề nghị đơn vị ghi rõ tên.',
    en: 'The reporting unit is missing (the "Đơn vị báo cáo:" line). Ask the unit to fill in its name.',
  },
  "missing-year": {
    severity: "error",
    scope: "submission",
    vi: 'Thiếu năm báo cáo (dòng "Năm báo cáo:"). Đề nghị đơn vị ghi năm báo cáo.',
    en: 'The report year is missing (the "Năm báo cáo:" line). Ask the unit to fill in the year.',
  },
  "unit-inferred": {
    severity: "info",
    scope: "submission",
    vi: 'Không có tên đơn vị ở dòng "Đơn vị báo cáo:"; đã lấy tên đơn vị "{unit}" từ {where}. Hỏi lại đơn vị nếu chưa đúng.',
    en: 'No unit name is given on a "Đơn vị báo cáo:" line; the unit "{unit}" was taken from {where}. Check it with the unit if it is wrong.',
  },
  "year-inferred": {
    severity: "info",
    scope: "submission",
    vi: 'Không có năm ở dòng "Năm báo cáo:"; đã lấy năm báo cáo {year} từ {where}. Hỏi lại đơn vị nếu chưa đúng.',
    en: 'No year is given on a "Năm báo cáo:" line; the report year {year} was taken from {where}. Check it with the unit if it is wrong.',
  },
  "year-out-of-range": {
    severity: "error",
    scope: "submission",
    vi: "Năm báo cáo {year} nằm ngoài khoảng tổng hợp {from}–{to}. Kiểm tra lại năm với đơn vị.",
    en: "Report year {year} is outside the consolidated range {from}–{to}. Check the year with the unit.",
  },
  "year-mismatch": {
    severity: "warning",
    scope: "submission",
    vi: "Năm báo cáo ghi là {year} nhưng {where} ghi năm {other}. Hỏi lại đơn vị đây là báo cáo năm nào.",
    en: "The stated report year is {year} but {where} says {other}. Ask the unit which year this report is for.",
  },
  "late-submission": {
    severity: "warning",
    scope: "submission",
    vi: "Báo cáo ngày {date}, sau hạn {deadline}.",
    en: "The report is dated {date}, after the deadline {deadline}.",
  },
  "invalid-report-date": {
    severity: "warning",
    scope: "cell",
    vi: 'Không hiểu ngày báo cáo "{value}". Ghi theo dạng dd/mm/yyyy hoặc "ngày … tháng … năm …".',
    en: 'The report date "{value}" is not understood. Write it as dd/mm/yyyy or "ngày … tháng … năm …".',
  },
  // ── table structure ───────────────────────────────────────────────────────
  "unknown-field": {
    severity: "error",
    scope: "cell",
    vi: 'Dòng "{label}" không khớp lĩnh vực nào; gần nhất là "{suggestion}". Đề nghị đơn vị dùng đúng tên lĩnh vực của mẫu (hoặc thêm tên gọi này vào danh mục).',
    en: 'Row "{label}" matches no field; the closest is "{suggestion}". Ask the unit to use the form\'s field names (or add this spelling to the alias list).',
  },
  "ambiguous-field": {
    severity: "error",
    scope: "cell",
    vi: 'Dòng "{label}" nêu nhiều lĩnh vực ({candidates}) nên không biết tính vào lĩnh vực nào. Đề nghị đơn vị tách thành từng dòng (hoặc thêm cách ghi này vào danh mục với lĩnh vực đúng).',
    en: 'Row "{label}" names several fields ({candidates}), so it cannot be counted in one. Ask the unit to split it into one row per field (or add this spelling to the alias list with the right field).',
  },
  "label-interpreted": {
    severity: "info",
    scope: "cell",
    vi: 'Đã hiểu "{label}" là "{value}" ({dimension}). Nếu hiểu sai, thêm cách ghi này vào danh mục với nghĩa đúng.',
    en: 'Read "{label}" as "{value}" ({dimension}). If that is wrong, add this spelling to the alias list with the right meaning.',
  },
  "detail-rows-mismatch": {
    severity: "warning",
    scope: "cell",
    vi: 'Các dòng chi tiết dưới "{label}" cộng lại được {sum}, không khớp với số {stated} ở ô {cell}; đã tính theo số {stated} của dòng "{label}". Hỏi lại đơn vị số nào đúng.',
    en: 'The detail rows under "{label}" add up to {sum}, which does not match {stated} in cell {cell}; {stated} from the row "{label}" was counted. Ask the unit which is right.',
  },
  "detail-rows-summed": {
    severity: "info",
    scope: "cell",
    vi: 'Ô {cell} của dòng "{label}" để trống; đã lấy tổng các dòng chi tiết bên dưới ({sum}).',
    en: 'Cell {cell} of the row "{label}" is empty; the sum of the detail rows below it ({sum}) was used.',
  },
  "duplicate-field-row": {
    severity: "error",
    scope: "cell",
    vi: 'Lĩnh vực "{field}" xuất hiện hai lần (dòng {first} và dòng {second}). Đề nghị đơn vị gộp lại thành một dòng.',
    en: 'Field "{field}" appears twice (rows {first} and {second}). Ask the unit to merge them into one row.',
  },
  "missing-field-row": {
    severity: "warning",
    scope: "submission",
    vi: 'Thiếu dòng lĩnh vực "{field}"; được tính là 0. Hỏi lại đơn vị nếu lĩnh vực này có mô hình.',
    en: 'The row for field "{field}" is missing and was counted as 0. Ask the unit if it has models in this field.',
  },
  "missing-measure-column": {
    severity: "warning",
    scope: "cell",
    vi: 'Bảng không có cột "{measure}" cho {level} – {type}: số này chưa biết (ghi "–" trong tổng hợp, không tính là 0; tổng có nó ghi "≥"). Nếu đơn vị có số, đề nghị gửi lại theo Mẫu 01-DVK (mỗi loại có cột Mới trong năm và Lũy kế).',
    en: 'The table has no "{measure}" column for {level} – {type}: that count is unknown (shown as "–" in the report, never counted as 0; totals over it show "≥"). If the unit has the number, ask for Mẫu 01-DVK (each type has New and Cumulative columns).',
  },
  "duplicate-column": {
    severity: "error",
    scope: "cell",
    vi: "Cột {level} – {type} – {measure} xuất hiện hai lần. Đề nghị đơn vị dùng đúng Mẫu 01-DVK.",
    en: "Column {level} – {type} – {measure} appears twice. Ask the unit to use Mẫu 01-DVK.",
  },
  // ── cell values ───────────────────────────────────────────────────────────
  "not-a-number": {
    severity: "error",
    scope: "cell",
    vi: 'Ô {cell} ghi "{value}", không phải một số. Đề nghị đơn vị chỉ ghi số nguyên (số mô hình).',
    en: 'Cell {cell} holds "{value}", which is not a number. Ask the unit to enter whole numbers only.',
  },
  "negative-count": {
    severity: "error",
    scope: "cell",
    vi: "Ô {cell} ghi số âm ({value}). Số mô hình không thể âm.",
    en: "Cell {cell} holds a negative count ({value}).",
  },
  "fractional-count": {
    severity: "error",
    scope: "cell",
    vi: "Ô {cell} ghi số lẻ ({value}). Số mô hình phải là số nguyên.",
    en: "Cell {cell} holds a fraction ({value}); counts are whole numbers.",
  },
  "formula-error": {
    severity: "error",
    scope: "cell",
    vi: "Ô {cell} bị lỗi công thức {value}. Đề nghị đơn vị sửa công thức hoặc nhập số trực tiếp.",
    en: "Cell {cell} shows the formula error {value}. Ask the unit to fix the formula or type the number.",
  },
  "number-as-text": {
    severity: "info",
    scope: "cell",
    vi: 'Ô {cell} lưu số dạng văn bản ("{value}"); đã đọc là {number}.',
    en: 'Cell {cell} stores a number as text ("{value}"); read as {number}.',
  },
  "cumulative-less-than-new": {
    severity: "error",
    scope: "cell",
    vi: "{field} – {level} – {type}: lũy kế ({cumulative}, ô {cell}) nhỏ hơn số mới trong năm ({new}). Lũy kế phải gồm cả số mới.",
    en: "{field} – {level} – {type}: cumulative ({cumulative}, cell {cell}) is smaller than new ({new}). Cumulative must include the new models.",
  },
  "total-mismatch": {
    severity: "error",
    scope: "cell",
    vi: "Dòng Tổng cộng, ô {cell}: ghi {stated} nhưng cộng các dòng được {sum}. Đề nghị đơn vị kiểm tra lại.",
    en: "Total row, cell {cell}: states {stated} but the rows add up to {sum}. Ask the unit to check it.",
  },
  "unit-table-total-mismatch": {
    severity: "warning",
    scope: "cell",
    vi: "Dòng tổng của bảng tổng hợp, ô {cell}: ghi {stated} nhưng cộng các dòng đơn vị được {sum}. Dòng tổng không được tính; số của từng đơn vị được tổng hợp. Đề nghị kiểm tra lại.",
    en: "Total row of the consolidated table, cell {cell}: states {stated} but the unit rows add up to {sum}. The total row is not counted; each unit's numbers are. Ask for it to be checked.",
  },
  "value-dropped": {
    severity: "warning",
    scope: "cell",
    vi: 'Ô {cell} có số liệu "{value}" nằm ngoài các cột của mẫu nên không được tổng hợp.',
    en: 'Cell {cell} holds "{value}" outside the form\'s columns, so it is not consolidated.',
  },
  // ── consolidation ─────────────────────────────────────────────────────────
  "superseded-submission": {
    severity: "info",
    scope: "submission",
    vi: "Báo cáo năm {year} của {unit} đã được thay bằng báo cáo mới hơn ({winner}).",
    en: "The {year} report of {unit} was replaced by a newer one ({winner}).",
  },
  "cumulative-decreased": {
    severity: "warning",
    scope: "series",
    vi: "{field} – {level} – {type}: lũy kế năm {year} ({cumulative}) thấp hơn năm {previousYear} ({previous}). Hỏi đơn vị vì sao lũy kế giảm.",
    en: "{field} – {level} – {type}: cumulative in {year} ({cumulative}) is below {previousYear} ({previous}). Ask the unit why it fell.",
  },
  "cumulative-jump": {
    severity: "warning",
    scope: "series",
    vi: "{field} – {level} – {type}: lũy kế năm {year} ({cumulative}) lớn hơn lũy kế năm {previousYear} cộng số mới ({expected}). Hỏi đơn vị về phần chênh lệch.",
    en: "{field} – {level} – {type}: cumulative in {year} ({cumulative}) exceeds {previousYear}'s plus this year's new ({expected}). Ask the unit about the difference.",
  },
  // ── text and units (legacy encodings, registry, model lists) ─────────────
  "legacy-encoding-converted": {
    severity: "info",
    scope: "submission",
    vi: 'Đã chuyển {count} ô từ mã {encoding} sang Unicode, ví dụ "{before}" → "{after}".',
    en: 'Converted {count} cells from {encoding} to Unicode, e.g. "{before}" → "{after}".',
  },
  "unknown-unit": {
    severity: "warning",
    scope: "submission",
    vi: 'Đơn vị "{unit}" không có trong danh sách đơn vị; gần nhất là "{suggestion}".',
    en: 'Unit "{unit}" is not in the units registry; the closest is "{suggestion}".',
  },
  "registry-header-missing": {
    severity: "error",
    scope: "sheet",
    vi: "Không tìm thấy hàng tiêu đề của danh sách đơn vị (cần các cột Mã và Tên đơn vị; có thể thêm Loại, Hiệu lực từ, Hiệu lực đến, Đơn vị kế thừa).",
    en: "No header row was found in the units registry (columns code and name are required; kind, valid from, valid to and successors are optional).",
  },
  "registry-missing-code": {
    severity: "warning",
    scope: "cell",
    vi: 'Danh sách đơn vị, dòng {row}: đơn vị "{unit}" không có mã nên bị bỏ qua. Bổ sung mã đơn vị.',
    en: 'Units registry, row {row}: unit "{unit}" has no code and was skipped. Add its code.',
  },
  "registry-duplicate-code": {
    severity: "warning",
    scope: "cell",
    vi: 'Danh sách đơn vị: mã "{code}" xuất hiện hai lần (dòng {first} và dòng {second}); dùng dòng {first}.',
    en: 'Units registry: code "{code}" appears twice (rows {first} and {second}); row {first} is used.',
  },
  "registry-invalid-date": {
    severity: "warning",
    scope: "cell",
    vi: 'Danh sách đơn vị, ô {cell}: không hiểu ngày "{value}" (ghi theo dạng dd/mm/yyyy); ngày này bị bỏ qua.',
    en: 'Units registry, cell {cell}: the date "{value}" is not understood (write dd/mm/yyyy); it is ignored.',
  },
  "list-count-mismatch": {
    severity: "warning",
    scope: "submission",
    vi: "{field} – {level} – {type}: Mẫu 01 ghi {formCount} mô hình mới nhưng danh sách Mẫu 02 có {listCount} mô hình công nhận năm {year}.",
    en: "{field} – {level} – {type}: Mẫu 01 states {formCount} new models but the Mẫu 02 list has {listCount} recognised in {year}.",
  },
  "list-unknown-label": {
    severity: "warning",
    scope: "cell",
    vi: 'Danh sách Mẫu 02-DVK, ô {cell}: "{label}" không khớp {column} nào; gần nhất là "{suggestion}". Mô hình ở dòng {row} không được đối chiếu với Mẫu 01. Đề nghị đơn vị ghi đúng theo mẫu (hoặc thêm cách ghi này vào danh mục).',
    en: 'Mẫu 02-DVK list, cell {cell}: "{label}" matches no {column}; the closest is "{suggestion}". The model in row {row} is not compared with Mẫu 01. Ask the unit to use the form\'s names (or add this spelling to the alias list).',
  },
  "list-missing-value": {
    severity: "warning",
    scope: "cell",
    vi: "Danh sách Mẫu 02-DVK, ô {cell} (dòng {row}): chưa ghi {column}. Đề nghị đơn vị bổ sung; mô hình thiếu loại, lĩnh vực, cấp hoặc năm công nhận thì không được đối chiếu với Mẫu 01.",
    en: "Mẫu 02-DVK list, cell {cell} (row {row}): the {column} is missing. Ask the unit to fill it in; a model without type, field, level or year is not compared with Mẫu 01.",
  },
  "list-invalid-year": {
    severity: "warning",
    scope: "cell",
    vi: 'Danh sách Mẫu 02-DVK, ô {cell}: không hiểu năm công nhận "{value}"; mô hình ở dòng {row} không được đối chiếu với Mẫu 01. Đề nghị đơn vị ghi năm bằng 4 chữ số (ví dụ 2023).',
    en: 'Mẫu 02-DVK list, cell {cell}: the recognition year "{value}" is not understood; the model in row {row} is not compared with Mẫu 01. Ask the unit to write the year with 4 digits (e.g. 2023).',
  },
  "alias-row-unreadable": {
    severity: "warning",
    scope: "cell",
    vi: 'Tệp danh mục, dòng {row}: không hiểu nhóm "{group}" hoặc tên chuẩn "{canonical}" (nhóm: Lĩnh vực, Cấp công nhận, Loại, Chỉ tiêu; tên chuẩn: tên trong Mẫu 01-DVK). Dòng này bị bỏ qua.',
    en: 'Alias file, row {row}: the group "{group}" or the canonical name "{canonical}" is not understood (groups: Lĩnh vực, Cấp công nhận, Loại, Chỉ tiêu; canonical names as in Mẫu 01-DVK). The row is ignored.',
  },
} as const satisfies Record<string, IssueSpec>;

/** Every issue code the product can report. */
export type IssueCode = keyof typeof ISSUE_CATALOGUE;

/** All codes, in catalogue order. */
export const ISSUE_CODES = Object.keys(ISSUE_CATALOGUE) as IssueCode[];
