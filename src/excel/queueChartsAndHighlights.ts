import type { ChartSpec, SheetKey } from "../core";
import type { Batcher } from "./batcher";
import type { Caps } from "./caps";
import { queueChart } from "./charts";
import { type HighlightCell, queueAddHighlights, queueRemoveHighlights } from "./highlights";
import type { SheetsRead } from "./readSheets";
import type { TargetsRead } from "./readTargets";
import type { WritePlan } from "./planWrite";

/**
 * Queues the native charts on the sheets written (updated in place by key) and, from ExcelApi 1.6, the highlights:
 * the add-in's old rules are removed and new ones added on the officer's sheets that are not protected (Excel
 * refuses conditional formats there). Nothing is synced here.
 *
 * @example
 * const placed = queueChartsAndHighlights(batcher, model.charts, targetSheets, { sheets, targets, plan }, caps);
 * const highlighted = placed.length;
 *
 * @param batcher - collects the operations
 * @param charts - the model's charts
 * @param targetSheets - key → the sheet written (`queueReportSheets`)
 * @param state - the sheets read, what was read of them and the plan
 * @param caps - host capabilities
 * @returns the highlights placed
 */
export function queueChartsAndHighlights(
  batcher: Batcher,
  charts: readonly ChartSpec[],
  targetSheets: ReadonlyMap<SheetKey, Excel.Worksheet>,
  state: { readonly sheets: SheetsRead; readonly targets: TargetsRead; readonly plan: WritePlan },
  caps: Caps,
): HighlightCell[] {
  const { sheets, targets, plan } = state;
  for (const spec of charts) {
    const ws = targetSheets.get(spec.sheet);
    if (ws) queueChart(batcher, ws, spec, targets.charts.get(spec.sheet) ?? []);
  }
  if (!caps.v1_6) return [];
  queueRemoveHighlights(
    batcher,
    [...targets.rules].filter(([name]) => !targets.isProtected(name)).map(([, formats]) => formats),
  );
  const officerSheets = new Map(
    [...sheets.existing].filter(([name]) => !plan.ownedNow.has(name) && !targets.isProtected(name)),
  );
  const placed = plan.highlights.filter((h) => officerSheets.has(h.sheet.toLowerCase()));
  queueAddHighlights(batcher, officerSheets, placed);
  return placed;
}
