import type { FieldCode, Issue, LevelCode, MeasureCounts, Submission, TypeCode } from "../types";

/**
 * Consolidated counts of one year and one (field, level, type): sums over the year's accepted submissions
 * (`sumMeasures`): null when every count was unknown; listed in `partial` when some were (a lower bound).
 */
export interface TotalRow extends MeasureCounts {
  readonly year: number;
  readonly field: FieldCode;
  readonly level: LevelCode;
  readonly type: TypeCode;
}

/**
 * Counts of one phase (e.g. 2016–2020) and one (field, level, type): `new` summed over the phase's
 * years; `cumulative` that of `cumulativeYear`, the phase's last year with data (never a sum over years).
 * Unknown and partial as in `TotalRow`.
 */
export interface PhaseTotalRow extends MeasureCounts {
  readonly from: number;
  readonly to: number;
  readonly field: FieldCode;
  readonly level: LevelCode;
  readonly type: TypeCode;
  /** The year whose cumulative is shown (the phase's last year, or its latest year with data); null when the phase has no data. */
  readonly cumulativeYear: number | null;
}

/** Reporting state of one unit in one year. */
export type CompletenessState = "on-time" | "late" | "missing" | "rejected";

export interface CompletenessRow {
  readonly unitCode: string | null;
  readonly unitName: string;
  readonly year: number;
  readonly state: CompletenessState;
}

/** One unit taking part in the consolidation (seen in a submission or listed in the registry). */
export interface UnitSummary {
  /** Identity key: `code:<code>` or `name:<match key>`. */
  readonly key: string;
  readonly code: string | null;
  readonly name: string;
  readonly kind?: string;
  readonly inRegistry: boolean;
  /** Registry codes of the units that took this one over (mergers), when the registry names any. */
  readonly successors?: readonly string[];
  /** Years (within the run's range) the unit had to report: every year, or its registry validity years. */
  readonly expectedYears: readonly number[];
}

/** One unit's accepted counts for one year and one (field, level, type): the per-unit time series. */
export interface SeriesPoint extends TotalRow {
  readonly unitKey: string;
  /** The winning submission the numbers come from. */
  readonly submissionId: string;
}

/** Everything consolidation produces; plain data (JSON-safe). */
export interface Consolidation {
  /** Every submission, with status updated (`superseded`) and consolidation issues added. */
  readonly submissions: readonly Submission[];
  /** Every issue: file-level, per submission, and consolidation (superseded, time series, unknown unit). */
  readonly issues: readonly Issue[];
  /** Per year with at least one accepted submission, every (field, level, type). */
  readonly totals: readonly TotalRow[];
  /** Per phase in the options, every (field, level, type). */
  readonly phaseTotals: readonly PhaseTotalRow[];
  readonly completeness: readonly CompletenessRow[];
  readonly units: readonly UnitSummary[];
  /** The run's years, ascending (options.years). */
  readonly years: readonly number[];
  readonly series: readonly SeriesPoint[];
  /** Unit identity key of each submission id (null when the submission names no unit). */
  readonly unitOf: Readonly<Record<string, string | null>>;
}
