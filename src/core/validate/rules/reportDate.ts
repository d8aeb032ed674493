import { isAfter } from "date-fns";
import { makeIssue } from "../../issues/makeIssue";
import type { ParsedSheet } from "../../parse/types";
import type { Issue } from "../../types";
import { type Rule, issueAt } from "../rule";

/** UTC midnight of an ISO date: the same instant in every time zone. */
function utcDay(iso: string): Date {
  const [year, month, day] = iso.split("-").map(Number);
  return new Date(Date.UTC(year ?? 0, (month ?? 1) - 1, day ?? 1));
}

/** "dd/mm/yyyy" of an ISO date. */
function display(iso: string): string {
  return iso.split("-").reverse().join("/");
}

/** The report date and its cell: the labelled field, else the place-and-date line. */
function reportDateOf(parsed: ParsedSheet): { date: string; cell: string | null } | null {
  const labelled = parsed.header.reportDate;
  if (labelled?.value) return { date: labelled.value, cell: labelled.cell };
  return parsed.header.placeDate;
}

/**
 * Report-date rule: a labelled date that cannot be read is flagged; a report dated after the
 * deadline (day/month of the report year) is late. Calendar dates compare in UTC, so the result
 * does not depend on the machine's time zone.
 *
 * @example
 * reportDate.check(parsedDated31Oct2023, defaultOptions(2026)).map((i) => i.code) //=> ["late-submission"]
 */
export const reportDate: Rule = {
  id: "report-date",
  codes: ["invalid-report-date", "late-submission"],
  check(parsed, options) {
    const issues: Issue[] = [];
    const labelled = parsed.header.reportDate;
    if (labelled && labelled.raw !== "" && !labelled.value)
      issues.push(makeIssue("invalid-report-date", issueAt(parsed, labelled.cell), { value: labelled.raw }));
    const year = parsed.header.year?.value;
    const dated = reportDateOf(parsed);
    if (!dated || year == null) return issues;
    const deadline = new Date(Date.UTC(year, options.deadline.month - 1, options.deadline.day));
    if (isAfter(utcDay(dated.date), deadline)) {
      const deadlineIso = deadline.toISOString().slice(0, 10);
      issues.push(
        makeIssue("late-submission", issueAt(parsed, dated.cell), {
          date: display(dated.date),
          deadline: display(deadlineIso),
        }),
      );
    }
    return issues;
  },
};
