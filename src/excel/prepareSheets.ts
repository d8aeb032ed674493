import type { SheetKey } from "../core";
import type { Caps } from "./caps";
import type { OwnershipRecord, OwnershipStore } from "./ownership";
import type { SheetsRead } from "./readSheets";
import type { TargetsRead } from "./readTargets";
import { unprotectSheets } from "./unprotectSheets";
import type { WritePlan } from "./planWrite";

/** Owned sheets that could not be prepared. */
export interface SheetsPrepared {
  /** Names of the owned sheets left protected (a password is needed), as written. */
  readonly locked: readonly string[];
  /** The same names in lower case. */
  readonly lockedNames: ReadonlySet<string>;
  /** `context.sync()` calls made (none when no owned sheet is protected). */
  readonly syncs: number;
}

/**
 * Prepare phase of `writeReport`: takes protection off the owned sheets to rewrite (one sync when any is protected,
 * more when one needs a password: `unprotectSheets`), then records the new sheets as the add-in's before the big
 * write, so a failed write leaves no sheet that would later look like the officer's. A failed record is ignored
 * here: the full record is written again once the report is (`finishWrite`).
 *
 * @example
 * const prepared = await prepareSheets(context, { sheets, targets, plan, caps }, ownership, record);
 * for (const sheet of prepared.locked) notes.push({ key: "owned-sheet-password", params: { sheet } });
 *
 * @param context - the request context from `Excel.run`
 * @param state - the sheets read, what was read of them, the plan and capabilities
 * @param ownership - where the add-in records what it owns
 * @param record - the record as read at the start
 * @returns the sheets left protected and the syncs made
 */
export async function prepareSheets(
  context: Excel.RequestContext,
  state: { readonly sheets: SheetsRead; readonly targets: TargetsRead; readonly plan: WritePlan; readonly caps: Caps },
  ownership: OwnershipStore,
  record: OwnershipRecord,
): Promise<SheetsPrepared> {
  const { sheets, targets, plan, caps } = state;
  const toUnprotect = plan.plans
    .filter((p) => p.reuse && targets.isProtected(p.name))
    .map((p) => sheets.existing.get(p.name.toLowerCase()) as Excel.Worksheet);
  const unprotected = caps.v1_2 ? await unprotectSheets(context, toUnprotect) : { locked: [], syncs: 0 };
  await ownership.write(withNewSheets(record, plan)).catch(() => undefined);
  return {
    locked: unprotected.locked,
    lockedNames: new Set(unprotected.locked.map((n) => n.toLowerCase())),
    syncs: unprotected.syncs,
  };
}

/** The record with the planned sheets, and without the signatures of keys whose sheet is new (not written yet). */
function withNewSheets(record: OwnershipRecord, plan: WritePlan): OwnershipRecord {
  const newKeys = new Set(plan.plans.filter((p) => !p.reuse).map((p) => p.model.key as string));
  const signatures = Object.fromEntries(
    Object.entries(record.signatures ?? {}).filter(([key]) => !newKeys.has(key)),
  ) as Partial<Record<SheetKey, string>>;
  return { ...record, sheets: { ...record.sheets, ...plan.sheetNames }, signatures };
}
