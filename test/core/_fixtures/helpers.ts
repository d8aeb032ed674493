import { defaultOptions } from "../../../src/core/options";
import type { Issue, RawSheet, RunOptions, Submission } from "../../../src/core/types";
import { validateWorkbook } from "../../../src/core/validate/validateWorkbook";

/** Validates one sheet as its own workbook and returns its only submission. */
export function submissionOf(
  sheet: RawSheet,
  options: RunOptions = defaultOptions(2025),
  source = "xa-thuong-lam.xlsx",
): Submission {
  const result = validateWorkbook({ source, sheets: [sheet] }, options);
  const submission = result.submissions[0];
  if (!submission || result.submissions.length !== 1)
    throw new Error(`expected one submission, got ${result.submissions.length}`);
  return submission;
}

/** Issues as [cell, code] tuples, in order. */
export function flatten(issues: readonly Issue[]): [string | null, string][] {
  return issues.map((i) => [i.cell, i.code]);
}

/** Issues of some codes only. */
export function only(issues: readonly Issue[], ...codes: string[]): [string | null, string][] {
  return flatten(issues.filter((i) => codes.includes(i.code)));
}

/** The numbers of a submission as plain tuples (field, level, type, new, cumulative). */
export function numbersOf(submission: Submission): [string, string, string, number | null, number | null][] {
  return submission.entries.map((e) => [e.field, e.level, e.type, e.new, e.cumulative]);
}
