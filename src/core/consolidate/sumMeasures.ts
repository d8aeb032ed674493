import type { Count, MeasureCode, MeasureCounts } from "../types";

/** One measure's running sum: the known part, how many counts were known, and whether any was unknown. */
interface Running {
  sum: number;
  known: number;
  unknown: boolean;
}

function add(running: Running, count: Count, partial: boolean): void {
  if (count === null) running.unknown = true;
  else {
    running.sum += count;
    running.known += 1;
    if (partial) running.unknown = true;
  }
}

/**
 * Sums new and cumulative counts that may be unknown. Per measure: the sum of the known counts, null when
 * every count is unknown, and listed in `partial` when some known and some unknown counts were summed (or a
 * part was itself partial), so the number is a lower bound. No parts sum to a known 0. Unknown is never
 * counted as 0. Cumulative counts are summed only within one year (callers never pass several years').
 *
 * @param parts - counts as reported (entries) or already summed (totals, which may carry `partial`)
 * @returns the sums, with `partial` only when some measure is partial
 * @example
 * sumMeasures([{ new: 2, cumulative: 12 }, { new: null, cumulative: 5 }]) //=> { new: 2, cumulative: 17, partial: ["new"] }
 * sumMeasures([{ new: null, cumulative: 5 }]) //=> { new: null, cumulative: 5 }
 * sumMeasures([]) //=> { new: 0, cumulative: 0 }
 */
export function sumMeasures(parts: Iterable<MeasureCounts>): MeasureCounts {
  const fresh: Running = { sum: 0, known: 0, unknown: false };
  const cumulative: Running = { sum: 0, known: 0, unknown: false };
  let count = 0;
  for (const part of parts) {
    count += 1;
    add(fresh, part.new, part.partial?.includes("new") ?? false);
    add(cumulative, part.cumulative, part.partial?.includes("cumulative") ?? false);
  }
  const value = (r: Running): Count => (count > 0 && r.known === 0 ? null : r.sum);
  const partial: MeasureCode[] = [];
  if (fresh.unknown && fresh.known > 0) partial.push("new");
  if (cumulative.unknown && cumulative.known > 0) partial.push("cumulative");
  return { new: value(fresh), cumulative: value(cumulative), ...(partial.length > 0 ? { partial } : {}) };
}
