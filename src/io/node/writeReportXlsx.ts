/**
 * Renders a ReportModel (src/core/report/model.ts) to an .xlsx workbook with exceljs, for the CLI.
 * Values, formulas with their cached results, named styles, merges, widths, frozen panes, number
 * formats, in-workbook hyperlinks (HYPERLINK("#'Sheet'!A1") formulas), print orientation, whole-number validation on count inputs.
 * exceljs does not write native charts, so ChartSpecs are not drawn here (the series tables are).
 */
import ExcelJS from "exceljs";
import type { CellStyle, ModelCell, ReportModel, SheetModel } from "../../core";

type Style = Partial<Pick<ExcelJS.Style, "font" | "fill" | "border" | "alignment">>;

const THIN: Partial<ExcelJS.Border> = { style: "thin", color: { argb: "FF8C8C8C" } };
const BOX: Partial<ExcelJS.Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };
const FONT = "Times New Roman";

function fill(argb: string): ExcelJS.Fill {
  return { type: "pattern", pattern: "solid", fgColor: { argb } };
}

function cellFill(argb: string, fontColor: string, bold = false): Style {
  return { fill: fill(argb), font: { name: FONT, size: 11, color: { argb: fontColor }, bold }, border: BOX, alignment: { horizontal: "center", vertical: "middle" } };
}

/** How each named style of the model looks in Excel. */
const STYLES: Readonly<Record<CellStyle, Style>> = {
  title: { font: { name: FONT, size: 14, bold: true }, alignment: { horizontal: "center", vertical: "middle" } },
  subtitle: { font: { name: FONT, size: 11, bold: true, italic: true }, alignment: { horizontal: "left", vertical: "middle", wrapText: false } },
  note: { font: { name: FONT, size: 10, italic: true, color: { argb: "FF595959" } }, alignment: { horizontal: "left", vertical: "middle" } },
  header: { font: { name: FONT, size: 11, bold: true }, fill: fill("FFDDEBF7"), border: BOX, alignment: { horizontal: "center", vertical: "middle", wrapText: true } },
  label: { font: { name: FONT, size: 11, bold: true }, border: BOX, alignment: { vertical: "middle", wrapText: true } },
  text: { font: { name: FONT, size: 11 }, border: BOX, alignment: { vertical: "top", wrapText: true } },
  number: { font: { name: FONT, size: 11 }, border: BOX, alignment: { horizontal: "right", vertical: "middle" } },
  total: { font: { name: FONT, size: 11, bold: true }, fill: fill("FFF2F2F2"), border: BOX, alignment: { vertical: "middle" } },
  input: { font: { name: FONT, size: 11 }, fill: fill("FFFFF9E5"), border: BOX },
  "severity-error": cellFill("FFFFC7CE", "FF9C0006", true),
  "severity-warning": cellFill("FFFFEB9C", "FF9C5700", true),
  "severity-info": cellFill("FFDDEBF7", "FF1F4E79"),
  "state-on-time": cellFill("FFC6EFCE", "FF006100"),
  "state-late": cellFill("FFFFEB9C", "FF9C5700"),
  "state-missing": cellFill("FFFFC7CE", "FF9C0006", true),
  "state-rejected": cellFill("FFF4B084", "FF833C0B", true),
  "state-not-expected": cellFill("FFEDEDED", "FF808080"),
  "status-superseded": { font: { name: FONT, size: 11, italic: true, color: { argb: "FF808080" } } },
};

/** 1-based [row, column] of an A1 address. */
function position(address: string): [number, number] {
  const m = /^([A-Z]+)(\d+)$/.exec(address);
  if (!m) return [1, 1];
  const column = [...(m[1] as string)].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  return [Number(m[2]), column];
}

/** Every 1-based [row, column] of an A1 range ("B2" or "B2:D5"). */
function cellsOf(range: string): [number, number][] {
  const [start, end = start] = range.split(":") as [string, string?];
  const [r1, c1] = position(start);
  const [r2, c2] = position(end ?? start);
  const cells: [number, number][] = [];
  for (let r = r1; r <= r2; r++) for (let c = c1; c <= c2; c++) cells.push([r, c]);
  return cells;
}

/** The exceljs value of a model cell. Strings stay strings (never formulas), whatever they start with. */
function valueOf(cell: ModelCell, sheetNames: ReadonlySet<string>): ExcelJS.CellValue {
  if (cell.f !== undefined) return { formula: cell.f, result: cell.v ?? undefined } as ExcelJS.CellFormulaValue;
  if (cell.link && sheetNames.has(cell.link.sheet)) {
    // A HYPERLINK formula, not an exceljs hyperlink: exceljs pairs internal locations with an
    // external relationship, which Excel and SheetJS then resolve as "target#location".
    const target = `#'${cell.link.sheet.replace(/'/g, "''")}'!${cell.link.cell}`;
    const text = String(cell.v ?? cell.link.cell);
    const quote = (s: string) => `"${s.replace(/"/g, '""')}"`;
    return { formula: `HYPERLINK(${quote(target)},${quote(text)})`, result: text } as ExcelJS.CellFormulaValue;
  }
  return cell.v;
}

function applyStyle(target: ExcelJS.Cell, style: Style): void {
  if (style.font) target.font = { ...target.font, ...style.font };
  if (style.fill) target.fill = style.fill;
  if (style.border) target.border = style.border;
  if (style.alignment) target.alignment = { ...target.alignment, ...style.alignment };
}

function writeSheet(workbook: ExcelJS.Workbook, model: SheetModel, sheetNames: ReadonlySet<string>): ExcelJS.Worksheet {
  const ws = workbook.addWorksheet(model.name);
  model.rows.forEach((row, r) =>
    row.forEach((cell, c) => {
      if (!cell) return;
      const target = ws.getCell(r + 1, c + 1);
      target.value = valueOf(cell, sheetNames);
      if (cell.fmt) target.numFmt = cell.fmt;
      if (cell.link && sheetNames.has(cell.link.sheet)) target.font = { name: FONT, color: { argb: "FF0563C1" }, underline: true };
    }),
  );
  for (const run of model.styles) {
    const style = STYLES[run.style];
    for (const [r, c] of cellsOf(run.range)) applyStyle(ws.getCell(r, c), style);
  }
  for (const range of model.merges) ws.mergeCells(range);
  model.columnWidths.forEach((width, i) => (ws.getColumn(i + 1).width = width));
  const freeze = model.freeze;
  if (freeze && (freeze.rows > 0 || freeze.columns > 0)) ws.views = [{ state: "frozen", xSplit: freeze.columns, ySplit: freeze.rows }];
  ws.pageSetup = { ...ws.pageSetup, orientation: model.landscape ? "landscape" : "portrait", paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0 };
  for (const range of model.countInputs ?? []) {
    for (const [r, c] of cellsOf(range)) {
      ws.getCell(r, c).dataValidation = {
        type: "whole",
        operator: "greaterThanOrEqual",
        formulae: [0],
        allowBlank: true,
        showErrorMessage: true,
        errorTitle: "Số không hợp lệ",
        error: "Chỉ nhập số nguyên không âm (số mô hình).",
      };
    }
  }
  for (const range of [...(model.countInputs ?? []), ...(model.unlocked ?? [])]) {
    for (const [r, c] of cellsOf(range)) ws.getCell(r, c).protection = { locked: false };
  }
  return ws;
}

/** Builds the exceljs workbook of a report model. */
async function toWorkbook(model: ReportModel): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Tổng hợp Dân vận khéo";
  const sheetNames = new Set(model.sheets.map((s) => s.name));
  for (const sheet of model.sheets) {
    const ws = writeSheet(workbook, sheet, sheetNames);
    if (sheet.protect) await ws.protect("", { selectLockedCells: true, selectUnlockedCells: true, formatColumns: true });
  }
  return workbook;
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
  const workbook = await toWorkbook(model);
  return Buffer.from(await workbook.xlsx.writeBuffer());
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
  const workbook = await toWorkbook(model);
  await workbook.xlsx.writeFile(path);
}
