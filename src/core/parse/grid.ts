import { toA1 } from "../_lib/a1";
import { type TextConversion, cleanCellText } from "../text/cleanCellText";
import type { CellValue, RawSheet } from "../types";

/** One conversion applied while cleaning a sheet's text, with where and what it became. */
export interface SheetConversion extends TextConversion {
  readonly cell: string;
  readonly after: string;
}

/**
 * Read-only view of a sheet for the reader: raw values, cleaned text, merged header labels spread
 * over their cells, and A1 addresses relative to the real sheet (origin honoured).
 */
export interface Grid {
  readonly height: number;
  readonly width: number;
  /** The raw value at (row, col) of `rows`, null outside the data. */
  value(row: number, col: number): CellValue;
  /** The cleaned (NFC, converted), trimmed text of a string cell; "" for any other value. */
  text(row: number, col: number): string;
  /** Like `text`, but a cell inside a merged range reads the range's label. */
  label(row: number, col: number): string;
  /** The top-left cell of the merged range covering (row, col), or the cell itself. */
  anchor(row: number, col: number): readonly [number, number];
  /** A1 address in the source sheet. */
  address(row: number, col: number): string;
  readonly conversions: readonly SheetConversion[];
}

/** Cleans every string cell once, collecting conversions. */
function cleanTexts(
  sheet: RawSheet,
  address: (r: number, c: number) => string,
): { texts: string[][]; conversions: SheetConversion[] } {
  const conversions: SheetConversion[] = [];
  const texts = sheet.rows.map((row, r) =>
    row.map((value, c) => {
      if (typeof value !== "string") return "";
      const cell = address(r, c);
      const cleaned = cleanCellText(value, sheet.fonts?.[cell]);
      if (cleaned.conversion) conversions.push({ ...cleaned.conversion, cell, after: cleaned.text });
      return cleaned.text.trim();
    }),
  );
  return { texts, conversions };
}

/** Position key → the (grid-relative) anchor cell of the merge covering it. */
function mergeAnchors(sheet: RawSheet, width: number): Map<number, [number, number]> {
  const anchors = new Map<number, [number, number]>();
  const or = sheet.origin?.r ?? 0;
  const oc = sheet.origin?.c ?? 0;
  for (const m of sheet.merges ?? []) {
    const top = m.s.r - or;
    const left = m.s.c - oc;
    // A merge is a header label; cap its area so a hostile range cannot blow up memory.
    if ((m.e.r - m.s.r + 1) * (m.e.c - m.s.c + 1) > 10_000) continue;
    for (let r = Math.max(top, 0); r <= m.e.r - or; r++) {
      for (let c = Math.max(left, 0); c <= Math.min(m.e.c - oc, width - 1); c++)
        anchors.set(r * width + c, [top, left]);
    }
  }
  return anchors;
}

/**
 * Builds the reader's view of a sheet. Does not modify the sheet.
 *
 * @param sheet - the raw sheet
 * @returns the grid
 * @example
 * toGrid({ name: "S", rows: [["Kinh tê\u0301"]], origin: { r: 4, c: 1 } }).address(0, 0) //=> "B5"
 */
export function toGrid(sheet: RawSheet): Grid {
  const or = sheet.origin?.r ?? 0;
  const oc = sheet.origin?.c ?? 0;
  const address = (r: number, c: number): string => toA1(or + r, oc + c);
  const width = sheet.rows.reduce((max, row) => Math.max(max, row.length), 0);
  const { texts, conversions } = cleanTexts(sheet, address);
  const anchors = mergeAnchors(sheet, width);
  const text = (r: number, c: number): string => texts[r]?.[c] ?? "";
  return {
    height: sheet.rows.length,
    width,
    value: (r, c) => sheet.rows[r]?.[c] ?? null,
    text,
    label: (r, c) => {
      const anchor = anchors.get(r * width + c);
      return anchor ? text(anchor[0], anchor[1]) : text(r, c);
    },
    anchor: (r, c) => anchors.get(r * width + c) ?? [r, c],
    address,
    conversions,
  };
}
