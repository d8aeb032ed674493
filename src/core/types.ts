/**
 * Domain types shared by every layer. Plain data only: these cross worker boundaries
 * (structured clone), go to JSON, and are rendered by the CLI, the add-in and the preview.
 */

/** Canonical field (lĩnh vực) codes. */
export type FieldCode = "kinh-te" | "van-hoa-xa-hoi" | "quoc-phong-an-ninh" | "xay-dung-he-thong-chinh-tri" | "khac";
/** Canonical recognition level (cấp công nhận) codes. */
export type LevelCode = "xa" | "huyen" | "tinh";
/** Canonical model type codes: collective model / individual example. */
export type TypeCode = "tap-the" | "ca-nhan";
/** Canonical measure codes: new in the report year / cumulative to date. */
export type MeasureCode = "new" | "cumulative";

export type Lang = "vi" | "en";
export type Severity = "error" | "warning" | "info";
export type SubmissionStatus = "accepted" | "rejected" | "superseded";

/** A formula error as read from a cell, e.g. `{ error: "#REF!" }`. */
export interface CellErrorValue {
  readonly error: string;
}

/**
 * One cell value as delivered by a reader. Date cells arrive as `Date` (UTC midnight of the
 * calendar day); formulas arrive as their cached value; a formula without a cached value is `null`.
 */
export type CellValue = string | number | boolean | Date | CellErrorValue | null;

/** 0-based inclusive cell range, same shape as SheetJS `!merges` entries (sheet coordinates, like them). */
export interface CellRange {
  readonly s: { readonly r: number; readonly c: number };
  readonly e: { readonly r: number; readonly c: number };
}

/** One worksheet as plain data. `rows[r][c]` is the cell at `origin` + (r, c); origin defaults to A1. */
export interface RawSheet {
  readonly name: string;
  readonly rows: readonly (readonly CellValue[])[];
  readonly merges?: readonly CellRange[];
  /** 0-based row/column of `rows[0][0]` in the sheet (an Excel used range may not start at A1). */
  readonly origin?: { readonly r: number; readonly c: number };
  /**
   * True when the file format has no cell types (CSV): every value arrived as text, so a number
   * "stored as text" is normal there and not worth a note.
   */
  readonly untyped?: boolean;
  /** Font names of text cells where the reader knows them, keyed by A1 address (sparse). */
  readonly fonts?: Readonly<Record<string, string>>;
  /** True when the workbook uses the 1904 date system (serial dates count from 1904-01-01). */
  readonly date1904?: boolean;
}

/** A workbook as plain data. `source` is the path or name as the user gave it. */
export interface RawWorkbook {
  readonly source: string;
  readonly sheets: readonly RawSheet[];
}

/** A phrase given in both languages, for message parameters that are words rather than data. */
export interface LocalizedText {
  readonly vi: string;
  readonly en: string;
}

/** Values a message template may use; a `LocalizedText` renders in the message's language. */
export type IssueParams = Readonly<Record<string, string | number | LocalizedText>>;

/** One finding about a file, a sheet, a submission or a cell. Messages are rendered by `issueMessage`. */
export interface Issue {
  readonly code: IssueCode;
  readonly severity: Severity;
  readonly source: string;
  readonly sheet: string | null;
  /** A1 address in the source sheet, when the issue is about one cell. */
  readonly cell: string | null;
  readonly params: IssueParams;
}

/**
 * A count as reported: a whole number, or null when it is unknown — the table has no column for it
 * (e.g. a table that gives only "Lũy kế" has no "Mới trong năm"). Unknown is never 0: it stays null through
 * consolidation, trends, the store and every output ("–" or blank, never 0).
 */
export type Count = number | null;

/**
 * New and cumulative counts, as reported or summed. `partial` lists the measures whose sum left out at least
 * one unknown count: their number is then the sum of the known ones, a lower bound ("≥ N"); a measure whose
 * every count is unknown is null. Absent when every count is known.
 */
export interface MeasureCounts {
  readonly new: Count;
  readonly cumulative: Count;
  readonly partial?: readonly MeasureCode[];
}

/** One (field, level, type) cell pair of a submission, with where each number came from. */
export interface CountEntry {
  readonly field: FieldCode;
  readonly level: LevelCode;
  readonly type: TypeCode;
  /** Null when unknown: the table has no column for it. */
  readonly new: Count;
  readonly cumulative: Count;
  /** A1 addresses of the source cells (null when the column was missing — the count is then unknown — or the row was missing and counted as 0). */
  readonly cells: { readonly new: string | null; readonly cumulative: string | null };
}

/** One unit's report for one year, read from one sheet. */
export interface Submission {
  /** `source#sheet`, unique within a run. */
  readonly id: string;
  readonly source: string;
  readonly sheet: string;
  /** Position in the order the files were given (tie-breaker for resubmissions). */
  readonly order: number;
  readonly unitName: string | null;
  readonly unitCode: string | null;
  readonly year: number | null;
  /** ISO date `yyyy-mm-dd`, or null when the report carries none. */
  readonly reportDate: string | null;
  /** Levels present in the table, in canonical order. */
  readonly levels: readonly LevelCode[];
  readonly entries: readonly CountEntry[];
  /** A1 range of the counts table (header rows included), when one was found. */
  readonly tableRange: string | null;
  readonly issues: readonly Issue[];
  readonly status: SubmissionStatus;
}

/** Options shared by validation and consolidation. */
export interface RunOptions {
  /** Inclusive range of accepted report years. */
  readonly years: { readonly from: number; readonly to: number };
  /** Day and month (1-based) of the yearly deadline; the year is the report year. */
  readonly deadline: { readonly day: number; readonly month: number };
  /** Phases for phase totals, inclusive year ranges. */
  readonly phases: readonly { readonly from: number; readonly to: number }[];
  /** Extra label aliases: normalised key → canonical code, per dimension. */
  readonly aliases?: AliasTable;
}

/** Officer-extensible aliases, keyed by `matchKey` of the label. */
export interface AliasTable {
  readonly field?: Readonly<Record<string, FieldCode>>;
  readonly level?: Readonly<Record<string, LevelCode>>;
  readonly type?: Readonly<Record<string, TypeCode>>;
  readonly measure?: Readonly<Record<string, MeasureCode>>;
}

// Issue codes live with the catalogue; re-exported here so types.ts is the one import for contracts.
import type { IssueCode } from "./issues/catalogue";
export type { IssueCode };

/** What validating one workbook yields: file-level issues and the submissions found (each with its own issues and status). */
export interface WorkbookResult {
  readonly source: string;
  readonly submissions: Submission[];
  readonly issues: Issue[];
}
