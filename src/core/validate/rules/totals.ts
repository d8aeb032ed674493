import { makeIssue } from "../../issues/makeIssue";
import type { Issue } from "../../types";
import { type Rule, issueAt } from "../rule";

/**
 * Total rule: in every column where the "Tổng cộng" row states a number, it equals the sum of the
 * rows above it. Columns with an unreadable cell are skipped (that cell is already an error); a
 * missing total row or a blank total cell is fine.
 *
 * @example
 * totals.check(parsedWithTotal10Sum9, defaultOptions(2025))[0]?.params //=> { stated: 10, sum: 9, cell: "D13" }
 */
export const totals: Rule = {
  id: "totals",
  codes: ["total-mismatch"],
  check(parsed) {
    const total = parsed.table.total;
    if (!total) return [];
    const issues: Issue[] = [];
    for (const [col, stated] of total.counts) {
      if (stated.read.kind !== "number") continue;
      const cells = parsed.table.rows.map((row) => row.counts.get(col)?.read);
      if (cells.some((read) => read && read.kind !== "number" && read.kind !== "blank")) continue;
      const sum = cells.reduce((acc, read) => acc + (read?.kind === "number" ? read.value : 0), 0);
      if (Math.abs(sum - stated.read.value) > 1e-9)
        issues.push(makeIssue("total-mismatch", issueAt(parsed, stated.cell), { stated: stated.read.value, sum }));
    }
    return issues;
  },
};
