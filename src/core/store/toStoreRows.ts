import type { Submission } from "../types";
import type { StoreRow, StoreRowStatus } from "./storeRow";

/**
 * Turns one submission into store rows, one per (field, level, type) entry.
 *
 * @param submission - a validated submission
 * @param status - "active" or "superseded"
 * @param now - ISO timestamp of this import (also the superseded time when `status` is "superseded")
 * @returns the rows, in the submission's entry order
 * @example
 * toStoreRows(submission, "active", "2025-01-05T08:00:00.000Z").length //=> submission.entries.length
 */
export function toStoreRows(submission: Submission, status: StoreRowStatus, now: string): StoreRow[] {
  return submission.entries.map((entry) => ({
    year: submission.year,
    unitCode: submission.unitCode,
    unitName: submission.unitName,
    field: entry.field,
    level: entry.level,
    type: entry.type,
    new: entry.new,
    cumulative: entry.cumulative,
    source: submission.source,
    sheet: submission.sheet,
    cellRange: submission.tableRange,
    reportDate: submission.reportDate,
    status,
    importedAt: now,
    supersededAt: status === "superseded" ? now : null,
  }));
}
