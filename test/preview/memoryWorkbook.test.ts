import { describe, expect, it } from "@jest/globals";
import type { ReportModel, SheetModel } from "../../src/core/sheet/model";
import { MemoryWorkbook, PREVIEW_WORKBOOK_NAME } from "../../src/preview/memoryWorkbookPort";

const sheet = (key: SheetModel["key"], name: string, v: string): SheetModel => ({
  key,
  name,
  rows: [[{ v }]],
  merges: [],
  styles: [],
  columnWidths: [],
});
const model = (v: string): ReportModel => ({
  sheets: [sheet("tong-hop", "Tổng hợp", v), sheet("xu-huong", "Xu hướng", v)],
  charts: [
    {
      key: "c1",
      sheet: "xu-huong",
      title: "Lũy kế",
      type: "line",
      source: "A1:B2",
      anchor: "D2",
      width: 400,
      height: 200,
    },
  ],
});

describe("MemoryWorkbook", () => {
  it("reads back only the workbook's own sheets", async () => {
    const wb = new MemoryWorkbook();
    wb.seed({ source: "mau.xlsx", sheets: [{ name: "2020", rows: [["x"]] }] });
    await wb.keepSourceCopy({ source: "b.xlsx", sheets: [{ name: "2021", rows: [["y"]] }] });
    expect(await wb.readSubmissionSheets()).toEqual({
      source: PREVIEW_WORKBOOK_NAME,
      sheets: [{ name: "2020", rows: [["x"]] }],
    });
  });
  it("selects a cell of a kept source sheet", async () => {
    const wb = new MemoryWorkbook();
    await wb.keepSourceCopy({ source: "b.xlsx", sheets: [{ name: "2021", rows: [["y"]] }] });
    expect(await wb.goToCell({ source: "b.xlsx", sheet: "2021", cell: "d9" })).toBe(true);
    expect([wb.active, wb.selection]).toEqual(["source:b.xlsx\u00002021", "D9"]);
  });
  it("returns false for a sheet it does not hold", async () => {
    expect(await new MemoryWorkbook().goToCell({ source: "x", sheet: "y", cell: "A1" })).toBe(false);
  });
  it("replaces its report sheets on a second write instead of adding more", async () => {
    const wb = new MemoryWorkbook();
    await wb.writeReport(model("first"));
    const result = await wb.writeReport(model("second"));
    expect(result.sheets).toEqual(["Tổng hợp", "Xu hướng"]);
    expect(wb.sheets.map((s) => (s.kind === "output" ? [s.name, s.model.rows[0]?.[0]?.v] : [s.name]))).toEqual([
      ["Tổng hợp", "second"],
      ["Xu hướng", "second"],
    ]);
  });
  it("updates charts by key on re-run", async () => {
    const wb = new MemoryWorkbook();
    expect(await wb.insertCharts(model("a"))).toBe(1);
    expect(await wb.insertCharts(model("b"))).toBe(1);
  });
});

describe("MemoryWorkbook.insertTemplate", () => {
  it("adds the Mẫu 01-DVK and Mẫu 02-DVK templates and never replaces a sheet of the same name", async () => {
    const wb = new MemoryWorkbook();
    wb.seed({ source: "x.xlsx", sheets: [{ name: "Mẫu 01-DVK", rows: [["của cán bộ"]] }] });
    const name = await wb.insertTemplate({ unitName: "Xã A", year: 2024 });
    expect(name).toBe("Mẫu 01-DVK (2)");
    expect(wb.sheets.map((s) => s.name)).toEqual(["Mẫu 01-DVK", "Mẫu 01-DVK (2)", "Mẫu 02-DVK"]);
    expect(wb.active).toBe("template:Mẫu 01-DVK (2)");
  });
});
