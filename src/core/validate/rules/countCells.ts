import { makeIssue } from "../../issues/makeIssue";
import type { CountCell, ParsedSheet } from "../../parse/types";
import type { Issue } from "../../types";
import { type Rule, at } from "../rule";

/** The issue (if any) one count cell deserves. */
function judgeCell(parsed: ParsedSheet, { cell, read }: CountCell): Issue | null {
  const where = at(parsed, cell);
  if (read.kind === "formula-error") return makeIssue("formula-error", where, { value: read.error });
  if (read.kind === "not-a-number") return makeIssue("not-a-number", where, { value: read.text });
  if (read.kind !== "number") return null;
  if (read.value < 0) return makeIssue("negative-count", where, { value: read.text ?? read.value });
  if (!Number.isInteger(read.value)) return makeIssue("fractional-count", where, { value: read.text ?? read.value });
  if (read.text !== undefined) return makeIssue("number-as-text", where, { value: read.text, number: read.value });
  return null;
}

/**
 * Count-cell rule: every count cell of the data rows and the total row holds a whole, non-negative
 * number; text that reads as a number is accepted and noted (info).
 *
 * @example
 * countCells.check(parsedWith("12 mô hình" at "D9"), DEFAULT_OPTIONS)[0] //=> not-a-number at D9
 */
export const countCells: Rule = {
  id: "count-cells",
  codes: ["formula-error", "not-a-number", "negative-count", "fractional-count", "number-as-text"],
  check(parsed) {
    const rows = parsed.table.total ? [...parsed.table.rows, parsed.table.total] : parsed.table.rows;
    const issues: Issue[] = [];
    for (const row of rows) {
      for (const count of row.counts.values()) {
        const issue = judgeCell(parsed, count);
        if (issue) issues.push(issue);
      }
    }
    return issues;
  },
};
