// Writers from a grid (form.mjs) to file bytes: styled .xlsx with exceljs; .xls (BIFF8) and .ods with SheetJS;
// .csv as text. All outputs are byte-for-byte reproducible (fixed document dates, fixed zip timestamps).
import ExcelJS from "exceljs";
import * as XLSX from "@e965/xlsx";
import { a1 } from "./form.mjs";

const FONT = "Times New Roman";
const THIN = { style: "thin", color: { argb: "FF000000" } };
const BOX = { top: THIN, left: THIN, bottom: THIN, right: THIN };
const CENTER = { horizontal: "center", vertical: "middle", wrapText: true };

/** exceljs style per style tag. */
const STYLES = {
  text: { font: { size: 12 } },
  issuer: { font: { size: 12 }, alignment: { horizontal: "center" } },
  issuerBold: { font: { size: 12, bold: true }, alignment: { horizontal: "center" } },
  party: { font: { size: 13, bold: true, underline: true }, alignment: { horizontal: "center" } },
  place: { font: { size: 12, italic: true }, alignment: { horizontal: "center" } },
  title: { font: { size: 14, bold: true }, alignment: { horizontal: "center", vertical: "middle" } },
  subtitle: { font: { size: 12, italic: true }, alignment: { horizontal: "center" } },
  label: { font: { size: 12, bold: true } },
  value: { font: { size: 12 } },
  valueLeft: { font: { size: 12 }, alignment: { horizontal: "left" } },
  date: { font: { size: 12 }, alignment: { horizontal: "left" }, numFmt: "dd/mm/yyyy" },
  header: {
    font: { size: 11, bold: true },
    alignment: CENTER,
    border: BOX,
    fill: { type: "pattern", pattern: "solid", fgColor: { argb: "FFE7EEF7" } },
  },
  stt: { font: { size: 12 }, alignment: CENTER, border: BOX },
  field: { font: { size: 12 }, alignment: { vertical: "middle", wrapText: true }, border: BOX },
  cellCenter: { font: { size: 12 }, alignment: CENTER, border: BOX },
  count: { font: { size: 12 }, alignment: { horizontal: "center", vertical: "middle" }, border: BOX, numFmt: "#,##0" },
  totalLabel: { font: { size: 12, bold: true }, alignment: CENTER, border: BOX },
  totalCount: {
    font: { size: 12, bold: true },
    alignment: { horizontal: "center", vertical: "middle" },
    border: BOX,
    numFmt: "#,##0",
  },
  footerNote: { font: { size: 12, bold: true, italic: true } },
  footerSmall: { font: { size: 11 } },
  footerBold: { font: { size: 12, bold: true }, alignment: { horizontal: "center" } },
};

/**
 * Rewrites every local and central zip header's DOS time/date to 1 Jan 2025 00:00, so the same content always
 * gives the same bytes (the zip libraries stamp the current time). Dates are outside the CRC; nothing else moves.
 */
export function fixZipDates(buffer) {
  const buf = Buffer.from(buffer);
  const dosDate = ((2025 - 1980) << 9) | (1 << 5) | 1;
  let p = 0;
  while (p + 30 <= buf.length && buf.readUInt32LE(p) === 0x04034b50) {
    if (buf.readUInt16LE(p + 6) & 0x08) break; // sizes in a data descriptor: leave the rest alone
    buf.writeUInt16LE(0, p + 10);
    buf.writeUInt16LE(dosDate, p + 12);
    p += 30 + buf.readUInt16LE(p + 26) + buf.readUInt16LE(p + 28) + buf.readUInt32LE(p + 18);
  }
  let end = buf.length - 22;
  while (end >= 0 && buf.readUInt32LE(end) !== 0x06054b50) end -= 1;
  if (end < 0) return buf;
  let q = buf.readUInt32LE(end + 16);
  for (let i = buf.readUInt16LE(end + 10); i > 0 && buf.readUInt32LE(q) === 0x02014b50; i -= 1) {
    buf.writeUInt16LE(0, q + 12);
    buf.writeUInt16LE(dosDate, q + 14);
    q += 46 + buf.readUInt16LE(q + 28) + buf.readUInt16LE(q + 30) + buf.readUInt16LE(q + 32);
  }
  return buf;
}

/** Writes grids as a styled .xlsx and returns its bytes. `options.date` fixes the document properties' dates. */
export async function xlsxBytes(grids, options = {}) {
  const wb = new ExcelJS.Workbook();
  const stamp = options.date ?? new Date(Date.UTC(2025, 0, 1));
  wb.creator = options.creator ?? "Văn phòng";
  wb.lastModifiedBy = wb.creator;
  wb.created = stamp;
  wb.modified = stamp;
  for (const grid of grids) {
    const ws = wb.addWorksheet(grid.name, {
      pageSetup: { paperSize: 9, orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
    });
    for (const [c, w] of Object.entries(grid.widths)) ws.getColumn(Number(c) + 1).width = w;
    for (const cell of grid.cells.values()) {
      const target = ws.getCell(cell.r + 1, cell.c + 1);
      if (cell.v !== null && cell.v !== undefined) target.value = cell.v;
      const style = STYLES[cell.style] ?? STYLES.text;
      target.font = { name: cell.font ?? FONT, ...style.font };
      if (style.alignment) target.alignment = style.alignment;
      if (style.border) target.border = style.border;
      if (style.fill) target.fill = style.fill;
      if (style.numFmt) target.numFmt = style.numFmt;
    }
    for (const [r1, c1, r2, c2] of grid.merges) ws.mergeCells(r1 + 1, c1 + 1, r2 + 1, c2 + 1);
    if (grid.headerRows)
      for (let r = grid.headerRows[0]; r <= grid.headerRows[1]; r += 1)
        ws.getRow(r + 1).height = r === grid.headerRows[1] ? 30 : 20;
  }
  return fixZipDates(await wb.xlsx.writeBuffer());
}

/** SheetJS worksheet from a grid: cached values, formulas, merges, widths, dates as numbers with a date format. */
function sheetJsSheet(grid, bookType) {
  const ws = {};
  let maxR = 0;
  let maxC = 0;
  for (const cell of grid.cells.values()) {
    maxR = Math.max(maxR, cell.r);
    maxC = Math.max(maxC, cell.c);
    const v = cell.v;
    if (v === null || v === undefined) continue;
    let out;
    if (typeof v === "number") out = { t: "n", v };
    else if (typeof v === "string") out = { t: "s", v };
    else if (v instanceof Date)
      out =
        bookType === "ods"
          ? { t: "d", v, z: "dd/mm/yyyy" }
          : { t: "n", v: v.getTime() / 86400000 + 25569, z: "dd/mm/yyyy" };
    else if (typeof v.result === "number") out = { t: "n", v: v.result, f: v.formula };
    else out = { t: "e", v: 0x17, w: "#REF!", f: v.formula };
    ws[a1(cell.r, cell.c)] = out;
  }
  ws["!ref"] = `A1:${a1(maxR, maxC)}`;
  ws["!merges"] = grid.merges.map(([r1, c1, r2, c2]) => ({ s: { r: r1, c: c1 }, e: { r: r2, c: c2 } }));
  ws["!cols"] = Array.from({ length: maxC + 1 }, (_, c) => ({ wch: grid.widths[c] ?? 9 }));
  return ws;
}

/** Writes grids as .xls (BIFF8) or .ods bytes with SheetJS. */
export function sheetJsBytes(grids, bookType) {
  const wb = XLSX.utils.book_new();
  for (const grid of grids) XLSX.utils.book_append_sheet(wb, sheetJsSheet(grid, bookType), grid.name);
  wb.Props = { Author: "Văn phòng", CreatedDate: new Date(Date.UTC(2025, 0, 1)) };
  const bytes = XLSX.write(wb, { bookType, type: "buffer", compression: true });
  return bookType === "ods" ? fixZipDates(bytes) : Buffer.from(bytes);
}

/** A grid as CSV text (comma-separated, CRLF, quoted where needed): what "Save as CSV" gives. */
export function csvText(grid) {
  let maxR = 0;
  let maxC = 0;
  for (const cell of grid.cells.values()) {
    maxR = Math.max(maxR, cell.r);
    maxC = Math.max(maxC, cell.c);
  }
  const lines = [];
  for (let r = 0; r <= maxR; r += 1) {
    const fields = [];
    for (let c = 0; c <= maxC; c += 1) {
      const v = grid.cells.get(`${r}:${c}`)?.v;
      let s = "";
      if (typeof v === "number" || typeof v === "string") s = String(v);
      else if (v instanceof Date)
        s = `${String(v.getUTCDate()).padStart(2, "0")}/${String(v.getUTCMonth() + 1).padStart(2, "0")}/${v.getUTCFullYear()}`;
      else if (v && typeof v.result === "number") s = String(v.result);
      fields.push(/[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
    }
    lines.push(fields.join(","));
  }
  return lines.join("\r\n") + "\r\n";
}
