import { FIELD_CODES, FIELDS, LEVELS, MEASURES, TYPES, labelOf } from "../../../src/core/catalogue/dimensions";
import type {
  CellRange,
  CellValue,
  FieldCode,
  LevelCode,
  MeasureCode,
  RawSheet,
  RawWorkbook,
  TypeCode,
} from "../../../src/core/types";

/** Count cells of a form: field → level → type → measure → value. */
export type FormCounts = Partial<
  Record<FieldCode, Partial<Record<LevelCode, Partial<Record<TypeCode, Partial<Record<MeasureCode, CellValue>>>>>>>
>;

/** How to lay out the form grid. Every option defaults to the canonical Mẫu 01-DVK. */
export interface FormLayout {
  sheetName?: string;
  unit?: CellValue;
  unitCode?: CellValue;
  year?: CellValue;
  reportDate?: CellValue;
  title?: string | null;
  placeDate?: string | null;
  levels?: LevelCode[];
  types?: TypeCode[];
  measures?: MeasureCode[];
  fields?: FieldCode[];
  fieldLabels?: Partial<Record<FieldCode, string>>;
  levelLabels?: Partial<Record<LevelCode, string>>;
  typeLabels?: Partial<Record<TypeCode, string>>;
  measureLabels?: Partial<Record<MeasureCode, string>>;
  /** Blank rows/columns before everything. */
  rowOffset?: number;
  colOffset?: number;
  /** Blank rows between the header block and the table. */
  gap?: number;
  merges?: boolean;
  stt?: boolean;
  /** false: no total row; otherwise overrides of total cells keyed "level|type|measure". */
  total?: false | Record<string, CellValue>;
  /** Extra data rows after the field rows: a label and its count values in column order. */
  extraRows?: { label: string; values?: CellValue[] }[];
  /** Extra columns right of the table with a header and one value per field row. */
  noteColumn?: { header: string; values: CellValue[] };
  origin?: { r: number; c: number };
  date1904?: boolean;
  /** Measure columns to leave out, keyed "level|type|measure". */
  omitColumns?: string[];
  /** Put a "(1) (2) (3) …" column-number row under the header. */
  numberRow?: boolean;
}

/** A form grid and where each of its cells landed. */
export interface BuiltForm {
  sheet: RawSheet;
  cell(field: FieldCode, level: LevelCode, type: TypeCode, measure: MeasureCode): string;
  labelCell(field: FieldCode): string;
  totalCell(level: LevelCode, type: TypeCode, measure: MeasureCode): string;
  /** A1 of the type header of a level × type (or of the level group when type is omitted). */
  headerCell(level: LevelCode, type?: TypeCode): string;
  /** A1 of the row of field labels in the header block ("Năm báo cáo:" value etc.). */
  fieldCell(name: "unit" | "unitCode" | "year" | "reportDate"): string;
  titleCell: string;
  placeDateCell: string;
  extraCell(index: number, column: number): string;
  noteCell(index: number): string;
}

const LETTERS = (c: number): string =>
  c < 26 ? String.fromCharCode(65 + c) : LETTERS(Math.floor(c / 26) - 1) + String.fromCharCode(65 + (c % 26));

/** Deterministic realistic counts for every field × level × type (cumulative ≥ new). */
export function sampleCounts(levels: LevelCode[] = ["xa", "huyen", "tinh"]): FormCounts {
  const counts: FormCounts = {};
  FIELD_CODES.forEach((field, f) => {
    counts[field] = {};
    levels.forEach((level, l) => {
      counts[field]![level] = {
        "tap-the": { new: (f + 2) * (3 - l), cumulative: (f + 2) * (3 - l) * 4 + l },
        "ca-nhan": { new: (f + 1) * (3 - l) + 1, cumulative: ((f + 1) * (3 - l) + 1) * 3 },
      };
    });
  });
  return counts;
}

/** Builds a Mẫu 01-DVK grid from counts, laid out as the options say. */
export function buildForm(counts: FormCounts = sampleCounts(), layout: FormLayout = {}): BuiltForm {
  const o = {
    levels: ["xa", "huyen", "tinh"] as LevelCode[],
    types: ["tap-the", "ca-nhan"] as TypeCode[],
    measures: ["new", "cumulative"] as MeasureCode[],
    fields: [...FIELD_CODES],
    rowOffset: 0,
    colOffset: 0,
    gap: 1,
    merges: true,
    stt: true,
    ...layout,
  };
  const rows: CellValue[][] = [];
  const merges: CellRange[] = [];
  const R0 = o.rowOffset;
  const C0 = o.colOffset;
  const origin = o.origin ?? { r: 0, c: 0 };
  const a1 = (r: number, c: number): string => `${LETTERS(origin.c + c)}${origin.r + r + 1}`;
  const put = (r: number, c: number, v: CellValue): void => {
    while (rows.length <= r) rows.push([]);
    const row = rows[r]!;
    while (row.length <= c) row.push(null);
    row[c] = v;
  };
  const merge = (r1: number, c1: number, r2: number, c2: number): void => {
    if (o.merges && (r2 > r1 || c2 > c1))
      merges.push({ s: { r: origin.r + r1, c: origin.c + c1 }, e: { r: origin.r + r2, c: origin.c + c2 } });
  };
  const year = "year" in layout ? layout.year : 2023;
  put(R0, C0, "ĐẢNG BỘ HUYỆN NA HANG");
  put(R0, C0 + 5, "ĐẢNG CỘNG SẢN VIỆT NAM");
  put(R0 + 1, C0, "BAN DÂN VẬN");
  if (o.placeDate !== null) put(R0 + 1, C0 + 5, o.placeDate ?? "Na Hang, ngày 20 tháng 10 năm 2023");
  if (o.title !== null)
    put(
      R0 + 3,
      C0,
      o.title ?? `BÁO CÁO KẾT QUẢ PHONG TRÀO THI ĐUA "DÂN VẬN KHÉO" NĂM ${typeof year === "number" ? year : 2023}`,
    );
  const header: [string, string, CellValue | undefined][] = [
    ["unit", "Đơn vị báo cáo:", "unit" in layout ? layout.unit : "Xã Thượng Lâm"],
    ["unitCode", "Mã đơn vị:", "unitCode" in layout ? layout.unitCode : "NH-TL"],
    ["year", "Năm báo cáo:", year],
    ["reportDate", "Ngày báo cáo:", "reportDate" in layout ? layout.reportDate : "20/10/2023"],
  ];
  header.forEach(([, label, value], i) => {
    put(R0 + 4 + i, C0, label);
    if (value !== undefined && value !== null) put(R0 + 4 + i, C0 + 2, value);
  });
  const H = R0 + 8 + o.gap; // first table header row
  const labelCol = o.stt ? C0 + 1 : C0;
  if (o.stt) {
    put(H, C0, "STT");
    merge(H, C0, H + 2, C0);
  }
  put(H, labelCol, "Lĩnh vực");
  merge(H, labelCol, H + 2, labelCol);
  const colOf = new Map<string, number>();
  const groupCell = new Map<string, string>();
  let c = labelCol + 1;
  for (const level of o.levels) {
    const levelStart = c;
    put(H, c, o.levelLabels?.[level] ?? labelOf(LEVELS, level));
    groupCell.set(level, a1(H, c));
    for (const type of o.types) {
      const typeStart = c;
      put(H + 1, c, o.typeLabels?.[type] ?? labelOf(TYPES, type));
      groupCell.set(`${level}|${type}`, a1(H + 1, c));
      for (const measure of o.measures) {
        if (o.omitColumns?.includes(`${level}|${type}|${measure}`)) continue;
        put(H + 2, c, o.measureLabels?.[measure] ?? labelOf(MEASURES, measure));
        colOf.set(`${level}|${type}|${measure}`, c);
        c++;
      }
      merge(H + 1, typeStart, H + 1, c - 1);
    }
    merge(H, levelStart, H, c - 1);
  }
  const lastCol = c - 1;
  if (o.noteColumn) put(H, lastCol + 1, o.noteColumn.header);
  let r = H + 3;
  if (o.numberRow) {
    for (let col = C0; col <= lastCol; col++) put(r, col, `(${col - C0 + 1})`);
    r++;
  }
  const rowOf = new Map<FieldCode, number>();
  o.fields.forEach((field, i) => {
    if (o.stt) put(r, C0, i + 1);
    put(r, labelCol, o.fieldLabels?.[field] ?? labelOf(FIELDS, field));
    for (const [key, col] of colOf) {
      const [level, type, measure] = key.split("|") as [LevelCode, TypeCode, MeasureCode];
      const v = counts[field]?.[level]?.[type]?.[measure];
      if (v !== undefined) put(r, col, v);
    }
    const note = o.noteColumn?.values[i];
    if (note !== undefined) put(r, lastCol + 1, note);
    rowOf.set(field, r);
    r++;
  });
  const extraRow: number[] = [];
  for (const extra of o.extraRows ?? []) {
    put(r, labelCol, extra.label);
    (extra.values ?? []).forEach((v, j) => put(r, labelCol + 1 + j, v));
    extraRow.push(r);
    r++;
  }
  const totalRow = r;
  if (o.total !== false) {
    put(r, labelCol, "Tổng cộng");
    for (const [key, col] of colOf) {
      let sum = 0;
      for (const f of o.fields) {
        const v = rows[rowOf.get(f)!]?.[col];
        if (typeof v === "number") sum += v;
      }
      put(r, col, o.total && key in o.total ? o.total[key]! : sum);
    }
    r++;
  }
  put(r + 1, labelCol, "NGƯỜI LẬP BIỂU");
  put(r + 1, C0 + 6, "TM. BAN DÂN VẬN");
  const width = rows.reduce((m, row) => Math.max(m, row.length), 0);
  const padded = rows.map((row) => [...row, ...Array<CellValue>(width - row.length).fill(null)]);
  const sheet: RawSheet = {
    name: o.sheetName ?? "Mẫu 01-DVK",
    rows: padded,
    merges,
    ...(o.origin ? { origin: o.origin } : {}),
    ...(o.date1904 ? { date1904: true } : {}),
  };
  return {
    sheet,
    cell: (field, level, type, measure) => a1(rowOf.get(field)!, colOf.get(`${level}|${type}|${measure}`)!),
    labelCell: (field) => a1(rowOf.get(field)!, labelCol),
    totalCell: (level, type, measure) => a1(totalRow, colOf.get(`${level}|${type}|${measure}`)!),
    headerCell: (level, type) => groupCell.get(type ? `${level}|${type}` : level)!,
    fieldCell: (name) => a1(R0 + 4 + header.findIndex(([n]) => n === name), C0 + 2),
    titleCell: a1(R0 + 3, C0),
    placeDateCell: a1(R0 + 1, C0 + 5),
    extraCell: (index, column) => a1(extraRow[index]!, labelCol + column),
    noteCell: (index) => a1(rowOf.get(o.fields[index]!)!, lastCol + 1),
  };
}

/** A workbook of the given sheets. */
export function workbookOf(source: string, ...sheets: RawSheet[]): RawWorkbook {
  return { source, sheets };
}

/** Sets one cell of the counts (copying), for planting a defect. */
export function withCount(
  counts: FormCounts,
  field: FieldCode,
  level: LevelCode,
  type: TypeCode,
  measure: MeasureCode,
  value: CellValue,
): FormCounts {
  const copy = structuredClone(counts) as FormCounts;
  const row = (copy[field] ??= {});
  const byLevel = (row[level] ??= {});
  const byType = (byLevel[type] ??= {});
  byType[measure] = value;
  return copy;
}
