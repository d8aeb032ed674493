import { parseA1Range, toA1, type Rect } from "../_lib/a1";
import type { LinkTarget, RenderCell } from "./cellContent";
import { composeLook } from "./composeLook";
import type { CellStyle, SheetModel } from "./model";
import type { Look } from "./palette";
import { resolveCellContent } from "./resolveCellContent";

/** The rectangles of A1 ranges, unreadable ones left out. */
function rectsOf(ranges: readonly string[]): Rect[] {
  return ranges.map(parseA1Range).filter((rect): rect is Rect => rect !== null);
}

/** Style runs by 0-based row: [left, right, style] in model order. */
function runsByRow(sheet: SheetModel): Map<number, [number, number, CellStyle][]> {
  const byRow = new Map<number, [number, number, CellStyle][]>();
  for (const run of sheet.styles) {
    const rect = parseA1Range(run.range);
    if (!rect) continue;
    for (let r = rect.top; r <= rect.bottom; r++)
      byRow.set(r, [...(byRow.get(r) ?? []), [rect.left, rect.right, run.style]]);
  }
  return byRow;
}

/** Editable cells of the sheet ("row:col" keys): count inputs win over merely unlocked cells. */
function inputsOf(sheet: SheetModel): Map<string, "count" | "open"> {
  const inputs = new Map<string, "count" | "open">();
  const mark = (ranges: readonly string[], kind: "count" | "open") => {
    for (const rect of rectsOf(ranges))
      for (let r = rect.top; r <= rect.bottom; r++)
        for (let c = rect.left; c <= rect.right; c++) inputs.set(`${r}:${c}`, kind);
  };
  mark(sheet.unlocked ?? [], "open");
  mark(sheet.countInputs ?? [], "count");
  return inputs;
}

/** The bottom-right corner of everything the sheet says about its cells. */
function extentOf(
  sheet: SheetModel,
  runs: Map<number, [number, number, CellStyle][]>,
  inputs: Map<string, unknown>,
): { rows: number; columns: number } {
  let rows = sheet.rows.length;
  let columns = sheet.rows.reduce((max, row) => Math.max(max, row.length), 0);
  for (const [r, list] of runs) {
    rows = Math.max(rows, r + 1);
    for (const [, right] of list) columns = Math.max(columns, right + 1);
  }
  for (const key of inputs.keys()) {
    const [r, c] = key.split(":").map(Number) as [number, number];
    rows = Math.max(rows, r + 1);
    columns = Math.max(columns, c + 1);
  }
  return { rows, columns };
}

/**
 * Walks a sheet model once and lists every cell a renderer has to write, row by row: its A1
 * address, its resolved content (value, text, formula or link), its number format, its style runs
 * with their composed look from the palette, and whether it is an input. Cells with nothing to write
 * (no content, format, style or input) are left out.
 *
 * @param sheet - the sheet model
 * @param target - the actual name of a linked sheet, or null when links to it are written as text
 * @returns the cells in row-major order
 * @example
 * listCells({ ...sheet, rows: [[{ v: "Tên" }]], styles: [{ range: "A1", style: "header" }] }, () => null)
 * //=> [{ row: 0, col: 0, address: "A1", content: { kind: "text", text: "Tên" }, styles: ["header"], look: PALETTE.header }]
 */
export function listCells(sheet: SheetModel, target: LinkTarget): RenderCell[] {
  const runs = runsByRow(sheet);
  const inputs = inputsOf(sheet);
  const extent = extentOf(sheet, runs, inputs);
  const looks = new Map<string, Look>();
  const cells: RenderCell[] = [];
  for (let r = 0; r < extent.rows; r++) {
    const rowRuns = runs.get(r) ?? [];
    for (let c = 0; c < extent.columns; c++) {
      const model = sheet.rows[r]?.[c] ?? null;
      const content = resolveCellContent(model, target);
      const styles = rowRuns.filter(([left, right]) => c >= left && c <= right).map((run) => run[2]);
      const input = inputs.get(`${r}:${c}`);
      if (content.kind === "empty" && model?.fmt === undefined && styles.length === 0 && input === undefined) continue;
      const key = `${styles.join("|")}#${content.kind === "link"}`;
      const look = looks.get(key) ?? composeLook(styles, content.kind === "link");
      looks.set(key, look);
      cells.push({
        row: r,
        col: c,
        address: toA1(r, c),
        content,
        ...(model?.fmt !== undefined && { numberFormat: model.fmt }),
        styles,
        look,
        ...(input && { input }),
      });
    }
  }
  return cells;
}
