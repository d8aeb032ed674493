import { FIELD_CODES, FIELDS, labelText } from "../../catalogue/dimensions";
import { suggestLabel } from "../../catalogue/resolveLabel";
import { makeIssue } from "../../issues/makeIssue";
import type { FieldCode, Issue, LocalizedText } from "../../types";
import { type Rule, issueAt } from "../rule";

/** The names of several fields, joined in the message's language. */
function namesOf(codes: readonly FieldCode[]): LocalizedText {
  const names = codes.map((code) => labelText(FIELDS, code));
  return { vi: names.map((n) => n.vi).join(", "), en: names.map((n) => n.en).join(", ") };
}

/**
 * Field-row rule: every labelled row names exactly one known field (else the closest is suggested,
 * or the fields it names are listed), no field appears twice, and a field without a row is reported
 * (it counts as 0). Detail rows are not field rows and are not judged here.
 *
 * @example
 * fieldRows.check(parsedWithRow("Kinh tê"), defaultOptions(2025))[0]?.params.suggestion //=> "Kinh tế"
 */
export const fieldRows: Rule = {
  id: "field-rows",
  codes: ["unknown-field", "ambiguous-field", "duplicate-field-row", "missing-field-row"],
  check(parsed, options) {
    const issues: Issue[] = [];
    const firstRow = new Map<FieldCode, number>();
    for (const row of parsed.table.rows) {
      if (row.reading === "ambiguous") {
        issues.push(
          makeIssue("ambiguous-field", issueAt(parsed, row.labelCell), {
            label: row.label,
            candidates: namesOf(row.candidates),
          }),
        );
        continue;
      }
      if (row.field === null) {
        if (row.label !== "")
          issues.push(
            makeIssue("unknown-field", issueAt(parsed, row.labelCell), {
              label: row.label,
              suggestion: suggestLabel("field", row.label, options.aliases).label,
            }),
          );
        continue;
      }
      const first = firstRow.get(row.field);
      if (first === undefined) firstRow.set(row.field, row.rowNumber);
      else
        issues.push(
          makeIssue("duplicate-field-row", issueAt(parsed, row.labelCell), {
            field: labelText(FIELDS, row.field),
            first,
            second: row.rowNumber,
          }),
        );
    }
    for (const field of FIELD_CODES) {
      if (!firstRow.has(field))
        issues.push(makeIssue("missing-field-row", issueAt(parsed), { field: labelText(FIELDS, field) }));
    }
    return issues;
  },
};
