import type { Consolidation } from "../consolidate/types";
import type { RunOptions } from "../types";
import { buildDataSheet } from "./buildDataSheet";
import { buildIssuesSheet } from "./buildIssuesSheet";
import { buildProgressSheet } from "./buildProgressSheet";
import { buildSummarySheet } from "./buildSummarySheet";
import { buildTrendSheet } from "./buildTrendSheet";
import type { ReportModel } from "../sheet/model";
import { pickReportYear } from "./pickReportYear";

/** What the report shows: the summary year (default: latest with data) and the import time for "Dữ liệu". */
export interface ReportView {
  readonly year?: number;
  /** ISO timestamp written as the import time of the stored rows; blank when absent (core has no clock). */
  readonly now?: string;
  /** Sources whose sheets are in the workbook written to: only their issues are linked in "Kiểm tra" (default: all). */
  readonly linkSources?: readonly string[];
}

/**
 * Builds the whole report as plain data, in tab order: "Tổng hợp", "Xu hướng" (with its charts),
 * "Kiểm tra", "Tiến độ nộp", "Dữ liệu". Every renderer (the Office add-in, the Node xlsx writer, the HTML
 * preview) draws this same model.
 *
 * @param c - the consolidation
 * @param options - run options (phases, deadline)
 * @param view - optional year to summarise and import time
 * @returns the report model
 * @example
 * buildReportModel(c, defaultOptions(2026)).sheets.map((s) => s.name)
 * //=> ["Tổng hợp", "Xu hướng", "Kiểm tra", "Tiến độ nộp", "Dữ liệu"]
 */
export function buildReportModel(c: Consolidation, options: RunOptions, view: ReportView = {}): ReportModel {
  const trend = buildTrendSheet(c);
  return {
    sheets: [
      buildSummarySheet(c, options, pickReportYear(c, view.year)),
      trend.sheet,
      buildIssuesSheet(c, view.linkSources),
      buildProgressSheet(c, options),
      buildDataSheet(c, view.now),
    ],
    charts: trend.charts,
  };
}
