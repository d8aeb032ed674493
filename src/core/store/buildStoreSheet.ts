import { FIELDS, LEVELS, TYPES, labelOf } from "../catalogue/dimensions";
import type { ModelCell, SheetModel, StyleRun } from "../sheet/model";
import type { CellValue } from "../types";
import { SHEET_NAMES } from "../sheet/model";
import { KEPT_ROWS_NOTE, STORE_COLUMNS, STORE_STATUS_LABELS, UNKNOWN_COUNT_TEXT } from "./storeColumns";
import type { StoreRow } from "./storeRow";

function text(value: string | null): ModelCell | null {
  return value === null || value === "" ? null : { v: value };
}

/** A kept cell as it was read: numbers and booleans as such, dates as ISO days, the rest as text. */
function keptCell(value: CellValue): ModelCell | null {
  if (value === null) return null;
  if (value instanceof Date) return { v: value.toISOString().slice(0, 10) };
  if (typeof value === "object") return { v: value.error };
  return { v: value };
}

/** A count cell: the number, or "–" when unknown (never 0, never blank: a blank cell is not a store row). */
function countCell(value: number | null): ModelCell {
  return value === null ? { v: UNKNOWN_COUNT_TEXT } : { v: value, fmt: "#,##0" };
}

function rowCells(row: StoreRow): (ModelCell | null)[] {
  return [
    row.year === null ? null : { v: row.year, fmt: "0" },
    text(row.unitCode),
    text(row.unitName),
    { v: labelOf(FIELDS, row.field) },
    { v: labelOf(LEVELS, row.level) },
    { v: labelOf(TYPES, row.type) },
    countCell(row.new),
    countCell(row.cumulative),
    text(row.source),
    text(row.sheet),
    text(row.cellRange),
    text(row.reportDate),
    { v: STORE_STATUS_LABELS[row.status] },
    text(row.importedAt),
    text(row.supersededAt),
  ];
}

/**
 * Describes the "Dữ liệu" store sheet: a header row, then one row per stored count, superseded
 * rows greyed; an unknown count is written "–", so it reads back unknown and never as 0. Rows the officer typed that the store could not read are kept below a note, as they
 * were. `parseStoreSheet` reads it back.
 *
 * @param rows - the store rows (see `mergeStore`)
 * @param kept - unreadable rows from `parseStoreSheet`, written back unchanged
 * @returns the sheet model, key "du-lieu"
 * @example
 * buildStoreSheet([]).rows.length //=> 1 (the header)
 */
export function buildStoreSheet(rows: readonly StoreRow[], kept: readonly (readonly CellValue[])[] = []): SheetModel {
  const width = STORE_COLUMNS.length;
  const lastColumn = String.fromCharCode(64 + width);
  const styles: StyleRun[] = [{ range: `A1:${lastColumn}1`, style: "header" }];
  rows.forEach((row, i) => {
    if (row.status === "superseded")
      styles.push({ range: `A${i + 2}:${lastColumn}${i + 2}`, style: "status-superseded" });
  });
  const keptRows = kept.length === 0 ? [] : [[{ v: KEPT_ROWS_NOTE }], ...kept.map((cells) => cells.map(keptCell))];
  if (kept.length > 0) styles.push({ range: `A${rows.length + 2}`, style: "note" });
  return {
    key: "du-lieu",
    name: SHEET_NAMES["du-lieu"],
    rows: [STORE_COLUMNS.map((heading) => ({ v: heading })), ...rows.map(rowCells), ...keptRows],
    merges: [],
    styles,
    columnWidths: [7, 12, 28, 26, 14, 18, 10, 10, 28, 16, 12, 12, 12, 24, 24],
    freeze: { rows: 1, columns: 0 },
  };
}
