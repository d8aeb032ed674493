import { makeIssue } from "../../issues/makeIssue";
import type { Issue } from "../../types";
import { type Rule, issueAt } from "../rule";

/**
 * Nothing-lost rule: a number in a data row that will not be consolidated is reported: values in
 * columns outside the form's mapped columns, and counts in a row with no label at all.
 *
 * @example
 * droppedValues.check(parsedWithNoteColumn, defaultOptions(2026))[0]?.code //=> "value-dropped"
 */
export const droppedValues: Rule = {
  id: "dropped-values",
  codes: ["value-dropped"],
  check(parsed) {
    const issues: Issue[] = parsed.table.dropped.map((d) =>
      makeIssue("value-dropped", issueAt(parsed, d.cell), { value: d.value }),
    );
    for (const row of parsed.table.rows) {
      if (row.label !== "" || row.field !== null) continue;
      for (const { cell, read } of row.counts.values()) {
        if (read.kind === "number" && read.value !== 0)
          issues.push(makeIssue("value-dropped", issueAt(parsed, cell), { value: read.text ?? read.value }));
      }
    }
    return issues;
  },
};
