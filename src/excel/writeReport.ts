import type { ReportModel, SheetKey } from "../core";
import type { Caps } from "./caps";
import { finishWrite } from "./finishWrite";
import type { HighlightCell } from "./highlights";
import type { Note } from "./noteCatalogue";
import type { OwnershipStore } from "./ownership";
import { planSheets } from "./planSheets";
import { planWrite } from "./planWrite";
import { prepareSheets } from "./prepareSheets";
import { readSheets } from "./readSheets";
import { readTargets } from "./readTargets";
import { writeBatch } from "./writeBatch";

export interface WriteOptions {
  /** Cells of the officer's sheets to highlight (ExcelApi 1.6; below it only "Kiểm tra" lists them). */
  readonly highlights?: readonly HighlightCell[];
  /** Activate the first report sheet when done (default true). */
  readonly activate?: boolean;
}

export interface WriteResult {
  /** Key → the sheet actually written. */
  readonly sheetNames: Readonly<Partial<Record<SheetKey, string>>>;
  /** Notes for the officer (e.g. a sheet name that belonged to the officer), rendered by `noteMessage`. */
  readonly notes: readonly Note[];
  /** Highlight rules added. */
  readonly highlighted: number;
  /** `context.sync()` calls made. */
  readonly syncs: number;
}

/**
 * Renders a report model into the workbook: the add-in's own sheets are cleared and rewritten (new
 * ones added), an officer's sheet with the same name is never touched (another name is used and a
 * note says so), native charts are updated in place by key, the add-in's previous highlight rules
 * are removed and new ones added. Protected sheets (loaded as `protection/protected`) are handled
 * as Excel allows: an officer's protected sheet gets no highlights (a note says so); an owned one is
 * unprotected first, and left as it is with a note when a password is needed. Three syncs at most
 * (sheet names; protection, charts and rules to update; all writes), plus one to unprotect owned
 * sheets when any is protected, plus one per extra 4 MB of payload. Ownership of new sheets is
 * recorded before the big write (a failed write leaves no orphan sheets) and in full afterwards.
 *
 * The phases, each in its own file: `readSheets` (names), `readTargets` (protection, A1 signatures, charts, old
 * rules), `planWrite` (create, reuse or rename), `prepareSheets` (unprotect, record new sheets), `writeBatch`
 * (values, formats, charts, highlights, activation) and `finishWrite` (record, notes).
 *
 * @example
 * const result = await writeReport(context, model, caps, settingsOwnershipStore(settings), { highlights });
 *
 * @param context - the request context from `Excel.run`
 * @param model - the report model from core
 * @param caps - host capabilities (`detectCaps`)
 * @param ownership - where the add-in records what it owns
 * @param options - highlights, activation
 * @returns the names written, notes and counts
 */
export async function writeReport(
  context: Excel.RequestContext,
  model: ReportModel,
  caps: Caps,
  ownership: OwnershipStore,
  options: WriteOptions = {},
): Promise<WriteResult> {
  const record = ownership.read();
  const sheets = await readSheets(context);
  const firstPlans = planSheets(model.sheets, sheets.names, record);
  const targets = await readTargets(context, {
    model,
    sheets,
    plans: firstPlans,
    record,
    caps,
    highlights: options.highlights ?? [],
  });
  const plan = planWrite(model, sheets, record, firstPlans, targets);
  const prepared = await prepareSheets(context, { sheets, targets, plan, caps }, ownership, record);
  const written = await writeBatch(
    context,
    model,
    { sheets, targets, plan, prepared, caps },
    options.activate !== false,
  );
  const notes = await finishWrite(ownership, { record, sheets, targets, plan, prepared, placed: written.placed, caps });
  const syncs = sheets.syncs + targets.syncs + prepared.syncs + written.syncs;
  return { sheetNames: plan.sheetNames, notes, highlighted: written.placed.length, syncs };
}
