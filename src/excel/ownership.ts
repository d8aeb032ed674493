/**
 * What the add-in owns in a workbook: the sheets it created (by stable key) and the sheets where it
 * added highlight rules. Recorded in the document's add-in settings (Common API
 * `Office.context.document.settings`): it works from ExcelApi 1.1 (Excel 2016 volume-licensed),
 * travels with the file, and persists on Excel on the web, where the Excel-specific
 * `workbook.settings` (1.4) was reported not to. A custom XML part would need ExcelApi 1.5.
 * Worksheet ids are not used: they change between sessions.
 */
import type { SheetKey } from "../core";

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
  read(): OwnershipRecord;
  write(record: OwnershipRecord): Promise<void>;
}

export const EMPTY_OWNERSHIP: OwnershipRecord = { version: 1, sheets: {}, highlightSheets: [] };

const SETTING_NAME = "dvk.ownership";

function isRecord(value: unknown): value is OwnershipRecord {
  if (typeof value !== "object" || value === null) return false;
  const v = value as Partial<OwnershipRecord>;
  return v.version === 1 && typeof v.sheets === "object" && v.sheets !== null && Array.isArray(v.highlightSheets);
}

/** The subset of `Office.Settings` used here. */
export interface SettingsLike {
  get(name: string): unknown;
  set(name: string, value: unknown): void;
  saveAsync(callback?: (result: { status: unknown; error?: { message: string } }) => void): void;
}

/**
 * An ownership store over document settings (`Office.context.document.settings`).
 *
 * @param settings - the document's settings object
 * @returns the store
 */
export function settingsOwnershipStore(settings: SettingsLike): OwnershipStore {
  return {
    read: () => {
      const raw = settings.get(SETTING_NAME);
      return isRecord(raw) ? raw : EMPTY_OWNERSHIP;
    },
    write: (record) =>
      new Promise<void>((resolve, reject) => {
        settings.set(SETTING_NAME, record);
        settings.saveAsync((result) => {
          if (String(result.status).toLowerCase() === "failed") reject(new Error(result.error?.message ?? "settings.saveAsync failed"));
          else resolve();
        });
      }),
  };
}

/** An in-memory ownership store (tests, previews). */
export function memoryOwnershipStore(initial: OwnershipRecord = EMPTY_OWNERSHIP): OwnershipStore & { current: OwnershipRecord } {
  const store = {
    current: initial,
    read: () => store.current,
    write: async (record: OwnershipRecord) => {
      store.current = JSON.parse(JSON.stringify(record)) as OwnershipRecord;
    },
  };
  return store;
}
