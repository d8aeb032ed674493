/**
 * "Tải sổ tổng hợp": the report model as an .xlsx built in the browser with SheetJS (loaded lazily, its own chunk).
 * Text cells are written as type "s" (never formulas), whatever they start with; only the model's own `f` formulas
 * become formulas.
 */
import type { ReportModel } from "../core/report/model";

/** Builds the workbook bytes. */
export async function buildReportXlsx(model: ReportModel): Promise<Uint8Array> {
  const XLSX = await import(/* webpackChunkName: "sheetjs" */ "@e965/xlsx");
  const book = XLSX.utils.book_new();
  for (const sheet of model.sheets) {
    const ws: Record<string, unknown> = {};
    let maxC = 0;
    sheet.rows.forEach((row, r) => {
      row.forEach((cell, c) => {
        if (!cell) return;
        maxC = Math.max(maxC, c);
        const address = XLSX.utils.encode_cell({ r, c });
        const out: Record<string, unknown> = {};
        if (cell.f) {
          out.f = cell.f;
          if (cell.v !== null) out.v = cell.v;
          out.t = typeof cell.v === "number" ? "n" : "s";
        } else if (typeof cell.v === "number") {
          out.t = "n";
          out.v = cell.v;
        } else if (typeof cell.v === "boolean") {
          out.t = "b";
          out.v = cell.v;
        } else if (cell.v === null) {
          out.t = "z";
        } else {
          out.t = "s";
          out.v = cell.v;
        }
        if (cell.fmt) out.z = cell.fmt;
        ws[address] = out;
      });
    });
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
  const blob = new Blob([bytes as BlobPart], { type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" });
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
