import type { ReportModel, SheetKey, SheetModel } from "../core";
import { Batcher } from "./batcher";
import type { Caps } from "./caps";
import { queueChart } from "./charts";
import { type HighlightCell, queueAddHighlights, queueRemoveHighlights } from "./highlights";
import type { OwnershipRecord, OwnershipStore } from "./ownership";
import { queueClearOwnedSheet } from "./clearOwnedSheet";
import { planSheets } from "./planSheets";
import { unprotectSheets } from "./unprotectSheets";
import { queueSheetWrite } from "./writeSheet";

export interface WriteOptions {
  /** Cells of the officer's sheets to highlight (ExcelApi 1.6; below it only "Kiểm tra" lists them). */
  readonly highlights?: readonly HighlightCell[];
  /** Activate the first report sheet when done (default true). */
  readonly activate?: boolean;
}

export interface WriteResult {
  /** Key → the sheet actually written. */
  readonly sheetNames: Readonly<Partial<Record<SheetKey, string>>>;
  /** Vietnamese notes for the pane (e.g. a sheet name that belonged to the officer). */
  readonly notes: readonly string[];
  /** Highlight rules added. */
  readonly highlighted: number;
  /** `context.sync()` calls made. */
  readonly syncs: number;
}

const CF_LOAD = "items/type, items/customOrNullObject/rule/formula";

/** What A1 of a written sheet holds (a formula cell's expected value; "" when empty). */
function signatureOf(sheet: SheetModel): string {
  const cell = sheet.rows[0]?.[0];
  return cell?.v === null || cell?.v === undefined ? "" : String(cell.v);
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
export async function writeReport(context: Excel.RequestContext, model: ReportModel, caps: Caps, ownership: OwnershipStore, options: WriteOptions = {}): Promise<WriteResult> {
  const record = ownership.read();
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/name");
  await context.sync();
  let syncs = 1;

  const existing = new Map(worksheets.items.map((ws) => [ws.name.toLowerCase(), ws]));
  const names = worksheets.items.map((ws) => ws.name);
  const firstPlans = planSheets(model.sheets, names, record);

  // Phase 2: what must be read before writing — the A1 signature of sheets to reuse, charts to
  // update, the add-in's old highlight rules.
  const signatureCells = new Map<SheetKey, Excel.Range>();
  const chartKeys = new Set(model.charts.map((c) => c.sheet));
  const chartLists = new Map<SheetKey, Excel.ChartCollection>();
  const guarded = new Map<string, Excel.Worksheet>();
  const watchProtection = (name: string, ws: Excel.Worksheet): void => {
    if (!caps.v1_2 || guarded.has(name)) return;
    ws.load("protection/protected");
    guarded.set(name, ws);
  };
  for (const plan of firstPlans) {
    const ws = existing.get(plan.name.toLowerCase());
    if (!plan.reuse || !ws) continue;
    watchProtection(plan.name.toLowerCase(), ws);
    if (record.signatures?.[plan.model.key] !== undefined) {
      const a1 = ws.getRange("A1");
      a1.load("values");
      signatureCells.set(plan.model.key, a1);
    }
    if (chartKeys.has(plan.model.key)) {
      ws.charts.load("items/name");
      chartLists.set(plan.model.key, ws.charts);
    }
  }
  const ownedBefore = new Set(Object.values(record.sheets).map((n) => (n as string).toLowerCase()));
  const candidates = (options.highlights ?? []).filter((h) => !ownedBefore.has(h.sheet.toLowerCase()) && !firstPlans.some((p) => p.name.toLowerCase() === h.sheet.toLowerCase()));
  const cfLists = new Map<string, Excel.ConditionalFormatCollection>();
  if (caps.v1_6) {
    const ruleSheets = new Set([...record.highlightSheets, ...candidates.map((h) => h.sheet)].map((n) => n.toLowerCase()));
    for (const name of ruleSheets) {
      const ws = existing.get(name);
      if (!ws || ownedBefore.has(name)) continue;
      const formats = ws.getRange().conditionalFormats;
      formats.load(CF_LOAD);
      cfLists.set(name, formats);
      watchProtection(name, ws);
    }
  }
  if (signatureCells.size > 0 || chartLists.size > 0 || cfLists.size > 0 || guarded.size > 0) {
    await context.sync();
    syncs++;
  }
  const isProtected = (name: string): boolean => guarded.get(name.toLowerCase())?.protection.protected === true;

  // A recorded sheet whose A1 is not what the add-in wrote is now the officer's: plan again without it.
  const replaced = new Set<SheetKey>();
  for (const [key, a1] of signatureCells) {
    if (String(a1.values[0]?.[0] ?? "") !== record.signatures?.[key]) replaced.add(key);
  }
  const kept = Object.fromEntries(Object.entries(record.sheets).filter(([key]) => !replaced.has(key as SheetKey)));
  const plans = replaced.size === 0 ? firstPlans : planSheets(model.sheets, names, { ...record, sheets: kept });
  for (const key of replaced) chartLists.delete(key);
  const ownedNow = new Set(plans.map((p) => p.name.toLowerCase()));
  const highlights = candidates.filter((h) => !ownedNow.has(h.sheet.toLowerCase()));
  const unprotected = await unprotectSheets(
    context,
    plans.filter((p) => p.reuse && isProtected(p.name)).map((p) => existing.get(p.name.toLowerCase()) as Excel.Worksheet),
  );
  syncs += unprotected.syncs;
  const locked = new Set(unprotected.locked.map((n) => n.toLowerCase()));
  const sheetNames: Partial<Record<SheetKey, string>> = {};
  for (const plan of plans) sheetNames[plan.model.key] = plan.name;
  const newKeys = new Set(plans.filter((p) => !p.reuse).map((p) => p.model.key as string));
  const recordedSignatures = Object.fromEntries(Object.entries(record.signatures ?? {}).filter(([key]) => !newKeys.has(key)));
  await ownership.write({ ...record, sheets: { ...record.sheets, ...sheetNames }, signatures: recordedSignatures }).catch(() => undefined);

  // Phase 3: every write, in one batch unless the payload is over the request limit.
  const batcher = new Batcher();
  const nameMap = new Map(plans.map((p) => [p.model.name, p.name]));
  const targets = new Map<SheetKey, Excel.Worksheet>();
  for (const plan of plans) {
    if (locked.has(plan.name.toLowerCase())) continue;
    const reused = plan.reuse ? existing.get(plan.name.toLowerCase()) : undefined;
    const ws = reused ?? worksheets.add(plan.name);
    if (reused) queueClearOwnedSheet(batcher, ws, caps);
    targets.set(plan.model.key, ws);
    queueSheetWrite(batcher, ws, plan.model, caps, nameMap);
  }
  for (const spec of model.charts) {
    const ws = targets.get(spec.sheet);
    if (ws) queueChart(batcher, ws, spec, chartLists.get(spec.sheet)?.items ?? []);
  }
  let placed: HighlightCell[] = [];
  if (caps.v1_6) {
    queueRemoveHighlights(batcher, [...cfLists].filter(([name]) => !isProtected(name)).map(([, formats]) => formats));
    const officerSheets = new Map([...existing].filter(([name]) => !ownedNow.has(name) && !isProtected(name)));
    placed = highlights.filter((h) => officerSheets.has(h.sheet.toLowerCase()));
    queueAddHighlights(batcher, officerSheets, placed);
  }
  const first = plans[0] ? targets.get(plans[0].model.key) : undefined;
  if (first && options.activate !== false) batcher.add(50, () => first.activate());
  syncs += await batcher.flush(context, caps);

  const signatures: Partial<Record<SheetKey, string>> = { ...record.signatures };
  for (const plan of plans) if (!locked.has(plan.name.toLowerCase())) signatures[plan.model.key] = signatureOf(plan.model);
  // A protected sheet's old rules could not be removed: it stays listed until they are.
  const stillRuled = record.highlightSheets.filter((n) => isProtected(n) && existing.has(n.toLowerCase()));
  const next: OwnershipRecord = {
    version: 1,
    sheets: { ...record.sheets, ...sheetNames },
    signatures,
    highlightSheets: caps.v1_6 ? [...new Set([...placed.map((h) => h.sheet), ...stillRuled])] : record.highlightSheets,
  };
  const notes = plans.map((p) => p.note).filter((n): n is string => n !== null);
  for (const name of unprotected.locked) notes.push(`Trang “${name}” của phần bổ trợ đang bị khóa bằng mật khẩu nên không được ghi lại. Hãy bỏ bảo vệ trang (Xem lại › Bỏ bảo vệ Trang tính) rồi chạy lại.`);
  if (caps.v1_6) {
    for (const name of new Set(highlights.filter((h) => isProtected(h.sheet)).map((h) => existing.get(h.sheet.toLowerCase())?.name ?? h.sheet))) {
      notes.push(`Trang “${name}” đang được khóa (bảo vệ) nên các ô có lỗi không được tô màu; xem danh sách ở trang “Kiểm tra”.`);
    }
  }
  try {
    await ownership.write(next);
  } catch {
    // The report is written; only the record failed. Next time these sheets would look like the officer's.
    notes.push("Không lưu được danh sách trang do phần bổ trợ tạo (cài đặt của sổ làm việc). Hãy lưu sổ làm việc rồi chạy lại “Tổng hợp”.");
  }
  return { sheetNames, notes, highlighted: placed.length, syncs };
}
