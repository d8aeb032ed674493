import type { AliasTable, RawSheet } from "../types";
import { findHeader } from "./findHeader";
import { type TableHeader, findTableHeader } from "./findTableHeader";
import { type Grid, toGrid } from "./grid";
import { readCount } from "./parseCount";
import { findLabelColumn, readTableRows } from "./readTableRows";
import type { ParsedSheet, TableRow } from "./types";

/** Numbers in data rows right of the label column that no mapped or summary column takes. */
function findDroppedValues(
  grid: Grid,
  header: TableHeader,
  rows: readonly TableRow[],
  labelCol: number,
): { cell: string; value: string }[] {
  const mapped = new Set(header.columns.map((c) => c.col));
  const dropped: { cell: string; value: string }[] = [];
  for (const { row } of rows) {
    for (let c = labelCol + 1; c < grid.width; c++) {
      if (mapped.has(c) || header.summaryColumns.has(c)) continue;
      const read = readCount(grid.value(row, c), grid.text(row, c));
      if (read.kind === "number" && read.value !== 0)
        dropped.push({ cell: grid.address(row, c), value: read.text ?? String(read.value) });
    }
  }
  return dropped;
}

/** The table's first column: the label column, or the header column just left of it ("STT"). */
function tableLeft(grid: Grid, header: TableHeader, labelCol: number): number {
  let left = Math.max(0, Math.min(labelCol, header.left));
  while (left > 0 && [header.top, header.bottom].some((r) => grid.label(r, left - 1) !== "")) left--;
  return left;
}

/**
 * Reads one sheet of a Mẫu 01-DVK form, finding everything by content: the header block, the
 * counts table (header rows, columns, field rows, total row) and values the form does not take.
 * Judges nothing: the validation rules turn what was found into issues.
 *
 * @param sheet - the raw sheet (not modified)
 * @param source - the file the sheet came from
 * @param aliases - the officer's extra label aliases
 * @returns what was found, or null when the sheet holds no counts table
 * @example
 * parseSheet(sheetOfMau01, "xa-a.xlsx")?.table.rows.length //=> 5
 */
export function parseSheet(sheet: RawSheet, source: string, aliases?: AliasTable): ParsedSheet | null {
  const grid = toGrid(sheet);
  const header = findTableHeader(grid, aliases);
  if (!header) return null;
  const labelCol = findLabelColumn(grid, header, aliases) ?? header.left - 1;
  const { rows, details, total, lastRow } = readTableRows(grid, header, labelCol, aliases);
  const first = grid.address(header.top, tableLeft(grid, header, labelCol));
  return {
    source,
    sheet: sheet.name,
    header: findHeader(grid, { top: header.top, bottom: lastRow }, sheet.date1904 ?? false, {
      sheet: sheet.name,
      source,
    }),
    table: {
      range: `${first}:${grid.address(lastRow, header.right)}`,
      columns: header.columns,
      groupCells: header.groupCells,
      rows,
      total,
      details,
      notes: header.notes,
      dropped: findDroppedValues(grid, header, [...rows, ...details.flatMap((d) => d.rows)], labelCol),
    },
    conversions: grid.conversions,
    untyped: sheet.untyped ?? false,
  };
}
