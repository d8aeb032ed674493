import type { Issue, IssueCode, IssueParams, Lang, LocalizedText } from "../types";
import { ISSUE_CATALOGUE } from "./catalogue";
import { fillMessage } from "./fillMessage";

/** Where an issue points: the file, the sheet and (optionally) one A1 cell. */
export interface IssueLocation {
  readonly source: string;
  readonly sheet?: string | null;
  readonly cell?: string | null;
}

/**
 * Builds an issue with the severity the catalogue gives its code.
 *
 * @param code - a code from `ISSUE_CATALOGUE`
 * @param where - source file, sheet and cell
 * @param params - values for the message template
 * @returns the issue
 * @example
 * makeIssue("negative-count", { source: "a.xlsx", sheet: "2023", cell: "D9" }, { value: -1 }).severity //=> "error"
 */
export function makeIssue(code: IssueCode, where: IssueLocation, params: IssueParams = {}): Issue {
  return {
    code,
    severity: ISSUE_CATALOGUE[code].severity,
    source: where.source,
    sheet: where.sheet ?? null,
    cell: where.cell ?? null,
    params: where.cell && params.cell === undefined ? { ...params, cell: where.cell } : params,
  };
}

/**
 * A message parameter in both languages.
 *
 * @param vi - the Vietnamese phrase
 * @param en - the English phrase
 * @returns the phrase pair; `issueMessage` picks the one matching its language
 * @example
 * bilingual("tiêu đề", "the title") //=> { vi: "tiêu đề", en: "the title" }
 */
export function bilingual(vi: string, en: string): LocalizedText {
  return { vi, en };
}

/**
 * Renders an issue's message in the given language from its catalogue template. Missing
 * parameters render as "?" rather than failing, so a message is always shown.
 *
 * @param issue - the issue
 * @param lang - "vi" (default) or "en"
 * @returns the message text
 * @example
 * issueMessage(makeIssue("negative-count", { source: "a.xlsx", cell: "D9" }, { value: -1 }))
 * //=> "Ô D9 ghi số âm (-1). Số mô hình không thể âm."
 */
export function issueMessage(issue: Issue, lang: Lang = "vi"): string {
  return fillMessage(ISSUE_CATALOGUE[issue.code][lang], issue.params, lang);
}
