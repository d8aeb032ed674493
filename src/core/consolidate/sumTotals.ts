import { eachCombination } from "../catalogue/eachCombination";
import { compositeKey } from "../_lib/compositeKey";
import { combinationKey } from "../catalogue/combinationKey";
import type { CountEntry, Submission } from "../types";
import { sumMeasures } from "./sumMeasures";
import type { TotalRow } from "./types";

/**
 * Sums the counts of the winning submissions per year and (field, level, type): `new` = Σ new and
 * `cumulative` = Σ cumulative of that year's submissions only — cumulative counts are never added
 * across years. Every year with a winner gets every combination (zeros included), in canonical order.
 * An unknown count is never taken as 0: a sum with no known count is null, one with some is marked
 * `partial` (see `sumMeasures`).
 *
 * @param winners - the accepted, non-superseded submissions (one per unit and year)
 * @returns the total rows, by year then field, level and type
 * @example
 * sumTotals([a2024, b2024]).find((t) => t.field === "kinh-te" && t.level === "xa" && t.type === "tap-the")?.new //=> a + b
 */
export function sumTotals(winners: Iterable<Submission>): TotalRow[] {
  const parts = new Map<string, CountEntry[]>();
  const years = new Set<number>();
  for (const s of winners) {
    if (s.year === null) continue;
    years.add(s.year);
    for (const e of s.entries) {
      const key = compositeKey(s.year, combinationKey(e.field, e.level, e.type));
      parts.set(key, [...(parts.get(key) ?? []), e]);
    }
  }
  const rows: TotalRow[] = [];
  for (const year of [...years].sort((a, b) => a - b)) {
    for (const { field, level, type } of eachCombination()) {
      const sum = sumMeasures(parts.get(compositeKey(year, combinationKey(field, level, type))) ?? []);
      rows.push({ year, field, level, type, ...sum });
    }
  }
  return rows;
}
