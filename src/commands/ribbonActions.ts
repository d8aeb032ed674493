/**
 * What the ribbon's function buttons do (manifest.xml: FunctionName dvkValidate, dvkConsolidate, dvkCreateTemplate).
 * Each runs without the task pane, in the hidden function-file runtime, so it only does what is safe from there:
 * - Kiểm tra validates the submission sheets of this workbook and rewrites only the add-in's "Kiểm tra" sheet
 *   (plus its highlight rules where ExcelApi 1.6 exists), through the adapter in src/excel;
 * - Tạo mẫu báo cáo inserts a blank Mẫu 01-DVK sheet for this year's report and its Mẫu 02-DVK list of models (new
 *   sheets, never replaced ones);
 * - Tổng hợp needs the officer's choices (files to pick, the workbook store in "Dữ liệu"), so it tells the officer
 *   to open the task pane, where that flow lives.
 */
import {
  buildReportModel,
  buildTemplateSheets,
  consolidate,
  type Issue,
  type KeyValueStore,
  loadSettings,
  type ReportModel,
  type RunOptions,
  validateWorkbook,
} from "../core";
import {
  type Caps,
  detectCaps,
  highlightsFromIssues,
  insertTemplate,
  type Note,
  type OwnershipStore,
  readSubmissionSheets,
  runExcel,
  settingsOwnershipStore,
  writeReport,
} from "../excel";
import type { NoticeKey } from "./notices";

/**
 * How a command ended: done (its result is in the workbook), or a notice for the officer with the adapter's notes
 * (keys and values: the function file renders them in the officer's language, `noteMessage`).
 */
export type CommandOutcome =
  { readonly kind: "done" } | { readonly kind: "notice"; readonly key: NoticeKey; readonly notes?: readonly Note[] };

/** The name issues give this workbook (the pane uses the same kind of label). */
export const WORKBOOK_SOURCE = "Sổ làm việc hiện tại";

/**
 * Kiểm tra inside a request context: reads every sheet that is not the add-in's, validates, and writes the
 * "Kiểm tra" sheet (the add-in's own; an officer's sheet of that name is never touched) with cell highlights.
 *
 * @param context - the request context from `Excel.run`
 * @param caps - host capabilities (`detectCaps`)
 * @param ownership - the record of the add-in's sheets (document settings; refreshed first)
 * @param options - validation options (the ribbon passes the officer's settings saved in the pane: `loadSettings`)
 * @returns done; the "no-submissions" notice when the workbook has no Mẫu 01-DVK sheet; the "validate-notes" notice
 *   with writeReport's notes (a protected sheet left without highlights, a password-protected "Kiểm tra" sheet)
 */
export async function validateInWorkbook(
  context: Excel.RequestContext,
  caps: Caps,
  ownership: OwnershipStore,
  options: RunOptions,
): Promise<CommandOutcome> {
  // The pane may have written sheets since this runtime loaded its copy of the document settings.
  await ownership.refresh();
  const workbook = await readSubmissionSheets(context, caps, ownership.read(), WORKBOOK_SOURCE);
  const result = validateWorkbook(workbook, options);
  if (result.submissions.length === 0) return { kind: "notice", key: "no-submissions" };
  const consolidation = consolidate([result], options);
  const model = issuesOnly(buildReportModel(consolidation, options, { linkSources: [WORKBOOK_SOURCE] }));
  const issues: Issue[] = [...result.issues, ...result.submissions.flatMap((s) => s.issues), ...consolidation.issues];
  const written = await writeReport(context, model, caps, ownership, {
    highlights: highlightsFromIssues(issues, WORKBOOK_SOURCE),
  });
  // Protected sheets left without highlights, the add-in's own sheet locked by a password: the officer must know.
  return written.notes.length > 0 ? { kind: "notice", key: "validate-notes", notes: written.notes } : { kind: "done" };
}

/**
 * Tạo mẫu báo cáo: inserts a blank Mẫu 01-DVK sheet (merges, SUM totals, whole-number validation and locked labels
 * where this Excel supports them) for the given report year, followed by the Mẫu 02-DVK list of models, and
 * activates Mẫu 01-DVK. The year is filled in (the officer can change it) and decides the levels: no "Cấp huyện"
 * group from the 2026 report on.
 *
 * @param context - the request context from `Excel.run`
 * @param caps - host capabilities (`detectCaps`)
 * @param year - the report year (the ribbon passes the current year)
 * @returns done, or the "template-notes" notice with what this Excel could not do / the name used
 */
export async function insertTemplateInWorkbook(
  context: Excel.RequestContext,
  caps: Caps,
  year: number,
): Promise<CommandOutcome> {
  const result = await insertTemplate(context, buildTemplateSheets({ year }), caps);
  return result.notes.length > 0 ? { kind: "notice", key: "template-notes", notes: result.notes } : { kind: "done" };
}

/** The report model reduced to its "Kiểm tra" sheet: validating never rewrites the consolidated sheets. */
function issuesOnly(model: ReportModel): ReportModel {
  return { sheets: model.sheets.filter((s) => s.key === "kiem-tra"), charts: [] };
}

/**
 * The webview's local storage, where the task pane keeps the officer's settings: the function file is a page of the
 * same add-in origin, so it sees them. Null where storage is blocked (then the defaults apply).
 */
function paneStorage(): KeyValueStore | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}

/**
 * The ribbon's functions by manifest FunctionName; each opens its own `Excel.run` (the UI boundary) and reads the
 * clock for the current year (the default year range ends there; the template is for that year's report). Kiểm tra
 * validates with the officer's settings saved in the pane (deadline, years, phases), the defaults when none are.
 */
export const RIBBON_ACTIONS: Readonly<Record<string, () => Promise<CommandOutcome>>> = {
  dvkValidate: () =>
    runExcel((context) =>
      validateInWorkbook(
        context,
        detectCaps(),
        settingsOwnershipStore(Office.context.document.settings),
        loadSettings(paneStorage(), new Date().getFullYear()),
      ),
    ),
  dvkConsolidate: async () => ({ kind: "notice", key: "open-pane-consolidate" }),
  dvkCreateTemplate: () =>
    runExcel((context) => insertTemplateInWorkbook(context, detectCaps(), new Date().getFullYear())),
};
