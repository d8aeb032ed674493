import { type Cell, type FileSpec, SheetBuilder, a1, colName } from "./grid";

/**
 * Building blocks for hand-built Mẫu 01-DVK submissions: the data a unit reports, a counts-table
 * writer that takes any column order, header wording, header rows, row labels and number style,
 * a header-block writer, and the canonical twin (the form exactly as docs/mau-01-dvk.md §3.1
 * draws it). Nothing here comes from the product's catalogue: every wording is given by the
 * variant that uses it.
 */

export type Field = "kinh-te" | "van-hoa-xa-hoi" | "quoc-phong-an-ninh" | "xay-dung-he-thong-chinh-tri" | "khac";
export type Level = "xa" | "huyen" | "tinh";
export type Kind = "tap-the" | "ca-nhan";
export type Measure = "new" | "cumulative";

export const FIELDS: readonly Field[] = [
  "kinh-te",
  "van-hoa-xa-hoi",
  "quoc-phong-an-ninh",
  "xay-dung-he-thong-chinh-tri",
  "khac",
];
export const LEVELS: readonly Level[] = ["xa", "huyen", "tinh"];
export const KINDS: readonly Kind[] = ["tap-the", "ca-nhan"];
export const MEASURES: readonly Measure[] = ["new", "cumulative"];

/** One count column: level × type × measure. */
export interface Key {
  readonly level: Level;
  readonly type: Kind;
  readonly measure: Measure;
}

export type Pair = { readonly new: number; readonly cumulative: number };
export type Counts = Readonly<Record<Field, Readonly<Partial<Record<Level, Readonly<Record<Kind, Pair>>>>>>>;

/** What one unit reports for one year. */
export interface Data {
  readonly unit: string;
  readonly year: number;
  readonly levels: readonly Level[];
  readonly counts: Counts;
  /** Place of the place-and-date line ("Thanh Tương, ngày …"). */
  readonly place: string;
  /** The two issuer lines of the canonical twin (left of the header block). */
  readonly issuer: readonly [string, string];
}

// ── deterministic numbers ────────────────────────────────────────────────────────────────────

/** A small seeded generator (mulberry32 over an FNV hash of the seed): same seed, same numbers. */
export function rng(seed: string): () => number {
  let h = 2166136261;
  for (let i = 0; i < seed.length; i++) h = Math.imul(h ^ seed.charCodeAt(i), 16777619);
  let state = h >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Options of `makeData`. */
export interface DataOptions {
  readonly unit: string;
  readonly year: number;
  readonly levels?: readonly Level[];
  readonly place: string;
  readonly issuer: readonly [string, string];
  /** Multiplies the cumulative counts (a province reports thousands). */
  readonly scale?: number;
}

/**
 * Counts for one unit-year, from the seed: new 0–6 (often 0), cumulative = new + a stock that is
 * larger at the commune level, as in the published figures (domain.md §7).
 */
export function makeData(seed: string, o: DataOptions): Data {
  const next = rng(seed);
  const levels = o.levels ?? LEVELS;
  const scale = o.scale ?? 1;
  const counts = {} as Record<Field, Partial<Record<Level, Record<Kind, Pair>>>>;
  for (const field of FIELDS) {
    counts[field] = {};
    for (const level of levels) {
      const stock = level === "xa" ? 14 : level === "huyen" ? 6 : 3;
      const byType = {} as Record<Kind, Pair>;
      for (const type of KINDS) {
        const fresh = next() < 0.3 ? 0 : Math.floor(next() * (type === "tap-the" ? 7 : 4));
        const cumulative = fresh + Math.floor(next() * stock * scale) + (field === "khac" ? 0 : 1);
        byType[type] = { new: fresh, cumulative };
      }
      counts[field][level] = byType;
    }
  }
  return { unit: o.unit, year: o.year, levels, counts: counts as Counts, place: o.place, issuer: o.issuer };
}

/** The reported number of a field at a column. */
export function valueOf(d: Data, field: Field, k: Key): number {
  const pair = d.counts[field][k.level]?.[k.type];
  if (!pair) throw new Error(`no ${k.level} in the data of ${d.unit}`);
  return pair[k.measure];
}

/** Cuts `total` into `n` non-negative parts. */
function partition(total: number, n: number, next: () => number): number[] {
  const cuts = Array.from({ length: n - 1 }, () => Math.floor(next() * (total + 1))).sort((a, b) => a - b);
  const bounds = [0, ...cuts, total];
  return Array.from({ length: n }, (_, i) => (bounds[i + 1] ?? 0) - (bounds[i] ?? 0));
}

/**
 * Splits a field's numbers into `n` detail rows that add up to the field row, each with
 * cumulative ≥ new.
 */
export function splitField(d: Data, field: Field, n: number, seed: string): ((k: Key) => number)[] {
  const next = rng(seed);
  const parts = new Map<string, { fresh: number[]; extra: number[] }>();
  for (const level of d.levels) {
    for (const type of KINDS) {
      const pair = d.counts[field][level]?.[type] ?? { new: 0, cumulative: 0 };
      parts.set(`${level}|${type}`, {
        fresh: partition(pair.new, n, next),
        extra: partition(pair.cumulative - pair.new, n, next),
      });
    }
  }
  return Array.from({ length: n }, (_, i) => (k: Key) => {
    const p = parts.get(`${k.level}|${k.type}`);
    const fresh = p?.fresh[i] ?? 0;
    return k.measure === "new" ? fresh : fresh + (p?.extra[i] ?? 0);
  });
}

// ── counts table ─────────────────────────────────────────────────────────────────────────────

/** A column of the table right of the labels. */
export type Column =
  | { readonly kind: "count"; readonly key: Key }
  | { readonly kind: "blank" }
  /** A text column ("Ghi chú"): header per header row (null = merged with the row above), text per row index. */
  | {
      readonly kind: "note";
      readonly header: readonly (string | null)[];
      readonly text: (row: number) => string | null;
    }
  /** A derived "Tổng" column: header text per header row (null = merged with the row above). */
  | {
      readonly kind: "sum";
      readonly header: readonly (string | null)[];
      readonly measure: Measure;
      readonly span?: number;
    };

/** One header row over the count columns: its label and the group whose columns share it. */
export interface HeaderRow {
  readonly label: (k: Key) => string;
  readonly group: (k: Key) => string;
}

/** One row under the header. */
export type Row =
  | { readonly kind: "blank" }
  /** A text-only row ("Trong đó:"). */
  | { readonly kind: "text"; readonly stt?: Cell; readonly label: string }
  | {
      readonly kind: "field" | "detail";
      readonly stt?: Cell;
      readonly label: string;
      /** The number written in each count cell (null = left empty). */
      readonly nums: (k: Key) => number | null;
      /** What the row adds to the total row, when not its written numbers (an empty parent row). */
      readonly sum?: (k: Key) => number;
    }
  | {
      readonly kind: "total";
      readonly stt?: Cell;
      readonly label: string;
      readonly plain?: boolean;
      readonly labelInStt?: boolean;
    };

/** How a table is written. */
export interface TableSpec {
  /** Header text of the STT column; null = no STT column. */
  readonly stt: string | null;
  readonly labelHeader: string;
  /** Columns the label cells span (merged), default 1. */
  readonly labelSpan?: number;
  readonly columns: readonly Column[];
  readonly header: readonly HeaderRow[];
  /** Merge group headers (true) or write each group label in its first cell only (false). */
  readonly merged: boolean;
  /** A column-number row under the header: "(1) (2) (3) …" or "A B 1 2 3 …". */
  readonly numberRow?: "paren" | "letters";
  readonly rows: readonly Row[];
  /** How a number is written in a count cell (default: the number; null stays empty). */
  readonly format?: (n: number, k: Key, row: number) => Cell;
}

/** Where the written table's cells are. */
export interface TableCells {
  /** First row after the table. */
  readonly bottom: number;
  /** Label cell of each row, by index in `rows`. */
  readonly labelCells: readonly string[];
  /** Count cell of a row (index in `rows`) and column. */
  readonly cell: (row: number, k: Key) => string;
  /** Count cells written as text (counts with words). */
  readonly textCells: readonly string[];
  /** Number of sheet columns the table spans. */
  readonly width: number;
}

const sameKey = (a: Key, b: Key) => a.level === b.level && a.type === b.type && a.measure === b.measure;

/**
 * Writes a counts table with its top-left corner at (top, left).
 *
 * @param s - the sheet
 * @param top - first header row
 * @param left - first column (STT, or the label column when there is no STT)
 * @param t - the table
 * @returns where its cells are
 */
export function writeTable(s: SheetBuilder, top: number, left: number, t: TableSpec): TableCells {
  const hasStt = t.stt !== null;
  const labelCol = left + (hasStt ? 1 : 0);
  const labelSpan = t.labelSpan ?? 1;
  const first = labelCol + labelSpan;
  const hRows = t.header.length;
  const last = top + hRows - 1;
  // Left headers span every header row.
  if (hasStt) s.put(top, left, t.stt).merge(top, left, t.merged ? last : top, left);
  s.put(top, labelCol, t.labelHeader).merge(top, labelCol, t.merged ? last : top, labelCol + labelSpan - 1);
  // Count and derived columns.
  t.header.forEach((hr, i) => {
    let runStart = -1;
    let runGroup = "";
    const close = (end: number) => {
      if (runStart >= 0 && t.merged) s.merge(top + i, first + runStart, top + i, first + end);
      runStart = -1;
    };
    t.columns.forEach((col, j) => {
      if (col.kind !== "count") {
        close(j - 1);
        if (col.kind === "sum" || col.kind === "note") {
          const text = col.header[i];
          if (text !== null && text !== undefined) {
            s.put(top + i, first + j, text);
            let below = i + 1;
            while (below < hRows && col.header[below] === null) below++;
            const span = col.kind === "sum" && i === col.header.findIndex((h) => h !== null) ? (col.span ?? 1) : 1;
            if (t.merged) s.merge(top + i, first + j, top + below - 1, first + j + span - 1);
          }
        }
        return;
      }
      const group = hr.group(col.key);
      if (runStart >= 0 && group === runGroup) return;
      close(j - 1);
      runStart = j;
      runGroup = group;
      s.put(top + i, first + j, hr.label(col.key));
    });
    close(t.columns.length - 1);
  });
  let r = last + 1;
  const width = (hasStt ? 1 : 0) + labelSpan + t.columns.length;
  if (t.numberRow) {
    for (let c = 0; c < width; c++) {
      if (t.numberRow === "paren") s.put(r, left + c, `(${c + 1})`);
      else s.put(r, left + c, c < (hasStt ? 2 : 1) ? String.fromCharCode(65 + c) : c + 1 - (hasStt ? 2 : 1));
    }
    r++;
  }
  const rowAt: number[] = [];
  for (let i = 0; i < t.rows.length; i++) rowAt.push(r++);
  const fieldRows = t.rows.map((row, i) => (row.kind === "field" ? i : -1)).filter((i) => i >= 0);
  const textCells: string[] = [];
  const numberOf = (i: number, k: Key): number => {
    const row = t.rows[i];
    if (!row || (row.kind !== "field" && row.kind !== "detail")) return 0;
    return row.sum ? row.sum(k) : (row.nums(k) ?? 0);
  };
  t.rows.forEach((row, i) => {
    const at = rowAt[i] ?? 0;
    if (row.kind === "blank") return;
    if (hasStt && row.stt !== undefined) s.put(at, left, row.stt);
    if (row.kind === "total" && row.labelInStt && hasStt)
      s.put(at, left, row.label).merge(at, left, at, labelCol + labelSpan - 1);
    else s.put(at, labelCol, row.label).merge(at, labelCol, at, labelCol + labelSpan - 1);
    if (row.kind === "text") return;
    t.columns.forEach((col, j) => {
      const c = first + j;
      if (col.kind === "blank") return;
      if (col.kind === "note") {
        const text = col.text(i);
        if (text !== null) s.put(at, c, text);
        return;
      }
      if (col.kind === "sum") {
        const parts = t.columns
          .map((other, o) => (other.kind === "count" && other.key.measure === col.measure ? a1(at, first + o) : null))
          .filter((x): x is string => x !== null);
        const result = t.columns.reduce((acc, other) => {
          if (other.kind !== "count" || other.key.measure !== col.measure) return acc;
          return (
            acc +
            (row.kind === "total" ? fieldRows.reduce((a, f) => a + numberOf(f, other.key), 0) : numberOf(i, other.key))
          );
        }, 0);
        s.put(at, c, { formula: parts.join("+"), result });
        return;
      }
      if (row.kind === "total") {
        const result = fieldRows.reduce((a, f) => a + numberOf(f, col.key), 0);
        const refs = fieldRows.map((f) => `${colName(c)}${(rowAt[f] ?? 0) + 1}`);
        s.put(at, c, row.plain ? result : { formula: refs.join("+"), result });
        return;
      }
      const n = row.nums(col.key);
      if (n === null) return;
      const written = t.format ? t.format(n, col.key, i) : n;
      if (typeof written === "string") textCells.push(a1(at, c));
      s.put(at, c, written);
    });
  });
  return {
    bottom: r,
    labelCells: t.rows.map((_, i) => a1(rowAt[i] ?? 0, labelCol)),
    cell: (i, k) => {
      const j = t.columns.findIndex((col) => col.kind === "count" && sameKey(col.key, k));
      if (j < 0) throw new Error("no such column");
      return a1(rowAt[i] ?? 0, first + j);
    },
    textCells,
    width,
  };
}

/** Count columns level → type → measure (the form's order), for the given levels. */
export function levelMajor(
  levels: readonly Level[],
  measures: readonly Measure[] = MEASURES,
  types: readonly Kind[] = KINDS,
): Column[] {
  return levels.flatMap((level) =>
    types.flatMap((type) => measures.map((measure) => ({ kind: "count" as const, key: { level, type, measure } }))),
  );
}

/** Count columns type → level → measure (type groups on top). */
export function typeMajor(levels: readonly Level[], measures: readonly Measure[] = MEASURES): Column[] {
  return KINDS.flatMap((type) =>
    levels.flatMap((level) => measures.map((measure) => ({ kind: "count" as const, key: { level, type, measure } }))),
  );
}

/** A header row of level groups. */
export const levelRow = (labels: Readonly<Record<Level, string>>): HeaderRow => ({
  label: (k) => labels[k.level],
  group: (k) => k.level,
});
/** A header row of type groups inside each level group. */
export const typeRow = (labels: Readonly<Record<Kind, string>>): HeaderRow => ({
  label: (k) => labels[k.type],
  group: (k) => `${k.level}|${k.type}`,
});
/** A header row of measures, one per column. */
export const measureRow = (labels: Readonly<Record<Measure, string>>): HeaderRow => ({
  label: (k) => labels[k.measure],
  group: (k) => `${k.level}|${k.type}|${k.measure}`,
});
/** Type groups on top (columns type → level → measure). */
export const typeTopRow = (labels: Readonly<Record<Kind, string>>): HeaderRow => ({
  label: (k) => labels[k.type],
  group: (k) => k.type,
});
/** Level groups inside each type group. */
export const levelUnderTypeRow = (labels: Readonly<Record<Level, string>>): HeaderRow => ({
  label: (k) => labels[k.level],
  group: (k) => `${k.type}|${k.level}`,
});

/** The wordings printed on the form (docs/mau-01-dvk.md §3). */
export const FORM = {
  fields: {
    "kinh-te": "Kinh tế",
    "van-hoa-xa-hoi": "Văn hóa – Xã hội",
    "quoc-phong-an-ninh": "Quốc phòng – An ninh",
    "xay-dung-he-thong-chinh-tri": "Xây dựng Đảng và hệ thống chính trị",
    khac: "Lĩnh vực khác",
  } as Record<Field, string>,
  levels: { xa: "Cấp xã", huyen: "Cấp huyện", tinh: "Cấp tỉnh" } as Record<Level, string>,
  types: { "tap-the": "Mô hình tập thể", "ca-nhan": "Điển hình cá nhân" } as Record<Kind, string>,
  measures: { new: "Mới trong năm", cumulative: "Lũy kế" } as Record<Measure, string>,
};

/** The form's three header rows. */
export const formHeader = (): HeaderRow[] => [levelRow(FORM.levels), typeRow(FORM.types), measureRow(FORM.measures)];

/** Five field rows in the given order with the given labels (STT 1…5 unless told otherwise). */
export function fieldRows(
  d: Data,
  labels: Readonly<Record<Field, string>>,
  order: readonly Field[] = FIELDS,
  stt: (i: number) => Cell = (i) => i + 1,
): Row[] {
  return order.map((field, i) => ({
    kind: "field" as const,
    stt: stt(i),
    label: labels[field],
    nums: (k: Key) => valueOf(d, field, k),
  }));
}

/** The total row of the form. */
export const totalRow = (label = "Tổng cộng"): Row => ({ kind: "total", label, labelInStt: true });

// ── header block ─────────────────────────────────────────────────────────────────────────────

/** The header block above a table. */
export interface Top {
  /** Issuer lines, left. */
  readonly issuer?: readonly string[];
  /** Lines at the right: "ĐẢNG CỘNG SẢN VIỆT NAM", the place-and-date line… */
  readonly right?: readonly string[];
  /** Title across the table (null = none). */
  readonly title?: string | null;
  /** Lines under the title, across the table. */
  readonly sub?: readonly string[];
  /** Labelled lines: [label, value]; value null = the label carries its value after the colon. */
  readonly fields?: readonly (readonly [string, Cell])[];
}

/**
 * Writes a header block from (top, left) over `width` columns.
 *
 * @returns the first row after the block (one blank row left before the table)
 */
export function writeTop(s: SheetBuilder, top: number, left: number, width: number, t: Top): number {
  const issuer = t.issuer ?? [];
  const right = t.right ?? [];
  const rightCol = left + Math.max(3, width - 6);
  const rightSpan = Math.max(1, left + width - rightCol);
  const lines = Math.max(issuer.length, right.length);
  for (let i = 0; i < lines; i++) {
    const a = issuer[i];
    const b = right[i];
    if (a !== undefined) s.line(top + i, left, a, Math.min(3, width));
    if (b !== undefined) s.line(top + i, rightCol, b, rightSpan);
  }
  let r = top + lines;
  if (t.title) s.line(r++, left, t.title, width);
  for (const line of t.sub ?? []) s.line(r++, left, line, width);
  for (const [label, value] of t.fields ?? []) {
    if (value === null) s.line(r, left, label, Math.min(6, width));
    else {
      s.line(r, left, label, 2);
      s.line(r, left + 2, value, Math.min(4, Math.max(1, width - 2)));
    }
    r++;
  }
  return r + 1;
}

/** "BÁO CÁO KẾT QUẢ PHONG TRÀO THI ĐUA "DÂN VẬN KHÉO" NĂM 2023" (or without the year). */
export const title = (year?: number) =>
  `BÁO CÁO KẾT QUẢ PHONG TRÀO THI ĐUA "DÂN VẬN KHÉO"${year === undefined ? "" : ` NĂM ${year}`}`;
/** "Thanh Tương, ngày 20 tháng 10 năm 2023". */
export const placeDate = (place: string, year: number, day = 20, month = 10) =>
  `${place}, ngày ${String(day).padStart(2, "0")} tháng ${month} năm ${year}`;

// ── the canonical twin ───────────────────────────────────────────────────────────────────────

/**
 * The canonical twin of a submission: the form as docs/mau-01-dvk.md §3.1 draws it (header block
 * in rows 1–8, table header rows 10–12, field rows 13–17, "Tổng cộng" SUM row 18), with only the
 * levels the data has.
 */
export function canonicalFile(d: Data, file: string): FileSpec {
  const s = new SheetBuilder("Mẫu 01-DVK");
  const columns = levelMajor(d.levels);
  const width = 2 + columns.length;
  const right = Math.max(3, width - 6);
  s.line(0, 0, d.issuer[0], 3).line(0, right, "ĐẢNG CỘNG SẢN VIỆT NAM", width - right);
  s.line(1, 0, d.issuer[1], 3);
  s.line(2, 0, "*", 3).line(2, right, placeDate(d.place, d.year), width - right);
  s.line(3, 0, "Số 43-BC/ĐU", 3);
  s.line(4, 0, title(d.year), width);
  s.line(5, 0, "(Mẫu 01-DVK)", width);
  s.line(6, 0, "Đơn vị báo cáo:", 2).line(6, 2, d.unit, 4);
  s.line(7, 0, "Năm báo cáo:", 2).line(7, 2, d.year, 4);
  const rows: Row[] = [...fieldRows(d, FORM.fields), { kind: "total", label: "Tổng cộng", labelInStt: true }];
  writeTable(s, 9, 0, { stt: "STT", labelHeader: "Lĩnh vực", columns, header: formHeader(), merged: true, rows });
  // The footer (not read).
  s.put(19, 0, "Nơi nhận:");
  s.line(19, right, "T/M ĐẢNG ỦY", width - right);
  return { file, sheets: [s.spec()] };
}
