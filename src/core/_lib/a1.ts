/**
 * Spreadsheet column letters of a 0-based column index.
 *
 * @param col - 0-based column index
 * @returns the letters, e.g. "A", "Z", "AA"
 * @example
 * columnLetters(27) //=> "AB"
 */
export function columnLetters(col: number): string {
  let n = col + 1;
  let letters = "";
  while (n > 0) {
    const rest = (n - 1) % 26;
    letters = String.fromCharCode(65 + rest) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/**
 * A1 address of a 0-based sheet cell.
 *
 * @param row - 0-based row in the sheet
 * @param col - 0-based column in the sheet
 * @returns the A1 address
 * @example
 * toA1(8, 3) //=> "D9"
 */
export function toA1(row: number, col: number): string {
  return `${columnLetters(col)}${row + 1}`;
}

/**
 * A1 range of a 0-based rectangle ("B3:M12"); a single cell gives its own address.
 *
 * @param top - first row
 * @param left - first column
 * @param bottom - last row (inclusive)
 * @param right - last column (inclusive)
 * @returns the A1 range
 * @example
 * toA1Range(2, 1, 11, 12) //=> "B3:M12"
 */
export function toA1Range(top: number, left: number, bottom: number, right: number): string {
  const start = toA1(top, left);
  const end = toA1(bottom, right);
  return start === end ? start : `${start}:${end}`;
}

/**
 * The 0-based row and column of an A1 cell address ("$" anchors allowed).
 *
 * @param address - e.g. "D9", "$AB$12"
 * @returns the position, or null when the text is not an A1 cell address
 * @example
 * parseA1("D9") //=> { row: 8, col: 3 }
 */
export function parseA1(address: string): { row: number; col: number } | null {
  // A scanner, not a regex: the font reader calls this for every cell of every sheet.
  let at = 0;
  let end = address.length;
  while (at < end && address.charCodeAt(at) <= 0x20) at++;
  while (end > at && address.charCodeAt(end - 1) <= 0x20) end--;
  if (address.charCodeAt(at) === 0x24) at++; // $
  let col = 0;
  const letters = at;
  for (; at < end && at - letters < 4; at++) {
    const code = address.charCodeAt(at) | 0x20;
    if (code < 0x61 || code > 0x7a) break;
    col = col * 26 + (code - 0x60);
  }
  if (at === letters || at - letters > 3) return null;
  if (address.charCodeAt(at) === 0x24) at++; // $
  if (at === end || end - at > 7) return null;
  let row = 0;
  for (; at < end; at++) {
    const code = address.charCodeAt(at);
    if (code < 0x30 || code > 0x39) return null;
    row = row * 10 + (code - 0x30);
  }
  return row > 0 ? { row: row - 1, col: col - 1 } : null;
}

/** A 0-based inclusive rectangle of cells: the one rectangle type of core and every adapter. */
export interface Rect {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

/**
 * A1 range of a rectangle.
 *
 * @param rect - the 0-based rectangle
 * @returns the A1 range ("A1" for a single cell)
 * @example
 * rectToA1({ top: 2, left: 1, bottom: 11, right: 12 }) //=> "B3:M12"
 */
export function rectToA1(rect: Rect): string {
  return toA1Range(rect.top, rect.left, rect.bottom, rect.right);
}

/**
 * Splits a possibly sheet-qualified address into the sheet name (quotes removed) and the range part.
 *
 * @param address - e.g. "'Tổng hợp'!A1:B2" or "B2"
 * @returns the sheet (null when none) and the range
 * @example
 * splitAddress("'Bà ''Tư'''!D9") //=> { sheet: "Bà 'Tư'", range: "D9" }
 */
export function splitAddress(address: string): { sheet: string | null; range: string } {
  const bang = address.lastIndexOf("!");
  if (bang < 0) return { sheet: null, range: address };
  let sheet = address.slice(0, bang);
  if (sheet.startsWith("'") && sheet.endsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
  return { sheet, range: address.slice(bang + 1) };
}

/**
 * A sheet name as it must appear in a formula or an address: always quoted, inner quotes doubled.
 *
 * @param name - the sheet name
 * @returns the quoted name
 * @example
 * quoteSheetName("Bà 'Tư'") //=> "'Bà ''Tư'''"
 */
export function quoteSheetName(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

/**
 * The 0-based rectangle of an A1 range ("B3:M12", or a single cell, optionally sheet-qualified),
 * corners in any order.
 *
 * @param address - the range, with or without a sheet name
 * @returns the rectangle, or null when the text is not an A1 range
 * @example
 * parseA1Range("B3:M12") //=> { top: 2, left: 1, bottom: 11, right: 12 }
 */
export function parseA1Range(address: string): Rect | null {
  const [first, second] = splitAddress(address).range.split(":");
  const s = parseA1(first ?? "");
  const e = second === undefined ? s : parseA1(second);
  if (!s || !e) return null;
  return {
    top: Math.min(s.row, e.row),
    left: Math.min(s.col, e.col),
    bottom: Math.max(s.row, e.row),
    right: Math.max(s.col, e.col),
  };
}
