import type { SheetKey, SheetModel } from "../core";
import type { Caps } from "./caps";
import type { HighlightCell } from "./highlights";
import type { Note } from "./noteCatalogue";
import type { OwnershipRecord, OwnershipStore } from "./ownership";
import type { SheetsRead } from "./readSheets";
import type { TargetsRead } from "./readTargets";
import type { WritePlan } from "./planWrite";
import type { SheetsPrepared } from "./prepareSheets";

/** What the finish phase needs from the earlier phases. */
export interface FinishState {
  readonly record: OwnershipRecord;
  readonly sheets: SheetsRead;
  readonly targets: TargetsRead;
  readonly plan: WritePlan;
  readonly prepared: SheetsPrepared;
  readonly placed: readonly HighlightCell[];
  readonly caps: Caps;
}

/** What A1 of a written sheet holds (a formula cell's expected value; "" when empty). */
function signatureOf(sheet: SheetModel): string {
  const cell = sheet.rows[0]?.[0];
  return cell?.v === null || cell?.v === undefined ? "" : String(cell.v);
}

/**
 * Finish phase of `writeReport` (no sync): records in full what the add-in now owns (the sheets written with their
 * A1 signatures, the sheets with its highlight rules) and gathers the notes for the pane: names taken by the
 * officer, owned sheets locked by a password, protected sheets left without highlights, a record not saved.
 *
 * @example
 * const notes = await finishWrite(ownership, { record, sheets, targets, plan, prepared, placed, caps });
 *
 * @param ownership - where the add-in records what it owns
 * @param state - the record as read at the start and the results of the earlier phases
 * @returns the notes for the officer (`noteMessage` renders them)
 */
export async function finishWrite(ownership: OwnershipStore, state: FinishState): Promise<Note[]> {
  const notes = notesOf(state);
  try {
    await ownership.write(nextRecord(state));
  } catch {
    // The report is written; only the record failed. Next time these sheets would look like the officer's.
    notes.push({ key: "record-not-saved", params: {} });
  }
  return notes;
}

/** The record after the write. */
function nextRecord({ record, sheets, targets, plan, prepared, placed, caps }: FinishState): OwnershipRecord {
  const signatures: Partial<Record<SheetKey, string>> = { ...record.signatures };
  for (const sheet of plan.plans)
    if (!prepared.lockedNames.has(sheet.name.toLowerCase())) signatures[sheet.model.key] = signatureOf(sheet.model);
  // A protected sheet's old rules could not be removed: it stays listed until they are.
  const stillRuled = record.highlightSheets.filter(
    (n) => targets.isProtected(n) && sheets.existing.has(n.toLowerCase()),
  );
  return {
    version: 1,
    sheets: { ...record.sheets, ...plan.sheetNames },
    signatures,
    highlightSheets: caps.v1_6 ? [...new Set([...placed.map((h) => h.sheet), ...stillRuled])] : record.highlightSheets,
  };
}

/** The notes of the write, before the record is saved. */
function notesOf({ sheets, targets, plan, prepared, caps }: FinishState): Note[] {
  const notes = plan.plans.map((p) => p.note).filter((n): n is Note => n !== null);
  for (const name of prepared.locked) notes.push({ key: "owned-sheet-password", params: { sheet: name } });
  if (caps.v1_6) {
    for (const name of new Set(
      plan.highlights
        .filter((h) => targets.isProtected(h.sheet))
        .map((h) => sheets.existing.get(h.sheet.toLowerCase())?.name ?? h.sheet),
    )) {
      notes.push({ key: "protected-no-highlights", params: { sheet: name } });
    }
  }
  return notes;
}
