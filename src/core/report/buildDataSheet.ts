import type { Consolidation } from "../consolidate/types";
import { buildStoreSheet } from "../store/buildStoreSheet";
import type { StoreRow } from "../store/storeRow";
import { toStoreRows } from "../store/toStoreRows";
import type { Submission } from "../types";
import type { SheetModel } from "../sheet/model";

function compare(a: Submission, b: Submission): number {
  const year = (a.year ?? 0) - (b.year ?? 0);
  if (year !== 0) return year;
  const unit = (a.unitName ?? "").localeCompare(b.unitName ?? "", "vi");
  if (unit !== 0) return unit;
  // The counting version first, then the replaced ones.
  return (a.status === "accepted" ? 0 : 1) - (b.status === "accepted" ? 0 : 1);
}

/**
 * Describes the "Dữ liệu" sheet: the long table of every counted number with its provenance (year,
 * unit, field, level, type, new, cumulative, source file, sheet, table range, report date, status),
 * superseded versions kept and greyed. It is the same sheet as the add-in's workbook store, so a
 * report written by the CLI can be opened and extended in Excel; rejected reports are not stored
 * (the "Kiểm tra" sheet says why).
 *
 * @param c - the consolidation
 * @param now - ISO time of this run, written as the import time ("" leaves it blank)
 * @returns the sheet model, key "du-lieu"
 * @example
 * buildDataSheet(c, "").rows.length //=> 1 + rows of accepted and superseded submissions
 */
export function buildDataSheet(c: Consolidation, now = ""): SheetModel {
  const stored = c.submissions.filter((s) => s.status !== "rejected").sort(compare);
  const rows: StoreRow[] = stored.flatMap((s) =>
    toStoreRows(s, s.status === "accepted" ? "active" : "superseded", now),
  );
  return { ...buildStoreSheet(rows), landscape: true };
}
