import type { Count, FieldCode, LevelCode, TypeCode } from "../types";

/** Whether a stored row is the one that counts for its unit-year, or an earlier version kept for provenance. */
export type StoreRowStatus = "active" | "superseded";

/**
 * One row of the workbook store ("Dữ liệu"): one (field, level, type) count pair of one submission,
 * with where it came from and when it was imported. Rows are never deleted: a corrected file turns
 * the unit-year's active rows into `superseded` ones, stamped with the time.
 */
export interface StoreRow {
  readonly year: number | null;
  readonly unitCode: string | null;
  readonly unitName: string | null;
  readonly field: FieldCode;
  readonly level: LevelCode;
  readonly type: TypeCode;
  /** Null when unknown (written "–" in the sheet; an old store, written before, holds numbers only). */
  readonly new: Count;
  readonly cumulative: Count;
  readonly source: string;
  readonly sheet: string;
  /** A1 range of the counts table in the source sheet. */
  readonly cellRange: string | null;
  /** ISO `yyyy-mm-dd` report date, when the report carries one. */
  readonly reportDate: string | null;
  readonly status: StoreRowStatus;
  /** ISO timestamp of the import that added the row. */
  readonly importedAt: string;
  /** ISO timestamp of the import that replaced it (null while active). */
  readonly supersededAt: string | null;
}
