import type { ReportModel, SheetKey } from "../core";
import type { Caps } from "./caps";
import type { HighlightCell } from "./highlights";
import type { OwnershipRecord } from "./ownership";
import type { SheetPlan } from "./planSheets";
import type { SheetsRead } from "./readSheets";

/** What must be known about the sheets before writing them. */
export interface TargetsRead {
  /** Keys of recorded sheets whose A1 is no longer what the add-in wrote: the officer's now. */
  readonly replaced: ReadonlySet<SheetKey>;
  /** Key → the charts already on the reused sheet (updated in place by name); none for replaced sheets. */
  readonly charts: ReadonlyMap<SheetKey, readonly Excel.Chart[]>;
  /** Lower-case name → the conditional formats of an officer's sheet where the add-in's old rules may be (1.6). */
  readonly rules: ReadonlyMap<string, Excel.ConditionalFormatCollection>;
  /** The highlights asked for on sheets the add-in neither owned nor plans to write. */
  readonly candidates: readonly HighlightCell[];
  /** Whether a sheet (any case) was loaded as protected (1.2; false when not loaded). */
  readonly isProtected: (name: string) => boolean;
  /** `context.sync()` calls made (zero or one). */
  readonly syncs: number;
}

/** What `readTargets` needs. */
export interface TargetsQuery {
  readonly model: ReportModel;
  readonly sheets: SheetsRead;
  /** The first plan, from the record as it is. */
  readonly plans: readonly SheetPlan[];
  readonly record: OwnershipRecord;
  readonly caps: Caps;
  readonly highlights: readonly HighlightCell[];
}

const CF_LOAD = "items/type, items/customOrNullObject/rule/formula";

/** The proxies loaded before the phase's sync. */
interface Loads {
  readonly signatureCells: Map<SheetKey, Excel.Range>;
  readonly chartLists: Map<SheetKey, Excel.ChartCollection>;
  readonly rules: Map<string, Excel.ConditionalFormatCollection>;
  readonly guarded: Map<string, Excel.Worksheet>;
}

/**
 * Read phase of `writeReport`, in one sync (none when nothing is to be read): the A1 signature of the sheets to
 * reuse, the charts to update, the add-in's old highlight rules and the protection of every sheet written or
 * highlighted. A recorded sheet whose A1 is not what the add-in wrote is reported as replaced.
 *
 * @example
 * const targets = await readTargets(context, { model, sheets, plans, record, caps, highlights });
 * if (targets.replaced.size > 0) plans = planSheets(model.sheets, sheets.names, withoutReplaced);
 *
 * @param context - the request context from `Excel.run`
 * @param query - the model, the sheets read, the first plan, the record, capabilities and highlights asked for
 * @returns what was read
 */
export async function readTargets(context: Excel.RequestContext, query: TargetsQuery): Promise<TargetsRead> {
  const loads: Loads = { signatureCells: new Map(), chartLists: new Map(), rules: new Map(), guarded: new Map() };
  loadReusedSheets(query, loads);
  const candidates = highlightCandidates(query);
  loadHighlightSheets(query, candidates, loads);
  const { signatureCells, chartLists, rules, guarded } = loads;
  let syncs = 0;
  if (signatureCells.size > 0 || chartLists.size > 0 || rules.size > 0 || guarded.size > 0) {
    await context.sync();
    syncs++;
  }
  const replaced = new Set<SheetKey>();
  for (const [key, a1] of signatureCells) {
    if (String(a1.values[0]?.[0] ?? "") !== query.record.signatures?.[key]) replaced.add(key);
  }
  const charts = new Map<SheetKey, readonly Excel.Chart[]>();
  for (const [key, list] of chartLists) if (!replaced.has(key)) charts.set(key, list.items);
  const isProtected = (name: string): boolean =>
    query.caps.v1_2 && guarded.get(name.toLowerCase())?.protection.protected === true;
  return { replaced, charts, rules, candidates, isProtected, syncs };
}

/** Loads the protection of a sheet once (1.2). */
function watchProtection(loads: Loads, caps: Caps, name: string, ws: Excel.Worksheet): void {
  if (!caps.v1_2 || loads.guarded.has(name)) return;
  ws.load("protection/protected");
  loads.guarded.set(name, ws);
}

/** Loads, for each sheet to reuse, its protection, its A1 (when a signature is recorded) and its charts. */
function loadReusedSheets(query: TargetsQuery, loads: Loads): void {
  const chartKeys = new Set(query.model.charts.map((c) => c.sheet));
  for (const plan of query.plans) {
    const ws = query.sheets.existing.get(plan.name.toLowerCase());
    if (!plan.reuse || !ws) continue;
    watchProtection(loads, query.caps, plan.name.toLowerCase(), ws);
    if (query.record.signatures?.[plan.model.key] !== undefined) {
      const a1 = ws.getRange("A1");
      a1.load("values");
      loads.signatureCells.set(plan.model.key, a1);
    }
    if (chartKeys.has(plan.model.key)) {
      ws.charts.load("items/name");
      loads.chartLists.set(plan.model.key, ws.charts);
    }
  }
}

/** The highlights asked for on sheets the add-in did not own and does not plan to write. */
function highlightCandidates(query: TargetsQuery): HighlightCell[] {
  const ownedBefore = ownedNames(query.record);
  return query.highlights.filter(
    (h) =>
      !ownedBefore.has(h.sheet.toLowerCase()) &&
      !query.plans.some((p) => p.name.toLowerCase() === h.sheet.toLowerCase()),
  );
}

/** Lower-case names of the sheets the record says the add-in created. */
function ownedNames(record: OwnershipRecord): Set<string> {
  return new Set(Object.values(record.sheets).map((n) => (n as string).toLowerCase()));
}

/** Loads the conditional formats and protection of the officer's sheets with old or new highlights (1.6). */
function loadHighlightSheets(query: TargetsQuery, candidates: readonly HighlightCell[], loads: Loads): void {
  if (!query.caps.v1_6) return;
  const ownedBefore = ownedNames(query.record);
  const ruleSheets = new Set(
    [...query.record.highlightSheets, ...candidates.map((h) => h.sheet)].map((n) => n.toLowerCase()),
  );
  for (const name of ruleSheets) {
    const ws = query.sheets.existing.get(name);
    if (!ws || ownedBefore.has(name)) continue;
    const formats = ws.getRange().conditionalFormats;
    formats.load(CF_LOAD);
    loads.rules.set(name, formats);
    watchProtection(loads, query.caps, name, ws);
  }
}
