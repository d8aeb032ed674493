import type { ReportModel } from "../core";
import { Batcher } from "./batcher";
import type { Caps } from "./caps";
import type { HighlightCell } from "./highlights";
import type { SheetsRead } from "./readSheets";
import type { TargetsRead } from "./readTargets";
import type { WritePlan } from "./planWrite";
import type { SheetsPrepared } from "./prepareSheets";
import { queueChartsAndHighlights } from "./queueChartsAndHighlights";
import { queueReportSheets } from "./queueReportSheets";

/** What the write phase did. */
export interface BatchWritten {
  /** The highlights placed. */
  readonly placed: readonly HighlightCell[];
  /** `context.sync()` calls made (one, plus one per extra 4 MB of payload). */
  readonly syncs: number;
}

/** What the write phase needs from the earlier phases. */
export interface BatchState {
  readonly sheets: SheetsRead;
  readonly targets: TargetsRead;
  readonly plan: WritePlan;
  readonly prepared: SheetsPrepared;
  readonly caps: Caps;
}

/**
 * Write phase of `writeReport`: every write in one batch unless the payload is over the request limit (the
 * `Batcher` splits it): the report sheets (`queueReportSheets`), then the charts and highlights
 * (`queueChartsAndHighlights`), then, when asked, the first report sheet is activated.
 *
 * @example
 * const written = await writeBatch(context, model, { sheets, targets, plan, prepared, caps }, true);
 * syncs += written.syncs;
 *
 * @param context - the request context from `Excel.run`
 * @param model - the report model
 * @param state - the results of the read, plan and prepare phases, and capabilities
 * @param activate - whether to show the first report sheet
 * @returns the highlights placed and the syncs made
 */
export async function writeBatch(
  context: Excel.RequestContext,
  model: ReportModel,
  state: BatchState,
  activate: boolean,
): Promise<BatchWritten> {
  const batcher = new Batcher();
  const targetSheets = queueReportSheets(batcher, state.sheets, state.plan, state.prepared, state.caps);
  const placed = queueChartsAndHighlights(batcher, model.charts, targetSheets, state, state.caps);
  const firstPlan = state.plan.plans[0];
  const first = firstPlan ? targetSheets.get(firstPlan.model.key) : undefined;
  if (first && activate) batcher.add(50, () => first.activate());
  const syncs = await batcher.flush(context, state.caps);
  return { placed, syncs };
}
