/**
 * "Tải sổ tổng hợp": the report model as an .xlsx built in the browser with SheetJS (loaded lazily, its own chunk),
 * mapping core's renderer contract (`listCells`): text is written as type "s" (never a formula) whatever it starts
 * with, the model's formulas and in-workbook links (HYPERLINK formulas, only to sheets of the report) as formulas,
 * number formats as `z`. SheetJS community edition writes no cell styles, so the palette's looks are not carried.
 */
import { type CellContent, listCells, type RenderCell, type ReportModel } from "../core";

/** A SheetJS cell object for a resolved cell. */
function cellObject(content: CellContent, numberFormat: string | undefined): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  switch (content.kind) {
    case "empty":
      out.t = "z";
      break;
    case "text":
      Object.assign(out, { t: "s", v: content.text });
      break;
    case "value":
      Object.assign(out, { t: typeof content.value === "number" ? "n" : "b", v: content.value });
      break;
    case "formula":
      Object.assign(
        out,
        {
          f: content.formula,
          t: typeof content.result === "number" ? "n" : typeof content.result === "boolean" ? "b" : "s",
        },
        content.result !== null && { v: content.result },
      );
      break;
    case "link":
      Object.assign(out, { f: content.formula, t: "s", v: content.label });
      break;
  }
  if (numberFormat) out.z = numberFormat;
  return out;
}

/** Whether SheetJS has anything to write for the cell (it carries no looks). */
function carried(cell: RenderCell): boolean {
  return cell.content.kind !== "empty" || cell.numberFormat !== undefined;
}

/** Builds the workbook bytes. */
export async function buildReportXlsx(model: ReportModel): Promise<Uint8Array> {
  const XLSX = await import(/* webpackChunkName: "sheetjs" */ "@e965/xlsx");
  const book = XLSX.utils.book_new();
  const names = new Set(model.sheets.map((sheet) => sheet.name));
  for (const sheet of model.sheets) {
    const ws: Record<string, unknown> = {};
    let maxC = 0;
    for (const cell of listCells(sheet, (name) => (names.has(name) ? name : null)).filter(carried)) {
      maxC = Math.max(maxC, cell.col);
      ws[cell.address] = cellObject(cell.content, cell.numberFormat);
    }
    ws["!ref"] = XLSX.utils.encode_range({ s: { r: 0, c: 0 }, e: { r: Math.max(0, sheet.rows.length - 1), c: maxC } });
    ws["!merges"] = sheet.merges.map((m) => XLSX.utils.decode_range(m));
    ws["!cols"] = sheet.columnWidths.map((wch) => ({ wch }));
    XLSX.utils.book_append_sheet(book, ws as never, sheet.name.slice(0, 31));
  }
  const data = XLSX.write(book, { type: "array", bookType: "xlsx" }) as ArrayBuffer;
  return new Uint8Array(data);
}

/** Builds the workbook and hands it to the browser as a download. */
export async function downloadReportXlsx(model: ReportModel, fileName: string): Promise<void> {
  const bytes = await buildReportXlsx(model);
  const blob = new Blob([bytes as BlobPart], {
    type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  });
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
