import type { Note } from "./noteCatalogue";

/**
 * Which ExcelApi requirement sets the host supports, detected once and passed around as plain data
 * so the adapter's behaviour on old hosts can be tested. The manifest declares ExcelApi 1.1; every
 * call above it in src/excel sits behind one of these flags.
 */
export interface Caps {
  /** Merges, column widths, sheet protection, locked cells, values-only used range. @isSetSupported ExcelApi 1.2 */
  readonly v1_2: boolean;
  /** Conditional formats, suspendApiCalculationUntilNextSync. @isSetSupported ExcelApi 1.6 */
  readonly v1_6: boolean;
  /** Freeze panes. @isSetSupported ExcelApi 1.7 */
  readonly v1_7: boolean;
  /** Data validation, Excel.createWorkbook. @isSetSupported ExcelApi 1.8 */
  readonly v1_8: boolean;
  /** Per-cell properties (`Range.getCellProperties`: each cell's font name). @isSetSupported ExcelApi 1.9 */
  readonly v1_9: boolean;
}

/** Every capability on (Microsoft 365, Excel on the web). */
export const ALL_CAPS: Caps = { v1_2: true, v1_6: true, v1_7: true, v1_8: true, v1_9: true };

/** Only the declared minimum (Excel 2016 volume-licensed: ExcelApi 1.1). */
export const MIN_CAPS: Caps = { v1_2: false, v1_6: false, v1_7: false, v1_8: false, v1_9: false };

/**
 * Detects the host's capabilities with `Office.context.requirements.isSetSupported` (versions as
 * strings: the parser cannot tell 1.1 from 1.10 otherwise). Call it once, after `Office.onReady`.
 */
export function detectCaps(): Caps {
  const has = (version: string): boolean => Office.context.requirements.isSetSupported("ExcelApi", version);
  return { v1_2: has("1.2"), v1_6: has("1.6"), v1_7: has("1.7"), v1_8: has("1.8"), v1_9: has("1.9") };
}

/**
 * Notes for the officer about features this host lacks; empty when all are there.
 *
 * @param caps - host capabilities
 * @returns the notes (`noteMessage` renders them in the officer's language)
 * @example
 * describeMissingCaps(ALL_CAPS) //=> []
 */
export function describeMissingCaps(caps: Caps): Note[] {
  const notes: Note[] = [];
  if (!caps.v1_2) notes.push({ key: "caps-no-formatting", params: {} });
  if (!caps.v1_6) notes.push({ key: "caps-no-highlights", params: {} });
  if (!caps.v1_7) notes.push({ key: "caps-no-freeze", params: {} });
  if (!caps.v1_8) notes.push({ key: "caps-no-validation", params: {} });
  return notes;
}
