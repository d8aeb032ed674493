import { makeIssue } from "../../issues/makeIssue";
import type { Issue } from "../../types";
import { type Rule, issueAt } from "../rule";

/**
 * Detail-row rule: rows that detail a field ("- Trồng trọt" under "Kinh tế") are compared with it. A
 * parent number that differs from the details' sum is a warning at the parent cell (the parent is
 * counted); an empty parent cell filled with the details' sum is noted (info).
 *
 * @example
 * detailRows.check(parsedKinhTe5WithDetails2And2, defaultOptions(2025))[0]?.params //=> { label: "Kinh tế", stated: 5, sum: 4, cell: "C13" }
 */
export const detailRows: Rule = {
  id: "detail-rows",
  codes: ["detail-rows-mismatch", "detail-rows-summed"],
  check(parsed) {
    const issues: Issue[] = [];
    for (const group of parsed.table.details) {
      const label = group.parent.label;
      for (const m of group.mismatches)
        issues.push(
          makeIssue("detail-rows-mismatch", issueAt(parsed, m.cell), { label, stated: m.stated, sum: m.sum }),
        );
      for (const s of group.summed)
        issues.push(makeIssue("detail-rows-summed", issueAt(parsed, s.cell), { label, sum: s.sum }));
    }
    return issues;
  },
};
