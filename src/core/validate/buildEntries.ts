import { eachCombination } from "../catalogue/eachCombination";
import { LEVEL_CODES } from "../catalogue/dimensions";
import { cellFor } from "../parse/cellFor";
import { countValue } from "../parse/parseCount";
import type { ParsedSheet, TableRow } from "../parse/types";
import type { Count, CountEntry, LevelCode, MeasureCode, TypeCode } from "../types";

/**
 * The number and cell of one measure of a (row, level, type): unknown (null) when the table has no column
 * for it, 0 with a null cell when the field's row is missing (reported by `missing-field-row`).
 */
function measureOf(
  parsed: ParsedSheet,
  row: TableRow | undefined,
  level: LevelCode,
  type: TypeCode,
  measure: MeasureCode,
): { value: Count; cell: string | null } {
  const hasColumn = parsed.table.columns.some((c) => c.level === level && c.type === type && c.measure === measure);
  if (!hasColumn) return { value: null, cell: null };
  const count = row ? cellFor(parsed, row, level, type, measure) : null;
  return count ? { value: countValue(count.read), cell: count.cell } : { value: 0, cell: null };
}

/**
 * The levels present in a parsed table, in canonical order (lowest first).
 *
 * @param parsed - the parsed sheet
 * @returns the level codes
 * @example
 * levelsOf(parsedWithoutHuyen) //=> ["xa", "tinh"]
 */
export function levelsOf(parsed: ParsedSheet): LevelCode[] {
  return LEVEL_CODES.filter((level) => parsed.table.columns.some((c) => c.level === level));
}

/**
 * The count entries of a parsed sheet: one per field × present level × type, in canonical order.
 * A measure the table has no column for is unknown (null), never 0; a missing row counts as 0 with a null
 * cell; a field written twice takes its first row.
 *
 * @param parsed - the parsed sheet
 * @returns the entries
 * @example
 * buildEntries(parsed)[0] //=> { field: "kinh-te", level: "xa", type: "tap-the", new: 3, cumulative: 12, cells: { new: "C9", cumulative: "D9" } }
 */
export function buildEntries(parsed: ParsedSheet): CountEntry[] {
  return eachCombination(levelsOf(parsed)).map(({ field, level, type }) => {
    const row = parsed.table.rows.find((r) => r.field === field);
    const fresh = measureOf(parsed, row, level, type, "new");
    const cumulative = measureOf(parsed, row, level, type, "cumulative");
    return {
      field,
      level,
      type,
      new: fresh.value,
      cumulative: cumulative.value,
      cells: { new: fresh.cell, cumulative: cumulative.cell },
    };
  });
}
