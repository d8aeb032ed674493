import { FIELD_CODES, FIELDS, LEVELS, TYPES, labelOf } from "../../../src/core/catalogue/dimensions";
import type { CellValue, FieldCode, LevelCode, RawSheet, TypeCode } from "../../../src/core/types";
import type { FormCounts } from "./buildForm";
import { LIST_TEMPLATE_HEADERS } from "../../../src/core/report/buildListTemplateSheet";

/** One row of a test list: the model's labels as written. */
export interface ListRowSpec {
  name?: CellValue;
  type: CellValue;
  field: CellValue;
  level: CellValue;
  year: CellValue;
  status?: CellValue;
}

/** Layout of a test Mẫu 02-DVK sheet. */
export interface ListLayout {
  sheetName?: string;
  /** Title line; null for none. Default names the year given. */
  title?: string | null;
  rowOffset?: number;
  colOffset?: number;
  /** Header texts in the order of the columns (defaults to the form's). */
  headers?: string[];
  /** Order of the columns (indices into the canonical 8). */
  order?: number[];
  footer?: boolean;
}

const HEADERS: string[] = [...LIST_TEMPLATE_HEADERS];

/** Builds a Mẫu 02-DVK sheet from rows. */
export function buildList(rows: ListRowSpec[], year: number | null, layout: ListLayout = {}): RawSheet {
  const order = layout.order ?? [0, 1, 2, 3, 4, 5, 6, 7];
  const headers = layout.headers ?? HEADERS;
  const pad = (cells: CellValue[]): CellValue[] => [
    ...Array<CellValue>(layout.colOffset ?? 0).fill(null),
    ...order.map((i) => cells[i] ?? null),
  ];
  const out: CellValue[][] = [];
  for (let i = 0; i < (layout.rowOffset ?? 0); i++) out.push([]);
  const title =
    layout.title === undefined ? `DANH SÁCH MÔ HÌNH, ĐIỂN HÌNH "DÂN VẬN KHÉO" NĂM ${year ?? "……"}` : layout.title;
  if (title !== null) out.push([title], []);
  out.push(pad(headers));
  rows.forEach((r, i) =>
    out.push(
      pad([
        i + 1,
        r.name === undefined ? `Mô hình số ${i + 1}` : r.name,
        r.type,
        r.field,
        r.level,
        r.year,
        r.status ?? "Đang duy trì",
        null,
      ]),
    ),
  );
  if (layout.footer !== false) out.push([], pad([null, "NGƯỜI LẬP BIỂU", null, null, null, null, "TM. BAN DÂN VẬN"]));
  return { name: layout.sheetName ?? "Mẫu 02-DVK", rows: out };
}

/** One list row per new model of `counts` (recognised in `year`), plus older models that must not count. */
export function listRowsFor(counts: FormCounts, year: number): ListRowSpec[] {
  const rows: ListRowSpec[] = [];
  for (const field of FIELD_CODES) {
    for (const [level, byType] of Object.entries(counts[field] ?? {}) as [
      LevelCode,
      Partial<Record<TypeCode, { new?: CellValue }>>,
    ][]) {
      for (const [type, m] of Object.entries(byType) as [TypeCode, { new?: CellValue }][]) {
        const n = typeof m.new === "number" ? m.new : 0;
        const labels = {
          type: type === "tap-the" ? "Tập thể" : "Cá nhân",
          field: labelOf(FIELDS, field),
          level: labelOf(LEVELS, level),
        };
        for (let i = 0; i < n; i++) rows.push({ ...labels, year });
        rows.push({ ...labels, year: year - 1, status: "Đã dừng" });
      }
    }
  }
  return rows;
}

/** A row for one model with canonical labels. */
export function rowOf(field: FieldCode, level: LevelCode, type: TypeCode, year: CellValue): ListRowSpec {
  return { field: labelOf(FIELDS, field), level: labelOf(LEVELS, level), type: labelOf(TYPES, type), year };
}
