/** Pure views of the run for the pane: submission rows, issues grouped by submission, phase totals. */
import {
  buildTrendSeries,
  type Consolidation,
  type FieldCode,
  type Issue,
  type MeasureCounts,
  type Severity,
  type Submission,
  type SubmissionStatus,
} from "../core";
import type { ParsedFile } from "../io/browser/parseProtocol";

/** One line of the submissions list. */
export interface SubmissionRow {
  readonly id: string;
  readonly source: string;
  readonly sheet: string;
  readonly unitName: string | null;
  readonly year: number | null;
  readonly status: SubmissionStatus;
  readonly errors: number;
  readonly warnings: number;
}

/** Issues of one submission (or of one file, when `sheet` is null). */
export interface IssueGroup {
  readonly key: string;
  readonly source: string;
  readonly sheet: string | null;
  readonly unitName: string | null;
  readonly year: number | null;
  readonly issues: readonly Issue[];
}

/** Every submission of the run: from the consolidation when there is one (it knows `superseded`), else as read. */
function allSubmissions(results: readonly ParsedFile[], consolidation: Consolidation | null): readonly Submission[] {
  return consolidation ? consolidation.submissions : results.flatMap((r) => r.submissions);
}

function countBy(issues: readonly Issue[], severity: Severity): number {
  return issues.filter((i) => i.severity === severity).length;
}

/**
 * Rows of the submissions list, in reading order.
 *
 * @param results - the files read
 * @param consolidation - the latest consolidation, if any
 * @returns one row per submission
 * @example
 * listSubmissions([], null) //=> []
 */
export function listSubmissions(results: readonly ParsedFile[], consolidation: Consolidation | null): SubmissionRow[] {
  return allSubmissions(results, consolidation).map((s) => ({
    id: s.id,
    source: s.source,
    sheet: s.sheet,
    unitName: s.unitName,
    year: s.year,
    status: s.status,
    errors: countBy(s.issues, "error"),
    warnings: countBy(s.issues, "warning"),
  }));
}

/**
 * Every issue of the run grouped by submission (file-level issues form a group with `sheet` null), filtered by
 * severity; groups without a matching issue are left out. Order: files in reading order, then sheets.
 *
 * @param results - the files read
 * @param consolidation - the latest consolidation, if any (adds superseded / series issues)
 * @param severity - "all" or one severity
 * @returns the groups
 * @example
 * groupIssues([], null, "all") //=> []
 */
export function groupIssues(
  results: readonly ParsedFile[],
  consolidation: Consolidation | null,
  severity: Severity | "all",
): IssueGroup[] {
  const submissions = allSubmissions(results, consolidation);
  const issues: Issue[] = consolidation
    ? [...consolidation.issues]
    : [...results.flatMap((r) => r.issues), ...submissions.flatMap((s) => s.issues)];
  const groups = new Map<string, { source: string; sheet: string | null; issues: Issue[] }>();
  const keyOf = (source: string, sheet: string | null): string => `${source}\u0000${sheet ?? ""}`;
  // Seed in reading order so groups come out in the order the files were given.
  for (const r of results) groups.set(keyOf(r.source, null), { source: r.source, sheet: null, issues: [] });
  for (const s of submissions) groups.set(keyOf(s.source, s.sheet), { source: s.source, sheet: s.sheet, issues: [] });
  const bySheet = new Map<string, Submission>();
  for (const s of submissions) if (!bySheet.has(keyOf(s.source, s.sheet))) bySheet.set(keyOf(s.source, s.sheet), s);
  const seen = new Set<Issue>();
  for (const issue of issues) {
    if (seen.has(issue) || (severity !== "all" && issue.severity !== severity)) continue;
    seen.add(issue);
    const key = keyOf(issue.source, issue.sheet);
    const group = groups.get(key) ?? { source: issue.source, sheet: issue.sheet, issues: [] };
    group.issues.push(issue);
    groups.set(key, group);
  }
  return [...groups.entries()]
    .filter(([, g]) => g.issues.length > 0)
    .map(([key, g]) => {
      const submission = g.sheet === null ? undefined : bySheet.get(key);
      return {
        key,
        source: g.source,
        sheet: g.sheet,
        unitName: submission?.unitName ?? null,
        year: submission?.year ?? null,
        issues: g.issues,
      };
    });
}

/** New and cumulative models of one field over a phase (null when unknown; `partial` when partly unknown). */
export interface PhaseFieldTotal extends MeasureCounts {
  readonly field: FieldCode;
}

/**
 * Totals of one phase by field (summed over levels and types), read from the trend series (`buildTrendSeries`)
 * the charts and the "Xu hướng" sheet read; zeros for a phase the consolidation does not hold. Unknown stays
 * null and partial stays marked, never 0.
 *
 * @param consolidation - the consolidation
 * @param phase - the phase's years
 * @param fields - field codes in display order
 * @returns one row per field
 * @example
 * sumPhaseByField(c, { from: 2016, to: 2020 }, ["kinh-te"]) //=> [{ field: "kinh-te", new: 12, cumulative: 30 }]
 */
export function sumPhaseByField(
  consolidation: Consolidation,
  phase: { from: number; to: number },
  fields: readonly FieldCode[],
): PhaseFieldTotal[] {
  const found = buildTrendSeries(consolidation).phases.find((p) => p.from === phase.from && p.to === phase.to);
  return fields.map((field) => ({ field, ...(found?.byField[field] ?? { new: 0, cumulative: 0 }) }));
}
