/**
 * What the add-in owns in a workbook: the sheets it created (by stable key) and the sheets where it
 * added highlight rules. Recorded in the document's add-in settings (Common API
 * `Office.context.document.settings`): it works from ExcelApi 1.1 (Excel 2016 volume-licensed),
 * travels with the file, and persists on Excel on the web, where the Excel-specific
 * `workbook.settings` (1.4) was reported not to. A custom XML part would need ExcelApi 1.5.
 * Worksheet ids are not used: they change between sessions.
 *
 * The task pane and the ribbon's function file are two runtimes, each with its own in-memory copy of these settings,
 * and `saveAsync` writes the whole copy (https://learn.microsoft.com/javascript/api/office/office.settings). So every
 * workbook operation starts with `refresh()` (`refreshAsync`), and `write` reloads the saved record and merges
 * (./mergeOwnership) instead of replacing what the other runtime recorded meanwhile.
 */
import type { SheetKey } from "../core";
import { mergeOwnership } from "./mergeOwnership";

export interface OwnershipRecord {
  readonly version: 1;
  /** Sheet key → the name of the sheet the add-in created for it. */
  readonly sheets: Readonly<Partial<Record<SheetKey, string>>>;
  /** Sheets where the add-in left highlight rules last time (removed on the next run). */
  readonly highlightSheets: readonly string[];
  /**
   * Sheet key → the text the add-in wrote in A1. A recorded sheet whose A1 no longer says this was
   * replaced by the officer (e.g. deleted, then a sheet of the same name pasted in) and is not touched.
   */
  readonly signatures?: Readonly<Partial<Record<SheetKey, string>>>;
}

/** Where the record lives; tests use `memoryOwnershipStore`. */
export interface OwnershipStore {
  /** Reloads the record saved in the document (call at the start of every workbook operation). */
  refresh(): Promise<void>;
  /** The record as of the last refresh (or write). */
  read(): OwnershipRecord;
  /** Saves the record, merged with what another runtime saved since the last `read`. */
  write(record: OwnershipRecord): Promise<void>;
}

export const EMPTY_OWNERSHIP: OwnershipRecord = { version: 1, sheets: {}, highlightSheets: [] };

const SETTING_NAME = "dvk.ownership";

function isRecord(value: unknown): value is OwnershipRecord {
  if (typeof value !== "object" || value === null) return false;
  const v = value as Partial<OwnershipRecord>;
  return v.version === 1 && typeof v.sheets === "object" && v.sheets !== null && Array.isArray(v.highlightSheets);
}

type SettingsCallback = (result: { status: unknown; error?: { message: string } }) => void;

/** The subset of `Office.Settings` used here. */
export interface SettingsLike {
  get(name: string): unknown;
  set(name: string, value: unknown): void;
  saveAsync(callback?: SettingsCallback): void;
  refreshAsync(callback?: SettingsCallback): void;
}

const failed = (result: { status: unknown }): boolean => String(result.status).toLowerCase() === "failed";

/** `refreshAsync` as a promise; a failed refresh keeps the copy this runtime has (it is then only possibly stale). */
function refreshSettings(settings: SettingsLike): Promise<void> {
  return new Promise<void>((resolve) => settings.refreshAsync(() => resolve()));
}

/**
 * An ownership store over document settings (`Office.context.document.settings`) of one runtime.
 *
 * @example
 * const ownership = settingsOwnershipStore(Office.context.document.settings);
 * await ownership.refresh();
 * const record = ownership.read();
 *
 * @param settings - the document's settings object
 * @returns the store
 */
export function settingsOwnershipStore(settings: SettingsLike): OwnershipStore {
  const current = (): OwnershipRecord => {
    const raw = settings.get(SETTING_NAME);
    return isRecord(raw) ? raw : EMPTY_OWNERSHIP;
  };
  // What the running operation read: the base of the merge, so what it did not change keeps the saved value.
  let base = current();
  return {
    refresh: async () => {
      await refreshSettings(settings);
      base = current();
    },
    read: () => (base = current()),
    write: async (record) => {
      await refreshSettings(settings);
      const merged = mergeOwnership(base, record, current());
      await new Promise<void>((resolve, reject) => {
        settings.set(SETTING_NAME, merged);
        settings.saveAsync((result) =>
          failed(result) ? reject(new Error(result.error?.message ?? "settings.saveAsync failed")) : resolve(),
        );
      });
    },
  };
}

/** An in-memory ownership store (tests, previews). */
export function memoryOwnershipStore(
  initial: OwnershipRecord = EMPTY_OWNERSHIP,
): OwnershipStore & { current: OwnershipRecord } {
  const store = {
    current: initial,
    refresh: async () => undefined,
    read: () => store.current,
    write: async (record: OwnershipRecord) => {
      store.current = JSON.parse(JSON.stringify(record)) as OwnershipRecord;
    },
  };
  return store;
}
