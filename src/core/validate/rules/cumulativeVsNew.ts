import { FIELDS, LEVELS, TYPES, labelText } from "../../catalogue/dimensions";
import { makeIssue } from "../../issues/makeIssue";
import { cellFor } from "../../parse/cellFor";
import type { Issue } from "../../types";
import { type Rule, issueAt } from "../rule";

/**
 * Cumulative rule: in every field row, the cumulative count of each level × type is at least the
 * new count (cumulative includes the year's new models). Reported at the cumulative cell.
 *
 * @example
 * cumulativeVsNew.check(parsedWithNew5Cumulative3, defaultOptions(2026))[0]?.code //=> "cumulative-less-than-new"
 */
export const cumulativeVsNew: Rule = {
  id: "cumulative-vs-new",
  codes: ["cumulative-less-than-new"],
  check(parsed) {
    const issues: Issue[] = [];
    for (const row of parsed.table.rows) {
      for (const column of parsed.table.columns.filter((c) => c.measure === "new")) {
        const fresh = row.counts.get(column.col);
        const cumulative = cellFor(parsed, row, column.level, column.type, "cumulative");
        if (
          fresh?.read.kind !== "number" ||
          cumulative?.read.kind !== "number" ||
          cumulative.read.value >= fresh.read.value
        )
          continue;
        issues.push(
          makeIssue("cumulative-less-than-new", issueAt(parsed, cumulative.cell), {
            field: row.field ? labelText(FIELDS, row.field) : row.label,
            level: labelText(LEVELS, column.level),
            type: labelText(TYPES, column.type),
            cumulative: cumulative.read.value,
            new: fresh.read.value,
          }),
        );
      }
    }
    return issues;
  },
};
