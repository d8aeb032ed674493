import { describe, expect, it } from "@jest/globals";
import { defaultOptions, type RawWorkbook, type Submission } from "../../src/core";
import { validateWorkbook } from "../../src/core/validate/validateWorkbook";
import { ALL_CAPS, MIN_CAPS } from "../../src/excel/caps";
import { looksPossiblyLegacy } from "../../src/excel/readCellFonts";
import { readSubmissionSheets, readWorkbookSnapshot } from "../../src/excel/readSubmissionSheets";
import { buildForm } from "../core/_fixtures/buildForm";
import { FakeExcel } from "./fakeExcel";
import { submissionRows } from "./fixtures";
import { addTcvn3Sheet } from "./legacyFixtures";

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
    const fake = new FakeExcel({
      "Xã A": submissionRows("Xã A", 2024),
      "Tổng hợp": [["của tôi"]],
      "Dữ liệu": [["Năm"]],
    });
    const snapshot = await readWorkbookSnapshot(fake.ctx, ALL_CAPS, {
      version: 1,
      sheets: { "du-lieu": "Dữ liệu" },
      highlightSheets: [],
    });
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

  it("interprets strings written through values like Excel unless the cell is text-formatted", async () => {
    const fake = new FakeExcel({ S: [] });
    const range = fake.ctx.workbook.worksheets.getItem("S").getRange("A1:D1");
    range.values = [["=1+1", "+1+1", "-2", "001"]];
    await fake.ctx.sync();
    expect(
      ["A1", "B1", "C1", "D1"].map((a) => [fake.sheet("S").cell(a).formula, fake.sheet("S").cell(a).value]),
    ).toEqual([
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
    return Array.from({ length: rows }, (_, r) =>
      Array.from({ length: cols }, (_, c) => (c === 0 ? `${tag}${r}` : r * cols + c)),
    );
  }

  it("reads again in slices when Excel refuses the one-request read, losing no cell", async () => {
    const fake = new FakeExcel({ A: grid(20, 10, "a"), B: grid(30, 10, "b"), C: grid(5, 4, "c") });
    fake.responseCellLimit = 250;
    const snapshot = await readWorkbookSnapshot(fake.ctx, ALL_CAPS, undefined, "so.xlsx", {
      maxSheetCells: 1000,
      cellsPerRequest: 100,
    });
    expect(snapshot.workbook.sheets.map((s) => [s.name, s.rows.length, s.rows[s.rows.length - 1]?.[0]])).toEqual([
      ["A", 20, "a19"],
      ["B", 30, "b29"],
      ["C", 5, "c4"],
    ]);
    expect(snapshot.workbook.sheets[1]?.rows[29]?.[9]).toBe(299);
    expect(snapshot.tooLarge).toEqual([]);
  });

  it("halves a slice Excel on the web refuses as over 5 MB of UTF-8 (Vietnamese text), however many cells it holds", async () => {
    // 120,000 cells of Vietnamese text: under the 200,000 cells of one slice request, over 5 MB on the wire.
    const rows = Array.from({ length: 60_000 }, (_, r) => [
      `Đơn vị hành chính cấp xã số ${r}`,
      `Mô hình “Dân vận khéo” ${r}`,
    ]);
    const fake = new FakeExcel({ Lớn: rows }, { platform: "web" });
    const snapshot = await readWorkbookSnapshot(fake.ctx, MIN_CAPS, undefined, "so.xlsx");
    const sheet = snapshot.workbook.sheets[0];
    expect([sheet?.rows.length, sheet?.rows[59_999]?.[1]]).toEqual([60_000, "Mô hình “Dân vận khéo” 59999"]);
    expect(fake.syncCount).toBeLessThanOrEqual(8);
  });

  it("leaves out a sheet over the size cap and names it", async () => {
    const fake = new FakeExcel({ Nhỏ: grid(3, 3, "n"), "Rất lớn": grid(100, 20, "x") });
    fake.responseCellLimit = 500;
    const snapshot = await readWorkbookSnapshot(fake.ctx, MIN_CAPS, undefined, "so.xlsx", {
      maxSheetCells: 1000,
      cellsPerRequest: 400,
    });
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

describe("legacy fonts (ExcelApi 1.9)", () => {
  const form = buildForm(undefined, { sheetName: "Mẫu cũ", origin: { r: 3, c: 2 } });
  const unicode = validateWorkbook({ source: "so.xlsx", sheets: [form.sheet] }, defaultOptions(2025)).submissions[0];
  const counts = (s: Submission | undefined): unknown =>
    s?.entries.map((e) => [e.field, e.level, e.type, e.new, e.cumulative]);
  const converted = (book: RawWorkbook) => {
    const submission = validateWorkbook(book, defaultOptions(2025)).submissions[0];
    return { submission, info: submission?.issues.find((i) => i.code === "legacy-encoding-converted") };
  };

  function legacyWorkbook(caps = ALL_CAPS): FakeExcel {
    const fake = new FakeExcel({ "Xã A": submissionRows("Xã A", 2024) }, { caps });
    addTcvn3Sheet(fake, form.sheet);
    return fake;
  }

  it("reads the fonts of a TCVN3 sheet in one more sync, keyed by the sheet's own A1 and only for legacy-font text cells", async () => {
    const fake = legacyWorkbook();
    const snapshot = await readWorkbookSnapshot(fake.ctx, ALL_CAPS, undefined, "so.xlsx");
    expect(fake.syncCount).toBe(3);
    expect(fake.calls.filter((c) => c === "getCellProperties")).toHaveLength(1);
    const [plain, legacy] = snapshot.workbook.sheets;
    expect(plain?.fonts).toBeUndefined();
    // The sheet starts at C4: its first heading is C4, the unit code (E9) is in capitals, the year (E10) is a number.
    expect(legacy?.fonts?.["C4"]).toBe(".VnTimeH");
    expect(legacy?.fonts?.[form.fieldCell("unitCode")]).toBe(".VnTimeH");
    expect(legacy?.fonts?.[form.labelCell("kinh-te")]).toBe(".VnTime");
    expect(legacy?.fonts?.[form.fieldCell("year")]).toBeUndefined();
    expect(legacy?.fonts?.["A1"]).toBeUndefined();
    expect(Object.values(legacy?.fonts ?? {}).every((f) => f === ".VnTime" || f === ".VnTimeH")).toBe(true);
  });

  it("validates the sheet to Unicode text with the .VnTimeH headings in capitals and the Unicode twin's numbers", async () => {
    const fake = legacyWorkbook();
    const book = await readSubmissionSheets(fake.ctx, ALL_CAPS, undefined, "so.xlsx");
    const { submission, info } = converted({ ...book, sheets: book.sheets.slice(1) });
    expect(counts(submission)).toEqual(counts(unicode));
    expect(submission?.unitName).toBe("Xã Thượng Lâm");
    expect(submission?.unitCode).toBe("NH-TL");
    expect(info?.params).toMatchObject({
      encoding: "TCVN3",
      before: "®¶ng bé huyÖn na hang",
      after: "ĐẢNG BỘ HUYỆN NA HANG",
    });
  });

  it("below ExcelApi 1.9 never calls getCellProperties and falls back to the text heuristic (headings in small letters)", async () => {
    const fake = legacyWorkbook(MIN_CAPS);
    const book = await readSubmissionSheets(fake.ctx, MIN_CAPS, undefined, "so.xlsx");
    expect(fake.calls).not.toContain("getCellProperties");
    expect(fake.syncCount).toBe(2);
    expect(book.sheets.every((s) => s.fonts === undefined)).toBe(true);
    const { submission, info } = converted({ ...book, sheets: book.sheets.slice(1) });
    expect(counts(submission)).toEqual(counts(unicode));
    expect(info?.params.after).toBe("đảng bộ huyện na hang");
  });

  it("the fake refuses getCellProperties on a host without ExcelApi 1.9 (so the guard above is real)", () => {
    const fake = legacyWorkbook(MIN_CAPS);
    const range = fake.ctx.workbook.worksheets.getItem("Mẫu cũ").getRange("C4");
    expect(() => range.getCellProperties({ format: { font: { name: true } } })).toThrow(/ExcelApi 1\.9/);
  });

  it("the fake's cell properties are readable only after a sync", async () => {
    const fake = legacyWorkbook();
    const result = fake.ctx.workbook.worksheets
      .getItem("Mẫu cũ")
      .getRange("C4:D4")
      .getCellProperties({ format: { font: { name: true } } });
    expect(() => result.value).toThrow(/read before load/);
    await fake.ctx.sync();
    expect(result.value.map((row) => row.map((cell) => cell.format?.font?.name))).toEqual([[".VnTimeH", "Calibri"]]);
  });

  it("makes no extra sync for a workbook in Unicode", async () => {
    const fake = new FakeExcel({
      "Xã A": submissionRows("Xã A", 2024),
      "Xã B": buildForm().sheet.rows as (string | number | null)[][],
    });
    await readWorkbookSnapshot(fake.ctx, ALL_CAPS);
    expect(fake.syncCount).toBe(2);
    expect(fake.calls).not.toContain("getCellProperties");
  });

  it("skips the font read for the add-in's own sheets and for sheets over the font budget", async () => {
    const fake = legacyWorkbook();
    const owned = await readWorkbookSnapshot(fake.ctx, ALL_CAPS, {
      version: 1,
      sheets: { "du-lieu": "Mẫu cũ" },
      highlightSheets: [],
    });
    expect(owned.owned["du-lieu"]?.fonts).toBeUndefined();
    expect(fake.calls).not.toContain("getCellProperties");
    const big = legacyWorkbook();
    const snapshot = await readWorkbookSnapshot(big.ctx, ALL_CAPS, undefined, "so.xlsx", {
      maxSheetCells: 1000,
      cellsPerRequest: 1000,
      fontCellsPerRequest: 50,
    });
    expect(big.syncCount).toBe(2);
    expect(snapshot.workbook.sheets[1]?.fonts).toBeUndefined();
  });

  it("keeps the heuristic when Excel refuses the font request as too large", async () => {
    const fake = legacyWorkbook();
    const sync = fake.context.sync;
    let n = 0;
    fake.context.sync = async () => {
      if (++n === 3)
        throw Object.assign(new Error("The response payload size has exceeded the limit."), {
          code: "ResponsePayloadSizeLimitExceeded",
        });
      await sync();
    };
    const book = await readSubmissionSheets(fake.ctx, ALL_CAPS);
    expect(n).toBe(3);
    expect(book.sheets[1]?.fonts).toBeUndefined();
    expect(book.sheets[1]?.rows.length).toBeGreaterThan(10);
  });

  it("maps fonts across the slices of the slow path", async () => {
    const fake = legacyWorkbook();
    fake.addSheet(
      "Lớn",
      Array.from({ length: 40 }, (_, r) => Array.from({ length: 10 }, (_, c) => r * 10 + c)),
    );
    fake.responseCellLimit = 400;
    const fast = legacyWorkbook();
    const expected = (await readWorkbookSnapshot(fast.ctx, ALL_CAPS)).workbook.sheets[1]?.fonts;
    const snapshot = await readWorkbookSnapshot(fake.ctx, ALL_CAPS, undefined, "so.xlsx", {
      maxSheetCells: 1000,
      cellsPerRequest: 60,
    });
    expect(fake.calls.filter((c) => c === "getCellProperties").length).toBeGreaterThan(1);
    expect(snapshot.workbook.sheets[1]?.fonts).toEqual(expected);
    expect(snapshot.workbook.sheets[2]?.fonts).toBeUndefined();
  });
});

describe("looksPossiblyLegacy", () => {
  it("flags TCVN3 and VNI mojibake and leaves Unicode Vietnamese, numbers and plain text alone", () => {
    expect(looksPossiblyLegacy([[1, "Kinh tÕ"]])).toBe(true);
    expect(looksPossiblyLegacy([["§¬n vÞ"]])).toBe(true);
    expect(looksPossiblyLegacy([["Vieät Nam"]])).toBe(true);
    expect(
      looksPossiblyLegacy([["Kinh tế", "Văn hóa – Xã hội", "Na Hang, ngày 20 tháng 10 năm 2023", 5, true, ""]]),
    ).toBe(false);
    expect(looksPossiblyLegacy([["Tổng 25°C"], ["DVK 2024"], ["Café à Paris"]])).toBe(false);
  });
});
