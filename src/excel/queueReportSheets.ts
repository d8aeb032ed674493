import type { SheetKey } from "../core";
import type { Batcher } from "./batcher";
import type { Caps } from "./caps";
import { queueClearOwnedSheet } from "./clearOwnedSheet";
import type { SheetsRead } from "./readSheets";
import type { SheetsPrepared } from "./prepareSheets";
import type { WritePlan } from "./planWrite";
import { queueSheetWrite } from "./writeSheet";

/**
 * Queues the sheets of the report (nothing is synced): each planned sheet not left protected is added, or cleared
 * when reused, then rendered (`queueSheetWrite`), with links to the names actually used.
 *
 * @example
 * const targets = queueReportSheets(batcher, sheets, plan, prepared, caps);
 * queueChart(batcher, targets.get("xu-huong"), spec, []);
 *
 * @param batcher - collects the operations
 * @param sheets - the workbook's sheets (`readSheets`)
 * @param plan - where each model sheet goes (`planWrite`)
 * @param prepared - the owned sheets left protected (`prepareSheets`)
 * @param caps - host capabilities
 * @returns key → the sheet written, in plan order
 */
export function queueReportSheets(
  batcher: Batcher,
  sheets: SheetsRead,
  plan: WritePlan,
  prepared: SheetsPrepared,
  caps: Caps,
): Map<SheetKey, Excel.Worksheet> {
  const nameMap = new Map(plan.plans.map((p) => [p.model.name, p.name]));
  const targets = new Map<SheetKey, Excel.Worksheet>();
  for (const sheet of plan.plans) {
    if (prepared.lockedNames.has(sheet.name.toLowerCase())) continue;
    const reused = sheet.reuse ? sheets.existing.get(sheet.name.toLowerCase()) : undefined;
    const ws = reused ?? sheets.worksheets.add(sheet.name);
    if (reused) queueClearOwnedSheet(batcher, ws, caps);
    targets.set(sheet.model.key, ws);
    queueSheetWrite(batcher, ws, sheet.model, caps, nameMap);
  }
  return targets;
}
