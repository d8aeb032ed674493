import { FIELDS, LEVELS, MEASURES, TYPES, labelOf } from "../../../src/core/catalogue/dimensions";
import type {
  CellRange,
  CellValue,
  FieldCode,
  LevelCode,
  MeasureCode,
  RawSheet,
  TypeCode,
} from "../../../src/core/types";
import type { FormCounts } from "./buildForm";

/** One dimension of a consolidated table's columns. */
export type ColumnDimension = "field" | "level" | "type" | "measure";

/** One row of a consolidated table: a unit (or a sub-unit detail, or the total) and its counts. */
export interface UnitRowSpec {
  /** The text of the unit cell as typed ("Xã Yên Lạc", "- Thôn Đông", "Tổng cộng"). */
  readonly name: string;
  readonly counts: FormCounts;
  /** The row's year, written in a "Năm" column when the layout has one. */
  readonly year?: number;
  /** Cells to overwrite, keyed "field|level|type|measure" (a planted defect). */
  readonly override?: Readonly<Record<string, CellValue>>;
}

/** How to lay out the table. */
export interface UnitTableLayout {
  /** Header rows from top to bottom, one dimension each (a dimension left out is not in the headers). */
  readonly order?: readonly ColumnDimension[];
  readonly fields?: readonly FieldCode[];
  readonly levels?: readonly LevelCode[];
  readonly types?: readonly TypeCode[];
  readonly measures?: readonly MeasureCode[];
  readonly title?: string;
  readonly unitHeader?: string;
  readonly sheetName?: string;
  /** Merge each group label over its columns (else the label sits in the group's first cell only). */
  readonly merges?: boolean;
  /** A "Năm" column right of the unit column, holding each row's year. */
  readonly yearColumn?: boolean;
  /** Labels replacing the catalogue's for some codes ("kinh-te" → "Kinh tế – Văn hóa"). */
  readonly labels?: Readonly<Record<string, string>>;
}

/** A built table and where its cells landed. */
export interface BuiltUnitTable {
  readonly sheet: RawSheet;
  /** A1 of the count of row `index` (0-based among the given rows) under field × level × type × measure. */
  cell(index: number, field: FieldCode, level: LevelCode, type: TypeCode, measure: MeasureCode): string;
  /** A1 of the unit cell of row `index`. */
  unitCell(index: number): string;
}

const LETTERS = (c: number): string =>
  c < 26 ? String.fromCharCode(65 + c) : LETTERS(Math.floor(c / 26) - 1) + String.fromCharCode(65 + (c % 26));

/**
 * Builds a consolidated table by hand: a title, "STT" and a unit column, then one column per combination
 * of the header dimensions (the first in `order` outermost), one row per given row. Counts are read from
 * each row's form counts, so a table and the per-unit forms it is made from hold the same numbers.
 */
export function buildUnitTable(rows: readonly UnitRowSpec[], layout: UnitTableLayout = {}): BuiltUnitTable {
  const order = layout.order ?? ["field", "level", "type", "measure"];
  const values: Record<ColumnDimension, readonly string[]> = {
    field: layout.fields ?? FIELDS.map((f) => f.code),
    level: layout.levels ?? ["xa", "huyen", "tinh"],
    type: layout.types ?? ["tap-the", "ca-nhan"],
    measure: layout.measures ?? ["new", "cumulative"],
  };
  const members = { field: FIELDS, level: LEVELS, type: TYPES, measure: MEASURES };
  const label = (d: ColumnDimension, code: string): string => layout.labels?.[code] ?? labelOf(members[d], code);
  let combos: Record<string, string>[] = [{}];
  for (const d of order) combos = combos.flatMap((c) => values[d].map((v) => ({ ...c, [d]: v })));
  const grid: CellValue[][] = [];
  const merges: CellRange[] = [];
  const put = (r: number, c: number, v: CellValue): void => {
    while (grid.length <= r) grid.push([]);
    const row = grid[r]!;
    while (row.length <= c) row.push(null);
    row[c] = v;
  };
  put(0, 0, layout.title ?? `BẢNG TỔNG HỢP KẾT QUẢ PHONG TRÀO THI ĐUA "DÂN VẬN KHÉO" NĂM 2023`);
  const H = 2;
  const last = H + order.length - 1;
  put(H, 0, "STT");
  put(H, 1, layout.unitHeader ?? "Đơn vị");
  if (layout.yearColumn) put(H, 2, "Năm");
  if (order.length > 1)
    for (let c = 0; c < (layout.yearColumn ? 3 : 2); c++) merges.push({ s: { r: H, c }, e: { r: last, c } });
  const C0 = layout.yearColumn ? 3 : 2;
  order.forEach((d, depth) => {
    let start = 0;
    for (let i = 0; i <= combos.length; i++) {
      const same = i < combos.length && order.slice(0, depth + 1).every((k) => combos[i]![k] === combos[start]![k]);
      if (same) continue;
      put(H + depth, C0 + start, label(d, combos[start]![d]!));
      if (layout.merges !== false && i - 1 > start)
        merges.push({ s: { r: H + depth, c: C0 + start }, e: { r: H + depth, c: C0 + i - 1 } });
      start = i;
    }
  });
  const key = (c: Record<string, string>, fallback: MeasureCode): string =>
    [c.field, c.level, c.type, c.measure ?? fallback].join("|");
  const only = values.measure.length === 1 ? (values.measure[0] as MeasureCode) : "new";
  rows.forEach((spec, i) => {
    const r = last + 1 + i;
    if (!spec.name.startsWith("-") && !spec.name.startsWith(" ") && !/tổng/iu.test(spec.name)) put(r, 0, i + 1);
    put(r, 1, spec.name);
    if (layout.yearColumn && spec.year !== undefined) put(r, 2, spec.year);
    combos.forEach((c, j) => {
      const k = key(c, only);
      const [field, level, type, measure] = k.split("|") as [FieldCode, LevelCode, TypeCode, MeasureCode];
      const v =
        spec.override && k in spec.override ? spec.override[k]! : spec.counts[field]?.[level]?.[type]?.[measure];
      if (v !== undefined) put(r, C0 + j, v);
    });
  });
  const width = grid.reduce((m, row) => Math.max(m, row.length), 0);
  const sheet: RawSheet = {
    name: layout.sheetName ?? "Tổng hợp",
    rows: grid.map((row) => [...row, ...Array<CellValue>(width - row.length).fill(null)]),
    merges,
  };
  const colOf = (field: string, level: string, type: string, measure: string): number =>
    C0 +
    combos.findIndex(
      (c) => c.field === field && c.level === level && c.type === type && (c.measure ?? only) === measure,
    );
  return {
    sheet,
    cell: (index, field, level, type, measure) =>
      `${LETTERS(colOf(field, level, type, measure))}${last + 1 + index + 1}`,
    unitCell: (index) => `B${last + 1 + index + 1}`,
  };
}
