import { baseName } from "../../_lib/baseName";
import { findYears } from "../../_lib/findYears";
import { makeIssue } from "../../issues/makeIssue";
import { reportYearOfDate } from "../../parse/reportYearOfDate";
import type { HeaderSource, ParsedSheet } from "../../parse/types";
import type { Issue } from "../../types";
import { describeSource } from "../describeSource";
import { type Rule, issueAt } from "../rule";

/** The first year of a text when none of its years is the stated one. */
function otherYear(text: string, year: number): number | null {
  const years = findYears(text.normalize("NFC"));
  return years.length > 0 && !years.includes(year) ? (years[0] ?? null) : null;
}

/** The report date's year when it points to neither the report year nor (January, February) the year after it. */
function otherDateYear(parsed: ParsedSheet, year: number): { other: number; cell: string | null; raw: string } | null {
  const labelled = parsed.header.reportDate?.value ? parsed.header.reportDate : null;
  const dated = labelled?.value
    ? { date: labelled.value, cell: labelled.cell, raw: labelled.raw }
    : parsed.header.placeDate
      ? {
          date: parsed.header.placeDate.date,
          cell: parsed.header.placeDate.cell,
          raw: parsed.header.placeDate.text ?? parsed.header.placeDate.date,
        }
      : null;
  if (!dated) return null;
  const calendar = Number(dated.date.slice(0, 4));
  return calendar === year || reportYearOfDate(dated.date) === year
    ? null
    : { other: calendar, cell: dated.cell, raw: dated.raw };
}

/**
 * Year-mismatch rule: the year in the title, the report date, the sheet name or the file name
 * (4-digit years 2000–2099) differs from the report year. The report year is the labelled one, or
 * when there is none the year inferred from the first of these places (which is then not compared
 * with itself). A report dated January or February of the next year is not a mismatch.
 *
 * @example
 * yearMismatch.check(parsedTitled2022Stated2023, defaultOptions(2025))[0]?.params.other //=> 2022
 */
export const yearMismatch: Rule = {
  id: "year-mismatch",
  codes: ["year-mismatch"],
  check(parsed) {
    const stated = parsed.header.year;
    const year = stated?.value;
    if (year == null) return [];
    const from: HeaderSource | undefined = stated?.inferredFrom;
    const issues: Issue[] = [];
    const title = parsed.header.titleYear;
    if (from !== "title" && title && title.year !== year)
      issues.push(
        makeIssue("year-mismatch", issueAt(parsed, title.cell), {
          year,
          where: describeSource("title", title.text ?? String(title.year)),
          other: title.year,
        }),
      );
    const dated = from === "report-date" ? null : otherDateYear(parsed, year);
    if (dated)
      issues.push(
        makeIssue("year-mismatch", issueAt(parsed, dated.cell), {
          year,
          where: describeSource("report-date", dated.raw),
          other: dated.other,
        }),
      );
    const inSheet = from === "sheet-name" ? null : otherYear(parsed.sheet, year);
    if (inSheet !== null)
      issues.push(
        makeIssue("year-mismatch", issueAt(parsed), {
          year,
          where: describeSource("sheet-name", parsed.sheet),
          other: inSheet,
        }),
      );
    const file = baseName(parsed.source);
    const inFile = from === "file-name" ? null : otherYear(file, year);
    if (inFile !== null)
      issues.push(
        makeIssue("year-mismatch", issueAt(parsed), { year, where: describeSource("file-name", file), other: inFile }),
      );
    return issues;
  },
};
