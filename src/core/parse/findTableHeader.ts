import { compositeKey } from "../_lib/compositeKey";
import { levelTypeKey } from "../catalogue/levelTypeKey";
import { memoizeByText } from "../_lib/memoizeByText";
import { interpretLabel } from "../catalogue/interpretLabel";
import type { Dimension } from "../catalogue/resolveLabel";
import type { AliasTable, FieldCode, LevelCode, MeasureCode, TypeCode } from "../types";
import type { Grid } from "./grid";
import { isTotalLabel } from "./rowLabels";
import type { LabelNote, TableColumn } from "./types";

/** The header of a counts table as found on a sheet. */
export interface TableHeader {
  /** First and last grid rows of the header; data rows start below `bottom`. */
  readonly top: number;
  readonly bottom: number;
  /** First and last grid columns that carry a header label. */
  readonly left: number;
  readonly right: number;
  readonly columns: readonly TableColumn[];
  /** A1 of each level group's header ("xa") and level × type header ("xa|tap-the"): a merge's first cell. */
  readonly groupCells: ReadonlyMap<string, string>;
  /** Columns under a "Tổng cộng"/"Tổng số" header: derived sums, not values the form takes. */
  readonly summaryColumns: ReadonlySet<number>;
  /** Header labels read by meaning rather than from the catalogue. */
  readonly notes: readonly LabelNote[];
}

/**
 * How to read a table's columns. The form's columns name a level, a type and a measure (its fields are
 * rows); a consolidated table's columns (one row per unit) also name the field. A table whose headers
 * name no measure may take the one its title names ("… LŨY KẾ …").
 */
export interface TableHeaderOptions {
  /** Columns also name a field (a consolidated table: one row per unit). */
  readonly byField?: boolean;
  /** The measure of every column whose headers name none (read from the title). */
  readonly measure?: MeasureCode;
}

type HeaderDimension = Dimension;
const FORM_DIMENSIONS: readonly HeaderDimension[] = ["level", "type", "measure"];
const UNIT_TABLE_DIMENSIONS: readonly HeaderDimension[] = ["field", "level", "type", "measure"];
/** Header labels are short; a longer text is a title or a note. */
const MAX_LABEL = 80;
/** Rows above the bottom header row that may still belong to the header. */
const MAX_HEADER_ROWS = 5;

/** What one header label says in each dimension. */
interface CellMeaning {
  readonly values: Partial<
    Record<HeaderDimension, { readonly code: string; readonly weak: boolean; readonly interpreted: boolean }>
  >;
  readonly total: boolean;
  /** It names at least one dimension. */
  readonly named: boolean;
}

const NOTHING: CellMeaning = { values: {}, total: false, named: false };

/** Reads one header label in every dimension (a cell may name several: "Tập thể – Mới"). */
function readColumnLabel(
  text: string,
  aliases: AliasTable | undefined,
  dimensions: readonly HeaderDimension[],
): CellMeaning {
  if (text === "" || text.length > MAX_LABEL) return NOTHING;
  const values: CellMeaning["values"] = {};
  for (const dimension of dimensions) {
    const reading = interpretLabel(dimension, text, aliases);
    if (reading.kind === "exact") values[dimension] = { code: reading.code, weak: false, interpreted: false };
    else if (reading.kind === "interpreted")
      values[dimension] = { code: reading.code, weak: reading.weak === true, interpreted: true };
  }
  // A field's own name is a field label: "Văn hóa – Xã hội" does not also say "cấp xã".
  if (values.field && !values.field.interpreted)
    for (const dimension of FORM_DIMENSIONS) if (values[dimension]?.interpreted) delete values[dimension];
  const named = Object.keys(values).length > 0;
  return { values, total: !named && isTotalLabel(text), named };
}

const COLUMN_LABELS = memoizeByText((text: string, aliases?: AliasTable) =>
  readColumnLabel(text, aliases, FORM_DIMENSIONS),
);
const UNIT_TABLE_LABELS = memoizeByText((text: string, aliases?: AliasTable) =>
  readColumnLabel(text, aliases, UNIT_TABLE_DIMENSIONS),
);

/** The header reading of any cell of a sheet (a merged cell reads its range's label). */
function headerReader(grid: Grid, aliases: AliasTable | undefined, byField: boolean): Read {
  const labels = byField ? UNIT_TABLE_LABELS : COLUMN_LABELS;
  return (row, col) => {
    const text = grid.label(row, col);
    return text === "" ? NOTHING : labels(text, aliases);
  };
}

type Read = (row: number, col: number) => CellMeaning;

/** True when a row has any header label over [left, right]. */
function namesAnything(read: Read, row: number, left: number, right: number): boolean {
  for (let c = left; c <= right; c++) {
    const m = read(row, c);
    if (m.total || m.named) return true;
  }
  return false;
}

/** True when a row has no text at all over [left, right]. */
function isBlankOver(grid: Grid, row: number, left: number, right: number): boolean {
  for (let c = left; c <= right; c++) if (grid.label(row, c) !== "") return false;
  return true;
}

/**
 * The header rows above `bottom`: rows naming a dimension, up to a blank row. A text row that names
 * nothing ("Chia ra", "Trong đó") is stepped over.
 */
function headerRows(grid: Grid, read: Read, bottom: number, left: number, right: number): number[] {
  const rows = [bottom];
  for (let r = bottom - 1; r >= Math.max(0, bottom - MAX_HEADER_ROWS); r--) {
    if (isBlankOver(grid, r, left, right)) break;
    if (namesAnything(read, r, left, right)) rows.unshift(r);
  }
  return rows;
}

/**
 * The cell whose label governs (row, col): the merge's first cell, the cell itself when it holds
 * text, else (above the bottom row) the label to its left, carried right within the group above it.
 */
function governingCells(
  grid: Grid,
  rows: readonly number[],
  left: number,
  right: number,
): Map<number, ([number, number] | null)[]> {
  const governing = new Map<number, ([number, number] | null)[]>();
  const bottom = rows[rows.length - 1] as number;
  let parent: ([number, number] | null)[] | null = null;
  for (const row of rows) {
    const out: ([number, number] | null)[] = [];
    for (let c = left; c <= right; c++) {
      const [ar, ac] = grid.anchor(row, c);
      const i = c - left;
      if (ar !== row || ac !== c || grid.text(row, c) !== "") out.push([ar, ac]);
      else if (row !== bottom && c > left && (parent === null || sameCell(parent[i], parent[i - 1])))
        out.push(out[i - 1] ?? null);
      else out.push(null);
    }
    governing.set(row, out);
    parent = out;
  }
  return governing;
}

function sameCell(a: [number, number] | null | undefined, b: [number, number] | null | undefined): boolean {
  return !!a && !!b && a[0] === b[0] && a[1] === b[1];
}

/** One dimension's value of a column: the nearest strong label above the data, else the nearest weak one. */
function valueOf(
  read: Read,
  cells: readonly ([number, number] | null)[],
  dimension: HeaderDimension,
): { code: string; cell: [number, number]; interpreted: boolean } | null {
  let weak: { code: string; cell: [number, number]; interpreted: boolean } | null = null;
  for (let i = cells.length - 1; i >= 0; i--) {
    const cell = cells[i];
    if (!cell) continue;
    const value = read(cell[0], cell[1]).values[dimension];
    if (!value) continue;
    if (!value.weak) return { code: value.code, cell, interpreted: value.interpreted };
    weak ??= { code: value.code, cell, interpreted: value.interpreted };
  }
  return weak;
}

/** Maps the columns over [left, right] under the given header rows. */
function mapColumns(
  grid: Grid,
  read: Read,
  rows: readonly number[],
  left: number,
  right: number,
  options: TableHeaderOptions,
): Omit<TableHeader, "top" | "bottom" | "left" | "right"> {
  const governing = governingCells(grid, rows, left, right);
  const columns: TableColumn[] = [];
  const groupCells = new Map<string, string>();
  const summaryColumns = new Set<number>();
  const notes = new Map<string, LabelNote>();
  // A label governing the whole span is a caption ("Tổng số mô hình, điển hình" over everything).
  const captions = rows.map((row) => {
    const cells = governing.get(row) ?? [];
    return sameCell(cells[0], cells[cells.length - 1]) ? cells[0] : null;
  });
  for (let c = left; c <= right; c++) {
    const cells = rows.map((row) => governing.get(row)?.[c - left] ?? null);
    // A total label over part of the table marks a sum column; one over the whole table is a caption.
    if (cells.some((cell, i) => cell && read(cell[0], cell[1]).total && !sameCell(cell, captions[i]))) {
      summaryColumns.add(c);
      continue;
    }
    const field = options.byField ? valueOf(read, cells, "field") : null;
    const level = valueOf(read, cells, "level");
    const type = valueOf(read, cells, "type");
    const named = valueOf(read, cells, "measure");
    // A measure the headers do not name is the title's, its cell the lowest label of the column.
    const lowest = [...cells].reverse().find((cell) => cell !== null) ?? null;
    const measure =
      named ?? (options.measure && lowest ? { code: options.measure, cell: lowest, interpreted: false } : null);
    if (options.byField && !field) continue;
    if (level && !groupCells.has(level.code)) groupCells.set(level.code, grid.address(...level.cell));
    if (level && type && !groupCells.has(levelTypeKey(level.code, type.code)))
      groupCells.set(levelTypeKey(level.code, type.code), grid.address(...type.cell));
    if (!level || !type || !measure) continue;
    columns.push({
      col: c,
      ...(field ? { field: field.code as FieldCode } : {}),
      level: level.code as LevelCode,
      type: type.code as TypeCode,
      measure: measure.code as MeasureCode,
      headerCell: grid.address(...measure.cell),
    });
    for (const [dimension, value] of [
      ["field", field],
      ["level", level],
      ["type", type],
      ["measure", measure],
    ] as const) {
      if (!value) continue;
      const cell = grid.address(...value.cell);
      if (value.interpreted && !notes.has(compositeKey(cell, dimension)))
        notes.set(compositeKey(cell, dimension), {
          cell,
          label: grid.text(...value.cell),
          dimension,
          code: value.code,
        });
    }
  }
  if (!options.byField) completeMeasures(grid, read, rows, governing, left, right, { columns, summaryColumns, notes });
  columns.sort((a, b) => a.col - b.col);
  return { columns, groupCells, summaryColumns, notes: [...notes.values()] };
}

const YEAR_LABEL = /^(?:năm\s*)?(?:19|20)\d\d$/iu;

/** True for a bottom header cell whose measure only its group can tell ("Tổng số", "Năm 2023"). */
function isMeasureByContext(read: Read, grid: Grid, row: number, col: number): boolean {
  const text = grid.label(row, col);
  return text !== "" && (read(row, col).total || YEAR_LABEL.test(text));
}

/**
 * The measure a level × type group lacks, read from its context: beside "Mới", a "Tổng số" column is
 * the cumulative count to date; beside "Lũy kế", a "Năm 2023" column is this year's new count. Only
 * the bottom header cell is read this way, and only when the group has the other measure.
 */
function completeMeasures(
  grid: Grid,
  read: Read,
  rows: readonly number[],
  governing: ReadonlyMap<number, readonly ([number, number] | null)[]>,
  left: number,
  right: number,
  found: { columns: TableColumn[]; summaryColumns: Set<number>; notes: Map<string, LabelNote> },
): void {
  const bottom = rows[rows.length - 1] as number;
  const upper = rows.slice(0, -1);
  for (let c = left; c <= right; c++) {
    if (found.columns.some((col) => col.col === c)) continue;
    const text = grid.label(bottom, c);
    const measure = read(bottom, c).total ? "cumulative" : YEAR_LABEL.test(text) ? "new" : null;
    if (!measure || text === "") continue;
    const cells = upper.map((row) => governing.get(row)?.[c - left] ?? null);
    const level = valueOf(read, cells, "level");
    const type = valueOf(read, cells, "type");
    if (!level || !type) continue;
    const group = found.columns.filter((col) => col.level === level.code && col.type === type.code);
    if (group.length !== 1 || group[0]?.measure === measure) continue;
    const cell = grid.address(...grid.anchor(bottom, c));
    found.columns.push({
      col: c,
      level: level.code as LevelCode,
      type: type.code as TypeCode,
      measure,
      headerCell: cell,
    });
    found.summaryColumns.delete(c);
    found.notes.set(compositeKey(cell, "measure"), { cell, label: text, dimension: "measure", code: measure });
  }
}

/** Columns outside the header's span whose header is a total label ("Tổng cộng" at the right). */
function outerSummaryColumns(grid: Grid, read: Read, rows: readonly number[], left: number, right: number): number[] {
  const out: number[] = [];
  for (let c = 0; c < grid.width; c++) {
    if (c >= left && c <= right) continue;
    if (rows.some((r) => read(r, c).total)) out.push(c);
  }
  return out;
}

/**
 * True when the header rows name every dimension the table's columns need somewhere: a level, a type
 * and a measure (unless the title gives it), and for a consolidated table a field.
 */
function namesEveryDimension(
  read: Read,
  rows: readonly number[],
  left: number,
  right: number,
  options: TableHeaderOptions,
): boolean {
  const named = new Set<HeaderDimension>();
  if (options.measure) named.add("measure");
  for (const row of rows) {
    for (let c = left; c <= right; c++)
      for (const d of Object.keys(read(row, c).values)) named.add(d as HeaderDimension);
  }
  return (options.byField ? UNIT_TABLE_DIMENSIONS : FORM_DIMENSIONS).every((d) => named.has(d));
}

/** Columns of a row that name any header dimension. */
function labelledColumns(read: Read, grid: Grid, row: number): number[] {
  const cols: number[] = [];
  for (let c = 0; c < grid.width; c++) if (read(row, c).named) cols.push(c);
  return cols;
}

/**
 * Finds the header of the counts table by meaning, the way an officer reads it: the lowest header row
 * sits just above the data, and each column's level, type and measure are read from whichever header
 * rows above it name them, in any order and any number of rows (a cell may name two dimensions,
 * "Tập thể – Mới"). Merged labels cover their cells; an unmerged group label is carried right until
 * the next label, within the group above it. The nearest strong label wins; weak words ("Mô hình")
 * only fill a dimension nothing else names. Columns under a "Tổng cộng" label are sums, not values.
 * With `byField`, the columns of a consolidated table are read the same way and also name a field
 * ("Kinh tế" over "Cấp xã" over "Tập thể" over "Lũy kế"); a column without one is not a count column.
 *
 * @param grid - the sheet
 * @param aliases - the officer's extra label aliases
 * @param options - read fields from the columns too; the title's measure
 * @returns the header, or null when the sheet has no counts table (no two columns fully named)
 * @example
 * findTableHeader(toGrid(sheetOfMau01))?.columns.length //=> 12
 * findTableHeader(toGrid(unitTableSheet), undefined, { byField: true })?.columns[0]?.field //=> "kinh-te"
 */
export function findTableHeader(
  grid: Grid,
  aliases?: AliasTable,
  options: TableHeaderOptions = {},
): TableHeader | null {
  const read = headerReader(grid, aliases, options.byField === true);
  for (let bottom = 1; bottom < grid.height; bottom++) {
    const labelled = labelledColumns(read, grid, bottom);
    if (labelled.length < 2) continue;
    // A "Tổng số" or "Năm 2023" column at either end may complete a group's measures.
    let left = labelled[0] as number;
    let right = labelled[labelled.length - 1] as number;
    while (left > 0 && isMeasureByContext(read, grid, bottom, left - 1)) left--;
    while (right < grid.width - 1 && isMeasureByContext(read, grid, bottom, right + 1)) right++;
    const rows = headerRows(grid, read, bottom, left, right);
    if (!namesEveryDimension(read, rows, left, right, options)) continue;
    const mapped = mapColumns(grid, read, rows, left, right, options);
    if (mapped.columns.length < 2) continue;
    for (const c of outerSummaryColumns(grid, read, rows, left, right)) (mapped.summaryColumns as Set<number>).add(c);
    return { top: rows[0] as number, bottom, left, right, ...mapped };
  }
  return null;
}
