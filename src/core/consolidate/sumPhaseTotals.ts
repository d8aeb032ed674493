import { eachCombination } from "../catalogue/eachCombination";
import { compositeKey } from "../_lib/compositeKey";
import { combinationKey } from "../catalogue/combinationKey";
import type { RunOptions } from "../types";
import type { PhaseTotalRow, TotalRow } from "./types";

/**
 * Phase totals from yearly totals: `new` is summed over the phase's years; `cumulative` is that of
 * the phase's last year, or of its latest year with data when the last year has none yet (named in
 * `cumulativeYear`). Cumulative counts are never added across years.
 *
 * @param totals - yearly totals (years without data are absent)
 * @param phases - inclusive year ranges
 * @returns one row per phase and (field, level, type), in phase then canonical order
 * @example
 * sumPhaseTotals(totals, [{ from: 2016, to: 2020 }])[0]?.cumulativeYear //=> 2020
 */
export function sumPhaseTotals(totals: readonly TotalRow[], phases: RunOptions["phases"]): PhaseTotalRow[] {
  const byKey = new Map<string, TotalRow>(
    totals.map((t) => [compositeKey(t.year, combinationKey(t.field, t.level, t.type)), t]),
  );
  const yearsWithData = [...new Set(totals.map((t) => t.year))];
  const rows: PhaseTotalRow[] = [];
  for (const { from, to } of phases) {
    const inPhase = yearsWithData.filter((y) => y >= from && y <= to);
    const lastYear = inPhase.length > 0 ? Math.max(...inPhase) : null;
    for (const { field, level, type } of eachCombination()) {
      const added = inPhase.reduce(
        (sum, y) => sum + (byKey.get(compositeKey(y, combinationKey(field, level, type)))?.new ?? 0),
        0,
      );
      const cumulative =
        lastYear === null
          ? 0
          : (byKey.get(compositeKey(lastYear, combinationKey(field, level, type)))?.cumulative ?? 0);
      rows.push({ from, to, field, level, type, new: added, cumulative, cumulativeYear: lastYear });
    }
  }
  return rows;
}
