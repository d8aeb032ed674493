import type { ReportModel, SheetKey } from "../core";
import type { HighlightCell } from "./highlights";
import type { OwnershipRecord } from "./ownership";
import { planSheets, type SheetPlan } from "./planSheets";
import type { SheetsRead } from "./readSheets";
import type { TargetsRead } from "./readTargets";

/** Where the report goes, once what the workbook holds is known. */
export interface WritePlan {
  /** One plan per model sheet, in order. */
  readonly plans: readonly SheetPlan[];
  /** Key → the sheet written. */
  readonly sheetNames: Readonly<Partial<Record<SheetKey, string>>>;
  /** Lower-case names of the sheets the add-in writes (never highlighted). */
  readonly ownedNow: ReadonlySet<string>;
  /** The highlights to place: on sheets the add-in does not write. */
  readonly highlights: readonly HighlightCell[];
}

/**
 * Plan phase of `writeReport` (no sync): the first plan stands unless a recorded sheet was replaced by the officer,
 * in which case the sheets are planned again as if the add-in had never created that one, so it is not touched.
 *
 * @example
 * const plan = planWrite(model, sheets, record, firstPlans, targets);
 * plan.sheetNames["tong-hop"]; // "Tổng hợp", or "Tổng hợp (2)" when the officer's sheet holds the name
 *
 * @param model - the report model
 * @param sheets - the workbook's sheets (`readSheets`)
 * @param record - what the add-in owns
 * @param firstPlans - the plan from the record as it is
 * @param targets - what was read (`readTargets`)
 * @returns the plans, the names written, the owned names and the highlights to place
 */
export function planWrite(
  model: ReportModel,
  sheets: SheetsRead,
  record: OwnershipRecord,
  firstPlans: readonly SheetPlan[],
  targets: TargetsRead,
): WritePlan {
  const replaced = targets.replaced;
  const kept = Object.fromEntries(Object.entries(record.sheets).filter(([key]) => !replaced.has(key as SheetKey)));
  const plans = replaced.size === 0 ? firstPlans : planSheets(model.sheets, sheets.names, { ...record, sheets: kept });
  const ownedNow = new Set(plans.map((p) => p.name.toLowerCase()));
  const sheetNames: Partial<Record<SheetKey, string>> = {};
  for (const plan of plans) sheetNames[plan.model.key] = plan.name;
  return {
    plans,
    sheetNames,
    ownedNow,
    highlights: targets.candidates.filter((h) => !ownedNow.has(h.sheet.toLowerCase())),
  };
}
