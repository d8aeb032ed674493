import { describe, expect, it } from "@jest/globals";
import * as XLSX from "@e965/xlsx";
import { buildReportXlsx } from "../../src/preview/downloadWorkbook";
import type { ReportModel } from "../../src/core";

// Issue 7 §2 for the preview's "Tải sổ tổng hợp" writer: text from submissions never becomes a formula.
const HOSTILE = ['=HYPERLINK("http://x.invalid","bấm")', "+1+1", "-2", "@SUM(1)", "=1+1"];

const model: ReportModel = {
  sheets: [
    {
      key: "du-lieu",
      name: "Dữ liệu",
      rows: [
        [{ v: "Đơn vị" }, { v: "Số" }],
        ...HOSTILE.map((name, i) => [{ v: name }, { v: i }]),
        [{ v: "Cộng" }, { v: 10, f: "SUM(B2:B6)" }],
      ],
      merges: [],
      styles: [],
      columnWidths: [30, 8],
    },
  ],
  charts: [],
};

describe("buildReportXlsx", () => {
  it("writes text that looks like a formula as text, and the product's own formulas as formulas", async () => {
    const book = XLSX.read(await buildReportXlsx(model), { type: "array", cellFormula: true });
    const ws = book.Sheets["Dữ liệu"]!;
    HOSTILE.forEach((name, i) => {
      const cell = ws[`A${i + 2}`] as XLSX.CellObject;
      expect([name, cell.t, cell.v, cell.f]).toEqual([name, "s", name, undefined]);
    });
    expect((ws["B7"] as XLSX.CellObject).f).toBe("SUM(B2:B6)");
  });
});
