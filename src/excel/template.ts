import type { SheetModel } from "../core";
import { Batcher } from "./batcher";
import type { Caps } from "./caps";
import type { Note } from "./noteCatalogue";
import { EMPTY_OWNERSHIP } from "./ownership";
import { planSheets } from "./planSheets";
import { queueSheetWrite } from "./writeSheet";

export interface TemplateResult {
  /** The sheet the template went to (the first one when several were inserted). */
  readonly name: string;
  /** Every sheet inserted, in order. */
  readonly names: readonly string[];
  /** Notes (another name used; features this Excel lacks), rendered by `noteMessage`. */
  readonly notes: readonly Note[];
  readonly syncs: number;
}

/**
 * Inserts template sheets (e.g. `buildTemplateSheet()`, Mẫu 01-DVK, then `buildListTemplateSheet()`,
 * Mẫu 02-DVK) as new sheets, in order: merges, borders, SUM totals, whole-number ≥ 0 validation on
 * count cells (ExcelApi 1.8) and locked labels with protection (1.2). It never replaces a sheet: a
 * filled-in "Mẫu 01-DVK" stays and the new one is "Mẫu 01-DVK (2)". The first sheet is activated.
 * The sheets are not recorded as the add-in's own — once filled in they are a submission like any
 * other. Two syncs, however many sheets.
 *
 * @param context - the request context from `Excel.run`
 * @param sheet - the template's sheet model, or several to insert together
 * @param caps - host capabilities
 * @returns where they went and notes for the pane
 */
export async function insertTemplate(
  context: Excel.RequestContext,
  sheet: SheetModel | readonly SheetModel[],
  caps: Caps,
): Promise<TemplateResult> {
  const models: readonly SheetModel[] = Array.isArray(sheet) ? sheet : [sheet as SheetModel];
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/name");
  await context.sync();
  const plans = planSheets(
    models,
    worksheets.items.map((ws) => ws.name),
    EMPTY_OWNERSHIP,
  );
  const batcher = new Batcher();
  const notes: Note[] = [];
  const names: string[] = [];
  let first: Excel.Worksheet | null = null;
  models.forEach((model, i) => {
    const name = plans[i]?.name ?? model.name;
    const ws = worksheets.add(name);
    first ??= ws;
    queueSheetWrite(batcher, ws, model, caps, new Map());
    names.push(name);
    if (name !== model.name) notes.push({ key: "template-name-taken", params: { wanted: model.name, used: name } });
  });
  const active = first as Excel.Worksheet | null;
  if (active) batcher.add(50, () => active.activate());
  const syncs = 1 + (await batcher.flush(context, caps));
  if (!caps.v1_8) notes.push({ key: "template-no-validation", params: {} });
  if (!caps.v1_2 && models.some((m) => m.protect)) notes.push({ key: "template-no-protection", params: {} });
  return { name: names[0] ?? models[0]?.name ?? "", names, notes, syncs };
}

/**
 * Opens a new workbook from a base64 .xlsx (built in the pane, e.g. with @e965/xlsx).
 * @requires ExcelApi 1.8
 */
function createWorkbookFromBase64(base64: string): Promise<void> {
  return Excel.createWorkbook(base64);
}

/**
 * Opens the template as a new workbook the officer can save and email, where `Excel.createWorkbook`
 * exists (ExcelApi 1.8); otherwise says so and does nothing.
 *
 * @param base64 - the template .xlsx, base64-encoded
 * @param caps - host capabilities
 * @param create - the workbook opener (tests pass a fake; default `Excel.createWorkbook`)
 * @returns whether it opened, and a note when it could not
 */
export async function openTemplateAsNewWorkbook(
  base64: string,
  caps: Caps,
  create?: (base64: string) => Promise<void>,
): Promise<{ opened: boolean; note: Note | null }> {
  if (!caps.v1_8) return { opened: false, note: { key: "no-new-workbook", params: {} } };
  await (create ?? createWorkbookFromBase64)(base64);
  return { opened: true, note: null };
}
