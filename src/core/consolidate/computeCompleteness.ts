import { unitYearKey } from "../_lib/unitYearKey";
import type { RunOptions, Submission } from "../types";
import type { CompletenessRow, CompletenessState, UnitSummary } from "./types";

function pad(n: number): string {
  return String(n).padStart(2, "0");
}

/** The state of one unit-year from its submissions, or null when it sent none. */
function stateOf(list: readonly Submission[], deadline: string): CompletenessState | null {
  const counted = list.filter((s) => s.status !== "rejected");
  if (counted.length > 0) {
    // On time when any counted report is dated on or before the deadline; an undated report cannot be shown late.
    return counted.some((s) => s.reportDate === null || s.reportDate <= deadline) ? "on-time" : "late";
  }
  return list.length > 0 ? "rejected" : null;
}

/**
 * Completeness per unit × year: `on-time` (an accepted report dated on or before the deadline, or
 * undated), `late` (accepted, but every accepted report is dated after the deadline), `rejected`
 * (only rejected reports), `missing` (nothing, in a year the unit had to report). A unit-year the unit
 * did not have to report appears only when it sent something anyway.
 *
 * @param submissions - every submission, statuses final
 * @param unitOf - unit key per submission id
 * @param units - the units with the years each had to report
 * @param options - years and deadline
 * @returns rows by unit (in `units` order) then year
 * @example
 * computeCompleteness([], new Map(), [{ key: "code:X", code: "X", name: "Xã X", inRegistry: true, expectedYears: [2024] }], options)
 * //=> [{ unitCode: "X", unitName: "Xã X", year: 2024, state: "missing" }]
 */
export function computeCompleteness(
  submissions: readonly Submission[],
  unitOf: ReadonlyMap<string, string | null>,
  units: readonly UnitSummary[],
  options: Pick<RunOptions, "years" | "deadline">,
): CompletenessRow[] {
  const bySlot = new Map<string, Submission[]>();
  for (const s of submissions) {
    const unit = unitOf.get(s.id);
    if (!unit || s.year === null) continue;
    const slot = unitYearKey(unit, s.year);
    bySlot.set(slot, [...(bySlot.get(slot) ?? []), s]);
  }
  const rows: CompletenessRow[] = [];
  for (const unit of units) {
    const expected = new Set(unit.expectedYears);
    for (let year = options.years.from; year <= options.years.to; year++) {
      const deadline = `${String(year).padStart(4, "0")}-${pad(options.deadline.month)}-${pad(options.deadline.day)}`;
      const state =
        stateOf(bySlot.get(unitYearKey(unit.key, year)) ?? [], deadline) ?? (expected.has(year) ? "missing" : null);
      if (state) rows.push({ unitCode: unit.code, unitName: unit.name, year, state });
    }
  }
  return rows;
}
