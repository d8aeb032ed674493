/**
 * The report model: output sheets and charts described as plain data. Core builds it; each adapter
 * renders it (the Office adapter in the add-in, the Node xlsx writer for the CLI, HTML in the preview), so all
 * three show the same thing. Ranges are A1 strings relative to the sheet (e.g. "A1:N3").
 */

/** Named cell styles; each renderer maps them to its own formatting. */
export type CellStyle =
  | "title"
  | "subtitle"
  | "note"
  | "header"
  | "label"
  | "text"
  | "number"
  | "total"
  | "input"
  | "severity-error"
  | "severity-warning"
  | "severity-info"
  | "state-on-time"
  | "state-late"
  | "state-missing"
  | "state-rejected"
  | "state-not-expected"
  | "status-superseded";

/**
 * One cell. `v` is a literal value: a string is always text, even when it starts with "=", "+", "-"
 * or "@" (renderers must write it so it never becomes a formula). `f` is a formula written by the
 * product itself, without the leading "=" (e.g. "SUM(D9:D13)"); `v` is then its expected result.
 */
export interface ModelCell {
  readonly v: string | number | boolean | null;
  readonly f?: string;
  /** Excel number format, e.g. "#,##0" or "dd/mm/yyyy". */
  readonly fmt?: string;
  /** An in-workbook link: the cell becomes a hyperlink to `sheet!cell`. */
  readonly link?: { readonly sheet: string; readonly cell: string };
}

/** A style applied to a rectangular range. */
export interface StyleRun {
  readonly range: string;
  readonly style: CellStyle;
}

/** Stable keys of the sheets the product writes (the visible name may differ, see `SheetModel.name`). */
export type SheetKey =
  "tong-hop" | "xu-huong" | "kiem-tra" | "tien-do" | "du-lieu" | "danh-muc" | "don-vi" | "mau-01" | "mau-02";

/** Default Vietnamese sheet names. */
export const SHEET_NAMES: Readonly<Record<SheetKey, string>> = {
  "tong-hop": "Tổng hợp",
  "xu-huong": "Xu hướng",
  "kiem-tra": "Kiểm tra",
  "tien-do": "Tiến độ nộp",
  "du-lieu": "Dữ liệu",
  "danh-muc": "Danh mục",
  "don-vi": "Đơn vị",
  "mau-01": "Mẫu 01-DVK",
  "mau-02": "Mẫu 02-DVK",
};

/** One output sheet. `rows` is dense from A1; `null` is an empty cell. */
export interface SheetModel {
  readonly key: SheetKey;
  readonly name: string;
  readonly rows: readonly (readonly (ModelCell | null)[])[];
  readonly merges: readonly string[];
  readonly styles: readonly StyleRun[];
  /** Column widths in characters, from column A. */
  readonly columnWidths: readonly number[];
  /** Frozen rows at the top and columns at the left. */
  readonly freeze?: { readonly rows: number; readonly columns: number };
  /** Ranges whose cells accept only whole numbers ≥ 0 (data validation where the host supports it). */
  readonly countInputs?: readonly string[];
  /**
   * Ranges offered a drop-down of values (a data validation list where the host supports it). Other
   * values stay allowed (the reader accepts spelling variants); the host only shows a note.
   */
  readonly choiceInputs?: readonly { readonly range: string; readonly values: readonly string[] }[];
  /** When true the sheet is protected and only `countInputs` (and `unlocked`) can be edited. */
  readonly protect?: boolean;
  readonly unlocked?: readonly string[];
  /** Print setup hint: landscape for wide tables. */
  readonly landscape?: boolean;
}

/** A native chart over a range of an output sheet; series are in columns, categories in the first column. */
export interface ChartSpec {
  /** Stable id: renderers use it to find and update the chart they made before instead of adding one. */
  readonly key: string;
  readonly sheet: SheetKey;
  readonly title: string;
  readonly type: "line" | "stacked-column" | "clustered-column";
  /** Header row + category column + value columns, e.g. "A3:F13". */
  readonly source: string;
  /** Top-left cell where the chart is placed. */
  readonly anchor: string;
  /** Size in points. */
  readonly width: number;
  readonly height: number;
  readonly yAxisTitle?: string;
  /** Category (year) after which a vertical break is marked, e.g. the 1/7/2025 reform. */
  readonly breakAfter?: string;
}

/** The whole report: sheets in tab order, then charts. */
export interface ReportModel {
  readonly sheets: readonly SheetModel[];
  readonly charts: readonly ChartSpec[];
}
