/** The pane's calls into the core, in one place: validating the workbook's own sheets, consolidating, the report model. */
import { consolidate } from "../core/consolidate/consolidate";
import type { Consolidation } from "../core/consolidate/types";
import { buildReportModel } from "../core/report/buildReportModel";
import type { ReportModel } from "../core/report/model";
import type { RawWorkbook, RunOptions } from "../core/types";
import { validateWorkbook } from "../core/validate/validateWorkbook";
import type { ParsedFile } from "../io/browser/parseProtocol";

/** Validates sheets read from the open workbook (already plain data: no worker needed). */
export function validateOwnSheets(workbook: RawWorkbook, options: RunOptions, order: number): ParsedFile {
  return validateWorkbook(workbook, options, order);
}

/** Consolidates every file read so far. */
export function consolidateAll(results: readonly ParsedFile[], options: RunOptions): Consolidation {
  return consolidate(results, options);
}

/** The report model for a year (or all years). */
export function buildModel(c: Consolidation, options: RunOptions, year: number | null): ReportModel {
  return buildReportModel(c, options, year === null ? {} : { year });
}
