/**
 * Renders a ReportModel (src/core/report/model.ts) to an .xlsx workbook with exceljs, for the CLI.
 * Values, formulas with their cached results, named styles, merges, widths, frozen panes, number
 * formats, in-workbook hyperlinks (HYPERLINK("#'Sheet'!A1") formulas), print orientation, whole-number validation on count inputs.
 * exceljs does not write native charts, so ChartSpecs are not drawn here (the series tables are).
 * Written with the exceljs streaming writer: rows are committed as they are written, so a report of
 * thousands of submissions does not hold a whole in-memory workbook.
 */
import { Writable } from "node:stream";
import ExcelJS from "exceljs";
import { parseA1, type CellStyle, type ModelCell, type ReportModel, type SheetModel } from "../../core";

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
  const at = parseA1(address);
  return at ? [at.row + 1, at.col + 1] : [1, 1];
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

/** The composed exceljs style of a cell: its style runs applied in order, then its number format and link look. */
type CellLook = Partial<ExcelJS.Style>;

function compose(styles: readonly CellStyle[], fmt: string | undefined, link: boolean): CellLook {
  const look: CellLook = {};
  for (const name of styles) {
    const style = STYLES[name];
    if (style.font) look.font = { ...look.font, ...style.font };
    if (style.fill) look.fill = style.fill;
    if (style.border) look.border = style.border;
    if (style.alignment) look.alignment = { ...look.alignment, ...style.alignment };
  }
  if (link) look.font = { ...look.font, name: FONT, color: { argb: "FF0563C1" }, underline: true };
  if (fmt) look.numFmt = fmt;
  return look;
}

/** Style runs indexed by 1-based row: [first column, last column, style], in model order. */
function indexRuns(model: SheetModel): Map<number, [number, number, CellStyle][]> {
  const byRow = new Map<number, [number, number, CellStyle][]>();
  for (const run of model.styles) {
    const [start, end = start] = run.range.split(":") as [string, string?];
    const [r1, c1] = position(start);
    const [r2, c2] = position(end ?? start);
    for (let r = r1; r <= r2; r++) {
      const list = byRow.get(r) ?? [];
      list.push([c1, c2, run.style]);
      byRow.set(r, list);
    }
  }
  return byRow;
}

/** Merges indexed by their 1-based top row. */
function indexMerges(model: SheetModel): Map<number, string[]> {
  const byTop = new Map<number, string[]>();
  for (const range of model.merges) {
    const top = position(range.split(":")[0] as string)[0];
    byTop.set(top, [...(byTop.get(top) ?? []), range]);
  }
  return byTop;
}

/** Count-input and unlocked cells, as "row:column" keys with whether they take whole-number validation. */
function indexInputs(model: SheetModel): Map<string, boolean> {
  const inputs = new Map<string, boolean>();
  for (const range of model.unlocked ?? []) for (const [r, c] of cellsOf(range)) inputs.set(`${r}:${c}`, false);
  for (const range of model.countInputs ?? []) for (const [r, c] of cellsOf(range)) inputs.set(`${r}:${c}`, true);
  return inputs;
}

/** Styles whose text wraps, so their rows need room for several lines. */
const WRAPPING: ReadonlySet<CellStyle> = new Set<CellStyle>(["header", "label", "text"]);
const LINE_HEIGHT = 15;
const MAX_LINES = 8;

/** Width in characters available to each merge's top-left cell ("row:column" keys); null for merges spanning rows. */
function indexMergeWidths(model: SheetModel): Map<string, number | null> {
  const widths = new Map<string, number | null>();
  for (const range of model.merges) {
    const [start, end = start] = range.split(":") as [string, string?];
    const [r1, c1] = position(start);
    const [r2, c2] = position(end ?? start);
    let width = 0;
    for (let c = c1; c <= c2; c++) width += model.columnWidths[c - 1] ?? 9;
    widths.set(`${r1}:${c1}`, r2 > r1 ? null : width);
    for (let r = r1; r <= r2; r++) for (let c = c1; c <= c2; c++) if (r !== r1 || c !== c1) widths.set(`${r}:${c}`, null);
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
  errorTitle: "Số không hợp lệ",
  error: "Chỉ nhập số nguyên không âm (số mô hình).",
};

/** Streams one sheet row by row (rows are committed as soon as they are written, so memory stays flat). */
async function writeSheet(workbook: ExcelJS.stream.xlsx.WorkbookWriter, model: SheetModel, sheetNames: ReadonlySet<string>): Promise<void> {
  const freeze = model.freeze;
  const ws = workbook.addWorksheet(model.name, {
    views: freeze && (freeze.rows > 0 || freeze.columns > 0) ? [{ state: "frozen", xSplit: freeze.columns, ySplit: freeze.rows }] : [],
    pageSetup: { orientation: model.landscape ? "landscape" : "portrait", paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  ws.columns = model.columnWidths.map((width) => ({ width }));
  if (model.protect) await ws.protect("", { selectLockedCells: true, selectUnlockedCells: true, formatColumns: true });
  const runs = indexRuns(model);
  const merges = indexMerges(model);
  const inputs = indexInputs(model);
  const looks = new Map<string, CellLook>();
  const mergeWidths = indexMergeWidths(model);
  const height = Math.max(model.rows.length, ...runs.keys(), 0);
  for (let r = 1; r <= height; r++) {
    const row = ws.getRow(r);
    const cells = model.rows[r - 1] ?? [];
    const rowRuns = runs.get(r) ?? [];
    const width = Math.max(cells.length, ...rowRuns.map((run) => run[1]));
    let lines = 1;
    for (let c = 1; c <= width; c++) {
      const cell = cells[c - 1] ?? null;
      const styles = rowRuns.filter(([c1, c2]) => c >= c1 && c <= c2).map((run) => run[2]);
      const input = inputs.get(`${r}:${c}`);
      if (!cell && styles.length === 0 && input === undefined) continue;
      const target = row.getCell(c);
      if (cell) target.value = valueOf(cell, sheetNames);
      const link = cell?.link !== undefined && sheetNames.has(cell.link.sheet);
      const key = `${styles.join("|")}#${cell?.fmt ?? ""}#${link}#${input !== undefined}`;
      let look = looks.get(key);
      if (!look) {
        look = compose(styles, cell?.fmt, link);
        if (input !== undefined) look.protection = { locked: false };
        looks.set(key, look);
      }
      target.style = look;
      if (typeof cell?.v === "string" && styles.some((st) => WRAPPING.has(st))) {
        const room = mergeWidths.has(`${r}:${c}`) ? mergeWidths.get(`${r}:${c}`) : (model.columnWidths[c - 1] ?? 9);
        if (room !== null && room !== undefined) lines = Math.max(lines, Math.min(MAX_LINES, linesFor(cell.v, room)));
      }
      if (input) target.dataValidation = COUNT_VALIDATION;
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
