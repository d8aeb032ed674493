/** The pane's calls into the core, in one place: validating the workbook's own sheets, the store, consolidating, the report model. */
import {
  type AliasEntry,
  type AliasTable,
  buildReportModel,
  consolidate,
  type Consolidation,
  FIELDS,
  type Issue,
  matchKey,
  mergeStore,
  parseUnitRegistry,
  type RawSheet,
  type ReportModel,
  type RunOptions,
  type StoreRow,
  submissionsFromStore,
  type UnitRecord,
  validateWorkbook,
  type WorkbookResult,
} from "../core";
import type { ParsedFile } from "../io/browser/parseProtocol";
import type { PortSnapshot } from "./workbookPort";

/** Source name of the submissions rebuilt from the workbook store. */
export const STORE_SOURCE = "Dữ liệu";

/** Validates sheets read from the open workbook (already plain data: no worker needed). */
export function validateOwnSheets(workbook: PortSnapshot["workbook"], options: RunOptions, order: number): ParsedFile {
  return validateWorkbook(workbook, options, order);
}

/** Consolidates every result (files, the workbook's sheets, the store), with the units registry when there is one. */
export function consolidateAll(
  results: readonly WorkbookResult[],
  options: RunOptions,
  units?: readonly UnitRecord[],
): Consolidation {
  return consolidate(results, options, units ? { units } : undefined);
}

/**
 * The report model for a year (or all years). `linkSources`: the sources whose sheets are in the workbook written to
 * (inside Excel only the workbook itself; a picked file's sheets are not there, so its issues get no link).
 */
export function buildModel(
  c: Consolidation,
  options: RunOptions,
  year: number | null,
  linkSources?: readonly string[],
): ReportModel {
  return buildReportModel(c, options, { ...(year === null ? {} : { year }), ...(linkSources ? { linkSources } : {}) });
}

/** The settings with the aliases of "Danh mục" added to any the options already carry. */
export function optionsWithAliases(options: RunOptions, aliases: AliasTable | undefined): RunOptions {
  if (!aliases) return options;
  const base = options.aliases ?? {};
  return {
    ...options,
    aliases: {
      field: { ...base.field, ...aliases.field },
      level: { ...base.level, ...aliases.level },
      type: { ...base.type, ...aliases.type },
      measure: { ...base.measure, ...aliases.measure },
    },
  };
}

/**
 * Merges this run's submissions into the workbook store (a corrected file supersedes its unit-year's rows, with the
 * time; the same inputs again change nothing; units are resolved as consolidation resolves them, with the registry)
 * and rebuilds the stored versions this run did not read again, as one more result, so files imported in earlier runs
 * still count.
 */
export function mergeStoreForRun(
  existing: readonly StoreRow[],
  results: readonly WorkbookResult[],
  now: string,
  units?: readonly UnitRecord[],
): { store: StoreRow[]; stored: WorkbookResult } {
  const submissions = results.flatMap((r) => r.submissions);
  const store = mergeStore(existing, submissions, now, units);
  const ids = new Set(submissions.map((s) => s.id));
  return { store, stored: { source: STORE_SOURCE, submissions: submissionsFromStore(store, ids), issues: [] } };
}

/** The units registry of the workbook: a sheet named "Đơn vị" (or the add-in's own registry sheet). */
export function registryFromSnapshot(snapshot: PortSnapshot): { sheet: RawSheet; units: UnitRecord[] } | null {
  const key = matchKey("Đơn vị");
  const sheet = snapshot.owned["don-vi"] ?? snapshot.workbook.sheets.find((s) => matchKey(s.name) === key);
  if (!sheet) return null;
  const { units } = parseUnitRegistry(sheet, snapshot.workbook.source);
  return units.length > 0 ? { sheet, units } : null;
}

/** A label read by meaning, confirmed as an alias (it then reads exactly, with no note). */
function confirmedReading(issue: Issue): AliasEntry | null {
  const { label, group, code } = issue.params;
  const dimensions = ["field", "level", "type", "measure"] as const;
  const dimension = dimensions.find((d) => d === group);
  if (typeof label !== "string" || label.trim() === "" || typeof code !== "string" || !dimension) return null;
  return { dimension, text: label, code };
}

/**
 * The alias an "unknown field" issue suggests: its label read as the suggested field; for a label
 * read by meaning ("label-interpreted"), the reading itself.
 *
 * @param issue - an issue of the run
 * @returns the alias to add, or null when the issue suggests none
 * @example
 * aliasFromIssue(unknownField("Môi trường xanh", "Lĩnh vực khác")) //=> { dimension: "field", text: "Môi trường xanh", code: "khac" }
 */
export function aliasFromIssue(issue: Issue): AliasEntry | null {
  if (issue.code === "label-interpreted") return confirmedReading(issue);
  if (issue.code !== "unknown-field") return null;
  const label = issue.params["label"];
  const suggestion = issue.params["suggestion"];
  const field = FIELDS.find((f) => f.vi === suggestion);
  if (typeof label !== "string" || label.trim() === "" || !field) return null;
  return { dimension: "field", text: label, code: field.code };
}
