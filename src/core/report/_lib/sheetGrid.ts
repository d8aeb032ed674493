import { toA1Range } from "../../_lib/a1";
import type { CellStyle, ModelCell, StyleRun } from "../../sheet/model";

/**
 * A small mutable grid used while a builder lays out one sheet; `rows`, `merges` and `styles` are
 * then copied into the immutable SheetModel. Private to the report builders.
 *
 * @example
 * const grid = new SheetGrid();
 * grid.set(0, 0, { v: "Tiêu đề" });
 * grid.merge(0, 0, 0, 3); // grid.merges //=> ["A1:D1"]
 */
export class SheetGrid {
  readonly rows: (ModelCell | null)[][] = [];
  readonly merges: string[] = [];
  readonly styles: StyleRun[] = [];

  /** Puts a cell at 0-based (row, column), growing the grid as needed. */
  set(row: number, column: number, cell: ModelCell | null): void {
    while (this.rows.length <= row) this.rows.push([]);
    const line = this.rows[row] as (ModelCell | null)[];
    while (line.length < column) line.push(null);
    line[column] = cell;
  }

  /** Merges a rectangle (ignored when it is a single cell). */
  merge(r1: number, c1: number, r2: number, c2: number): void {
    if (r1 !== r2 || c1 !== c2) this.merges.push(toA1Range(r1, c1, r2, c2));
  }

  /** Styles a rectangle. */
  style(r1: number, c1: number, r2: number, c2: number, style: CellStyle): void {
    this.styles.push({ range: toA1Range(r1, c1, r2, c2), style });
  }

  /** Rows padded to one width, so every renderer sees a rectangle. */
  rectangle(width: number): (ModelCell | null)[][] {
    return this.rows.map((line) => [...line, ...Array<null>(Math.max(0, width - line.length)).fill(null)]);
  }
}
