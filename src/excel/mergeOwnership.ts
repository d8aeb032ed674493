import type { SheetKey } from "../core";
import type { OwnershipRecord } from "./ownership";

/** Per entry: what this runtime changed since it read wins (it is the later write); anything else is what is saved now. */
function mergeEntries(
  base: Readonly<Record<string, string>>,
  ours: Readonly<Record<string, string>>,
  theirs: Readonly<Record<string, string>>,
): Record<string, string> {
  const merged: Record<string, string> = {};
  for (const key of new Set([...Object.keys(base), ...Object.keys(ours), ...Object.keys(theirs)])) {
    const value = ours[key] !== base[key] ? ours[key] : theirs[key];
    if (value !== undefined) merged[key] = value;
  }
  return merged;
}

/** The same for a list of sheet names (compared ignoring case, as Excel compares sheet names). */
function mergeNames(base: readonly string[], ours: readonly string[], theirs: readonly string[]): string[] {
  const byName = (names: readonly string[]) => Object.fromEntries(names.map((n) => [n.toLowerCase(), n]));
  return Object.values(mergeEntries(byName(base), byName(ours), byName(theirs)));
}

/**
 * Merges the ownership record a runtime is about to save with the one saved meanwhile by another runtime (the task
 * pane and the ribbon's function file each hold their own copy of the document settings, and `saveAsync` writes the
 * whole copy). Three-way, entry by entry (sheet key, signature, highlighted sheet): an entry this runtime changed
 * since it read `base` takes its value (the later write wins); an entry it did not change keeps the saved value.
 *
 * @example
 * mergeOwnership(EMPTY_OWNERSHIP, { ...EMPTY_OWNERSHIP, sheets: { "kiem-tra": "Kiểm tra" } }, { ...EMPTY_OWNERSHIP, sheets: { "tong-hop": "Tổng hợp" } }).sheets
 * //=> { "kiem-tra": "Kiểm tra", "tong-hop": "Tổng hợp" }
 *
 * @param base - the record this runtime read before its operation
 * @param ours - the record this runtime wants to save
 * @param theirs - the record saved in the document now
 * @returns the record to save
 */
export function mergeOwnership(base: OwnershipRecord, ours: OwnershipRecord, theirs: OwnershipRecord): OwnershipRecord {
  type Entries = Readonly<Record<string, string>>;
  return {
    version: 1,
    sheets: mergeEntries(base.sheets as Entries, ours.sheets as Entries, theirs.sheets as Entries) as Partial<
      Record<SheetKey, string>
    >,
    signatures: mergeEntries(
      (base.signatures ?? {}) as Entries,
      (ours.signatures ?? {}) as Entries,
      (theirs.signatures ?? {}) as Entries,
    ) as Partial<Record<SheetKey, string>>,
    highlightSheets: mergeNames(base.highlightSheets, ours.highlightSheets, theirs.highlightSheets),
  };
}
