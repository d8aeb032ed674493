import { describe, expect, it } from "@jest/globals";
import { ALL_CAPS, MIN_CAPS } from "../../src/excel/caps";
import { readSubmissionSheets, readWorkbookSnapshot } from "../../src/excel/readSubmissionSheets";
import { FakeExcel } from "./fakeExcel";
import { submissionRows } from "./fixtures";

describe("readSubmissionSheets", () => {
  it("reads every sheet's used range with its origin, in two syncs", async () => {
    const fake = new FakeExcel({ "Xã A": submissionRows("Xã A", 2024) });
    fake.addSheet("Lệch", [["Đơn vị:", "Xã B"]], { r: 3, c: 2 });
    const book = await readSubmissionSheets(fake.ctx, ALL_CAPS, undefined, "so.xlsx");
    expect(book.source).toBe("so.xlsx");
    expect(book.sheets.map((s) => [s.name, s.origin, s.rows.length])).toEqual([
      ["Xã A", { r: 0, c: 0 }, 6],
      ["Lệch", { r: 3, c: 2 }, 1],
    ]);
    expect(book.sheets[0]?.rows[1]).toEqual(["Đơn vị:", "Xã A", null]);
    expect(fake.syncCount).toBe(2);
  });

  it("turns date-formatted serials into UTC dates and keeps other numbers", async () => {
    const fake = new FakeExcel({ S: [["Ngày báo cáo:", 45224, 45224]] });
    fake.sheet("S").cell("B1").numberFormat = "dd/mm/yyyy";
    const book = await readSubmissionSheets(fake.ctx, ALL_CAPS);
    expect(book.sheets[0]?.rows[0]).toEqual(["Ngày báo cáo:", new Date(Date.UTC(2023, 9, 25)), 45224]);
  });

  it("reads formula errors as error values and a blank sheet as no rows", async () => {
    const fake = new FakeExcel({ S: [["#REF!", "#N/A text"]], Trống: [] });
    const book = await readSubmissionSheets(fake.ctx, MIN_CAPS);
    expect(book.sheets[0]?.rows[0]).toEqual([{ error: "#REF!" }, "#N/A text"]);
    expect(book.sheets[1]?.rows).toEqual([]);
    expect(fake.calls).not.toContain("getUsedRange(valuesOnly)");
  });

  it("keeps the add-in's own sheets apart from the submission candidates", async () => {
    const fake = new FakeExcel({ "Xã A": submissionRows("Xã A", 2024), "Tổng hợp": [["của tôi"]], "Dữ liệu": [["Năm"]] });
    const snapshot = await readWorkbookSnapshot(fake.ctx, ALL_CAPS, { version: 1, sheets: { "du-lieu": "Dữ liệu" }, highlightSheets: [] });
    expect(snapshot.workbook.sheets.map((s) => s.name)).toEqual(["Xã A", "Tổng hợp"]);
    expect(Object.keys(snapshot.owned)).toEqual(["du-lieu"]);
    expect(snapshot.sheetNames).toEqual(["Xã A", "Tổng hợp", "Dữ liệu"]);
  });
});

describe("fakeExcel", () => {
  it("throws when a property is read before load and sync", async () => {
    const fake = new FakeExcel({ S: [["x"]] });
    const range = fake.ctx.workbook.worksheets.getItem("S").getRange("A1");
    expect(() => range.values).toThrow(/read before load\(\) and sync\(\)/);
    range.load("values");
    expect(() => range.values).toThrow(/read before load/);
    await fake.ctx.sync();
    expect(range.values).toEqual([["x"]]);
    expect(() => range.address).toThrow(/address read before load/);
  });

  it("interprets strings written through values like Excel unless the cell is text-formatted", () => {
    const fake = new FakeExcel({ S: [] });
    const range = fake.ctx.workbook.worksheets.getItem("S").getRange("A1:D1");
    range.values = [["=1+1", "+1+1", "-2", "001"]];
    expect(["A1", "B1", "C1", "D1"].map((a) => [fake.sheet("S").cell(a).formula, fake.sheet("S").cell(a).value])).toEqual([
      ["=1+1", 0],
      ["=+1+1", 0],
      [null, -2],
      [null, 1],
    ]);
  });

  it("fails a sync after getItem of a missing sheet", async () => {
    const fake = new FakeExcel();
    fake.ctx.workbook.worksheets.getItem("Không có");
    await expect(fake.ctx.sync()).rejects.toThrow(/ItemNotFound/);
  });
});

describe("readWorkbookSnapshot over the response limit", () => {
  function grid(rows: number, cols: number, tag: string): (string | number)[][] {
    return Array.from({ length: rows }, (_, r) => Array.from({ length: cols }, (_, c) => (c === 0 ? `${tag}${r}` : r * cols + c)));
  }

  it("reads again in slices when Excel refuses the one-request read, losing no cell", async () => {
    const fake = new FakeExcel({ A: grid(20, 10, "a"), B: grid(30, 10, "b"), C: grid(5, 4, "c") });
    fake.responseCellLimit = 250;
    const snapshot = await readWorkbookSnapshot(fake.ctx, ALL_CAPS, undefined, "so.xlsx", { maxSheetCells: 1000, cellsPerRequest: 100 });
    expect(snapshot.workbook.sheets.map((s) => [s.name, s.rows.length, s.rows[s.rows.length - 1]?.[0]])).toEqual([
      ["A", 20, "a19"],
      ["B", 30, "b29"],
      ["C", 5, "c4"],
    ]);
    expect(snapshot.workbook.sheets[1]?.rows[29]?.[9]).toBe(299);
    expect(snapshot.tooLarge).toEqual([]);
  });

  it("leaves out a sheet over the size cap and names it", async () => {
    const fake = new FakeExcel({ Nhỏ: grid(3, 3, "n"), "Rất lớn": grid(100, 20, "x") });
    fake.responseCellLimit = 500;
    const snapshot = await readWorkbookSnapshot(fake.ctx, MIN_CAPS, undefined, "so.xlsx", { maxSheetCells: 1000, cellsPerRequest: 400 });
    expect(snapshot.workbook.sheets.map((s) => s.name)).toEqual(["Nhỏ"]);
    expect(snapshot.tooLarge).toEqual(["Rất lớn"]);
  });

  it("rethrows other errors", async () => {
    const fake = new FakeExcel({ A: [["x"]] });
    const sync = fake.context.sync;
    let n = 0;
    fake.context.sync = async () => {
      if (++n === 2) throw new Error("GeneralException");
      await sync();
    };
    await expect(readWorkbookSnapshot(fake.ctx, ALL_CAPS)).rejects.toThrow("GeneralException");
  });
});
