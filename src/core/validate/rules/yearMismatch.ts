import { findYears } from "../../_lib/findYears";
import { bilingual, makeIssue } from "../../issues/makeIssue";
import type { Issue } from "../../types";
import { type Rule, issueAt } from "../rule";

/** The file name without its folders. */
function baseName(source: string): string {
  return source.split(/[\\/]/).pop() ?? source;
}

/** The first year of a text when none of its years is the stated one. */
function otherYear(text: string, year: number): number | null {
  const years = findYears(text.normalize("NFC"));
  return years.length > 0 && !years.includes(year) ? (years[0] ?? null) : null;
}

/**
 * Year-mismatch rule: the year in the title, the sheet name or the file name (4-digit years
 * 2000–2099) differs from the stated report year.
 *
 * @example
 * yearMismatch.check(parsedTitled2022Stated2023, DEFAULT_OPTIONS)[0]?.params.other //=> 2022
 */
export const yearMismatch: Rule = {
  id: "year-mismatch",
  codes: ["year-mismatch"],
  check(parsed) {
    const year = parsed.header.year?.value;
    if (year == null) return [];
    const issues: Issue[] = [];
    const title = parsed.header.titleYear;
    if (title && title.year !== year) issues.push(makeIssue("year-mismatch", issueAt(parsed, title.cell), { year, where: bilingual("tiêu đề", "the title"), other: title.year }));
    const inSheet = otherYear(parsed.sheet, year);
    if (inSheet !== null) issues.push(makeIssue("year-mismatch", issueAt(parsed), { year, where: bilingual(`tên trang tính "${parsed.sheet}"`, `the sheet name "${parsed.sheet}"`), other: inSheet }));
    const file = baseName(parsed.source);
    const inFile = otherYear(file, year);
    if (inFile !== null) issues.push(makeIssue("year-mismatch", issueAt(parsed), { year, where: bilingual(`tên tệp "${file}"`, `the file name "${file}"`), other: inFile }));
    return issues;
  },
};
