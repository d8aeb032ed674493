import type { Consolidation } from "../consolidate/types";
import { issueMessage } from "../issues/makeIssue";
import type { Issue, Severity, Submission } from "../types";
import { SheetGrid } from "./_lib/sheetGrid";
import { SEVERITY_LABELS } from "./labels";
import { SHEET_NAMES, type SheetModel } from "../sheet/model";

const HEADINGS = ["STT", "Đơn vị", "Năm", "Tệp nguồn", "Trang tính", "Ô", "Mã lỗi", "Mức độ", "Nội dung"] as const;
const SEVERITY_ORDER: readonly Severity[] = ["error", "warning", "info"];
/** 0-based row of the header. */
const HEADER_ROW = 3;

function text(value: string | null | undefined): { v: string } | null {
  return value ? { v: value } : null;
}

/**
 * Describes the "Kiểm tra" sheet: every issue — errors, then warnings, then information, each in
 * the order found — with the unit and year of its submission, the source file, sheet and cell, the
 * code, the severity (styled) and the Vietnamese message. The cell carries a link to `sheet!cell`
 * for renderers whose workbook holds that sheet; given `linkSources`, only issues whose source is one of them
 * are linked (the add-in: this workbook; a picked file's sheets are not in it).
 *
 * @param c - the consolidation
 * @param linkSources - the sources whose sheets are in the rendered workbook (default: every source)
 * @returns the sheet model, key "kiem-tra"
 * @example
 * buildIssuesSheet(c).rows[3]?.map((cell) => cell?.v) //=> ["STT", "Đơn vị", "Năm", …]
 */
export function buildIssuesSheet(c: Consolidation, linkSources?: readonly string[]): SheetModel {
  const linked = (source: string): boolean => linkSources === undefined || linkSources.includes(source);
  const grid = new SheetGrid();
  const last = HEADINGS.length - 1;
  const bySheet = new Map<string, Submission>(c.submissions.map((s) => [`${s.source}\u0000${s.sheet}`, s]));
  const sorted = SEVERITY_ORDER.flatMap((severity) => c.issues.filter((i) => i.severity === severity));
  const count = (severity: Severity) => sorted.filter((i) => i.severity === severity).length;
  grid.set(0, 0, { v: "KIỂM TRA SỐ LIỆU" });
  grid.merge(0, 0, 0, last);
  grid.style(0, 0, 0, last, "title");
  grid.set(1, 0, {
    v: `${count("error")} lỗi · ${count("warning")} cảnh báo · ${count("info")} thông tin. Báo cáo có lỗi không được tổng hợp; đề nghị đơn vị sửa và gửi lại.`,
  });
  grid.merge(1, 0, 1, last);
  grid.style(1, 0, 1, last, "subtitle");
  HEADINGS.forEach((h, i) => grid.set(HEADER_ROW, i, { v: h }));
  grid.style(HEADER_ROW, 0, HEADER_ROW, last, "header");
  sorted.forEach((issue: Issue, i) => {
    const r = HEADER_ROW + 1 + i;
    const s = issue.sheet === null ? undefined : bySheet.get(`${issue.source}\u0000${issue.sheet}`);
    const label = SEVERITY_LABELS[issue.severity];
    grid.set(r, 0, { v: i + 1 });
    grid.set(r, 1, text(s?.unitName ?? s?.unitCode));
    grid.set(r, 2, s?.year === null || s?.year === undefined ? null : { v: s.year });
    grid.set(r, 3, text(issue.source));
    grid.set(r, 4, text(issue.sheet));
    grid.set(
      r,
      5,
      issue.sheet
        ? {
            v: issue.cell ?? "",
            ...(linked(issue.source) ? { link: { sheet: issue.sheet, cell: issue.cell ?? "A1" } } : {}),
          }
        : null,
    );
    grid.set(r, 6, { v: issue.code });
    grid.set(r, 7, { v: label.vi });
    grid.set(r, 8, { v: issueMessage(issue, "vi") });
    grid.style(r, 7, r, 7, label.style);
  });
  if (sorted.length > 0) grid.style(HEADER_ROW + 1, 0, HEADER_ROW + sorted.length, 6, "text");
  if (sorted.length > 0) grid.style(HEADER_ROW + 1, 8, HEADER_ROW + sorted.length, 8, "text");
  return {
    key: "kiem-tra",
    name: SHEET_NAMES["kiem-tra"],
    rows: grid.rectangle(HEADINGS.length),
    merges: grid.merges,
    styles: grid.styles,
    columnWidths: [6, 26, 7, 28, 16, 8, 24, 11, 90],
    freeze: { rows: HEADER_ROW + 1, columns: 0 },
    landscape: true,
  };
}
