import type { Submission } from "../types";

/** What decides which of two versions of a unit-year is the later one. */
export type Recency = Pick<Submission, "reportDate" | "order">;

/**
 * "Later wins", the one rule of the store and the report: the later report date is the later
 * version (a missing date counts as earliest), then the higher order (the file given, or imported,
 * later). Equal dates and orders tie: the version already kept stays. A total order, so sorting by
 * it and keeping the last gives the same winner as comparing pair by pair.
 *
 * @param a - one version
 * @param b - the other
 * @returns a negative number when `a` is earlier, positive when later, 0 on a tie
 * @example
 * compareRecency({ reportDate: "2024-11-20", order: 0 }, { reportDate: null, order: 5 }) > 0 //=> true
 * compareRecency({ reportDate: "2024-11-20", order: 1 }, { reportDate: "2024-11-20", order: 0 }) > 0 //=> true
 */
export function compareRecency(a: Recency, b: Recency): number {
  const da = a.reportDate ?? "";
  const db = b.reportDate ?? "";
  if (da !== db) return da < db ? -1 : 1;
  return a.order - b.order;
}
