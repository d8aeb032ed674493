import { parseA1Range, quoteSheetName, rectToA1, toA1, toA1Range, type ModelCell, type Rect, type SheetModel } from "../core";
import { type Batcher, payloadOf } from "./batcher";
import type { Caps } from "./caps";
import { applyStyle } from "./styles";

/** Rows per values write when a block is split; the batcher decides where syncs go. */
const CHUNK_ROWS = 2_000;

/** Points per character of column width (Excel's default 8.43 characters = 48 pt). */
const POINTS_PER_CHAR = 5.7;

/** The formula text of a product-made cell: `f`, or a HYPERLINK to an in-workbook cell. */
function formulaOf(cell: ModelCell, sheetNames: ReadonlyMap<string, string>): string | null {
  if (cell.f) return `=${cell.f}`;
  if (cell.link) {
    const target = sheetNames.get(cell.link.sheet) ?? cell.link.sheet;
    const href = `#${quoteSheetName(target)}!${cell.link.cell}`.replace(/"/g, '""');
    const label = String(cell.v ?? cell.link.cell).replace(/"/g, '""');
    return `=HYPERLINK("${href}","${label}")`;
  }
  return null;
}

/**
 * Values and number formats for a block of model rows. Every literal string gets the text format
 * "@" so Excel stores it as typed: a unit name like "=HYPERLINK(…)", "+1+1", "-2", "@SUM(1)" or a
 * code like "001" never becomes a formula or a number. Formula cells are left null here (unchanged)
 * and written through `formulas`.
 */
function blockArrays(rows: readonly (readonly (ModelCell | null)[])[], width: number, sheetNames: ReadonlyMap<string, string>) {
  const values: (string | number | boolean | null)[][] = [];
  const formats: string[][] = [];
  rows.forEach((row) => {
    const v: (string | number | boolean | null)[] = [];
    const f: string[] = [];
    for (let c = 0; c < width; c++) {
      const cell = row[c] ?? null;
      if (cell === null) {
        v.push("");
        f.push("General");
      } else if (formulaOf(cell, sheetNames) !== null) {
        v.push(null);
        f.push(cell.fmt ?? "General");
      } else {
        v.push(cell.v ?? "");
        f.push(typeof cell.v === "string" ? "@" : (cell.fmt ?? "General"));
      }
    }
    values.push(v);
    formats.push(f);
  });
  return { values, formats };
}

/** Runs of adjacent formula cells in each row: one `formulas` write per run. */
function formulaRuns(model: SheetModel, sheetNames: ReadonlyMap<string, string>): { box: Rect; formulas: string[][] }[] {
  const runs: { box: Rect; formulas: string[][] }[] = [];
  model.rows.forEach((row, r) => {
    let current: { box: Rect; formulas: string[][] } | null = null;
    row.forEach((cell, c) => {
      const formula = cell ? formulaOf(cell, sheetNames) : null;
      if (formula === null) {
        current = null;
        return;
      }
      if (current && current.box.right === c - 1) {
        current.box = { ...current.box, right: c };
        current.formulas[0]?.push(formula);
      } else {
        current = { box: { top: r, left: c, bottom: r, right: c }, formulas: [[formula]] };
        runs.push(current);
      }
    });
  });
  return runs;
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
export function queueSheetWrite(batcher: Batcher, sheet: Excel.Worksheet, model: SheetModel, caps: Caps, sheetNames: ReadonlyMap<string, string>): void {
  const width = model.rows.reduce((max, row) => Math.max(max, row.length), 0);
  for (let start = 0; start < model.rows.length && width > 0; start += CHUNK_ROWS) {
    const rows = model.rows.slice(start, start + CHUNK_ROWS);
    const { values, formats } = blockArrays(rows, width, sheetNames);
    const address = rectToA1({ top: start, left: 0, bottom: start + rows.length - 1, right: width - 1 });
    batcher.add(payloadOf(values) + payloadOf(formats), () => {
      const range = sheet.getRange(address);
      // Text format first, so the values that follow are stored as text.
      range.numberFormat = formats;
      range.values = values;
    });
  }
  for (const run of formulaRuns(model, sheetNames)) {
    batcher.add(payloadOf(run.formulas), () => {
      sheet.getRange(rectToA1(run.box)).formulas = run.formulas;
    });
  }
  for (const run of model.styles) {
    const box = parseA1Range(run.range);
    if (!box) continue;
    batcher.add(400, () => applyStyle(sheet.getRange(run.range), run.style, { rows: box.bottom - box.top + 1, columns: box.right - box.left + 1 }));
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
      if (freeze.rows > 0 && freeze.columns > 0) panes.freezeAt(sheet.getRange(toA1Range(0, 0, freeze.rows - 1, freeze.columns - 1)));
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
        validation.errorAlert = { showAlert: true, style: "Stop", title: "Số không hợp lệ", message: "Chỉ nhập số nguyên không âm (0, 1, 2, …)." };
      });
    }
    for (const choice of model.choiceInputs ?? []) {
      batcher.add(400, () => {
        const validation = sheet.getRange(choice.range).dataValidation;
        validation.clear();
        validation.rule = { list: { inCellDropDown: true, source: choice.values.join(",") } };
        // Information, not Stop: other spellings are read through the alias catalogue.
        validation.errorAlert = { showAlert: true, style: "Information", title: "Ngoài danh sách", message: "Nên chọn trong danh sách; cách ghi khác vẫn được ghi nhận." };
      });
    }
  }
  if (caps.v1_2 && model.protect) {
    for (const open of [...(model.countInputs ?? []), ...(model.unlocked ?? [])]) {
      batcher.add(120, () => {
        sheet.getRange(open).format.protection.locked = false;
      });
    }
    batcher.add(200, () => sheet.protection.protect({ allowFormatColumns: true, allowFormatRows: true, allowAutoFilter: true, allowSort: true }));
  }
}

/**
 * Queues emptying an owned sheet before it is rewritten: protection off (1.2), panes unfrozen (1.7),
 * validation cleared (1.8), merges and every cell cleared. Charts are not cells and stay (they are
 * updated in place by key).
 */
export function queueClearSheet(batcher: Batcher, sheet: Excel.Worksheet, caps: Caps): void {
  batcher.add(200, () => {
    if (caps.v1_2) sheet.protection.unprotect();
    if (caps.v1_7) sheet.freezePanes.unfreeze();
    const all = sheet.getRange();
    if (caps.v1_8) all.dataValidation.clear();
    if (caps.v1_2) all.unmerge();
    all.clear();
  });
}
