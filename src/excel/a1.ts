/** A1 address helpers for the adapter (0-based rows and columns), on top of core's. */
import { columnLetters, parseA1Range, toA1, toA1Range } from "../core";

/** A 0-based inclusive rectangle. */
export interface Box {
  readonly r0: number;
  readonly c0: number;
  readonly r1: number;
  readonly c1: number;
}

/** Column letters of a 0-based column: 0 → "A", 26 → "AA". */
export const columnName = columnLetters;

/** "A1" for (0, 0). */
export const cellName = toA1;

/** "A1:C3" for a box ("A1" for one cell). */
export function boxName(box: Box): string {
  return toA1Range(box.r0, box.c0, box.r1, box.c1);
}

/** Splits "'Tổng hợp'!A1:B2" into the sheet name (quotes removed) and the range part. */
export function splitAddress(address: string): { sheet: string | null; range: string } {
  const bang = address.lastIndexOf("!");
  if (bang < 0) return { sheet: null, range: address };
  let sheet = address.slice(0, bang);
  if (sheet.startsWith("'") && sheet.endsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
  return { sheet, range: address.slice(bang + 1) };
}

/** Parses "B2:D9" (or "B2", optionally sheet-qualified) to a box; null when it is not an A1 range. */
export function parseBox(address: string): Box | null {
  const box = parseA1Range(splitAddress(address).range);
  return box && { r0: box.top, c0: box.left, r1: box.bottom, c1: box.right };
}

/** A sheet name as it must appear in a formula or address: always quoted, inner quotes doubled. */
export function quoteSheetName(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}
