import { columnLetters } from "../_lib/a1";
import { FIELDS, MEASURES, TYPES } from "../catalogue/dimensions";
import type { ModelCell, SheetModel, StyleRun } from "../sheet/model";
import { SHEET_NAMES } from "../sheet/model";
import { pickTemplateLevels } from "./pickTemplateLevels";

/** What the officer may pre-fill in the template. */
export interface TemplateInfo {
  readonly unitName?: string;
  readonly unitCode?: string;
  /** The report year: filled in, and it decides the level groups (`pickTemplateLevels`). The entry points pass the current year. */
  readonly year?: number;
}

const HEADER_ROW = 9; // 0-based: row 10 of the sheet
const FIRST_COUNT_COL = 2; // column C

function put(rows: (ModelCell | null)[][], r: number, c: number, cell: ModelCell): void {
  while (rows.length <= r) rows.push([]);
  const row = rows[r] as (ModelCell | null)[];
  while (row.length <= c) row.push(null);
  row[c] = cell;
}

/**
 * Describes a blank Mẫu 01-DVK sheet, laid out as the reader expects: heading block, the unit /
 * code / year / date lines, a three-row merged header (level → type → measure) over the five
 * field rows, a "Tổng cộng" row of SUM formulas and the signature line. Count cells accept whole
 * numbers ≥ 0 (`countInputs`); the sheet is protected with the count cells and the header values
 * left editable. Unit and year can be pre-filled. The level groups follow the report year: Cấp xã,
 * Cấp huyện and Cấp tỉnh up to the 2025 report (and when no year is given); from the 2026 report
 * on, after the 1/7/2025 reform abolished the districts, Cấp xã and Cấp tỉnh only.
 *
 * @param info - optional unit name, unit code and year
 * @returns the sheet model, key "mau-01"
 * @example
 * buildTemplateSheet({ year: 2025 }).countInputs //=> ["C13:N17"]
 * buildTemplateSheet({ year: 2026 }).countInputs //=> ["C13:J17"]
 */
export function buildTemplateSheet(info: TemplateInfo = {}): SheetModel {
  const rows: (ModelCell | null)[][] = [];
  const levels = pickTemplateLevels(info.year);
  const perLevel = TYPES.length * MEASURES.length;
  const lastCol = FIRST_COUNT_COL + levels.length * perLevel - 1;
  const L = columnLetters(lastCol);
  put(rows, 0, 0, { v: "ĐẢNG BỘ ……………………" });
  put(rows, 0, 7, { v: "ĐẢNG CỘNG SẢN VIỆT NAM" });
  put(rows, 1, 0, { v: "BAN DÂN VẬN ……………………" });
  put(rows, 1, 7, { v: "……………, ngày …… tháng …… năm ……" });
  put(rows, 3, 0, { v: `BÁO CÁO KẾT QUẢ PHONG TRÀO THI ĐUA "DÂN VẬN KHÉO" NĂM ${info.year ?? "……"}` });
  const header: [string, string | number | undefined][] = [
    ["Đơn vị báo cáo:", info.unitName],
    ["Mã đơn vị:", info.unitCode],
    ["Năm báo cáo:", info.year],
    ["Ngày báo cáo:", undefined],
  ];
  header.forEach(([label, value], i) => {
    put(rows, 4 + i, 0, { v: label });
    put(
      rows,
      4 + i,
      2,
      value === undefined ? { v: null } : { v: value, ...(typeof value === "number" ? { fmt: "0" } : {}) },
    );
  });
  const H = HEADER_ROW;
  put(rows, H, 0, { v: "STT" });
  put(rows, H, 1, { v: "Lĩnh vực" });
  const merges = [`A4:${L}4`, "C5:F5", "C6:F6", "C7:F7", "C8:F8", `A${H + 1}:A${H + 3}`, `B${H + 1}:B${H + 3}`];
  levels.forEach((level, l) => {
    const c0 = FIRST_COUNT_COL + l * perLevel;
    put(rows, H, c0, { v: level.vi });
    merges.push(`${columnLetters(c0)}${H + 1}:${columnLetters(c0 + perLevel - 1)}${H + 1}`);
    TYPES.forEach((type, t) => {
      const ct = c0 + t * MEASURES.length;
      put(rows, H + 1, ct, { v: type.vi });
      merges.push(`${columnLetters(ct)}${H + 2}:${columnLetters(ct + MEASURES.length - 1)}${H + 2}`);
      MEASURES.forEach((measure, m) => put(rows, H + 2, ct + m, { v: measure.vi }));
    });
  });
  const firstField = H + 3;
  FIELDS.forEach((field, i) => {
    put(rows, firstField + i, 0, { v: i + 1, fmt: "0" });
    put(rows, firstField + i, 1, { v: field.vi });
    for (let c = FIRST_COUNT_COL; c <= lastCol; c++) put(rows, firstField + i, c, { v: null, fmt: "#,##0" });
  });
  const lastField = firstField + FIELDS.length - 1;
  const total = lastField + 1;
  put(rows, total, 1, { v: "Tổng cộng" });
  for (let c = FIRST_COUNT_COL; c <= lastCol; c++)
    put(rows, total, c, {
      v: 0,
      f: `SUM(${columnLetters(c)}${firstField + 1}:${columnLetters(c)}${lastField + 1})`,
      fmt: "#,##0",
    });
  put(rows, total + 2, 1, { v: "NGƯỜI LẬP BIỂU" });
  put(rows, total + 2, 7, { v: "TM. BAN DÂN VẬN" });
  const width = lastCol + 1;
  const dense = rows.map((row) => [...row, ...Array<ModelCell | null>(Math.max(0, width - row.length)).fill(null)]);
  const counts = `C${firstField + 1}:${L}${lastField + 1}`;
  const styles: StyleRun[] = [
    { range: "A4", style: "title" },
    { range: "A5:A8", style: "label" },
    { range: "C5:F8", style: "input" },
    { range: `A${H + 1}:${L}${H + 3}`, style: "header" },
    { range: `A${firstField + 1}:A${lastField + 1}`, style: "text" },
    { range: `B${firstField + 1}:B${lastField + 1}`, style: "label" },
    { range: counts, style: "input" },
    { range: `A${total + 1}:${L}${total + 1}`, style: "total" },
  ];
  return {
    key: "mau-01",
    name: SHEET_NAMES["mau-01"],
    rows: dense,
    merges,
    styles,
    columnWidths: [5, 36, ...Array<number>(width - 2).fill(9)],
    countInputs: [counts],
    protect: true,
    unlocked: ["C5:F8"],
    landscape: true,
  };
}
