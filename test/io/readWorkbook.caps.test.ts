import { bothMessages } from "./helpers/messages";
import { describe, expect, it } from "@jest/globals";
import * as XLSX from "@e965/xlsx";
import { readWorkbookBytes } from "../../src/io/readWorkbook";
import { issueMessage } from "../../src/core";
import { handXlsx } from "./helpers/zipStore";

function workbook(sheets: Record<string, unknown[][]>): Uint8Array {
  const wb = XLSX.utils.book_new();
  for (const [name, rows] of Object.entries(sheets))
    XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet(rows), name);
  return new Uint8Array(XLSX.write(wb, { type: "array", bookType: "xlsx" }) as ArrayBuffer);
}

describe("readWorkbookBytes: caps", () => {
  it("refuses a file over the raw size limit before parsing, naming the limit", () => {
    const r = readWorkbookBytes(workbook({ A: [[1]] }), "big.xlsx", { maxFileBytes: 100 });
    expect(r.workbook).toBeNull();
    expect(r.issues[0]?.code).toBe("file-too-large");
    expect(bothMessages(r.issues[0])).toContain("limit is 100 B");
    expect(issueMessage(r.issues[0]!, "en")).toContain("the limit is 100 B");
  });

  it("refuses a zip whose declared uncompressed sizes exceed the limit (a bomb), without inflating", () => {
    const bytes = handXlsx([{ name: "S", xml: '<row r="1"><c r="A1"><v>1</v></c></row>' }], {
      centralSize: 300 * 1024 * 1024,
      localSize: 300 * 1024 * 1024,
    });
    const started = Date.now();
    const r = readWorkbookBytes(bytes, "bomb.xlsx");
    expect(Date.now() - started).toBeLessThan(2000);
    expect(r.workbook).toBeNull();
    expect(r.issues[0]?.code).toBe("file-too-large");
    expect(bothMessages(r.issues[0])).toContain("giới hạn là 100 MB khi giải nén");
  });

  it("uses the larger of the central and local declared sizes (entries whose sizes lie)", () => {
    const bytes = handXlsx([{ name: "S", xml: '<row r="1"><c r="A1"><v>1</v></c></row>' }], {
      localSize: 200 * 1024 * 1024,
    });
    expect(readWorkbookBytes(bytes, "liar.xlsx").issues[0]?.code).toBe("file-too-large");
  });

  it("refuses a deflated entry that declares size 0 everywhere but holds data", () => {
    const bytes = handXlsx([{ name: "S", xml: `<row r="1"><c r="A1"><v>1</v></c></row>${"<row/>".repeat(100)}` }], {
      deflate: true,
      centralSize: 0,
      localSize: 0,
    });
    const r = readWorkbookBytes(bytes, "zero.xlsx");
    expect(r.issues[0]?.code).toBe("unreadable-file");
    expect(bothMessages(r.issues[0])).toContain("false sizes");
  });

  it("refuses too many zip entries", () => {
    const r = readWorkbookBytes(workbook({ A: [[1]] }), "many.xlsx", { maxZipEntries: 3 });
    expect(r.issues[0]?.code).toBe("file-too-large");
    expect(bothMessages(r.issues[0])).toMatch(/limit is 3 ZIP entries/);
  });

  it("refuses too many sheets (xlsx counted from the directory, other formats after reading)", () => {
    const sheets = { A: [[1]], B: [[2]], C: [[3]] };
    expect(readWorkbookBytes(workbook(sheets), "s.xlsx", { maxSheets: 2 }).issues[0]?.code).toBe("file-too-large");
    const wb = XLSX.utils.book_new();
    for (const [name, rows] of Object.entries(sheets))
      XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet(rows), name);
    const xls = new Uint8Array(XLSX.write(wb, { type: "array", bookType: "biff8" }) as ArrayBuffer);
    const r = readWorkbookBytes(xls, "s.xls", { maxSheets: 2 });
    expect(r.issues.map((i) => i.code)).toEqual(["file-too-large"]);
    expect(bothMessages(r.issues[0])).toMatch(/limit is 2 sheets/);
  });

  it("rejects only the sheet over the cell-range cap; the others are read", () => {
    const rows = Array.from({ length: 30 }, (_, i) => [i]);
    const r = readWorkbookBytes(workbook({ Big: rows, Small: [["ok"]] }), "range.xlsx", { maxRows: 20 });
    expect(r.issues.map((i) => [i.code, i.sheet])).toEqual([["sheet-too-large", "Big"]]);
    expect(r.workbook?.sheets.map((s) => s.name)).toEqual(["Small"]);
  });

  it("rejects a far-corner sheet (A1 and XFD1) quickly, by its column range", () => {
    const bytes = handXlsx([
      { name: "Far", xml: '<row r="1"><c r="A1"><v>1</v></c><c r="XFD1"><v>2</v></c></row>' },
      { name: "Ok", xml: '<row r="1"><c r="A1"><v>3</v></c></row>' },
    ]);
    const started = Date.now();
    const r = readWorkbookBytes(bytes, "far.xlsx");
    expect(Date.now() - started).toBeLessThan(2000);
    expect(r.issues.map((i) => [i.code, i.sheet])).toEqual([["sheet-too-large", "Far"]]);
    expect(bothMessages(r.issues[0])).toContain("16384 columns");
    expect(r.workbook?.sheets.map((s) => s.name)).toEqual(["Ok"]);
  });

  it("rejects a sheet with cells at A1 and XFD1048576 without building its rows", () => {
    const bytes = handXlsx([
      {
        name: "Far",
        xml: '<row r="1"><c r="A1"><v>1</v></c></row><row r="1048576"><c r="XFD1048576"><v>2</v></c></row>',
      },
    ]);
    const started = Date.now();
    const r = readWorkbookBytes(bytes, "far2.xlsx");
    expect(Date.now() - started).toBeLessThan(5000);
    expect(r.workbook?.sheets).toEqual([]);
    expect(r.issues.map((i) => i.code)).toEqual(["sheet-too-large"]);
    expect(issueMessage(r.issues[0]!, "en")).toContain(
      "(> 5000 rows × 16384 columns); the limit is 5000 rows × 200 columns",
    );
  });

  it("rejects a sheet with more rows than the cap", () => {
    const xml = Array.from({ length: 60 }, (_, i) => `<row r="${i + 1}"><c r="A${i + 1}"><v>${i}</v></c></row>`).join(
      "",
    );
    const r = readWorkbookBytes(handXlsx([{ name: "Tall", xml }]), "tall.xlsx", { maxRows: 50 });
    expect(r.issues.map((i) => i.code)).toEqual(["sheet-too-large"]);
    expect(bothMessages(r.issues[0])).toContain("giới hạn là 50 dòng × 200 cột");
  });

  it("reads a large file's sheets only up to the row cap (sheetRows): rows past it are never built", () => {
    const far = handXlsx([
      { name: "Far", xml: '<row r="1"><c r="A1"><v>1</v></c></row><row r="9000"><c r="B9000"><v>2</v></c></row>' },
    ]);
    expect(readWorkbookBytes(far, "far.xlsx").issues.map((i) => i.code)).toEqual(["sheet-too-large"]);
    const bounded = readWorkbookBytes(far, "far.xlsx", { boundRowsFromBytes: 0 });
    expect(bounded.issues).toEqual([]);
    expect(bounded.workbook?.sheets[0]?.rows).toEqual([[1]]);
    const tall = Array.from(
      { length: 6000 },
      (_, i) => `<row r="${i + 1}"><c r="A${i + 1}"><v>${i}</v></c></row>`,
    ).join("");
    const r = readWorkbookBytes(handXlsx([{ name: "Tall", xml: tall }]), "tall.xlsx", { boundRowsFromBytes: 0 });
    expect(r.issues.map((i) => [i.code, issueMessage(i, "vi").split(";")[0]])).toEqual([
      ["sheet-too-large", "Trang tính quá lớn (> 5000 dòng × 1 cột)"],
    ]);
  });

  it("survives the <sheetData ReDoS shape quickly", () => {
    const xml = "<sheetData ".repeat(200_000);
    const started = Date.now();
    const r = readWorkbookBytes(handXlsx([{ name: "R", xml }]), "redos.xlsx");
    expect(Date.now() - started).toBeLessThan(10_000);
    // SheetJS 0.20.3 finds no cells in it: an empty sheet (the validator then reports no table).
    expect(r.issues).toEqual([]);
    expect(r.workbook?.sheets.map((s) => s.rows.flat().length)).toEqual([0]);
  });
});
