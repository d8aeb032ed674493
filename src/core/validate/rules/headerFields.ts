import { makeIssue } from "../../issues/makeIssue";
import type { Issue } from "../../types";
import { type Rule, issueAt } from "../rule";

/**
 * Header rule: the unit and the report year are stated, and the year is within the configured range.
 *
 * @example
 * headerFields.check(parsedWithoutYear, DEFAULT_OPTIONS).map((i) => i.code) //=> ["missing-year"]
 */
export const headerFields: Rule = {
  id: "header-fields",
  codes: ["missing-unit", "missing-year", "year-out-of-range"],
  check(parsed, options) {
    const { unit, year } = parsed.header;
    const issues: Issue[] = [];
    if (!unit?.value) issues.push(makeIssue("missing-unit", issueAt(parsed, unit?.cell ?? unit?.labelCell ?? null)));
    if (year?.value == null) {
      issues.push(makeIssue("missing-year", issueAt(parsed, year?.cell ?? year?.labelCell ?? null), year?.raw ? { value: year.raw } : {}));
    } else if (year.value < options.years.from || year.value > options.years.to) {
      issues.push(makeIssue("year-out-of-range", issueAt(parsed, year.cell), { year: year.value, from: options.years.from, to: options.years.to }));
    }
    return issues;
  },
};
