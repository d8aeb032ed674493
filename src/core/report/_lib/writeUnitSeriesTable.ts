import type { UnitYearRow } from "../../consolidate/sumUnitSeries";
import { countCell } from "./countCell";
import type { SheetGrid } from "./sheetGrid";

/**
 * Writes a units × years table of cumulative counts (blank where a unit has no accepted report or its
 * cumulative is unknown; "≥ N" where it is partly unknown).
 *
 * @param grid - the sheet being laid out
 * @param top - 0-based row of the table title
 * @param title - the table title
 * @param years - the column years
 * @param rows - the per-unit yearly rows
 * @returns the 0-based row after the table
 * @example
 * writeUnitSeriesTable(grid, 80, "Lũy kế theo đơn vị", [2024, 2025], sumUnitSeries(c, false)) //=> 82 + number of units
 */
export function writeUnitSeriesTable(
  grid: SheetGrid,
  top: number,
  title: string,
  years: readonly number[],
  rows: readonly UnitYearRow[],
): number {
  const last = years.length;
  grid.set(top, 0, { v: title });
  grid.merge(top, 0, top, last);
  grid.style(top, 0, top, last, "subtitle");
  grid.set(top + 1, 0, { v: "Đơn vị" });
  years.forEach((year, i) => grid.set(top + 1, i + 1, { v: String(year) }));
  grid.style(top + 1, 0, top + 1, last, "header");
  const units = [...new Map(rows.map((r) => [r.unitKey, r.unitName])).entries()];
  const byKey = new Map(rows.map((r) => [`${r.unitKey}\u0000${r.year}`, r]));
  units.forEach(([key, name], i) => {
    const r = top + 2 + i;
    grid.set(r, 0, { v: name });
    years.forEach((year, yi) => {
      const row = byKey.get(`${key}\u0000${year}`);
      grid.set(r, yi + 1, row ? countCell(row, "cumulative", { unknown: "blank" }) : null);
    });
  });
  if (units.length > 0) {
    grid.style(top + 2, 0, top + 1 + units.length, 0, "label");
    grid.style(top + 2, 1, top + 1 + units.length, last, "number");
  }
  return top + 2 + units.length;
}
