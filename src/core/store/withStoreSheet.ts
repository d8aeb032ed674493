import type { ReportModel } from "../sheet/model";
import { buildStoreSheet } from "./buildStoreSheet";
import type { StoreRow } from "./storeRow";
import type { CellValue } from "../types";

/**
 * Puts the workbook store in place of the report's "Dữ liệu" sheet (or at the end when the report
 * has none): in the add-in, "Dữ liệu" holds every imported row, superseded ones included, not just
 * this run's.
 *
 * @param model - the report model
 * @param rows - the merged store rows (see `mergeStore`)
 * @param kept - hand-edited rows the store could not read (`parseStoreSheet`), kept as they were
 * @returns a new model; the input is not changed
 * @example
 * withStoreSheet({ sheets: [], charts: [] }, []).sheets.map((s) => s.key) //=> ["du-lieu"]
 */
export function withStoreSheet(
  model: ReportModel,
  rows: readonly StoreRow[],
  kept: readonly (readonly CellValue[])[] = [],
): ReportModel {
  const store = buildStoreSheet(rows, kept);
  const has = model.sheets.some((s) => s.key === "du-lieu");
  const sheets = has ? model.sheets.map((s) => (s.key === "du-lieu" ? store : s)) : [...model.sheets, store];
  return { ...model, sheets };
}
