import { FIELD_CODES, LEVEL_CODES, TYPE_CODES } from "../catalogue/dimensions";
import type { FieldCode, LevelCode, MeasureCounts, TypeCode } from "../types";
import { sumMeasures } from "./sumMeasures";
import { sumUnitSeries, type UnitYearRow } from "./sumUnitSeries";
import type { CompletenessState, Consolidation, PhaseTotalRow, TotalRow } from "./types";

/**
 * New models of the period and the stock (cumulative) at its end. Cumulative counts are never added across
 * years. Null when unknown; `partial` names a measure that left out unknown counts (a lower bound).
 */
export type TrendCounts = MeasureCounts;

/** One year's counts summed over the other dimensions: by field, by level, by type, and in all. */
export interface TrendBreakdown {
  readonly byField: Readonly<Record<FieldCode, TrendCounts>>;
  readonly byLevel: Readonly<Record<LevelCode, TrendCounts>>;
  readonly byType: Readonly<Record<TypeCode, TrendCounts>>;
  readonly total: TrendCounts;
}

/** One year of the trend. */
export interface TrendYear {
  readonly year: number;
  /** The year's counts; null when no accepted report came in (blank in the sheet, left off the charts). */
  readonly counts: TrendBreakdown | null;
  /** How complete the year is: units per reporting state (a unit-year not expected and not sent is not counted). */
  readonly completeness: Readonly<Record<CompletenessState, number>>;
}

/** One phase (giai đoạn) by field: new summed over its years, cumulative of its last year with data. */
export interface TrendPhase {
  readonly from: number;
  readonly to: number;
  readonly byField: Readonly<Record<FieldCode, TrendCounts>>;
  /** The year whose cumulative is shown; null when the phase has no data. */
  readonly cumulativeYear: number | null;
}

/** Everything the trend views show: the "Xu hướng" sheet, the pane's charts and summaries, the CLI summary. */
export interface TrendSeries {
  /** The run's years up to the last year with data (every year of the run when none has data), ascending. */
  readonly years: readonly TrendYear[];
  /** The consolidation's phases, in order. */
  readonly phases: readonly TrendPhase[];
  /** Cumulative per unit as reported, and re-based on today's units (null when the registry records no merger). */
  readonly units: { readonly reported: readonly UnitYearRow[]; readonly rebased: readonly UnitYearRow[] | null };
}

type Row = Pick<TotalRow, "field" | "level" | "type" | "new" | "cumulative" | "partial">;

/** Sums `new` and `cumulative` of `rows` per code of one dimension (`sumMeasures`: unknown stays unknown). */
function sumBy<C extends string>(
  rows: readonly Row[],
  codes: readonly C[],
  codeOf: (row: Row) => C,
): Record<C, TrendCounts> {
  return Object.fromEntries(
    codes.map((code) => [code, sumMeasures(rows.filter((row) => codeOf(row) === code))]),
  ) as Record<C, TrendCounts>;
}

/** One year's breakdown, or null when the year has no totals. */
function breakdownOf(rows: readonly TotalRow[] | undefined): TrendBreakdown | null {
  if (!rows) return null;
  const total = sumMeasures(rows);
  return {
    byField: sumBy(rows, FIELD_CODES, (t) => t.field),
    byLevel: sumBy(rows, LEVEL_CODES, (t) => t.level),
    byType: sumBy(rows, TYPE_CODES, (t) => t.type),
    total,
  };
}

/** Units per completeness state in `year`. */
function completenessOf(c: Consolidation, year: number): Record<CompletenessState, number> {
  const counts: Record<CompletenessState, number> = { "on-time": 0, late: 0, rejected: 0, missing: 0 };
  for (const row of c.completeness) if (row.year === year) counts[row.state] += 1;
  return counts;
}

/** The phases of the phase totals, in order, each summed by field. */
function phasesOf(rows: readonly PhaseTotalRow[]): TrendPhase[] {
  const byPhase = new Map<string, PhaseTotalRow[]>();
  for (const row of rows) byPhase.set(`${row.from}-${row.to}`, [...(byPhase.get(`${row.from}-${row.to}`) ?? []), row]);
  return [...byPhase.values()].map((list) => {
    const first = list[0] as PhaseTotalRow;
    return {
      from: first.from,
      to: first.to,
      byField: sumBy(list, FIELD_CODES, (t) => t.field),
      cumulativeYear: first.cumulativeYear,
    };
  });
}

/**
 * The trend of a consolidation, computed once for every view of it: for each year of the run up to the last
 * year with data (a year before it without data stays, with null counts, so a year not reported yet adds no
 * empty category) the counts by field, level and type (new per year; cumulative as that year's stock, never
 * added across years) and how complete the year is; the phases by field; the per-unit cumulative series as
 * reported and re-based on today's units.
 *
 * @param c - the consolidation
 * @returns the series
 * @example
 * buildTrendSeries(c).years.map((y) => y.counts?.total.cumulative ?? null) //=> [12, null, 30] for 2016–2018 with 2017 unreported
 */
export function buildTrendSeries(c: Consolidation): TrendSeries {
  const byYear = new Map<number, TotalRow[]>();
  for (const t of c.totals) byYear.set(t.year, [...(byYear.get(t.year) ?? []), t]);
  const last = c.years.filter((y) => byYear.has(y)).pop();
  const years = last === undefined ? c.years : c.years.filter((y) => y <= last);
  const mergers = c.units.some((u) => (u.successors?.length ?? 0) > 0);
  return {
    years: years.map((year) => ({
      year,
      counts: breakdownOf(byYear.get(year)),
      completeness: completenessOf(c, year),
    })),
    phases: phasesOf(c.phaseTotals),
    units: { reported: sumUnitSeries(c, false), rebased: mergers ? sumUnitSeries(c, true) : null },
  };
}
