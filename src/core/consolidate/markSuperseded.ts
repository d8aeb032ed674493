import { unitYearKey } from "../_lib/unitYearKey";
import { compareRecency } from "../_lib/compareRecency";
import { makeIssue } from "../issues/makeIssue";
import type { Submission } from "../types";

/** Result of choosing one accepted submission per (unit, year). */
export interface SupersedeResult {
  /** The submissions in input order; the losers now have status `superseded` and a `superseded-submission` issue. */
  readonly submissions: readonly Submission[];
  /** The winning submission per `unitKey|year`. */
  readonly winners: ReadonlyMap<string, Submission>;
}

/**
 * Keeps the latest accepted submission of each (unit, year) — `compareRecency`: report date, then order — and
 * marks the other accepted ones `superseded`, each with an info issue naming the winner
 * (`source#sheet`). Rejected submissions never take part, so they never replace an accepted one.
 *
 * @param submissions - every submission of the run
 * @param unitOf - unit key per submission id
 * @returns the updated submissions (new objects; inputs untouched) and the winners
 * @example
 * markSuperseded([older, newer], unitOf).submissions.map((s) => s.status) //=> ["superseded", "accepted"]
 */
export function markSuperseded(
  submissions: readonly Submission[],
  unitOf: ReadonlyMap<string, string | null>,
): SupersedeResult {
  const winners = new Map<string, Submission>();
  for (const s of submissions) {
    const unit = unitOf.get(s.id);
    if (s.status !== "accepted" || !unit || s.year === null) continue;
    const slot = unitYearKey(unit, s.year);
    const current = winners.get(slot);
    if (!current || compareRecency(s, current) > 0) winners.set(slot, s);
  }
  const updated = submissions.map((s) => {
    const unit = unitOf.get(s.id);
    if (s.status !== "accepted" || !unit || s.year === null) return s;
    const winner = winners.get(unitYearKey(unit, s.year));
    if (!winner || winner === s) return s;
    const issue = makeIssue(
      "superseded-submission",
      { source: s.source, sheet: s.sheet },
      { year: s.year, unit: s.unitName ?? s.unitCode ?? "", winner: winner.id },
    );
    return { ...s, status: "superseded" as const, issues: [...s.issues, issue] };
  });
  return { submissions: updated, winners };
}
