import { makeIssue } from "../../issues/makeIssue";
import type { CountCell, ParsedSheet } from "../../parse/types";
import type { Issue } from "../../types";
import { type Rule, issueAt } from "../rule";

/** The issue (if any) one count cell deserves. */
function judgeCell(parsed: ParsedSheet, { cell, read }: CountCell): Issue | null {
  const where = issueAt(parsed, cell);
  if (read.kind === "formula-error") return makeIssue("formula-error", where, { value: read.error });
  if (read.kind === "not-a-number") return makeIssue("not-a-number", where, { value: read.text });
  if (read.kind !== "number") return null;
  if (read.value < 0) return makeIssue("negative-count", where, { value: read.text ?? read.value });
  if (!Number.isInteger(read.value)) return makeIssue("fractional-count", where, { value: read.text ?? read.value });
  // A CSV stores every number as text, so only a count written with words ("12 mô hình") is worth the note there.
  if (read.text !== undefined && (!parsed.untyped || /\p{L}/u.test(read.text)))
    return makeIssue("number-as-text", where, { value: read.text, number: read.value });
  return null;
}

/** Detail cells that stand for their parent: where the parent cell is empty (or took their sum). */
function countingDetailCells(parsed: ParsedSheet): CountCell[] {
  const cells: CountCell[] = [];
  for (const group of parsed.table.details) {
    const summed = new Set(group.summed.map((s) => s.cell));
    for (const [col, parent] of group.parent.counts) {
      if (parent.read.kind !== "blank" && !summed.has(parent.cell)) continue;
      for (const row of group.rows) {
        const count = row.counts.get(col);
        if (count) cells.push(count);
      }
    }
  }
  return cells;
}

/** On the total row only unreadable cells count: a negative or fractional sum repeats a row's error. */
function judgeTotalCell(parsed: ParsedSheet, count: CountCell): Issue | null {
  const issue = judgeCell(parsed, count);
  return issue && (issue.code === "negative-count" || issue.code === "fractional-count") ? null : issue;
}

/**
 * Count-cell rule: every count cell of the data rows holds a whole, non-negative number, and the
 * total row holds numbers; text that reads as a number is accepted and noted (info). Detail cells
 * are judged where they stand for an empty parent cell.
 *
 * @example
 * countCells.check(parsedWith("khoảng 12" at "D9"), defaultOptions(2025))[0] //=> not-a-number at D9
 */
export const countCells: Rule = {
  id: "count-cells",
  codes: ["formula-error", "not-a-number", "negative-count", "fractional-count", "number-as-text"],
  check(parsed) {
    const issues: Issue[] = [];
    for (const row of parsed.table.rows) {
      for (const count of row.counts.values()) {
        const issue = judgeCell(parsed, count);
        if (issue) issues.push(issue);
      }
    }
    for (const count of parsed.table.total?.counts.values() ?? []) {
      const issue = judgeTotalCell(parsed, count);
      if (issue) issues.push(issue);
    }
    for (const count of countingDetailCells(parsed)) {
      const issue = judgeCell(parsed, count);
      if (issue) issues.push(issue);
    }
    return issues;
  },
};
