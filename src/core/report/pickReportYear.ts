import type { Consolidation } from "../consolidate/types";

/**
 * The year the summary shows: the one asked for, else the latest year with accepted data, else the
 * last year of the run.
 *
 * @param c - the consolidation
 * @param year - the year asked for, if any
 * @returns the year to show
 * @example
 * pickReportYear(consolidation) //=> 2024 (latest year with totals)
 */
export function pickReportYear(c: Consolidation, year?: number): number {
  if (year !== undefined) return year;
  const withData = c.totals.map((t) => t.year);
  if (withData.length > 0) return Math.max(...withData);
  return c.years[c.years.length - 1] ?? 0;
}
