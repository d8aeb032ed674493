import type { FieldCode, LevelCode, MeasureCode, TypeCode } from "../types";
import type { SheetConversion } from "./grid";
import type { CountRead } from "./parseCount";

/** A labelled header value ("Năm báo cáo: 2023") with the cells of its label and value. */
export interface HeaderValue<T> {
  /** A1 of the label cell. */
  readonly labelCell: string;
  /**
   * A1 of the value cell (the label cell when the value follows the colon in it); when the value
   * is empty, the empty cell right of the label (and of its merged range).
   */
  readonly cell: string | null;
  /** The value as written (cleaned text, or the number/date as text); "" when empty. */
  readonly raw: string;
  /** The value understood, or null when empty or not understood. */
  readonly value: T | null;
}

/** The header block of a form sheet. */
export interface ParsedHeader {
  readonly unit: HeaderValue<string> | null;
  readonly unitCode: HeaderValue<string> | null;
  readonly year: HeaderValue<number> | null;
  readonly reportDate: HeaderValue<string> | null;
  /** Year written in the title ("… DÂN VẬN KHÉO NĂM 2023"). */
  readonly titleYear: { readonly year: number; readonly cell: string } | null;
  /** Date of the place-and-date line ("Na Hang, ngày 25 tháng 10 năm 2023"). */
  readonly placeDate: { readonly date: string; readonly cell: string } | null;
}

/** One mapped measure column of the counts table. */
export interface TableColumn {
  /** Grid column index. */
  readonly col: number;
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

/** One data row of the counts table. */
export interface TableRow {
  /** Grid row index. */
  readonly row: number;
  /** 1-based sheet row number, for messages. */
  readonly rowNumber: number;
  readonly label: string;
  readonly labelCell: string;
  /** The field the label names, or null when it names none. */
  readonly field: FieldCode | null;
  /** Count cells by grid column index (mapped columns only). */
  readonly counts: ReadonlyMap<number, CountCell>;
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
}
