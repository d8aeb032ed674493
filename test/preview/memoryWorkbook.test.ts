import { describe, expect, it } from "@jest/globals";
import type { ReportModel, SheetModel } from "../../src/core/sheet/model";
import type { RawWorkbook } from "../../src/core/types";
import { MemoryWorkbook, PREVIEW_WORKBOOK_NAME } from "../../src/preview/memoryWorkbookPort";

/** A reference to an imported file whose reads are counted. */
const reference = (source: string, value = "y") => {
  const reads: string[] = [];
  const workbook: RawWorkbook = { source, sheets: [{ name: "2021", rows: [[value]] }] };
  return { reads, ref: { source, sheetNames: ["2021"], load: async () => (reads.push(source), workbook) } };
};

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
    wb.keepSourceReference(reference("b.xlsx").ref);
    expect(await wb.readSubmissionSheets()).toEqual({
      source: PREVIEW_WORKBOOK_NAME,
      sheets: [{ name: "2020", rows: [["x"]] }],
    });
  });
  it("selects a cell of an imported file's sheet, reading the file again to show it", async () => {
    const wb = new MemoryWorkbook();
    wb.seed({ source: "mau.xlsx", sheets: [{ name: "2020", rows: [["x"]] }] });
    const { reads, ref } = reference("b.xlsx");
    wb.keepSourceReference(ref);
    expect(reads).toEqual([]);
    const sheet = wb.sheets.find((s) => s.id === "source:b.xlsx\u00002021");
    expect(sheet?.kind === "source" && sheet.raw).toBe(null);
    expect(await wb.goToCell({ source: "b.xlsx", sheet: "2021", cell: "d9" })).toBe(true);
    expect([wb.active, wb.selection, reads]).toEqual(["source:b.xlsx\u00002021", "D9", ["b.xlsx"]]);
    expect(sheet?.kind === "source" && wb.rawOf(sheet)?.rows).toEqual([["y"]]);
    await wb.goToCell({ source: "b.xlsx", sheet: "2021", cell: "A1" });
    expect(reads).toEqual(["b.xlsx"]);
  });
  it("keeps only the last two files read again", async () => {
    const wb = new MemoryWorkbook();
    const files = ["a.xlsx", "b.xlsx", "c.xlsx"].map((name) => reference(name));
    for (const { ref } of files) wb.keepSourceReference(ref);
    for (const name of ["a.xlsx", "b.xlsx", "c.xlsx", "b.xlsx", "a.xlsx"])
      await wb.goToCell({ source: name, sheet: "2021", cell: "A1" });
    expect(files.map((f) => f.reads.length)).toEqual([2, 1, 1]);
  });
  it("keeps a converted sheet of an imported file until the file is picked again", async () => {
    const wb = new MemoryWorkbook();
    const files = ["a.xlsx", "b.xlsx", "c.xlsx"].map((name) => reference(name, "Céng hßa"));
    for (const { ref } of files) wb.keepSourceReference(ref);
    await wb.goToCell({ source: "a.xlsx", sheet: "2021", cell: "A1" });
    const preview = await wb.previewConversion();
    expect(preview.changes).toEqual([{ address: "A1", before: "Céng hßa", after: "Cộng hòa" }]);
    expect(await wb.applyConversion(preview)).toEqual({ written: 1, skipped: [] });
    for (const name of ["b.xlsx", "c.xlsx", "a.xlsx"]) await wb.goToCell({ source: name, sheet: "2021", cell: "A1" });
    const a = wb.sheets.find((s) => s.id === "source:a.xlsx\u00002021");
    expect(a?.kind === "source" && wb.rawOf(a)?.rows).toEqual([["Cộng hòa"]]);
    wb.keepSourceReference(files[0]!.ref);
    await wb.goToCell({ source: "a.xlsx", sheet: "2021", cell: "A1" });
    expect(a?.kind === "source" && wb.rawOf(a)?.rows).toEqual([["Céng hßa"]]);
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
