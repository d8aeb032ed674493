import { excelSerialToDate, isDateNumberFormat, type CellValue, type RawSheet, type RawWorkbook, type SheetKey } from "../core";
import { parseBox } from "./a1";
import type { Caps } from "./caps";
import { EMPTY_OWNERSHIP, type OwnershipRecord } from "./ownership";

/** Everything one read of the workbook gives: submission candidates, the add-in's own sheets, all names. */
export interface WorkbookSnapshot {
  /** Sheets that are not the add-in's output: core's `validateWorkbook` decides which are submissions. */
  readonly workbook: RawWorkbook;
  /** The add-in's own sheets as raw values, by key (e.g. the "Dữ liệu" store). */
  readonly owned: Readonly<Partial<Record<SheetKey, RawSheet>>>;
  /** Every sheet name in tab order. */
  readonly sheetNames: readonly string[];
}

const ERROR_TEXT = /^#(NULL!|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|N\/A|GETTING_DATA|SPILL!|CALC!|FIELD!|BLOCKED!|CONNECT!|BUSY!|UNKNOWN!|EXTERNAL!|PYTHON!)$/;

/** One cell from Office.js to the core's `CellValue`: "" is empty, date-formatted serials are dates. */
function toCellValue(value: unknown, format: string | undefined): CellValue {
  if (value === "" || value === null || value === undefined) return null;
  if (typeof value === "number") {
    if (isDateNumberFormat(format)) return excelSerialToDate(value) ?? value;
    return value;
  }
  if (typeof value === "boolean") return value;
  const text = String(value);
  return ERROR_TEXT.test(text) ? { error: text } : text;
}

function toRawSheet(name: string, address: string, values: unknown[][], formats: unknown[][]): RawSheet {
  const box = parseBox(address);
  const rows = values.map((row, r) => row.map((v, c) => toCellValue(v, formats[r]?.[c] as string | undefined)));
  const empty = rows.every((row) => row.every((v) => v === null));
  return { name, rows: empty ? [] : rows, origin: box ? { r: box.r0, c: box.c0 } : { r: 0, c: 0 } };
}

/**
 * Reads every worksheet's used range (values and number formats) in one batched load: two syncs in
 * all (sheet names, then every used range), whatever the number of sheets. Sheets the add-in owns
 * (see `OwnershipRecord`) are returned apart, never as submission candidates.
 *
 * @param context - the request context from `Excel.run`
 * @param caps - host capabilities (`detectCaps`)
 * @param record - what the add-in owns in this workbook
 * @param source - the name shown for this workbook in issues
 * @returns the snapshot
 */
export async function readWorkbookSnapshot(context: Excel.RequestContext, caps: Caps, record: OwnershipRecord = EMPTY_OWNERSHIP, source = "Sổ làm việc hiện tại"): Promise<WorkbookSnapshot> {
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/name");
  await context.sync();

  const sheets = worksheets.items;
  const ranges = sheets.map((sheet) => {
    // Values-only (1.2) ignores cells that only carry formatting; 1.1 returns A1 for a blank sheet.
    const range = caps.v1_2 ? sheet.getUsedRange(true) : sheet.getUsedRange();
    range.load("address, values, numberFormat");
    return range;
  });
  await context.sync();

  const ownedByName = new Map(Object.entries(record.sheets).map(([key, name]) => [(name as string).toLowerCase(), key as SheetKey]));
  const submissions: RawSheet[] = [];
  const owned: Partial<Record<SheetKey, RawSheet>> = {};
  sheets.forEach((sheet, i) => {
    const range = ranges[i] as Excel.Range;
    const raw = toRawSheet(sheet.name, range.address, range.values, range.numberFormat);
    const key = ownedByName.get(sheet.name.toLowerCase());
    if (key) owned[key] = raw;
    else submissions.push(raw);
  });
  return { workbook: { source, sheets: submissions }, owned, sheetNames: sheets.map((s) => s.name) };
}

/**
 * Reads the workbook's submission candidates (every sheet but the add-in's own) as a `RawWorkbook`
 * for core's `validateWorkbook`. Two syncs, independent of the number of sheets.
 *
 * @param context - the request context from `Excel.run`
 * @param caps - host capabilities
 * @param record - what the add-in owns (its sheets are skipped)
 * @param source - the name shown for this workbook in issues
 * @returns the raw workbook
 */
export async function readSubmissionSheets(context: Excel.RequestContext, caps: Caps, record: OwnershipRecord = EMPTY_OWNERSHIP, source?: string): Promise<RawWorkbook> {
  return (await readWorkbookSnapshot(context, caps, record, source)).workbook;
}
