import type { CountCell, ParsedSheet, TableRow } from "./types";

/**
 * The count cell of a table row under the column for (level, type, measure).
 *
 * @param parsed - the parsed sheet
 * @param row - one of its table rows
 * @param level - level code
 * @param type - type code
 * @param measure - measure code
 * @returns the cell, or null when the table has no such column
 * @example
 * cellFor(parsed, parsed.table.rows[0], "xa", "tap-the", "new")?.cell //=> "C13"
 */
export function cellFor(
  parsed: ParsedSheet,
  row: TableRow,
  level: string,
  type: string,
  measure: string,
): CountCell | null {
  const column = parsed.table.columns.find((c) => c.level === level && c.type === type && c.measure === measure);
  return column ? (row.counts.get(column.col) ?? null) : null;
}
