import { interpretLabel } from "../../catalogue/interpretLabel";
import { FIELD_CODES } from "../../catalogue/dimensions";
import { compositeKey } from "../../_lib/compositeKey";
import { readListMarker } from "../../text/readListMarker";
import type { AliasTable, FieldCode, RawSheet } from "../../types";
import { findHeader } from "../findHeader";
import { type TableHeader, findTableHeader } from "../findTableHeader";
import { type Grid, toGrid } from "../grid";
import { readHeaderLabel } from "../headerVocabulary";
import { readYearValue } from "../readYearValue";
import { countValue, readCount } from "../parseCount";
import { isTotalLabel } from "../rowLabels";
import type { CountCell, DetailGroup, HeaderValue, ParsedHeader, ParsedSheet, TableColumn, TableRow } from "../types";
import { readTitleMeasure } from "./readTitleMeasure";

/** A sum over the unit rows that differs from the table's total row. */
export interface TotalMismatch {
  readonly cell: string;
  readonly stated: number;
  readonly sum: number;
}

/** A consolidated table: one unit per row, read as one parsed sheet per unit. */
export interface ParsedUnitTable {
  readonly source: string;
  readonly sheet: string;
  /** A1 range from the first header row to the last row read. */
  readonly range: string;
  /** One per unit row, in the order of the rows; each reads like a form of that unit. */
  readonly units: readonly ParsedSheet[];
  /** The total row's cells that differ from the sum of the unit rows (the total is never counted). */
  readonly totalMismatches: readonly TotalMismatch[];
}

/** One row of the table as read. */
interface UnitRowDraft {
  readonly row: number;
  readonly name: string;
  readonly cell: string;
  readonly detail: boolean;
  readonly counts: ReadonlyMap<number, CountCell>;
}

/** True when a header cell names the unit column: "Đơn vị", "Tên đơn vị", "Cơ quan, đơn vị", "Xã, phường, thị trấn". */
function namesUnit(text: string, aliases?: AliasTable): boolean {
  if (text === "") return false;
  if (readHeaderLabel(text)?.field === "unit") return true;
  // A column of communes is headed by the kinds of commune: a level's words and nothing else.
  return (
    interpretLabel("level", text, aliases).kind !== "none" &&
    (["field", "type", "measure"] as const).every((d) => interpretLabel(d, text, aliases).kind === "none")
  );
}

/** The unit column: the leftmost column left of the count columns whose header names the unit. */
function findUnitColumn(grid: Grid, header: TableHeader, aliases?: AliasTable): number | null {
  const first = Math.min(...header.columns.map((c) => c.col));
  for (let c = 0; c < first; c++) {
    for (let r = header.top; r <= header.bottom; r++) if (namesUnit(grid.label(r, c), aliases)) return c;
  }
  return null;
}

/** The year column: a column left of the count columns whose header names the year ("Năm", "Năm báo cáo"). */
function findYearColumn(grid: Grid, header: TableHeader): number | null {
  const first = Math.min(...header.columns.map((c) => c.col));
  for (let c = 0; c < first; c++)
    for (let r = header.top; r <= header.bottom; r++) if (readHeaderLabel(grid.label(r, c))?.field === "year") return c;
  return null;
}

/** A row's year from the year column, with its cell; an empty cell gives no year (the sheet's then stands). */
function rowYear(grid: Grid, row: number, col: number, labelCell: string): HeaderValue<number> | null {
  const value = grid.value(row, col);
  const raw = typeof value === "number" ? String(value) : grid.text(row, col);
  if (raw === "") return null;
  return { labelCell, cell: grid.address(row, col), raw, value: readYearValue(raw) };
}

/** Leading spaces of a cell typed as text (indentation). */
function indentOf(grid: Grid, row: number, col: number): number {
  const raw = grid.value(row, col);
  return typeof raw === "string" ? (/^[ \u00a0\t]*/u.exec(raw)?.[0].length ?? 0) : 0;
}

/** The count cells of a row under the table's count columns (empty cells are read as blank). */
function countsOf(grid: Grid, header: TableHeader, row: number): Map<number, CountCell> {
  const counts = new Map<number, CountCell>();
  for (const column of header.columns)
    counts.set(column.col, {
      cell: grid.address(row, column.col),
      read: readCount(grid.value(row, column.col), grid.text(row, column.col)),
    });
  return counts;
}

/** Numbers of a row right of the unit column that no count column takes ("Kinh tế – Văn hóa" reads as no field). */
function droppedOf(
  grid: Grid,
  header: TableHeader,
  row: number,
  unitCol: number,
  yearCol: number | null,
): { cell: string; value: string }[] {
  const mapped = new Set([...header.columns.map((c) => c.col), ...(yearCol === null ? [] : [yearCol])]);
  const dropped: { cell: string; value: string }[] = [];
  for (let c = unitCol + 1; c < grid.width; c++) {
    if (mapped.has(c) || header.summaryColumns.has(c)) continue;
    const read = readCount(grid.value(row, c), grid.text(row, c));
    if (read.kind === "number" && read.value !== 0)
      dropped.push({ cell: grid.address(row, c), value: read.text ?? String(read.value) });
  }
  return dropped;
}

/**
 * The header labels over the table that name several fields ("Kinh tế – Văn hóa"): their columns are
 * not read, and each becomes an ambiguous field row of every unit, which the form's rule reports.
 */
function ambiguousFieldRows(
  grid: Grid,
  header: TableHeader,
  aliases?: AliasTable,
): Omit<TableRow, "row" | "rowNumber">[] {
  const found = new Map<string, Omit<TableRow, "row" | "rowNumber">>();
  for (let r = header.top; r <= header.bottom; r++)
    for (let c = header.left; c <= header.right; c++) {
      const cell = grid.address(...grid.anchor(r, c));
      const label = grid.label(r, c);
      if (label === "" || found.has(cell)) continue;
      const reading = interpretLabel("field", label, aliases);
      if (reading.kind === "ambiguous")
        found.set(cell, {
          label,
          labelCell: cell,
          field: null,
          reading: "ambiguous",
          candidates: reading.candidates,
          counts: new Map(),
        });
    }
  return [...found.values()];
}

/** True when a row has a non-blank count cell. */
function hasCounts(counts: ReadonlyMap<number, CountCell>): boolean {
  return [...counts.values()].some((c) => c.read.kind !== "blank");
}

/**
 * The rows under the header, up to the first row with neither a unit nor a count: unit rows, their
 * sub-unit details ("- Chi bộ thôn 1", or indented under a unit) and the total row.
 */
function readRows(
  grid: Grid,
  header: TableHeader,
  unitCol: number,
): { units: UnitRowDraft[]; total: UnitRowDraft | null; last: number } {
  const units: UnitRowDraft[] = [];
  let total: UnitRowDraft | null = null;
  let last = header.bottom;
  let parentIndent = -1;
  for (let r = header.bottom + 1; r < grid.height; r++) {
    const text = grid.label(r, unitCol);
    const counts = countsOf(grid, header, r);
    if (text === "" && !hasCounts(counts)) break;
    last = r;
    if (text === "" || !hasCounts(counts)) continue;
    const draft = { row: r, cell: grid.address(...grid.anchor(r, unitCol)), counts };
    const { marker, label } = readListMarker(text);
    if (isTotalLabel(label)) {
      total ??= { ...draft, name: label, detail: false };
      continue;
    }
    const indent = indentOf(grid, r, unitCol);
    const detail = units.length > 0 && (marker === "bullet" || indent > parentIndent);
    if (!detail) parentIndent = indent;
    units.push({ ...draft, name: label.replace(/\s+/gu, " "), detail });
  }
  return { units, total, last };
}

/** The level × type × measure columns of a table, one per combination, as a form has them. */
function formColumns(header: TableHeader): TableColumn[] {
  const seen = new Map<string, TableColumn>();
  for (const c of header.columns) {
    const key = compositeKey(c.level, c.type, c.measure);
    if (!seen.has(key))
      seen.set(key, { col: seen.size, level: c.level, type: c.type, measure: c.measure, headerCell: c.headerCell });
  }
  return [...seen.values()];
}

/** One field's row of a unit: its cells under that field's columns, keyed by the form column. */
function fieldRow(
  header: TableHeader,
  columns: readonly TableColumn[],
  draft: UnitRowDraft,
  field: FieldCode,
  rowNumber: number,
): TableRow {
  const counts = new Map<number, CountCell>();
  for (const c of header.columns) {
    if (c.field !== field) continue;
    const form = columns.find((f) => f.level === c.level && f.type === c.type && f.measure === c.measure);
    const count = draft.counts.get(c.col);
    if (form && count && !counts.has(form.col)) counts.set(form.col, count);
  }
  return {
    row: draft.row,
    rowNumber,
    label: draft.name,
    labelCell: draft.cell,
    field,
    reading: "exact",
    candidates: [],
    counts,
  };
}

/** The detail groups of a unit: per field, its sub-units' rows, with the cells where they disagree. */
function detailsOf(rows: readonly TableRow[], details: readonly TableRow[][]): DetailGroup[] {
  return rows.map((parent, i) => {
    const children = details.map((d) => d[i] as TableRow);
    const mismatches: DetailGroup["mismatches"][number][] = [];
    for (const [col, count] of parent.counts) {
      if (count.read.kind !== "number") continue;
      const sum = children.reduce((s, child) => s + countValue(child.counts.get(col)?.read ?? { kind: "blank" }), 0);
      if (sum !== count.read.value) mismatches.push({ cell: count.cell, stated: count.read.value, sum });
    }
    return { parent, rows: children, partial: false, summed: [], mismatches };
  });
}

/** The unit rows' sums that differ from the total row. */
function totalMismatches(header: TableHeader, units: readonly UnitRowDraft[], total: UnitRowDraft): TotalMismatch[] {
  const out: TotalMismatch[] = [];
  for (const column of header.columns) {
    const stated = total.counts.get(column.col);
    if (stated?.read.kind !== "number") continue;
    const sum = units.reduce(
      (s, u) => s + (u.detail ? 0 : countValue(u.counts.get(column.col)?.read ?? { kind: "blank" })),
      0,
    );
    if (sum !== stated.read.value) out.push({ cell: stated.cell, stated: stated.read.value, sum });
  }
  return out;
}

/**
 * Reads a consolidated table — one row per unit ("Đơn vị", "Tên đơn vị", "Xã, phường, thị trấn" …) and
 * count columns whose 1–5 header rows name a field, a level, a type and a measure in any order, read by
 * the same vocabulary as the form (`findTableHeader` with `byField`); a measure no header names may be
 * named by the title ("… LŨY KẾ …"). Each unit row becomes one parsed sheet that reads like that unit's
 * form (its field rows made of its cells, each number keeping its cell), so the form's rules judge it
 * and one bad row rejects only that unit. The year is the row's year column ("Năm") when there is one,
 * else the sheet's: title, labelled year, sheet or file name. Rows of sub-units ("- Chi bộ …", or indented under a unit) are details, compared with their unit
 * and never counted; the total row is compared with the unit rows and never counted. Judges nothing.
 *
 * This first reading takes tables whose columns name every field × level × type they give; a table that
 * does not break fields down has no unit-table reading yet.
 *
 * @param sheet - the raw sheet (not modified)
 * @param source - the file the sheet came from
 * @param aliases - the officer's extra label aliases
 * @returns the table, or null when the sheet is not a consolidated table (no field columns or no unit column)
 * @example
 * parseUnitTable(sheetOfThreeCommunes, "tong-hop-2020.xlsx")?.units.map((u) => u.header.unit?.value) //=> ["Xã A", "Xã B", "Xã C"]
 */
export function parseUnitTable(sheet: RawSheet, source: string, aliases?: AliasTable): ParsedUnitTable | null {
  const grid = toGrid(sheet);
  let header = findTableHeader(grid, aliases, { byField: true });
  if (!header) {
    const measure = readTitleMeasure(grid);
    header = measure ? findTableHeader(grid, aliases, { byField: true, measure }) : null;
  }
  if (!header) return null;
  const unitCol = findUnitColumn(grid, header, aliases);
  if (unitCol === null) return null;
  const { units, total, last } = readRows(grid, header, unitCol);
  const sheetHeader = findHeader(grid, { top: header.top, bottom: last }, sheet.date1904 ?? false, {
    sheet: sheet.name,
    source,
  });
  const columns = formColumns(header);
  const fields = FIELD_CODES.filter((f) => header.columns.some((c) => c.field === f));
  const ambiguous = ambiguousFieldRows(grid, header, aliases);
  const yearCol = findYearColumn(grid, header);
  const unitHeaderCell = grid.address(...grid.anchor(header.top, unitCol));
  const right = grid.address(header.bottom, header.right).replace(/\d+$/u, "");
  const parsed: ParsedSheet[] = [];
  for (let i = 0; i < units.length; i++) {
    const unit = units[i] as UnitRowDraft;
    if (unit.detail) continue;
    const subUnits: UnitRowDraft[] = [];
    for (let j = i + 1; j < units.length && (units[j] as UnitRowDraft).detail; j++)
      subUnits.push(units[j] as UnitRowDraft);
    const rowNumber = Number(/\d+$/u.exec(unit.cell)?.[0] ?? unit.row + 1);
    const rows = [
      ...fields.map((f) => fieldRow(header, columns, unit, f, rowNumber)),
      ...ambiguous.map((a) => ({ ...a, row: unit.row, rowNumber })),
    ];
    const details = subUnits.map((d) =>
      fields.map((f) => fieldRow(header, columns, d, f, Number(/\d+$/u.exec(d.cell)?.[0] ?? d.row + 1))),
    );
    const year =
      yearCol === null ? null : rowYear(grid, unit.row, yearCol, grid.address(...grid.anchor(header.top, yearCol)));
    const unitHeader: ParsedHeader = {
      ...sheetHeader,
      unit: { labelCell: unitHeaderCell, cell: unit.cell, raw: unit.name, value: unit.name },
      unitCode: null,
      ...(year ? { year } : {}),
    };
    parsed.push({
      source,
      sheet: sheet.name,
      header: unitHeader,
      table: {
        range: `${unit.cell}:${right}${rowNumber}`,
        columns,
        groupCells: header.groupCells,
        rows,
        total: null,
        details: subUnits.length > 0 ? detailsOf(rows, details) : [],
        // Header labels read by meaning are told once, with the first unit.
        notes: parsed.length === 0 ? header.notes : [],
        dropped: [unit, ...subUnits].flatMap((u) => droppedOf(grid, header, u.row, unitCol, yearCol)),
      },
      // The sheet's text conversions are told once, with its first unit.
      conversions: parsed.length === 0 ? grid.conversions : [],
      untyped: sheet.untyped ?? false,
      unitRow: unit.cell,
    });
  }
  return {
    source,
    sheet: sheet.name,
    range: `${grid.address(header.top, Math.min(unitCol, header.left))}:${grid.address(last, header.right)}`,
    units: parsed,
    totalMismatches: total ? totalMismatches(header, units, total) : [],
  };
}
