import { combinationKey } from "../catalogue/combinationKey";
import { FIELDS, LEVELS, TYPES, labelText } from "../catalogue/dimensions";
import { makeIssue } from "../issues/makeIssue";
import type { CountEntry, Issue, Submission } from "../types";

function entryKey(e: CountEntry): string {
  return combinationKey(e.field, e.level, e.type);
}

/** Compares one year's entries with the previous year's and returns the warnings. */
function compareYears(current: Submission, previous: Submission): Issue[] {
  const before = new Map(previous.entries.map((e) => [entryKey(e), e]));
  const issues: Issue[] = [];
  for (const e of current.entries) {
    const p = before.get(entryKey(e));
    // An unknown count is compared with nothing: it is not 0.
    if (!p || e.cumulative === null || p.cumulative === null) continue;
    const where = { source: current.source, sheet: current.sheet, cell: e.cells.cumulative };
    const labels = {
      field: labelText(FIELDS, e.field),
      level: labelText(LEVELS, e.level),
      type: labelText(TYPES, e.type),
    };
    const years = { year: current.year ?? 0, previousYear: previous.year ?? 0 };
    if (e.cumulative < p.cumulative) {
      issues.push(
        makeIssue("cumulative-decreased", where, {
          ...labels,
          ...years,
          cumulative: e.cumulative,
          previous: p.cumulative,
        }),
      );
    } else if (e.new !== null && e.cumulative > p.cumulative + e.new) {
      issues.push(
        makeIssue("cumulative-jump", where, {
          ...labels,
          ...years,
          cumulative: e.cumulative,
          expected: p.cumulative + e.new,
        }),
      );
    }
  }
  return issues;
}

/**
 * Time-series checks of each unit across its accepted years: per (field, level, type), the cumulative
 * count must not fall below last year's (`cumulative-decreased`) nor exceed last year's plus this
 * year's new (`cumulative-jump`). A year is compared only with the previous accepted year when that
 * is exactly one year earlier; a gap is not guessed across, and an unknown count is compared with nothing.
 *
 * @param winners - the winning submission of each (unit, year)
 * @param unitOf - unit key per submission id
 * @returns warnings per submission id (the later year's submission)
 * @example
 * checkCumulativeSeries([s2023, s2024], unitOf).get(s2024.id)?.[0]?.code //=> "cumulative-decreased"
 */
export function checkCumulativeSeries(
  winners: Iterable<Submission>,
  unitOf: ReadonlyMap<string, string | null>,
): Map<string, Issue[]> {
  const byUnit = new Map<string, Submission[]>();
  for (const s of winners) {
    const unit = unitOf.get(s.id);
    if (!unit || s.year === null) continue;
    byUnit.set(unit, [...(byUnit.get(unit) ?? []), s]);
  }
  const found = new Map<string, Issue[]>();
  for (const list of byUnit.values()) {
    const sorted = [...list].sort((a, b) => (a.year ?? 0) - (b.year ?? 0));
    for (let i = 1; i < sorted.length; i++) {
      const current = sorted[i];
      const previous = sorted[i - 1];
      if (!current || !previous || current.year !== (previous.year ?? 0) + 1) continue;
      const issues = compareYears(current, previous);
      if (issues.length > 0) found.set(current.id, issues);
    }
  }
  return found;
}
