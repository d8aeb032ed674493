import type { SheetKey, SheetModel } from "../core";
import type { Note } from "./noteCatalogue";
import type { OwnershipRecord } from "./ownership";

/** Where one model sheet goes. */
export interface SheetPlan {
  readonly model: SheetModel;
  /** The sheet name to write. */
  readonly name: string;
  /** True when the sheet exists and is the add-in's own (cleared and rewritten, charts kept). */
  readonly reuse: boolean;
  /** A note when the usual name belongs to the officer and another name is used. */
  readonly note: Note | null;
}

const MAX_NAME = 31;

function withSuffix(base: string, n: number): string {
  if (n === 1) return base.slice(0, MAX_NAME);
  const suffix = ` (${n})`;
  return base.slice(0, MAX_NAME - suffix.length) + suffix;
}

/**
 * Decides the sheet each model sheet is written to. A sheet the record says the add-in created is
 * reused; a sheet with the wanted name that the add-in did not create is the officer's and is never
 * touched: the next free name "Tên (2)", "Tên (3)"… is used instead, with a note. Names compare
 * case-insensitively, as in Excel.
 *
 * @param sheets - the model's sheets
 * @param existing - every sheet name in the workbook
 * @param record - what the add-in owns
 * @returns one plan per model sheet, in order
 */
export function planSheets(
  sheets: readonly SheetModel[],
  existing: readonly string[],
  record: OwnershipRecord,
): SheetPlan[] {
  const present = new Map(existing.map((name) => [name.toLowerCase(), name]));
  const taken = new Set<string>();
  return sheets.map((model) => {
    const recorded = record.sheets[model.key as SheetKey];
    const own = recorded ? present.get(recorded.toLowerCase()) : undefined;
    if (own && !taken.has(own.toLowerCase())) {
      taken.add(own.toLowerCase());
      return {
        model,
        name: own,
        reuse: true,
        note: own.toLowerCase() === model.name.toLowerCase() ? null : officerNote(model.name, own, present),
      };
    }
    let n = 1;
    while (present.has(withSuffix(model.name, n).toLowerCase()) || taken.has(withSuffix(model.name, n).toLowerCase()))
      n++;
    const name = withSuffix(model.name, n);
    taken.add(name.toLowerCase());
    return { model, name, reuse: false, note: n === 1 ? null : officerNote(model.name, name, present) };
  });
}

function officerNote(wanted: string, used: string, present: ReadonlyMap<string, string>): Note | null {
  if (!present.has(wanted.toLowerCase())) return null;
  return { key: "officer-sheet-kept", params: { wanted, used } };
}
