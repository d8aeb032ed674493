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

const CELL = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/;

/**
 * The 0-based row and column of an A1 cell address ("$" anchors allowed).
 *
 * @param address - e.g. "D9", "$AB$12"
 * @returns the position, or null when the text is not an A1 cell address
 * @example
 * parseA1("D9") //=> { row: 8, col: 3 }
 */
export function parseA1(address: string): { row: number; col: number } | null {
  const m = CELL.exec(address.trim());
  if (!m) return null;
  let col = 0;
  for (const ch of (m[1] as string).toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]) - 1, col: col - 1 };
}

/**
 * The 0-based rectangle of an A1 range ("B3:M12", or a single cell), corners in any order.
 *
 * @param range - the range without a sheet name
 * @returns top, left, bottom, right (inclusive), or null when the text is not an A1 range
 * @example
 * parseA1Range("B3:M12") //=> { top: 2, left: 1, bottom: 11, right: 12 }
 */
export function parseA1Range(range: string): { top: number; left: number; bottom: number; right: number } | null {
  const [first, second] = range.split(":");
  const s = parseA1(first ?? "");
  const e = second === undefined ? s : parseA1(second);
  if (!s || !e) return null;
  return { top: Math.min(s.row, e.row), left: Math.min(s.col, e.col), bottom: Math.max(s.row, e.row), right: Math.max(s.col, e.col) };
}
