import { unitYearKey } from "../_lib/unitYearKey";
import type { Issue, RunOptions, Submission, WorkbookResult } from "../types";
import { isUnitExpected } from "../units/isUnitExpected";
import type { UnitRecord } from "../units/types";
import { checkCumulativeSeries } from "./checkCumulativeSeries";
import { computeCompleteness } from "./computeCompleteness";
import { markSuperseded } from "./markSuperseded";
import { resolveUnits, type ResolvedUnit } from "./resolveUnits";
import { sumPhaseTotals } from "./sumPhaseTotals";
import { sumTotals } from "./sumTotals";
import type { Consolidation, SeriesPoint, UnitSummary } from "./types";

function yearRange(options: RunOptions): number[] {
  const years: number[] = [];
  for (let y = options.years.from; y <= options.years.to; y++) years.push(y);
  return years;
}

/** The years a unit had to report: registry validity, or every year; units outside the registry only where they reported. */
function summarise(
  unit: ResolvedUnit,
  years: readonly number[],
  options: RunOptions,
  hasRegistry: boolean,
  reported: ReadonlySet<number>,
): UnitSummary {
  const expectedYears = unit.record
    ? years.filter((y) => isUnitExpected(unit.record as UnitRecord, y, options.deadline))
    : hasRegistry
      ? years.filter((y) => reported.has(y))
      : [...years];
  const summary = { key: unit.key, code: unit.code, name: unit.name, inRegistry: unit.record !== null, expectedYears };
  return {
    ...summary,
    ...(unit.record?.kind ? { kind: unit.record.kind } : {}),
    ...(unit.record?.successors && unit.record.successors.length > 0 ? { successors: unit.record.successors } : {}),
  };
}

function toSeries(winners: Iterable<Submission>, unitOf: ReadonlyMap<string, string | null>): SeriesPoint[] {
  const points: SeriesPoint[] = [];
  for (const s of winners) {
    const unitKey = unitOf.get(s.id);
    if (!unitKey || s.year === null) continue;
    for (const e of s.entries) {
      points.push({
        unitKey,
        year: s.year,
        field: e.field,
        level: e.level,
        type: e.type,
        new: e.new,
        cumulative: e.cumulative,
        submissionId: s.id,
      });
    }
  }
  return points.sort((a, b) => (a.unitKey < b.unitKey ? -1 : a.unitKey > b.unitKey ? 1 : a.year - b.year));
}

/**
 * Consolidates validated workbooks into one picture. Only accepted submissions count; per (unit, year)
 * the latest accepted one wins (report date, then order) and the others become `superseded`; totals
 * sum new and cumulative per year (cumulative never across years); phases sum new over their years
 * and take their last year's cumulative; each unit's series is checked year on year; completeness
 * covers every unit seen, or the registry when one is given. Pure: inputs are not changed.
 *
 * @param results - validated workbooks, in the order the files were given
 * @param options - years, deadline and phases
 * @param context - optional units registry
 * @returns the consolidation
 * @example
 * consolidate([validateWorkbook(book, defaultOptions(2026))], defaultOptions(2026)).totals.length //=> 60 per year with data
 */
export function consolidate(
  results: readonly WorkbookResult[],
  options: RunOptions,
  context?: { units?: readonly UnitRecord[] },
): Consolidation {
  const registry = context?.units;
  const all = results.flatMap((r) => r.submissions);
  const resolution = resolveUnits(all, registry);
  const { submissions: marked, winners } = markSuperseded(all, resolution.unitOf);
  const seriesIssues = checkCumulativeSeries(winners.values(), resolution.unitOf);
  const extra = (s: Submission): Issue[] => [
    ...(resolution.unknown.has(s.id) ? [resolution.unknown.get(s.id) as Issue] : []),
    ...(seriesIssues.get(s.id) ?? []),
  ];
  const submissions = marked.map((s) => {
    const more = extra(s);
    return more.length > 0 ? { ...s, issues: [...s.issues, ...more] } : s;
  });
  const finalWinners = submissions.filter(
    (s) => s.status === "accepted" && winners.get(unitYearKey(resolution.unitOf.get(s.id), s.year))?.id === s.id,
  );
  let index = 0;
  const issues = results.flatMap((r) => [
    ...r.issues,
    ...r.submissions.flatMap(() => submissions[index++]?.issues ?? []),
  ]);
  const years = yearRange(options);
  const reported = new Map<string, Set<number>>();
  for (const s of submissions) {
    const unit = resolution.unitOf.get(s.id);
    if (unit && s.year !== null) reported.set(unit, (reported.get(unit) ?? new Set()).add(s.year));
  }
  const registryUnits = resolution.units.filter((u) => u.record !== null);
  const seenUnits = resolution.units
    .filter((u) => u.record === null)
    .sort((a, b) => a.name.localeCompare(b.name, "vi"));
  const units = [...registryUnits, ...seenUnits].map((u) =>
    summarise(u, years, options, registry !== undefined, reported.get(u.key) ?? new Set()),
  );
  const totals = sumTotals(finalWinners);
  const unitOf: Record<string, string | null> = {};
  for (const [id, key] of resolution.unitOf) unitOf[id] = key;
  return {
    submissions,
    issues,
    totals,
    phaseTotals: sumPhaseTotals(totals, options.phases),
    completeness: computeCompleteness(submissions, resolution.unitOf, units, options),
    units,
    years,
    series: toSeries(finalWinners, resolution.unitOf),
    unitOf,
  };
}
