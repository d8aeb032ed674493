import type { FieldCode, LevelCode, MeasureCode, TypeCode } from "../types";
import type { SheetConversion } from "./grid";
import type { CountRead } from "./parseCount";
import type { ListMarker } from "../text/readListMarker";

/**
 * Where a header value comes from when no labelled field gives it: the issuer block (unit), the
 * title (year), the report date (year: the labelled date, else the place-and-date line), the
 * sheet name or the file name.
 */
export type HeaderSource = "issuer" | "title" | "report-date" | "sheet-name" | "file-name";

/** A labelled header value ("Năm báo cáo: 2023") with the cells of its label and value. */
export interface HeaderValue<T> {
  /** A1 of the label cell; null when the value was inferred. */
  readonly labelCell: string | null;
  /**
   * A1 of the value cell (the label cell when the value follows the colon in it); when the value
   * is empty, the empty cell right of the label (and of its merged range). For an inferred value,
   * the cell it was read from (null for the sheet or file name).
   */
  readonly cell: string | null;
  /** The value as written (cleaned text, or the number/date as text); "" when empty. For an inferred value, the text it was read from. */
  readonly raw: string;
  /** The value understood, or null when empty or not understood. */
  readonly value: T | null;
  /** Set when no labelled field gives the value and it was read from elsewhere. */
  readonly inferredFrom?: HeaderSource;
}

/**
 * The header block of a form sheet. `unit` and `year` are what the report says: the labelled
 * field when it holds a value, else the value inferred from the other places an officer reads
 * them (`inferredFrom` says which).
 */
export interface ParsedHeader {
  readonly unit: HeaderValue<string> | null;
  readonly unitCode: HeaderValue<string> | null;
  readonly year: HeaderValue<number> | null;
  readonly reportDate: HeaderValue<string> | null;
  /** Year written in the title ("… DÂN VẬN KHÉO NĂM 2023", or a next line "Năm 2023"), with the text it was read from. */
  readonly titleYear: { readonly year: number; readonly cell: string; readonly text?: string } | null;
  /** Date of the place-and-date line ("Na Hang, ngày 25 tháng 10 năm 2023"). */
  readonly placeDate: { readonly date: string; readonly cell: string; readonly text?: string } | null;
}

/** One mapped measure column of the counts table. */
export interface TableColumn {
  /** Grid column index. */
  readonly col: number;
  /** The field a consolidated table's column names (a form's columns name none: its fields are rows). */
  readonly field?: FieldCode;
  readonly level: LevelCode;
  readonly type: TypeCode;
  readonly measure: MeasureCode;
  /** A1 of the measure header cell. */
  readonly headerCell: string;
}

/** One count cell of a table row. */
export interface CountCell {
  readonly cell: string;
  readonly read: CountRead;
}

/** A label read by meaning rather than from the catalogue: the officer is told how it was read. */
export interface LabelNote {
  /** A1 of the label (a merge's first cell). */
  readonly cell: string;
  readonly label: string;
  readonly dimension: "field" | "level" | "type" | "measure";
  readonly code: string;
}

/** One data row of the counts table. */
export interface TableRow {
  /** Grid row index. */
  readonly row: number;
  /** 1-based sheet row number, for messages. */
  readonly rowNumber: number;
  readonly label: string;
  readonly labelCell: string;
  /** The field the label names, or null when it names none or several. */
  readonly field: FieldCode | null;
  /** How the label was read: from the catalogue, by meaning, naming several fields, or none. */
  readonly reading: "exact" | "interpreted" | "ambiguous" | "none";
  /** The fields an ambiguous label names (empty otherwise). */
  readonly candidates: readonly FieldCode[];
  /** Count cells by grid column index (mapped columns only). */
  readonly counts: ReadonlyMap<number, CountCell>;
}

/** A data row as read, before it is known to be a field row or a detail. */
export interface RowDraft extends TableRow {
  readonly marker: ListMarker;
  /** Leading spaces of the label as typed (indentation). */
  readonly indent: number;
  readonly isTotal: boolean;
  /** The label says it is a field ("Lĩnh vực …"): never a detail. */
  readonly namesField: boolean;
  /** A "Trong đó:" line came right before this row. */
  readonly afterOfWhich: boolean;
}

/** Rows that detail a field row (or the total row): read, compared with it, never counted. */
export interface DetailGroup {
  readonly parent: TableRow;
  readonly rows: readonly TableRow[];
  /** The details are an "of which" breakdown ("Trong đó: …"): they may sum to less than the parent. */
  readonly partial: boolean;
  /** Parent cells that were empty and take the details' sum. */
  readonly summed: readonly { readonly cell: string; readonly sum: number }[];
  /** Parent cells whose number differs from the details' sum. */
  readonly mismatches: readonly { readonly cell: string; readonly stated: number; readonly sum: number }[];
}

/** The counts table found on a sheet. */
export interface ParsedTable {
  /** A1 range from the first header row to the last data row. */
  readonly range: string;
  readonly columns: readonly TableColumn[];
  /** A1 of each level group's header ("xa") and level × type header ("xa|tap-the"). */
  readonly groupCells: ReadonlyMap<string, string>;
  readonly rows: readonly TableRow[];
  /** The "Tổng cộng" row, when there is one. */
  readonly total: TableRow | null;
  /** Detail rows under field rows ("- Trồng trọt" under "Kinh tế"): not in `rows`, never counted. */
  readonly details: readonly DetailGroup[];
  /** Header labels read by meaning. */
  readonly notes: readonly LabelNote[];
  /** Numeric values in data rows that sit outside every mapped column. */
  readonly dropped: readonly { readonly cell: string; readonly value: string }[];
}

/** Everything the reader found on one sheet that holds a counts table. */
export interface ParsedSheet {
  readonly source: string;
  /** The sheet name exactly as in the workbook. */
  readonly sheet: string;
  readonly header: ParsedHeader;
  readonly table: ParsedTable;
  readonly conversions: readonly SheetConversion[];
  /** The source format has no cell types (CSV): see `RawSheet.untyped`. */
  readonly untyped: boolean;
  /**
   * For one unit's row of a consolidated table (many units on one sheet): the A1 of its unit cell,
   * which tells its submission from the others of the sheet. Absent for a form sheet.
   */
  readonly unitRow?: string;
}
