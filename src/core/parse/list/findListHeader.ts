import { matchKey } from "../../text/matchKey";
import type { Grid } from "../grid";
import type { ListColumn } from "./types";

/** How far down a sheet the list's header row is looked for. */
export const LIST_HEADER_SCAN_ROWS = 60;

/** Header texts of each column: `exact` must equal the cell's key, `prefix` may be followed by more words. */
const HEADINGS: readonly {
  readonly column: ListColumn;
  readonly exact: readonly string[];
  readonly prefix: readonly string[];
}[] = [
  { column: "stt", exact: ["STT", "TT", "Số TT", "Số thứ tự"], prefix: [] },
  {
    column: "name",
    exact: ["Tên", "Tên gọi"],
    prefix: ["Tên mô hình", "Tên điển hình", "Mô hình, điển hình", "Tên mô hình, điển hình", "Mô hình/điển hình"],
  },
  { column: "type", exact: ["Tập thể / Cá nhân", "Tập thể hay cá nhân"], prefix: ["Loại", "Phân loại"] },
  { column: "field", exact: [], prefix: ["Lĩnh vực"] },
  { column: "level", exact: [], prefix: ["Cấp công nhận", "Cấp"] },
  { column: "year", exact: [], prefix: ["Năm công nhận", "Năm"] },
  { column: "status", exact: [], prefix: ["Tình trạng", "Trạng thái", "Hiện trạng"] },
  { column: "note", exact: [], prefix: ["Ghi chú"] },
];

const KEYS = HEADINGS.map((h) => ({
  column: h.column,
  exact: new Set(h.exact.map(matchKey)),
  prefix: h.prefix.map(matchKey),
}));
const REQUIRED: readonly ListColumn[] = ["name", "type", "field", "level", "year"];

/**
 * The list column a header text names, if any ("Loại (Tập thể / Cá nhân)" → "type").
 *
 * @param text - the header cell text
 * @returns the column, or null
 * @example
 * listColumnOf("Năm công nhận") //=> "year"
 */
export function listColumnOf(text: string): ListColumn | null {
  if (text === "" || text.length > 80) return null;
  const key = matchKey(text);
  if (key === "") return null;
  for (const heading of KEYS) {
    if (heading.exact.has(key) || heading.prefix.some((p) => key === p || key.startsWith(`${p} `)))
      return heading.column;
  }
  return null;
}

/** The header row of a Mẫu 02-DVK list and the grid column of each of its columns. */
export interface ListHeader {
  readonly row: number;
  readonly columns: ReadonlyMap<ListColumn, number>;
}

/**
 * Finds the header row of a Mẫu 02-DVK list by content, anywhere in the first rows of a sheet:
 * the first row naming at least the name, type, field, level and year columns (STT, status and
 * note are optional). The first column of each kind wins.
 *
 * @param grid - the sheet
 * @returns the header, or null when the sheet holds no model list
 * @example
 * findListHeader(toGrid({ name: "S", rows: [["STT", "Tên mô hình", "Loại", "Lĩnh vực", "Cấp công nhận", "Năm công nhận"]] }))?.columns.get("year") //=> 5
 */
export function findListHeader(grid: Grid): ListHeader | null {
  const last = Math.min(grid.height, LIST_HEADER_SCAN_ROWS);
  for (let r = 0; r < last; r++) {
    const columns = new Map<ListColumn, number>();
    for (let c = 0; c < grid.width; c++) {
      const column = listColumnOf(grid.text(r, c));
      if (column && !columns.has(column)) columns.set(column, c);
    }
    if (REQUIRED.every((column) => columns.has(column))) return { row: r, columns };
  }
  return null;
}
