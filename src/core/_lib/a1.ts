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
