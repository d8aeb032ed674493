import { issueMessage, type Issue, type Lang, type Submission } from "../core";

/** One submission in the JSON output of `dvk validate` / `dvk consolidate`. */
export interface SubmissionJson {
  source: string;
  sheet: string;
  unitCode: string | null;
  unitName: string | null;
  year: number | null;
  reportDate: string | null;
  status: Submission["status"];
  errorCount: number;
  warningCount: number;
}

/** One issue in the JSON output, with its message rendered in the chosen language. */
export interface IssueJson {
  source: string;
  sheet: string | null;
  cell: string | null;
  code: string;
  severity: string;
  message: string;
}

/**
 * Shapes a submission for the JSON output.
 *
 * @param s - the submission
 * @returns the JSON row
 * @example
 * toSubmissionJson(submission).status //=> "accepted"
 */
export function toSubmissionJson(s: Submission): SubmissionJson {
  return {
    source: s.source,
    sheet: s.sheet,
    unitCode: s.unitCode,
    unitName: s.unitName,
    year: s.year,
    reportDate: s.reportDate,
    status: s.status,
    errorCount: s.issues.filter((i) => i.severity === "error").length,
    warningCount: s.issues.filter((i) => i.severity === "warning").length,
  };
}

/**
 * Shapes an issue for the JSON output.
 *
 * @param issue - the issue
 * @param lang - language of the message
 * @returns the JSON row
 * @example
 * toIssueJson(issue, "en").message
 */
export function toIssueJson(issue: Issue, lang: Lang): IssueJson {
  return {
    source: issue.source,
    sheet: issue.sheet,
    cell: issue.cell,
    code: issue.code,
    severity: issue.severity,
    message: issueMessage(issue, lang),
  };
}
