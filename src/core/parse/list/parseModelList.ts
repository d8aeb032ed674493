import { resolveLabel } from "../../catalogue/resolveLabel";
import { findYears } from "../../_lib/findYears";
import { matchKey } from "../../text/matchKey";
import type { AliasTable, RawSheet } from "../../types";
import { type Grid, toGrid } from "../grid";
import { isTotalLabel } from "../rowLabels";
import { LIST_HEADER_SCAN_ROWS, type ListHeader, findListHeader } from "./findListHeader";
import { readListStatus, readListYear } from "./readListCells";
import type { ListColumn, ListedModel, ParsedModelList, UnreadableListCell } from "./types";

const YEAR_LINE_KEY = matchKey("năm");
const COLUMN_NUMBER = /^\(?\d{1,2}\)?$/;

/** The cleaned text of a list cell, or "" when the column is absent. */
function textAt(grid: Grid, row: number, header: ListHeader, column: ListColumn): string {
  const col = header.columns.get(column);
  return col === undefined ? "" : grid.text(row, col);
}

/** True when a cell holds something (text or any other value). */
function filled(grid: Grid, row: number, col: number | undefined): boolean {
  if (col === undefined) return false;
  const value = grid.value(row, col);
  return value !== null && (typeof value !== "string" || grid.text(row, col) !== "");
}

/** The year the list is for: a "… NĂM 2024" title or a "Năm báo cáo: 2024" line above the header. */
function listYear(grid: Grid, headerRow: number): number | null {
  for (let r = 0; r < headerRow; r++) {
    for (let c = 0; c < grid.width; c++) {
      const text = grid.text(r, c);
      if (!` ${matchKey(text)} `.includes(` ${YEAR_LINE_KEY} `)) continue;
      const inText = findYears(text)[0];
      if (inText !== undefined) return inText;
      for (let n = c + 1; n < grid.width; n++) {
        const year = readListYear(grid.value(r, n), grid.text(r, n));
        if (year !== null) return year;
        if (filled(grid, r, n)) break;
      }
    }
  }
  return null;
}

/** The text of the rows above the header, joined with spaces. */
function headingText(grid: Grid, headerRow: number): string {
  const parts: string[] = [];
  for (let r = 0; r < headerRow; r++) {
    for (let c = 0; c < grid.width; c++) if (grid.text(r, c) !== "") parts.push(grid.text(r, c));
  }
  return parts.join(" ");
}

/**
 * True for a row that is a model: two of type, field, level and year filled, or a numbered row
 * (STT) with a name or one of them. Blank numbered rows of a template, sub-headings and the
 * signature lines of the footer are not models.
 */
function isModelRow(grid: Grid, row: number, header: ListHeader): boolean {
  const name = textAt(grid, row, header, "name");
  if (isTotalLabel(name) || COLUMN_NUMBER.test(name)) return false;
  const classified = (["type", "field", "level", "year"] as const).filter((c) =>
    filled(grid, row, header.columns.get(c)),
  ).length;
  const stt = header.columns.get("stt");
  const numbered = stt !== undefined && typeof grid.value(row, stt) === "number";
  return classified >= 2 || (numbered && (name !== "" || classified >= 1));
}

/**
 * Reads one model row: the model when its type, field, level and year are understood (a model
 * without a name still counts), and the cells that are not understood or missing.
 */
function readModelRow(
  grid: Grid,
  row: number,
  header: ListHeader,
  aliases?: AliasTable,
): { model: ListedModel | null; bad: UnreadableListCell[] } {
  const at = (column: ListColumn): { cell: string; text: string } => {
    const col = header.columns.get(column) ?? 0;
    return { cell: grid.address(row, col), text: grid.text(row, col) };
  };
  const name = at("name");
  const rowNumber = Number(name.cell.replace(/^[A-Z]+/, ""));
  const bad: UnreadableListCell[] = [];
  const label = <D extends "type" | "field" | "level">(dimension: D) => {
    const cell = at(dimension);
    const code = resolveLabel(dimension, cell.text, aliases, { prefix: true });
    if (code === null) bad.push({ column: dimension, ...cell, rowNumber, name: name.text });
    return code;
  };
  const type = label("type");
  const field = label("field");
  const level = label("level");
  const yearCol = header.columns.get("year") ?? 0;
  const year = readListYear(grid.value(row, yearCol), grid.text(row, yearCol));
  if (year === null) {
    const value = grid.value(row, yearCol);
    const text =
      typeof value === "number"
        ? String(value)
        : value instanceof Date
          ? value.toISOString().slice(0, 10)
          : grid.text(row, yearCol);
    bad.push({ column: "year", cell: grid.address(row, yearCol), text, rowNumber, name: name.text });
  }
  if (name.text === "") bad.push({ column: "name", ...name, rowNumber, name: "" });
  if (type === null || field === null || level === null || year === null) return { model: null, bad };
  return {
    model: {
      name: name.text,
      type,
      field,
      level,
      year,
      status: readListStatus(textAt(grid, row, header, "status")),
      cell: name.cell,
      rowNumber,
    },
    bad,
  };
}

/**
 * Reads a Mẫu 02-DVK sheet (the list of models: STT | Tên mô hình, điển hình | Loại | Lĩnh vực |
 * Cấp công nhận | Năm công nhận | Tình trạng | Ghi chú), found by content: the header row may be
 * anywhere in the first rows, columns in any order, labels in any variant the catalogue or the
 * officer's aliases know. Rows whose type, field, level or year cannot be understood are kept
 * apart as unreadable cells; blank rows, "Tổng cộng" and footer lines are skipped. A sheet without
 * such a header (a Mẫu 01-DVK sheet among them) is not a list.
 *
 * @param sheet - the raw sheet (not modified)
 * @param source - the file the sheet came from
 * @param aliases - the officer's extra label aliases
 * @returns the list, or null when the sheet holds none
 * @example
 * parseModelList(mau02Sheet, "xa-a.xlsx")?.models[0] //=> { name: "Tổ tự quản", type: "tap-the", field: "quoc-phong-an-ninh", level: "xa", year: 2023, status: "active", cell: "B5", rowNumber: 5 }
 */
export function parseModelList(sheet: RawSheet, source: string, aliases?: AliasTable): ParsedModelList | null {
  // Look for the header in the top rows first, so a large sheet that is no list costs little.
  const top =
    sheet.rows.length > LIST_HEADER_SCAN_ROWS ? { ...sheet, rows: sheet.rows.slice(0, LIST_HEADER_SCAN_ROWS) } : sheet;
  if (!findListHeader(toGrid(top))) return null;
  const grid = toGrid(sheet);
  const header = findListHeader(grid);
  if (!header) return null;
  const models: ListedModel[] = [];
  const unreadable: UnreadableListCell[] = [];
  for (let r = header.row + 1; r < grid.height; r++) {
    if (!isModelRow(grid, r, header)) continue;
    const { model, bad } = readModelRow(grid, r, header, aliases);
    if (model) models.push(model);
    unreadable.push(...bad);
  }
  return {
    source,
    sheet: sheet.name,
    headerCell: grid.address(header.row, header.columns.get("name") ?? 0),
    year: listYear(grid, header.row),
    heading: headingText(grid, header.row),
    models,
    unreadable,
  };
}
