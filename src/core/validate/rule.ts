import type { IssueLocation } from "../issues/makeIssue";
import type { ParsedModelList } from "../parse/list/types";
import type { ParsedSheet } from "../parse/types";
import type { Issue, IssueCode, RunOptions } from "../types";

/** What a rule may know besides the sheet itself: the rest of its workbook. */
export interface RuleContext {
  /** The Mẫu 02-DVK lists of models matched to this submission (same workbook, same year). */
  readonly lists: readonly ParsedModelList[];
}

/** One validation rule: an id, the codes it can emit, and a check over a parsed sheet. */
export interface Rule {
  readonly id: string;
  /** Every code `check` may emit; tests hold the rule to this list. */
  readonly codes: readonly IssueCode[];
  /**
   * Judges one parsed sheet; returns its findings (never throws on bad data). `context` is absent
   * when the sheet is validated on its own; rules that need the workbook then find nothing.
   */
  readonly check: (parsed: ParsedSheet, options: RunOptions, context?: RuleContext) => Issue[];
}

/**
 * Where an issue about a parsed sheet points.
 *
 * @param parsed - the parsed sheet
 * @param cell - the A1 cell, or null for the whole submission
 * @returns the issue location
 * @example
 * issueAt(parsed, "D9") //=> { source: "xa-a.xlsx", sheet: "2023", cell: "D9" }
 */
export function issueAt(parsed: ParsedSheet, cell: string | null = null): IssueLocation {
  return { source: parsed.source, sheet: parsed.sheet, cell };
}
