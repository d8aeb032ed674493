import { eachCombination } from "../catalogue/eachCombination";
import { compositeKey } from "../_lib/compositeKey";
import { combinationKey } from "../catalogue/combinationKey";
import type { MeasureCode, RunOptions } from "../types";
import { sumMeasures } from "./sumMeasures";
import type { PhaseTotalRow, TotalRow } from "./types";

/**
 * Phase totals from yearly totals: `new` is summed over the phase's years; `cumulative` is that of
 * the phase's last year, or of its latest year with data when the last year has none yet (named in
 * `cumulativeYear`). Cumulative counts are never added across years. Unknown stays unknown: a year's
 * unknown or partial new makes the phase's new partial (or null when no year's is known), and the
 * cumulative keeps its year's state.
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
      const yearly = inPhase.flatMap((y) => byKey.get(compositeKey(y, combinationKey(field, level, type))) ?? []);
      const added = sumMeasures(yearly.map((t) => ({ new: t.new, cumulative: 0, partial: t.partial })));
      const last =
        lastYear === null ? undefined : byKey.get(compositeKey(lastYear, combinationKey(field, level, type)));
      const partial: MeasureCode[] = [
        ...(added.partial?.includes("new") ? (["new"] as const) : []),
        ...(last?.partial?.includes("cumulative") ? (["cumulative"] as const) : []),
      ];
      rows.push({
        from,
        to,
        field,
        level,
        type,
        new: added.new,
        cumulative: last ? last.cumulative : 0,
        ...(partial.length > 0 ? { partial } : {}),
        cumulativeYear: lastYear,
      });
    }
  }
  return rows;
}
