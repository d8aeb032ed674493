import { makeIssue } from "../../issues/makeIssue";
import { readYearValue } from "../../parse/readYearValue";
import type { Issue } from "../../types";
import { describeSource } from "../describeSource";
import { type Rule, issueAt } from "../rule";

/**
 * Header rule: the unit and the report year are known, and the year is within the configured
 * range. A unit or year read from elsewhere than its labelled field (the issuer block, the title,
 * the report date, the sheet or file name) is noted (info) at the cell it came from; only when
 * nothing names it is it missing.
 *
 * @example
 * headerFields.check(parsedWithoutYear, defaultOptions(2025)).map((i) => i.code) //=> ["missing-year"]
 * headerFields.check(parsedTitled2019WithoutYearLine, defaultOptions(2025)).map((i) => i.code) //=> ["year-inferred"]
 */
export const headerFields: Rule = {
  id: "header-fields",
  codes: ["missing-unit", "unit-inferred", "missing-year", "year-inferred", "year-out-of-range"],
  check(parsed, options) {
    const { unit, year } = parsed.header;
    const issues: Issue[] = [];
    if (!unit?.value) issues.push(makeIssue("missing-unit", issueAt(parsed, unit?.cell ?? unit?.labelCell ?? null)));
    else if (unit.inferredFrom)
      issues.push(
        makeIssue("unit-inferred", issueAt(parsed, unit.cell), {
          unit: unit.value,
          where: describeSource(unit.inferredFrom, unit.raw),
        }),
      );
    if (year?.value == null) {
      issues.push(
        makeIssue(
          "missing-year",
          issueAt(parsed, year?.cell ?? year?.labelCell ?? null),
          year?.raw ? { value: year.raw } : {},
        ),
      );
      return issues;
    }
    if (year.inferredFrom) {
      const previousYear = year.inferredFrom === "report-date" && readYearValue(year.raw) !== year.value;
      issues.push(
        makeIssue("year-inferred", issueAt(parsed, year.cell), {
          year: year.value,
          where: describeSource(year.inferredFrom, year.raw, previousYear),
        }),
      );
    }
    if (year.value < options.years.from || year.value > options.years.to) {
      issues.push(
        makeIssue("year-out-of-range", issueAt(parsed, year.cell), {
          year: year.value,
          from: options.years.from,
          to: options.years.to,
        }),
      );
    }
    return issues;
  },
};
