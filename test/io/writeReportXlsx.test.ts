import { describe, expect, it } from "@jest/globals";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import * as XLSX from "@e965/xlsx";
import ExcelJS from "exceljs";
import { consolidate } from "../../src/core/consolidate/consolidate";
import { buildReportModel } from "../../src/core/report/buildReportModel";
import type { ReportModel } from "../../src/core/sheet/model";
import { renderReportXlsxBuffer, writeReportXlsx } from "../../src/io/node/writeReportXlsx";
import { OPTIONS, results, submission } from "../core/consolidate/fixtures";

const SUBS = [
  submission({
    source: "a.xlsx",
    unitCode: "A",
    unitName: '=HYPERLINK("http://x")',
    year: 2024,
    counts: [["kinh-te", "xa", "tap-the", 2, 12]],
  }),
  submission({
    source: "b.xlsx",
    order: 1,
    unitCode: "B",
    unitName: "+Xã B",
    year: 2024,
    counts: [["kinh-te", "xa", "tap-the", 5, 5]],
  }),
  submission({
    source: "c.xlsx",
    order: 2,
    unitCode: "C",
    unitName: "@Xã C",
    year: 2023,
    reportDate: "2023-12-01",
    counts: [["kinh-te", "xa", "tap-the", 1, 1]],
  }),
];
const OPTS = { ...OPTIONS, years: { from: 2023, to: 2024 } };
const MODEL = buildReportModel(consolidate(results(...SUBS), OPTS), OPTS);

/** The bytes as an ArrayBuffer, the type exceljs declares for `load`. */
function toArrayBuffer(bytes: Buffer): ArrayBuffer {
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
}

/** A hand-made model exercising links, protection and count inputs. */
const SMALL: ReportModel = {
  sheets: [
    {
      key: "kiem-tra",
      name: "Kiểm tra",
      rows: [
        [
          { v: "-1" },
          { v: "D9", link: { sheet: "Dữ liệu", cell: "D9" } },
          { v: "X", link: { sheet: "Không có", cell: "A1" } },
        ],
        [{ v: 1234, fmt: "#,##0" }, { v: 3, f: "A2-1231" }, null],
      ],
      merges: [],
      styles: [{ range: "A1:C1", style: "header" }],
      columnWidths: [12, 8, 8],
      freeze: { rows: 1, columns: 1 },
    },
    {
      key: "du-lieu",
      name: "Dữ liệu",
      rows: [[{ v: "a" }, { v: 0 }]],
      merges: [],
      styles: [],
      columnWidths: [10, 10],
      countInputs: ["B1"],
      protect: true,
      landscape: true,
    },
  ],
  charts: [],
};

describe("renderReportXlsxBuffer", () => {
  it("round-trips the report: sheets, values, formulas with cached results, number formats, merges", async () => {
    const wb = XLSX.read(await renderReportXlsxBuffer(MODEL), { cellFormula: true, cellNF: true });
    expect(wb.SheetNames).toEqual(["Tổng hợp", "Xu hướng", "Kiểm tra", "Tiến độ nộp", "Dữ liệu"]);
    const summary = wb.Sheets["Tổng hợp"] as XLSX.WorkSheet;
    expect(summary["A1"]?.v).toBe("TỔNG HỢP KẾT QUẢ PHONG TRÀO THI ĐUA “DÂN VẬN KHÉO” NĂM 2024");
    expect([summary["C8"]?.v, summary["D8"]?.v, summary["C8"]?.z]).toEqual([7, 17, "#,##0"]);
    expect([summary["D13"]?.f, summary["D13"]?.v]).toEqual(["SUM(D8:D12)", 17]);
    expect([summary["O8"]?.f, summary["O8"]?.v]).toEqual(["SUM(C8,E8,G8,I8,K8,M8)", 7]);
    expect(summary["!merges"]?.map((m) => XLSX.utils.encode_range(m))).toEqual(
      expect.arrayContaining(["A1:P1", "C5:F5", "A13:B13"]),
    );
  });

  it("keeps text that starts with = + - @ as text, never a formula", async () => {
    const wb = XLSX.read(await renderReportXlsxBuffer(MODEL), { cellFormula: true });
    const progress = wb.Sheets["Tiến độ nộp"] as XLSX.WorkSheet;
    // Units are listed by name: "@", "+", "=" sort first.
    const names = ["C5", "C6", "C7"].map((a) => progress[a]);
    expect(names.map((c) => [c?.t, c?.v, c?.f])).toEqual([
      ["s", "@Xã C", undefined],
      ["s", "+Xã B", undefined],
      ["s", '=HYPERLINK("http://x")', undefined],
    ]);
    const small = XLSX.read(await renderReportXlsxBuffer(SMALL), { cellFormula: true }).Sheets[
      "Kiểm tra"
    ] as XLSX.WorkSheet;
    expect([small["A1"]?.t, small["A1"]?.v, small["A1"]?.f]).toEqual(["s", "-1", undefined]);
  });

  it("writes in-workbook hyperlinks only to sheets that exist", async () => {
    const wb = XLSX.read(await renderReportXlsxBuffer(SMALL), { cellFormula: true });
    const sheet = wb.Sheets["Kiểm tra"] as XLSX.WorkSheet;
    expect([sheet["B1"]?.f, sheet["B1"]?.v]).toEqual(['HYPERLINK("#\'Dữ liệu\'!D9","D9")', "D9"]);
    expect([sheet["C1"]?.f, sheet["C1"]?.v, sheet["C1"]?.l]).toEqual([undefined, "X", undefined]);
  });

  it("sets styles, widths, frozen panes, orientation, validation and protection", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(toArrayBuffer(await renderReportXlsxBuffer(SMALL)));
    const ws = wb.getWorksheet("Kiểm tra") as ExcelJS.Worksheet;
    expect(ws.getCell("A1").font?.bold).toBe(true);
    expect(ws.getCell("A1").fill).toEqual({ type: "pattern", pattern: "solid", fgColor: { argb: "FFD9E1F2" } });
    expect(ws.getCell("A1").border?.bottom?.style).toBe("thin");
    expect(ws.getColumn(1).width).toBe(12);
    expect(ws.views[0]).toMatchObject({ state: "frozen", xSplit: 1, ySplit: 1 });
    expect(ws.getCell("A2").numFmt).toBe("#,##0");
    const data = wb.getWorksheet("Dữ liệu") as ExcelJS.Worksheet;
    expect(data.pageSetup.orientation).toBe("landscape");
    expect(data.getCell("B1").dataValidation).toMatchObject({ type: "whole", operator: "greaterThanOrEqual" });
    expect(data.getCell("B1").dataValidation).toMatchObject({
      errorTitle: "Số không hợp lệ",
      error: "Chỉ nhập số nguyên không âm (0, 1, 2, …).",
    });
    expect(data.getCell("B1").protection).toMatchObject({ locked: false });
  });

  it("gives rows with wrapped text the height they need", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(toArrayBuffer(await renderReportXlsxBuffer(MODEL)));
    const summary = wb.getWorksheet("Tổng hợp") as ExcelJS.Worksheet;
    // Row 7 holds "Mới trong năm" in 10-character columns: two lines.
    expect(summary.getRow(7).height).toBe(30);
    expect(summary.getRow(8).height).toBeUndefined();
  });

  it("styles completeness states and severities", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(toArrayBuffer(await renderReportXlsxBuffer(MODEL)));
    const progress = wb.getWorksheet("Tiến độ nộp") as ExcelJS.Worksheet;
    // C (row 5) reported 2023 after the deadline: late, amber; B (row 6) sent nothing for 2023: missing, red.
    expect(progress.getCell("D5").value).toBe("Trễ hạn");
    expect((progress.getCell("D5").fill as ExcelJS.FillPattern).fgColor?.argb).toBe("FFFFEB9C");
    expect(progress.getCell("D6").value).toBe("Chưa nộp");
    expect((progress.getCell("D6").fill as ExcelJS.FillPattern).fgColor?.argb).toBe("FFFFC7CE");
  });
});

describe("writeReportXlsx", () => {
  it("writes exactly to the given path", async () => {
    const dir = mkdtempSync(join(tmpdir(), "dvk-report-"));
    try {
      const path = join(dir, "bao-cao.tmp");
      await writeReportXlsx(MODEL, path);
      const wb = XLSX.read(readFileSync(path));
      expect(wb.SheetNames[0]).toBe("Tổng hợp");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
