import type { ReportModel, SheetKey } from "../sheet/model";
import type { AliasTable, CellValue, RawSheet } from "../types";
import type { AliasEntry } from "./aliasEntry";
import { buildAliasSheet } from "./buildAliasSheet";
import { parseAliasSheet } from "./parseAliasSheet";
import { parseStoreSheet } from "./parseStoreSheet";
import type { StoreRow } from "./storeRow";
import { withStoreSheet } from "./withStoreSheet";

/** What the workbook remembers between runs: the "Dữ liệu" store and the "Danh mục" aliases. */
export interface WorkbookMemory {
  readonly storeRows: readonly StoreRow[];
  readonly keptStoreRows: readonly (readonly CellValue[])[];
  readonly aliasEntries: readonly AliasEntry[];
  readonly keptAliasRows: readonly (readonly CellValue[])[];
  /** For `RunOptions.aliases`. */
  readonly aliases: AliasTable;
}

/**
 * Reads the add-in's memory sheets (as returned apart by the workbook read) into plain data.
 *
 * @param owned - the add-in's own sheets by key ("du-lieu", "danh-muc" are used)
 * @returns the store rows, the aliases and any hand-typed rows to keep
 * @example
 * readWorkbookMemory({}).storeRows //=> []
 */
export function readWorkbookMemory(owned: Readonly<Partial<Record<SheetKey, RawSheet>>>): WorkbookMemory {
  const store = owned["du-lieu"] ? parseStoreSheet(owned["du-lieu"]) : null;
  const aliases = owned["danh-muc"] ? parseAliasSheet(owned["danh-muc"]) : null;
  return {
    storeRows: store?.rows ?? [],
    keptStoreRows: store?.unreadableCells ?? [],
    aliasEntries: aliases?.entries ?? [],
    keptAliasRows: aliases?.unreadableCells ?? [],
    aliases: aliases?.aliases ?? {},
  };
}

/**
 * Completes a report model for the workbook: "Dữ liệu" becomes the merged store and "Danh mục"
 * (the alias table, with any new entries) is added, both keeping rows they could not read.
 *
 * @param model - the report from `buildReportModel`
 * @param memory - what `readWorkbookMemory` read
 * @param storeRows - the store after `mergeStore`
 * @param aliasEntries - the aliases to write (default: as read)
 * @returns the model to write
 * @example
 * withWorkbookSheets({ sheets: [], charts: [] }, readWorkbookMemory({}), []).sheets.map((s) => s.key) //=> ["du-lieu", "danh-muc"]
 */
export function withWorkbookSheets(
  model: ReportModel,
  memory: WorkbookMemory,
  storeRows: readonly StoreRow[],
  aliasEntries: readonly AliasEntry[] = memory.aliasEntries,
): ReportModel {
  const withStore = withStoreSheet(model, storeRows, memory.keptStoreRows);
  const aliasSheet = buildAliasSheet(aliasEntries, memory.keptAliasRows);
  return { ...withStore, sheets: [...withStore.sheets.filter((s) => s.key !== "danh-muc"), aliasSheet] };
}
