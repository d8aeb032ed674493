import type { Issue, WorkbookResult } from "../../core";

/**
 * The result of a file that produced no submissions: only file-level issues.
 *
 * @param source - the file as given
 * @param issues - the file-level issues
 * @returns a WorkbookResult with no submissions
 * @example
 * fileFailure("a.xlsx", [issue]).submissions //=> []
 */
export function fileFailure(source: string, issues: Issue[]): WorkbookResult {
  return { source, submissions: [], issues };
}
