import type { IssueLocation } from "../issues/makeIssue";
import type { ParsedSheet } from "../parse/types";
import type { Issue, IssueCode, RunOptions } from "../types";

/** One validation rule: an id, the codes it can emit, and a check over a parsed sheet. */
export interface Rule {
  readonly id: string;
  /** Every code `check` may emit; tests hold the rule to this list. */
  readonly codes: readonly IssueCode[];
  /** Judges one parsed sheet; returns its findings (never throws on bad data). */
  readonly check: (parsed: ParsedSheet, options: RunOptions) => Issue[];
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
