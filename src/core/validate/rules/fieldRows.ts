import { FIELD_CODES, FIELDS, labelText } from "../../catalogue/dimensions";
import { suggestLabel } from "../../catalogue/resolveLabel";
import { makeIssue } from "../../issues/makeIssue";
import type { FieldCode, Issue } from "../../types";
import { type Rule, issueAt } from "../rule";

/**
 * Field-row rule: every labelled row names a known field (else the closest is suggested), no field
 * appears twice, and a field without a row is reported (it counts as 0).
 *
 * @example
 * fieldRows.check(parsedWithRow("Kinh tê"), DEFAULT_OPTIONS)[0]?.params.suggestion //=> "Kinh tế"
 */
export const fieldRows: Rule = {
  id: "field-rows",
  codes: ["unknown-field", "duplicate-field-row", "missing-field-row"],
  check(parsed, options) {
    const issues: Issue[] = [];
    const firstRow = new Map<FieldCode, number>();
    for (const row of parsed.table.rows) {
      if (row.field === null) {
        if (row.label !== "") issues.push(makeIssue("unknown-field", issueAt(parsed, row.labelCell), { label: row.label, suggestion: suggestLabel("field", row.label, options.aliases).label }));
        continue;
      }
      const first = firstRow.get(row.field);
      if (first === undefined) firstRow.set(row.field, row.rowNumber);
      else issues.push(makeIssue("duplicate-field-row", issueAt(parsed, row.labelCell), { field: labelText(FIELDS, row.field), first, second: row.rowNumber }));
    }
    for (const field of FIELD_CODES) {
      if (!firstRow.has(field)) issues.push(makeIssue("missing-field-row", issueAt(parsed), { field: labelText(FIELDS, field) }));
    }
    return issues;
  },
};
