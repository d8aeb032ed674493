import type { RunOptions } from "../types";
import type { UnitRecord } from "./types";

function pad(n: number): string {
  return String(n).padStart(2, "0");
}

/**
 * Tells whether a registry unit had to report for a year: it existed on that year's reporting
 * deadline. Using the deadline (not "any day of the year") means a commune merged away on 1/7/2025
 * is not expected to file the 2025 report, while its successor is.
 *
 * @param unit - the registry unit (validFrom/validTo inclusive, either may be absent)
 * @param year - the report year
 * @param deadline - day and month of the yearly deadline
 * @returns true when the unit existed on the deadline of `year`
 * @example
 * isUnitExpected({ code: "X1", name: "Xã A", validTo: "2025-06-30" }, 2025, { day: 30, month: 10 }) //=> false
 */
export function isUnitExpected(unit: UnitRecord, year: number, deadline: RunOptions["deadline"]): boolean {
  const day = `${String(year).padStart(4, "0")}-${pad(deadline.month)}-${pad(deadline.day)}`;
  if (unit.validFrom && unit.validFrom > day) return false;
  if (unit.validTo && unit.validTo < day) return false;
  return true;
}
