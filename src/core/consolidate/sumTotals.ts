import { eachCombination } from "../catalogue/eachCombination";
import { compositeKey } from "../_lib/compositeKey";
import { combinationKey } from "../catalogue/combinationKey";
import type { Submission } from "../types";
import type { TotalRow } from "./types";

/**
 * Sums the counts of the winning submissions per year and (field, level, type): `new` = Σ new and
 * `cumulative` = Σ cumulative of that year's submissions only — cumulative counts are never added
 * across years. Every year with a winner gets every combination (zeros included), in canonical order.
 *
 * @param winners - the accepted, non-superseded submissions (one per unit and year)
 * @returns the total rows, by year then field, level and type
 * @example
 * sumTotals([a2024, b2024]).find((t) => t.field === "kinh-te" && t.level === "xa" && t.type === "tap-the")?.new //=> a + b
 */
export function sumTotals(winners: Iterable<Submission>): TotalRow[] {
  const sums = new Map<string, { new: number; cumulative: number }>();
  const years = new Set<number>();
  for (const s of winners) {
    if (s.year === null) continue;
    years.add(s.year);
    for (const e of s.entries) {
      const key = compositeKey(s.year, combinationKey(e.field, e.level, e.type));
      const sum = sums.get(key) ?? { new: 0, cumulative: 0 };
      sums.set(key, { new: sum.new + e.new, cumulative: sum.cumulative + e.cumulative });
    }
  }
  const rows: TotalRow[] = [];
  for (const year of [...years].sort((a, b) => a - b)) {
    for (const { field, level, type } of eachCombination()) {
      const sum = sums.get(compositeKey(year, combinationKey(field, level, type))) ?? { new: 0, cumulative: 0 };
      rows.push({ year, field, level, type, new: sum.new, cumulative: sum.cumulative });
    }
  }
  return rows;
}
