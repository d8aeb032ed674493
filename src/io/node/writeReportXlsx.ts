/**
 * Renders a ReportModel (src/core/report/model.ts) to an .xlsx workbook with exceljs, for the CLI.
 * It maps core's renderer contract (`listCells`: resolved content and palette looks) onto exceljs:
 * values, formulas with their cached results, looks, merges, widths, frozen panes, number formats,
 * in-workbook links (HYPERLINK formulas), print orientation, whole-number validation on count inputs.
 * exceljs does not write native charts, so ChartSpecs are not drawn here (the series tables are).
 * Written with the exceljs streaming writer: rows are committed as they are written, so a report of
 * thousands of submissions does not hold a whole in-memory workbook.
 */
import { Writable } from "node:stream";
import ExcelJS from "exceljs";
import {
  INPUT_RULES,
  listCells,
  parseA1Range,
  REPORT_FONT,
  REPORT_FONT_SIZE,
  BORDER_COLOR,
  type CellContent,
  type Look,
  type RenderCell,
  type ReportModel,
  type SheetModel,
} from "../../core";

/** "#RRGGBB" as exceljs's ARGB. */
function argb(hex: string): string {
  return `FF${hex.slice(1).toUpperCase()}`;
}

const THIN: Partial<ExcelJS.Border> = { style: "thin", color: { argb: argb(BORDER_COLOR) } };
const BOX: Partial<ExcelJS.Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };

/** The exceljs style of a palette look, number format and input kind. */
function styleOf(look: Look, numberFormat: string | undefined, input: RenderCell["input"]): Partial<ExcelJS.Style> {
  const style: Partial<ExcelJS.Style> = {
    font: {
      name: REPORT_FONT,
      size: look.size ?? REPORT_FONT_SIZE,
      ...(look.bold !== undefined && { bold: look.bold }),
      ...(look.italic !== undefined && { italic: look.italic }),
      ...(look.underline && { underline: true }),
      ...(look.color && { color: { argb: argb(look.color) } }),
    },
  };
  if (look.fill) style.fill = { type: "pattern", pattern: "solid", fgColor: { argb: argb(look.fill) } };
  if (look.borders) style.border = BOX;
  if (look.align || look.valign || look.wrap)
    style.alignment = {
      ...(look.align && { horizontal: look.align }),
      ...(look.valign && { vertical: look.valign }),
      ...(look.wrap && { wrapText: true }),
    };
  if (numberFormat) style.numFmt = numberFormat;
  if (input) style.protection = { locked: false };
  return style;
}

/** The exceljs value of a resolved cell. Text stays a string (never a formula), whatever it starts with. */
function valueOf(content: CellContent): ExcelJS.CellValue {
  switch (content.kind) {
    case "empty":
      return null;
    case "value":
      return content.value;
    case "text":
      return content.text;
    case "formula":
      return { formula: content.formula, result: content.result ?? undefined } as ExcelJS.CellFormulaValue;
    case "link":
      // A HYPERLINK formula, not an exceljs hyperlink: exceljs pairs internal locations with an
      // external relationship, which Excel and SheetJS then resolve as "target#location".
      return { formula: content.formula, result: content.label } as ExcelJS.CellFormulaValue;
  }
}

/** Merges by their 0-based top row. */
function indexMerges(model: SheetModel): Map<number, string[]> {
  const byTop = new Map<number, string[]>();
  for (const range of model.merges) {
    const rect = parseA1Range(range);
    if (rect) byTop.set(rect.top, [...(byTop.get(rect.top) ?? []), range]);
  }
  return byTop;
}

const LINE_HEIGHT = 15;
const MAX_LINES = 8;

/** Width in characters available to each merge's top-left cell (A1 keys); null for merges spanning rows and covered cells. */
function indexMergeWidths(model: SheetModel): Map<string, number | null> {
  const widths = new Map<string, number | null>();
  for (const range of model.merges) {
    const rect = parseA1Range(range);
    if (!rect) continue;
    let width = 0;
    for (let c = rect.left; c <= rect.right; c++) width += model.columnWidths[c] ?? 9;
    for (let r = rect.top; r <= rect.bottom; r++)
      for (let c = rect.left; c <= rect.right; c++) widths.set(`${r}:${c}`, null);
    widths.set(`${rect.top}:${rect.left}`, rect.bottom > rect.top ? null : width);
  }
  return widths;
}

/** Lines a wrapped text needs in a column of `width` characters (a rough, font-independent estimate). */
function linesFor(text: string, width: number): number {
  const perLine = Math.max(1, width - 1);
  return text.split("\n").reduce((n, part) => n + Math.max(1, Math.ceil(part.length / perLine)), 0);
}

const COUNT_VALIDATION: ExcelJS.DataValidation = {
  type: "whole",
  operator: "greaterThanOrEqual",
  formulae: [0],
  allowBlank: true,
  showErrorMessage: true,
  errorStyle: "stop",
  errorTitle: INPUT_RULES.count.title,
  error: INPUT_RULES.count.message,
};

/** Lines the cell's wrapped text needs (1 when it does not wrap). */
function linesOf(cell: RenderCell, model: SheetModel, mergeWidths: Map<string, number | null>): number {
  if (cell.content.kind !== "text" || !cell.look.wrap) return 1;
  const key = `${cell.row}:${cell.col}`;
  const room = mergeWidths.has(key) ? mergeWidths.get(key) : (model.columnWidths[cell.col] ?? 9);
  return room === null || room === undefined ? 1 : Math.min(MAX_LINES, linesFor(cell.content.text, room));
}

/** The cells of `listCells` grouped by 0-based row. */
function cellsByRow(cells: readonly RenderCell[]): Map<number, RenderCell[]> {
  const byRow = new Map<number, RenderCell[]>();
  for (const cell of cells) {
    const row = byRow.get(cell.row);
    if (row) row.push(cell);
    else byRow.set(cell.row, [cell]);
  }
  return byRow;
}

/** Streams one sheet row by row (rows are committed as soon as they are written, so memory stays flat). */
async function writeSheet(
  workbook: ExcelJS.stream.xlsx.WorkbookWriter,
  model: SheetModel,
  sheetNames: ReadonlySet<string>,
): Promise<void> {
  const freeze = model.freeze;
  const ws = workbook.addWorksheet(model.name, {
    views:
      freeze && (freeze.rows > 0 || freeze.columns > 0)
        ? [{ state: "frozen", xSplit: freeze.columns, ySplit: freeze.rows }]
        : [],
    pageSetup: {
      orientation: model.landscape ? "landscape" : "portrait",
      paperSize: 9,
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
    },
  });
  ws.columns = model.columnWidths.map((width) => ({ width }));
  if (model.protect) await ws.protect("", { selectLockedCells: true, selectUnlockedCells: true, formatColumns: true });
  const rows = cellsByRow(listCells(model, (name) => (sheetNames.has(name) ? name : null)));
  const merges = indexMerges(model);
  const mergeWidths = indexMergeWidths(model);
  const styles = new Map<Look, Map<string, Partial<ExcelJS.Style>>>();
  let height = 0;
  for (const r of [...rows.keys(), ...merges.keys()]) height = Math.max(height, r + 1);
  for (let r = 0; r < height; r++) {
    const row = ws.getRow(r + 1);
    let lines = 1;
    for (const cell of rows.get(r) ?? []) {
      const target = row.getCell(cell.col + 1);
      if (cell.content.kind !== "empty") target.value = valueOf(cell.content);
      // Looks are shared objects from listCells: one exceljs style per look, format and input kind.
      const byLook = styles.get(cell.look) ?? new Map<string, Partial<ExcelJS.Style>>();
      styles.set(cell.look, byLook);
      const key = `${cell.numberFormat ?? ""}#${cell.input ?? ""}`;
      const style = byLook.get(key) ?? styleOf(cell.look, cell.numberFormat, cell.input);
      byLook.set(key, style);
      target.style = style;
      if (cell.input === "count") target.dataValidation = COUNT_VALIDATION;
      lines = Math.max(lines, linesOf(cell, model, mergeWidths));
    }
    if (lines > 1) row.height = lines * LINE_HEIGHT;
    for (const range of merges.get(r) ?? []) ws.mergeCells(range);
    row.commit();
  }
  ws.commit();
}

/** Streams the workbook of a report model to a file or a writable stream. */
async function streamWorkbook(model: ReportModel, target: { filename: string } | { stream: Writable }): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ ...target, useStyles: true, useSharedStrings: true });
  workbook.creator = "Tổng hợp Dân vận khéo";
  const sheetNames = new Set(model.sheets.map((s) => s.name));
  for (const sheet of model.sheets) await writeSheet(workbook, sheet, sheetNames);
  await workbook.commit();
}

/**
 * Renders a report model to an .xlsx file in memory (for tests and for callers that stream it).
 *
 * @param model - the report model
 * @returns the .xlsx bytes
 * @example
 * const bytes = await renderReportXlsxBuffer(buildReportModel(c, options));
 */
export async function renderReportXlsxBuffer(model: ReportModel): Promise<Buffer> {
  const chunks: Buffer[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      chunks.push(chunk);
      done();
    },
  });
  await streamWorkbook(model, { stream: sink });
  return Buffer.concat(chunks);
}

/**
 * Writes a report model as an .xlsx file at exactly `path` (the caller handles temp files and
 * renaming, and whether an existing file may be replaced).
 *
 * @param model - the report model
 * @param path - the file to write
 * @returns when the file is written
 * @example
 * await writeReportXlsx(buildReportModel(c, options), "out/.bao-cao.tmp.xlsx");
 */
export async function writeReportXlsx(model: ReportModel, path: string): Promise<void> {
  await streamWorkbook(model, { filename: path });
}
