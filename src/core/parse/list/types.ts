import type { FieldCode, LevelCode, TypeCode } from "../../types";

/** Columns of a Mẫu 02-DVK list (the model list). */
export type ListColumn = "stt" | "name" | "type" | "field" | "level" | "year" | "status" | "note";

/** Whether a model is still kept up ("Đang duy trì") or has stopped ("Đã dừng"). */
export type ModelStatus = "active" | "stopped";

/** One model of the list, every column understood. */
export interface ListedModel {
  readonly name: string;
  readonly type: TypeCode;
  readonly field: FieldCode;
  readonly level: LevelCode;
  /** Năm công nhận: the year the model was recognised. */
  readonly year: number;
  /** Null when the status cell is blank or not understood (it does not affect the counts). */
  readonly status: ModelStatus | null;
  /** A1 of the name cell. */
  readonly cell: string;
  /** 1-based sheet row number. */
  readonly rowNumber: number;
}

/** A cell of a list row that could not be understood (the row is left out of the comparison). */
export interface UnreadableListCell {
  readonly column: "name" | "type" | "field" | "level" | "year";
  /** A1 of the cell. */
  readonly cell: string;
  /** The text as written; "" when the cell is blank. */
  readonly text: string;
  readonly rowNumber: number;
  /** The model's name (or "" when it has none), to say which model it is. */
  readonly name: string;
}

/** A Mẫu 02-DVK sheet as found. */
export interface ParsedModelList {
  readonly source: string;
  readonly sheet: string;
  /** A1 of the "Tên mô hình" header cell. */
  readonly headerCell: string;
  /** The year the list is for, when its title or a "Năm báo cáo:" line says one. */
  readonly year: number | null;
  /** The text above the header row (title, unit lines), to tell which unit a list belongs to. */
  readonly heading: string;
  readonly models: readonly ListedModel[];
  readonly unreadable: readonly UnreadableListCell[];
}
