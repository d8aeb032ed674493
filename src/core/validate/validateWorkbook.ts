import { makeIssue } from "../issues/makeIssue";
import { parseModelList } from "../parse/list/parseModelList";
import type { ParsedModelList } from "../parse/list/types";
import { parseSheet } from "../parse/parseSheet";
import { type ParsedUnitTable, parseUnitTable } from "../parse/table/parseUnitTable";
import type { ParsedSheet } from "../parse/types";
import type { RawWorkbook, RunOptions, Submission, WorkbookResult } from "../types";
import { buildEntries, levelsOf } from "./buildEntries";
import { listIssues } from "./listIssues";
import { matchLists } from "./matchLists";
import { unitTableIssues } from "./unitTableIssues";
import type { RuleContext } from "./rule";
import { RULES } from "./rules/index";

/** The date a submission reports: the labelled field, else the place-and-date line. */
function reportDateOf(parsed: ParsedSheet): string | null {
  return parsed.header.reportDate?.value ?? parsed.header.placeDate?.date ?? null;
}

/**
 * Validates one parsed sheet into a submission: runs every registered rule, builds the entries,
 * and rejects the submission when any issue is an error.
 *
 * @param parsed - the parsed sheet
 * @param options - run options (years, deadline, aliases)
 * @param order - position of the submission in the run
 * @param context - the rest of the workbook (its Mẫu 02-DVK lists), when known
 * @returns the submission
 * @example
 * validateParsedSheet(parsed, defaultOptions(2025), 0).status //=> "accepted"
 */
export function validateParsedSheet(
  parsed: ParsedSheet,
  options: RunOptions,
  order: number,
  context?: RuleContext,
): Submission {
  const issues = RULES.flatMap((rule) => rule.check(parsed, options, context));
  const unitName = parsed.header.unit?.value ?? null;
  return {
    id: `${parsed.source}#${parsed.sheet}${parsed.unitRow === undefined ? "" : `!${parsed.unitRow}`}`,
    source: parsed.source,
    sheet: parsed.sheet,
    order,
    unitName: unitName === null ? null : unitName.replace(/\s+/g, " "),
    unitCode: parsed.header.unitCode?.value ?? null,
    year: parsed.header.year?.value ?? null,
    reportDate: reportDateOf(parsed),
    levels: levelsOf(parsed),
    entries: buildEntries(parsed),
    tableRange: parsed.table.range,
    issues,
    status: issues.some((i) => i.severity === "error") ? "rejected" : "accepted",
  };
}

/**
 * True when a sheet read as a form is a Mẫu 01 form: its rows name at least two fields, and field rows are at
 * least half its rows. A table of units may have a unit whose name reads as a field ("Chi bộ …"), not most.
 */
function isForm(form: ParsedSheet | null): boolean {
  if (!form) return false;
  const named = form.table.rows.filter((row) => row.field !== null);
  return new Set(named.map((row) => row.field)).size >= 2 && named.length * 2 >= form.table.rows.length;
}

/**
 * Reads and validates a workbook: every sheet holding a Mẫu 01-DVK counts table becomes one
 * submission (a workbook may hold a sheet per year or per unit); a sheet holding a consolidated table
 * (one row per unit, fields across) becomes one submission per unit row, judged by the same rules at
 * that row's cells, its total row checked against the unit rows (`unit-table-total-mismatch`). A sheet holding a Mẫu 02-DVK list
 * of models is compared with the submission of its year (`list-count-mismatch`) and its own
 * unreadable rows become file-level warnings; other sheets are ignored. When no sheet holds a table
 * the workbook gets one `no-submission-table` error. Pure: never throws on bad data and never
 * modifies the workbook.
 *
 * @param workbook - the workbook as plain data
 * @param options - run options (years, deadline, aliases)
 * @param order - position of the workbook in the run; its submissions get `order`, `order + 1`, …
 * @returns the submissions and the file-level issues
 * @example
 * validateWorkbook({ source: "xa-a.xlsx", sheets: [mau01Sheet] }, defaultOptions(2025)).submissions[0]?.status //=> "accepted"
 */
export function validateWorkbook(workbook: RawWorkbook, options: RunOptions, order = 0): WorkbookResult {
  const parsed: ParsedSheet[] = [];
  const lists: ParsedModelList[] = [];
  const tables: ParsedUnitTable[] = [];
  for (const sheet of workbook.sheets) {
    const form = parseSheet(sheet, workbook.source, options.aliases);
    // A consolidated table (one row per unit, fields across) is read as its units' forms. Only a sheet that is not
    // plainly a form is tried as one, so reading a form costs nothing more.
    const table = isForm(form) ? null : parseUnitTable(sheet, workbook.source, options.aliases);
    if (table) {
      tables.push(table);
      parsed.push(...table.units);
      continue;
    }
    // A list sheet never holds a counts table, so only sheets without one are read as lists.
    const list = form ? null : parseModelList(sheet, workbook.source, options.aliases);
    if (form) parsed.push(form);
    if (list) lists.push(list);
  }
  const targets = parsed.map((p) => ({ year: p.header.year?.value ?? null, unitName: p.header.unit?.value ?? null }));
  const submissions = parsed.map((p, index) =>
    validateParsedSheet(p, options, order + index, {
      lists: matchLists(targets[index] ?? { year: null, unitName: null }, lists, targets),
    }),
  );
  const issues = [
    ...(submissions.length === 0 ? [makeIssue("no-submission-table", { source: workbook.source })] : []),
    ...lists.flatMap((list) => listIssues(list, options.aliases)),
    ...tables.flatMap(unitTableIssues),
  ];
  return { source: workbook.source, submissions, issues };
}
