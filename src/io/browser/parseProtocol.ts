/** Messages between the pane and the parse worker (plain data: they cross the worker boundary by structured clone). */
import type { RawWorkbook, RunOptions, WorkbookResult } from "../../core";

/** What reading and validating one file gives: same shape as core `WorkbookResult`. */
export type ParsedFile = WorkbookResult;

export interface ParseRequest {
  readonly id: number;
  readonly source: string;
  readonly bytes: ArrayBuffer;
  readonly options: RunOptions;
  readonly order: number;
  /** Also send back the sheets as plain data (the preview keeps a copy so issues lead to their cells). */
  readonly keepSheets: boolean;
}

/** A parsed file, with its sheets when they were asked for. */
export interface ParseOutcome {
  readonly result: ParsedFile;
  readonly workbook: RawWorkbook | null;
  /** The file's sheet names (always sent, a few bytes: the preview lists a file's sheets without keeping them). */
  readonly sheetNames?: readonly string[];
}

export type ParseResponse =
  | {
      readonly id: number;
      readonly ok: true;
      readonly result: ParsedFile;
      readonly workbook: RawWorkbook | null;
      readonly sheetNames: readonly string[];
    }
  | { readonly id: number; readonly ok: false; readonly reason: string };
