import { resolveLabel } from "../catalogue/resolveLabel";
import type { AliasTable } from "../types";
import type { TableHeader } from "./findTableHeader";
import type { Grid } from "./grid";
import { readCount } from "./parseCount";
import { isTotalLabel, stripEnumerator } from "./rowLabels";

const LOOKAHEAD_ROWS = 10;
import type { CountCell, TableRow } from "./types";

/**
 * Finds the row-label column: of the columns left of the counts, the one with the most field or
 * total labels under the header (ties: the rightmost, so an STT column loses to "Lĩnh vực").
 *
 * @param grid - the sheet
 * @param header - the table header
 * @param aliases - the officer's extra label aliases
 * @returns the grid column, or null when no column left of the counts holds text
 * @example
 * findLabelColumn(grid, header) //=> 1 (column B, right of STT)
 */
export function findLabelColumn(grid: Grid, header: TableHeader, aliases?: AliasTable): number | null {
  let best: { col: number; score: number } | null = null;
  const last = Math.min(grid.height, header.measureRow + 60);
  for (let c = 0; c < header.left; c++) {
    let score = 0;
    for (let r = header.measureRow + 1; r < last; r++) {
      const label = stripEnumerator(grid.label(r, c));
      if (resolveLabel("field", label, aliases) || isTotalLabel(label)) score += 100;
      else if (/\p{L}{2,}/u.test(label)) score += 1;
    }
    if (score > 0 && score >= (best?.score ?? 0)) best = { col: c, score };
  }
  return best?.col ?? null;
}

/**
 * The label of a data row: the label cell (a merged label counts), or a total label written only
 * in a column to its left ("Tổng cộng" typed in the STT column).
 */
function rowLabel(grid: Grid, row: number, labelCol: number): string {
  const label = stripEnumerator(grid.label(row, labelCol));
  if (label !== "") return label;
  for (let c = labelCol - 1; c >= 0; c--) {
    const left = grid.label(row, c);
    if (isTotalLabel(left)) return left;
  }
  return "";
}

/** Reads the count cells of the mapped columns in one row. */
function readCounts(grid: Grid, header: TableHeader, row: number): Map<number, CountCell> {
  const counts = new Map<number, CountCell>();
  for (const { col } of header.columns) counts.set(col, { cell: grid.address(row, col), read: readCount(grid.value(row, col), grid.text(row, col)) });
  return counts;
}

/** True when a row has nothing in its label and in the table's columns. */
function isBlankRow(grid: Grid, header: TableHeader, row: number, labelCol: number): boolean {
  if (rowLabel(grid, row, labelCol) !== "" || (grid.value(row, labelCol) !== null && typeof grid.value(row, labelCol) !== "string")) return false;
  for (let c = header.left; c <= header.right; c++) if (readCount(grid.value(row, c), grid.text(row, c)).kind !== "blank") return false;
  return true;
}

/** True when a field or total row comes within the next rows: the table goes on past row `row`. */
function knownRowFollows(grid: Grid, row: number, labelCol: number, aliases?: AliasTable): boolean {
  for (let r = row + 1; r < Math.min(grid.height, row + 1 + LOOKAHEAD_ROWS); r++) {
    const label = rowLabel(grid, r, labelCol);
    if (resolveLabel("field", label, aliases) || isTotalLabel(label)) return true;
  }
  return false;
}

/** True for the "(1) (2) (3) …" column-number row some forms put under the header. */
function isColumnNumberRow(grid: Grid, header: TableHeader, row: number): boolean {
  const numbers: number[] = [];
  for (let c = header.left; c <= header.right; c++) {
    const value = grid.value(row, c);
    const text = typeof value === "number" ? String(value) : grid.text(row, c).replace(/^\((\d+)\)$/, "$1");
    if (text !== "") numbers.push(/^\d+$/.test(text) ? Number(text) : NaN);
  }
  return numbers.length >= 3 && numbers.every((n, i) => i === 0 || n === (numbers[i - 1] ?? NaN) + 1);
}

/**
 * Reads the data rows under the table header, in sheet order: each row's label, the field it names
 * and its count cells, plus the total row. Stops at the footer: a row that names no field (a text
 * row with no counts, or any row after a blank gap) with no field or total row in the next rows.
 * A label-only sub-heading between field rows is skipped; it holds no values.
 *
 * @param grid - the sheet
 * @param header - the table header
 * @param labelCol - the row-label column
 * @param aliases - the officer's extra label aliases
 * @returns the data rows, the total row (or null) and the last row read
 * @example
 * readTableRows(grid, header, 1).rows.map((r) => r.field) //=> ["kinh-te", "van-hoa-xa-hoi", …]
 */
export function readTableRows(grid: Grid, header: TableHeader, labelCol: number, aliases?: AliasTable): { rows: TableRow[]; total: TableRow | null; lastRow: number } {
  const rows: TableRow[] = [];
  let total: TableRow | null = null;
  let gap = false;
  let lastRow = header.measureRow;
  for (let r = header.measureRow + 1; r < grid.height; r++) {
    if (isBlankRow(grid, header, r, labelCol)) {
      gap = true;
      continue;
    }
    if (rows.length === 0 && !total && isColumnNumberRow(grid, header, r)) continue;
    const label = rowLabel(grid, r, labelCol);
    const field = resolveLabel("field", label, aliases);
    const counts = readCounts(grid, header, r);
    const isTotal = isTotalLabel(label);
    const hasCounts = [...counts.values()].some((c) => c.read.kind !== "blank");
    if (!field && !isTotal) {
      const more = knownRowFollows(grid, r, labelCol, aliases);
      if (!hasCounts && more) continue; // a sub-heading inside the table: no values, nothing to lose
      if (!more && (!hasCounts || (gap && (rows.length > 0 || total !== null)))) break; // the footer
    }
    const labelCell = grid.address(r, Math.max(labelCol, 0));
    const tableRow = { row: r, rowNumber: Number(labelCell.replace(/^[A-Z]+/, "")), label, labelCell, field, counts };
    if (isTotal) total ??= tableRow;
    else rows.push(tableRow);
    gap = false;
    lastRow = r;
  }
  return { rows, total, lastRow };
}
