import {
  INPUT_RULES,
  LINK_LOOK,
  listCells,
  PALETTE,
  parseA1Range,
  rectToA1,
  toA1,
  toA1Range,
  type Rect,
  type RenderCell,
  type SheetModel,
} from "../core";
import { type Batcher, payloadOf } from "./batcher";
import type { Caps } from "./caps";
import { applyLook } from "./styles";

/** Rows per values write when a block is split; the batcher decides where syncs go. */
const CHUNK_ROWS = 2_000;

/** Points per character of column width (Excel's default 8.43 characters = 48 pt). */
const POINTS_PER_CHAR = 5.7;

/** A resolved cell's formula text for `Range.formulas`, or null when it is not a formula or link. */
function formulaOf(cell: RenderCell | undefined): string | null {
  return cell?.content.kind === "formula" || cell?.content.kind === "link" ? `=${cell.content.formula}` : null;
}

/**
 * Values and number formats of one cell for a block write. Text gets the text format "@" so Excel
 * stores it as typed: a unit name like "=HYPERLINK(…)", "+1+1", "-2", "@SUM(1)" or a code like
 * "001" never becomes a formula or a number. Formula cells are left null here (unchanged) and
 * written through `formulas`.
 */
function valueAndFormat(cell: RenderCell | undefined): [string | number | boolean | null, string] {
  const format = cell?.numberFormat ?? "General";
  switch (cell?.content.kind) {
    case undefined:
    case "empty":
      return ["", format];
    case "text":
      return [cell.content.text, "@"];
    case "value":
      return [cell.content.value, format];
    default:
      return [null, format];
  }
}

/** Values and number formats for rows `start`… of the sheet, `width` columns wide. */
function blockArrays(
  grid: readonly (readonly (RenderCell | undefined)[])[],
  start: number,
  count: number,
  width: number,
) {
  const values: (string | number | boolean | null)[][] = [];
  const formats: string[][] = [];
  for (let r = start; r < start + count; r++) {
    const pairs = Array.from({ length: width }, (_, c) => valueAndFormat(grid[r]?.[c]));
    values.push(pairs.map((pair) => pair[0]));
    formats.push(pairs.map((pair) => pair[1]));
  }
  return { values, formats };
}

/** The listed cells of the model's rows as a grid, for block writes. */
function gridOf(cells: readonly RenderCell[], height: number): (RenderCell | undefined)[][] {
  const grid: (RenderCell | undefined)[][] = Array.from({ length: height }, () => []);
  for (const cell of cells) if (cell.row < height) (grid[cell.row] as (RenderCell | undefined)[])[cell.col] = cell;
  return grid;
}

/** Runs of adjacent formula cells in each row: one `formulas` write per run. */
function formulaRuns(cells: readonly RenderCell[]): { rect: Rect; formulas: string[][] }[] {
  const runs: { rect: Rect; formulas: string[][] }[] = [];
  let current: { rect: Rect; formulas: string[][] } | null = null;
  for (const cell of cells) {
    const formula = formulaOf(cell);
    if (formula === null) continue;
    if (current && current.rect.top === cell.row && current.rect.right === cell.col - 1) {
      current.rect = { ...current.rect, right: cell.col };
      current.formulas[0]?.push(formula);
    } else {
      current = { rect: { top: cell.row, left: cell.col, bottom: cell.row, right: cell.col }, formulas: [[formula]] };
      runs.push(current);
    }
  }
  return runs;
}

/** Link cells as rectangles (a column of links on consecutive rows is one), for the link look. */
function linkRects(cells: readonly RenderCell[]): Rect[] {
  const rects: Rect[] = [];
  const lastInColumn = new Map<number, number>();
  for (const cell of cells) {
    if (cell.content.kind !== "link") continue;
    const at = lastInColumn.get(cell.col);
    const above = at === undefined ? undefined : rects[at];
    if (at !== undefined && above && above.bottom === cell.row - 1) rects[at] = { ...above, bottom: cell.row };
    else
      lastInColumn.set(cell.col, rects.push({ top: cell.row, left: cell.col, bottom: cell.row, right: cell.col }) - 1);
  }
  return rects;
}

/**
 * Queues everything that renders one `SheetModel` on a worksheet: the values (one 2-D write per
 * block of up to 2,000 rows), product formulas and in-workbook links, styles, merges and column
 * widths (1.2), freeze panes (1.7), whole-number validation on count inputs and drop-down lists on
 * choice inputs (1.8) and protection with unlocked inputs (1.2). Nothing is synced here.
 *
 * @param batcher - collects the operations
 * @param sheet - the target worksheet (already cleared or new)
 * @param model - the sheet to render
 * @param caps - host capabilities
 * @param sheetNames - model sheet name → actual sheet name, for links
 */
export function queueSheetWrite(
  batcher: Batcher,
  sheet: Excel.Worksheet,
  model: SheetModel,
  caps: Caps,
  sheetNames: ReadonlyMap<string, string>,
): void {
  // Links go to the actual name of a report sheet, or as named to an officer's sheet of this workbook.
  const cells = listCells(model, (name) => sheetNames.get(name) ?? name);
  const width = model.rows.reduce((max, row) => Math.max(max, row.length), 0);
  const grid = gridOf(cells, model.rows.length);
  for (let start = 0; start < model.rows.length && width > 0; start += CHUNK_ROWS) {
    const count = Math.min(CHUNK_ROWS, model.rows.length - start);
    const { values, formats } = blockArrays(grid, start, count, width);
    const address = toA1Range(start, 0, start + count - 1, width - 1);
    batcher.add(payloadOf(values) + payloadOf(formats), () => {
      const range = sheet.getRange(address);
      // Text format first, so the values that follow are stored as text.
      range.numberFormat = formats;
      range.values = values;
    });
  }
  for (const run of formulaRuns(cells)) {
    batcher.add(payloadOf(run.formulas), () => {
      sheet.getRange(rectToA1(run.rect)).formulas = run.formulas;
    });
  }
  // Style runs are applied range by range in model order, which composes as core's composeLook.
  const looks = [
    ...model.styles.map((run) => ({ rect: parseA1Range(run.range), look: PALETTE[run.style] })),
    ...linkRects(cells).map((rect) => ({ rect, look: LINK_LOOK })),
  ];
  for (const { rect, look } of looks) {
    if (!rect) continue;
    batcher.add(400, () =>
      applyLook(sheet.getRange(rectToA1(rect)), look, {
        rows: rect.bottom - rect.top + 1,
        columns: rect.right - rect.left + 1,
      }),
    );
  }
  queueLayout(batcher, sheet, model, caps);
}

function queueLayout(batcher: Batcher, sheet: Excel.Worksheet, model: SheetModel, caps: Caps): void {
  if (caps.v1_2) {
    for (const merge of model.merges) batcher.add(120, () => sheet.getRange(merge).merge(false));
    model.columnWidths.forEach((chars, col) => {
      batcher.add(120, () => {
        sheet.getRange(toA1(0, col)).format.columnWidth = Math.round(chars * POINTS_PER_CHAR * 10) / 10;
      });
    });
  }
  const freeze = model.freeze;
  if (caps.v1_7 && freeze && (freeze.rows > 0 || freeze.columns > 0)) {
    batcher.add(120, () => {
      const panes = sheet.freezePanes;
      if (freeze.rows > 0 && freeze.columns > 0)
        panes.freezeAt(sheet.getRange(toA1Range(0, 0, freeze.rows - 1, freeze.columns - 1)));
      else if (freeze.rows > 0) panes.freezeRows(freeze.rows);
      else panes.freezeColumns(freeze.columns);
    });
  }
  if (caps.v1_8) {
    for (const input of model.countInputs ?? []) {
      batcher.add(400, () => {
        const validation = sheet.getRange(input).dataValidation;
        validation.clear();
        validation.rule = { wholeNumber: { formula1: 0, operator: "GreaterThanOrEqualTo" } };
        validation.errorAlert = { showAlert: true, style: "Stop", ...INPUT_RULES.count };
      });
    }
    for (const choice of model.choiceInputs ?? []) {
      batcher.add(400, () => {
        const validation = sheet.getRange(choice.range).dataValidation;
        validation.clear();
        validation.rule = { list: { inCellDropDown: true, source: choice.values.join(",") } };
        // Information, not Stop: other spellings are read through the alias catalogue.
        validation.errorAlert = { showAlert: true, style: "Information", ...INPUT_RULES.choice };
      });
    }
  }
  if (caps.v1_2 && model.protect) {
    for (const open of [...(model.countInputs ?? []), ...(model.unlocked ?? [])]) {
      batcher.add(120, () => {
        sheet.getRange(open).format.protection.locked = false;
      });
    }
    batcher.add(200, () =>
      sheet.protection.protect({
        allowFormatColumns: true,
        allowFormatRows: true,
        allowAutoFilter: true,
        allowSort: true,
      }),
    );
  }
}
