/** A1 address helpers for the adapter (0-based rows and columns). */

/** A 0-based inclusive rectangle. */
export interface Box {
  readonly r0: number;
  readonly c0: number;
  readonly r1: number;
  readonly c1: number;
}

/** Column letters of a 0-based column: 0 → "A", 26 → "AA". */
export function columnName(col: number): string {
  let n = col + 1;
  let name = "";
  while (n > 0) {
    const rem = (n - 1) % 26;
    name = String.fromCharCode(65 + rem) + name;
    n = Math.floor((n - 1) / 26);
  }
  return name;
}

/** "A1" for (0, 0). */
export function cellName(row: number, col: number): string {
  return `${columnName(col)}${row + 1}`;
}

/** "A1:C3" for a box ("A1" for one cell). */
export function boxName(box: Box): string {
  const start = cellName(box.r0, box.c0);
  return box.r0 === box.r1 && box.c0 === box.c1 ? start : `${start}:${cellName(box.r1, box.c1)}`;
}

function parseCell(text: string): { r: number; c: number } | null {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/.exec(text.trim());
  if (!m) return null;
  const letters = (m[1] as string).toUpperCase();
  let col = 0;
  for (const ch of letters) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { r: Number(m[2]) - 1, c: col - 1 };
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
  const [first, second] = splitAddress(address).range.split(":");
  const s = parseCell(first ?? "");
  const e = second === undefined ? s : parseCell(second);
  if (!s || !e) return null;
  return { r0: Math.min(s.r, e.r), c0: Math.min(s.c, e.c), r1: Math.max(s.r, e.r), c1: Math.max(s.c, e.c) };
}

/** A sheet name as it must appear in a formula or address: always quoted, inner quotes doubled. */
export function quoteSheetName(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}
