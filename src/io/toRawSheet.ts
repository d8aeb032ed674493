import type * as XLSX from "@e965/xlsx";
import type { CellRange, CellValue, RawSheet } from "../core";

/** Excel's error codes, for error cells that carry no formatted text. */
const ERROR_TEXT: Readonly<Record<number, string>> = {
  0x00: "#NULL!",
  0x07: "#DIV/0!",
  0x0f: "#VALUE!",
  0x17: "#REF!",
  0x1d: "#NAME?",
  0x24: "#NUM!",
  0x2a: "#N/A",
  0x2b: "#GETTING_DATA",
};

/**
 * Converts one SheetJS cell to a plain value: strings NFC, dates as `Date` (UTC), error cells as
 * `{ error: "#REF!" }`, a formula without a cached value or an empty cell as null.
 *
 * @param cell - the SheetJS cell (dense mode), possibly absent
 * @returns the value
 * @example
 * toCellValue({ t: "e", v: 0x17, w: "#REF!" }) //=> { error: "#REF!" }
 */
export function toCellValue(cell: XLSX.CellObject | undefined): CellValue {
  if (!cell) return null;
  const v = cell.v;
  switch (cell.t) {
    case "s":
      return v === undefined || v === null ? null : String(v).normalize("NFC");
    case "n":
      return typeof v === "number" && Number.isFinite(v) ? v : null;
    case "b":
      return typeof v === "boolean" ? v : null;
    case "d": {
      const date = v instanceof Date ? v : typeof v === "string" ? new Date(v) : null;
      return date && !Number.isNaN(date.getTime()) ? date : null;
    }
    case "e":
      return {
        error:
          typeof cell.w === "string" && cell.w.startsWith("#")
            ? cell.w
            : (ERROR_TEXT[typeof v === "number" ? v : -1] ?? "#ERROR"),
      };
    default:
      return null;
  }
}

/**
 * Builds a RawSheet from a dense SheetJS worksheet: rows from A1 to the last used row and column
 * (read from `!data`, not `sheet_to_json`, so error cells survive), and the merged ranges.
 *
 * @param name - the sheet name (NFC)
 * @param ws - the worksheet, read with `dense: true`
 * @param last - 0-based last used row and column
 * @returns the sheet as plain data
 * @example
 * toRawSheet("2023", ws, { r: 40, c: 13 }).rows.length //=> 41
 */
export function toRawSheet(name: string, ws: XLSX.WorkSheet, last: { r: number; c: number }): RawSheet {
  const data = (ws["!data"] ?? []) as (XLSX.CellObject[] | undefined)[];
  const rows: CellValue[][] = [];
  for (let r = 0; r <= last.r; r++) {
    const source = data[r];
    const row: CellValue[] = [];
    if (source) {
      const width = Math.min(source.length, last.c + 1);
      for (let c = 0; c < width; c++) row.push(toCellValue(source[c]));
      while (row.length > 0 && row[row.length - 1] === null) row.pop();
    }
    rows.push(row);
  }
  const merges: CellRange[] = (ws["!merges"] ?? []).map((m) => ({
    s: { r: m.s.r, c: m.s.c },
    e: { r: m.e.r, c: m.e.c },
  }));
  return { name, rows, merges };
}
