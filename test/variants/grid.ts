import ExcelJS from "exceljs";
import { writeFileSync } from "node:fs";
import { join } from "node:path";

/**
 * A small grid writer for hand-built submissions, independent of the product and of the sample
 * generator: cells are placed one by one (0-based row/column), merges are listed, and the file is
 * written with exceljs, the way another office's spreadsheet program would save it.
 */

/** One cell as written: text, number, date, or a formula with its cached result. */
export type Cell = string | number | Date | null | { readonly formula: string; readonly result: number };

/** One sheet: its name, its rows from A1 and its merged ranges ("A1:C1"). */
export interface SheetSpec {
  readonly name: string;
  readonly rows: readonly (readonly Cell[])[];
  readonly merges: readonly string[];
}

/** One file: its name and its sheets. */
export interface FileSpec {
  readonly file: string;
  readonly sheets: readonly SheetSpec[];
}

/** Column letters of a 0-based column. */
export function colName(c: number): string {
  let n = c + 1;
  let out = "";
  while (n > 0) {
    const m = (n - 1) % 26;
    out = String.fromCharCode(65 + m) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/** A1 address of a 0-based (row, column). */
export function a1(r: number, c: number): string {
  return `${colName(c)}${r + 1}`;
}

/** Builds one sheet cell by cell. */
export class SheetBuilder {
  private readonly rows: Cell[][] = [];
  private readonly merges: string[] = [];

  constructor(readonly name: string) {}

  /** Writes a cell. */
  put(r: number, c: number, value: Cell): this {
    const row = (this.rows[r] ??= []);
    row[c] = value;
    return this;
  }

  /** Merges a range (ignored when it is a single cell). */
  merge(r1: number, c1: number, r2: number, c2: number): this {
    if (r1 === r2 && c1 === c2) return this;
    this.merges.push(`${a1(r1, c1)}:${a1(r2, c2)}`);
    return this;
  }

  /** Writes a text across `span` columns (merged when span > 1). */
  line(r: number, c: number, text: Cell, span = 1): this {
    this.put(r, c, text);
    return this.merge(r, c, r, c + span - 1);
  }

  /** The sheet as written so far. */
  spec(): SheetSpec {
    const rows: Cell[][] = [];
    for (let r = 0; r < this.rows.length; r++) {
      const row = this.rows[r] ?? [];
      rows.push(Array.from({ length: row.length }, (_, c) => row[c] ?? null));
    }
    return { name: this.name, rows, merges: [...this.merges] };
  }
}

// Fixed document dates: the bytes of a written file do not depend on when the test runs.
const FIXED_DATE = new Date(Date.UTC(2026, 0, 1));

/**
 * Writes one file with exceljs into `dir`.
 *
 * @param dir - the folder
 * @param spec - the file
 * @returns the full path
 */
export async function writeXlsx(dir: string, spec: FileSpec): Promise<string> {
  const book = new ExcelJS.Workbook();
  book.creator = "";
  book.created = FIXED_DATE;
  book.modified = FIXED_DATE;
  for (const sheet of spec.sheets) {
    const ws = book.addWorksheet(sheet.name);
    sheet.rows.forEach((row, r) => {
      row.forEach((value, c) => {
        if (value === null) return;
        const cell = ws.getCell(r + 1, c + 1);
        if (typeof value === "object" && !(value instanceof Date))
          cell.value = { formula: value.formula, result: value.result };
        else cell.value = value;
      });
    });
    for (const range of sheet.merges) ws.mergeCells(range);
  }
  const path = join(dir, spec.file);
  writeFileSync(path, Buffer.from(await book.xlsx.writeBuffer()));
  return path;
}
