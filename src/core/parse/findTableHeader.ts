import { resolveLabel } from "../catalogue/resolveLabel";
import type { AliasTable, LevelCode, MeasureCode, TypeCode } from "../types";
import type { Grid } from "./grid";
import { isTotalLabel } from "./rowLabels";
import type { TableColumn } from "./types";

/** The 3-row header of a counts table as found on a sheet. */
export interface TableHeader {
  readonly levelRow: number;
  readonly typeRow: number;
  readonly measureRow: number;
  /** First and last grid columns that carry a measure label. */
  readonly left: number;
  readonly right: number;
  readonly columns: readonly TableColumn[];
  /** A1 of each level group's header ("xa") and level × type header ("xa|tap-the"). */
  readonly groupCells: ReadonlyMap<string, string>;
  /** Columns under a "Tổng cộng"/"Tổng số" header: derived sums, not values the form takes. */
  readonly summaryColumns: ReadonlySet<number>;
}

/** Labels of one header row over [left, right], each label carried right until the next one. */
function carryRight<T>(grid: Grid, row: number, left: number, right: number, resolve: (text: string) => T | null, reset: (col: number) => boolean): (T | null)[] {
  const out: (T | null)[] = [];
  let current: T | null = null;
  for (let c = left; c <= right; c++) {
    if (reset(c)) current = null;
    const text = grid.label(row, c);
    if (text !== "") current = resolve(text);
    out.push(current);
  }
  return out;
}

/** The nearest row among the two above `row` with a label of the dimension over [left, right]. */
function rowAbove(grid: Grid, row: number, left: number, right: number, has: (text: string) => boolean): number | null {
  for (let r = row - 1; r >= Math.max(0, row - 2); r--) {
    for (let c = left; c <= right; c++) if (has(grid.label(r, c))) return r;
  }
  return null;
}

/** Measure codes per column of a row, when the row has at least two measure labels. */
function measureRowAt(grid: Grid, row: number, aliases?: AliasTable): Map<number, MeasureCode> | null {
  const measures = new Map<number, MeasureCode>();
  for (let c = 0; c < grid.width; c++) {
    const text = grid.label(row, c);
    // Header labels are short; skip long texts without computing their keys.
    if (text === "" || text.length > 80) continue;
    const measure = resolveLabel("measure", text, aliases, { prefix: true });
    if (measure) measures.set(c, measure);
  }
  return measures.size >= 2 ? measures : null;
}

/** Maps the columns under one measure row, given its level and type rows. */
function mapColumns(grid: Grid, rows: { level: number; type: number; measure: number }, measures: Map<number, MeasureCode>, aliases?: AliasTable): Omit<TableHeader, "levelRow" | "typeRow" | "measureRow" | "summaryColumns"> {
  const left = Math.min(...measures.keys());
  const right = Math.max(...measures.keys());
  const levels = carryRight<LevelCode>(grid, rows.level, left, right, (t) => resolveLabel("level", t, aliases, { prefix: true }), () => false);
  const types = carryRight<TypeCode>(grid, rows.type, left, right, (t) => resolveLabel("type", t, aliases, { prefix: true }), (c) => c > left && levels[c - left] !== levels[c - left - 1]);
  const columns: TableColumn[] = [];
  const groupCells = new Map<string, string>();
  for (let c = left; c <= right; c++) {
    const level = levels[c - left] ?? null;
    const type = types[c - left] ?? null;
    const measure = measures.get(c);
    if (level && !groupCells.has(level)) groupCells.set(level, grid.address(rows.level, c));
    if (level && type && !groupCells.has(`${level}|${type}`)) groupCells.set(`${level}|${type}`, grid.address(rows.type, c));
    if (level && type && measure) columns.push({ col: c, level, type, measure, headerCell: grid.address(rows.measure, c) });
  }
  return { left, right, columns, groupCells };
}

/** Columns whose header (carried right within the table, exact elsewhere) is a total label. */
function summaryColumnsOf(grid: Grid, rows: readonly number[], left: number, right: number): Set<number> {
  const summary = new Set<number>();
  for (const row of rows) {
    const carried = carryRight(grid, row, left, right, (t) => (isTotalLabel(t) ? true : null), () => false);
    carried.forEach((isTotal, i) => isTotal && summary.add(left + i));
    for (let c = 0; c < grid.width; c++) if ((c < left || c > right) && isTotalLabel(grid.label(row, c))) summary.add(c);
  }
  return summary;
}

/**
 * Finds the 3-row header of the counts table by content: a row of measure labels ("Mới trong
 * năm", "Lũy kế"), a row of type labels above it and a row of level labels above that (each at
 * most two rows up). Merged labels are spread; unmerged ones are carried right to the next label.
 *
 * @param grid - the sheet
 * @param aliases - the officer's extra label aliases
 * @returns the header, or null when the sheet has no counts table
 * @example
 * findTableHeader(toGrid(sheetOfMau01))?.columns.length //=> 12
 */
export function findTableHeader(grid: Grid, aliases?: AliasTable): TableHeader | null {
  for (let measure = 2; measure < grid.height; measure++) {
    const measures = measureRowAt(grid, measure, aliases);
    if (!measures) continue;
    const left = Math.min(...measures.keys());
    const right = Math.max(...measures.keys());
    const type = rowAbove(grid, measure, left, right, (t) => resolveLabel("type", t, aliases, { prefix: true }) !== null);
    const level = type === null ? null : rowAbove(grid, type, left, right, (t) => resolveLabel("level", t, aliases, { prefix: true }) !== null);
    if (type === null || level === null) continue;
    const mapped = mapColumns(grid, { level, type, measure }, measures, aliases);
    if (mapped.columns.length === 0) continue;
    const summaryColumns = summaryColumnsOf(grid, [level, type, measure], mapped.left, mapped.right);
    return { levelRow: level, typeRow: type, measureRow: measure, ...mapped, summaryColumns };
  }
  return null;
}
