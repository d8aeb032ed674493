import { describe, expect, it } from "@jest/globals";
import { ALL_CAPS, MIN_CAPS, type Caps } from "../../src/excel/caps";
import type { Note } from "../../src/excel/noteCatalogue";
import { noteMessage } from "../../src/excel/noteMessage";
import { memoryOwnershipStore } from "../../src/excel/ownership";
import { writeReport } from "../../src/excel/writeReport";
import { FakeExcel } from "./fakeExcel";
import { HOSTILE_NAMES, makeModel } from "./fixtures";

describe("writeReport", () => {
  it("writes every sheet as values with formulas, merges, widths, freeze panes and charts", async () => {
    const fake = new FakeExcel({ "Đơn vị 0": [["x"]] });
    const ownership = memoryOwnershipStore();
    const result = await writeReport(fake.ctx, makeModel(), ALL_CAPS, ownership);
    expect(result.sheetNames).toEqual({
      "tong-hop": "Tổng hợp",
      "xu-huong": "Xu hướng",
      "kiem-tra": "Kiểm tra",
      "du-lieu": "Dữ liệu",
    });
    const th = fake.sheet("Tổng hợp");
    expect(th.cell("A1").value).toBe("BÁO CÁO TỔNG HỢP DÂN VẬN KHÉO NĂM 2024");
    expect(th.cell("B4").value).toBe(3);
    expect(th.cell("B4").numberFormat).toBe("#,##0");
    expect(th.cell("B6").formula).toBe("=SUM(B4:B5)");
    expect(th.cell("A7").formula).toBe(`=HYPERLINK("#'Kiểm tra'!A1","Xem chi tiết")`);
    expect(th.merges).toHaveLength(3);
    expect(th.frozen).toEqual({ rows: 3, columns: 1 });
    expect(th.columnWidths.get(0)).toBeCloseTo(171);
    expect(th.cell("A2").fill).toBe("#D9E1F2");
    expect(fake.sheet("Xu hướng").charts.map((ch) => [ch.name, ch.type, ch.source, ch.title])).toEqual([
      ["luy-ke-theo-linh-vuc", "LineMarkers", "Xu hướng!A1:C11", "Lũy kế theo lĩnh vực 2016–2025"],
      ["moi-theo-nam", "ColumnStacked", "Xu hướng!A1:C11", "Mô hình mới theo năm"],
    ]);
    expect(ownership.current.sheets["tong-hop"]).toBe("Tổng hợp");
    expect(result.syncs).toBe(2);
  });

  it("keeps text from submissions as text: no formula, no number", async () => {
    const fake = new FakeExcel();
    await writeReport(fake.ctx, makeModel(HOSTILE_NAMES.length), ALL_CAPS, memoryOwnershipStore());
    const kt = fake.sheet("Kiểm tra");
    HOSTILE_NAMES.forEach((name, i) => {
      const cell = kt.at(i + 1, 0);
      expect([cell.value, cell.formula]).toEqual([name, null]);
    });
    // The year stays a number, the years of the series table stay text as the model says.
    expect(kt.cell("B2").value).toBe(2024);
    expect(fake.sheet("Xu hướng").cell("A2").value).toBe("2016");
  });

  it("escapes quotes in link targets and labels", async () => {
    const fake = new FakeExcel({ 'Bà "Tư" \'s': [["x"]] });
    const model = makeModel(1);
    const sheet = { ...model.sheets[0]!, rows: [[{ v: 'Ô "D9"', link: { sheet: 'Bà "Tư" \'s', cell: "D9" } }]] };
    await writeReport(fake.ctx, { sheets: [sheet], charts: [] }, ALL_CAPS, memoryOwnershipStore());
    expect(fake.sheet("Tổng hợp").cell("A1").formula).toBe(`=HYPERLINK("#'Bà ""Tư"" ''s'!D9","Ô ""D9""")`);
  });

  it("never touches an officer's sheet with the same name and says where the report went", async () => {
    const fake = new FakeExcel({ "Tổng hợp": [["Số liệu của tôi", 42]], "Tổng hợp (2)": [["cũng của tôi"]] });
    const before = JSON.stringify(fake.snapshot());
    const ownership = memoryOwnershipStore();
    const result = await writeReport(fake.ctx, makeModel(), ALL_CAPS, ownership);
    expect(fake.sheet("Tổng hợp").grid()).toEqual([["Số liệu của tôi", 42]]);
    expect(fake.sheet("Tổng hợp (2)").grid()).toEqual([["cũng của tôi"]]);
    expect(result.sheetNames["tong-hop"]).toBe("Tổng hợp (3)");
    expect(fake.sheet("Tổng hợp (3)").cell("B4").value).toBe(3);
    expect(result.notes).toEqual([{ key: "officer-sheet-kept", params: { wanted: "Tổng hợp", used: "Tổng hợp (3)" } }]);
    expect(result.notes.map((n) => noteMessage(n, "vi"))).toEqual([
      "Trang “Tổng hợp” là trang của anh/chị nên không bị thay đổi; kết quả được ghi vào trang “Tổng hợp (3)”.",
    ]);
    expect(noteMessage(result.notes[0] as Note, "en")).toBe(
      "The “Tổng hợp” sheet is yours, so it was left as it is; the results went to the “Tổng hợp (3)” sheet.",
    );
    // A second run reuses "Tổng hợp (3)" and still leaves the officer's sheets alone.
    await writeReport(fake.ctx, makeModel(), ALL_CAPS, ownership);
    expect(fake.sheets.map((s) => s.name)).toEqual([
      "Tổng hợp",
      "Tổng hợp (2)",
      "Tổng hợp (3)",
      "Xu hướng",
      "Kiểm tra",
      "Dữ liệu",
    ]);
    expect(JSON.stringify(fake.snapshot().slice(0, 2))).toBe(JSON.stringify(JSON.parse(before)));
  });

  it("re-running gives the same workbook: one chart per key, owned sheets rewritten, not duplicated", async () => {
    const fake = new FakeExcel({ "Đơn vị 0": [["x"]] });
    const ownership = memoryOwnershipStore();
    await writeReport(fake.ctx, makeModel(), ALL_CAPS, ownership);
    const once = JSON.stringify(fake.snapshot());
    const second = await writeReport(fake.ctx, makeModel(), ALL_CAPS, ownership);
    expect(JSON.stringify(fake.snapshot())).toBe(once);
    expect(fake.sheet("Xu hướng").charts).toHaveLength(2);
    expect(second.notes).toEqual([]);
    expect(second.syncs).toBe(3);
  });

  it("updates a chart the officer restyled instead of adding another", async () => {
    const fake = new FakeExcel();
    const ownership = memoryOwnershipStore();
    await writeReport(fake.ctx, makeModel(), ALL_CAPS, ownership);
    const chart = fake.sheet("Xu hướng").charts[0]!;
    chart.position = "K40";
    chart.width = 900;
    const model = makeModel();
    const retitled = {
      ...model,
      charts: model.charts.map((ch) => ({ ...ch, title: `${ch.title} (cập nhật)`, source: "A1:B11" })),
    };
    await writeReport(fake.ctx, retitled, ALL_CAPS, ownership);
    const charts = fake.sheet("Xu hướng").charts;
    expect(charts).toHaveLength(2);
    expect([charts[0]!.title, charts[0]!.source, charts[0]!.position, charts[0]!.width]).toEqual([
      "Lũy kế theo lĩnh vực 2016–2025 (cập nhật)",
      "Xu hướng!A1:B11",
      "K40",
      900,
    ]);
  });

  it("replaces only owned sheets: content of a previous, longer report does not linger", async () => {
    const fake = new FakeExcel();
    const ownership = memoryOwnershipStore();
    await writeReport(fake.ctx, makeModel(20), ALL_CAPS, ownership);
    await writeReport(fake.ctx, makeModel(2), ALL_CAPS, ownership);
    expect(fake.sheet("Kiểm tra").grid()).toHaveLength(3);
  });

  describe("API-set guards", () => {
    const cases: [string, Caps, string[]][] = [
      [
        "1.1 only",
        MIN_CAPS,
        [
          "merge",
          "format.columnWidth",
          "freezePanes",
          "protection",
          "dataValidation",
          "suspendApiCalculationUntilNextSync",
          "conditionalFormats.add",
        ],
      ],
      ["1.2–1.6", { v1_2: true, v1_6: true, v1_7: false, v1_8: false, v1_9: false }, ["freezePanes", "dataValidation"]],
    ];
    it.each(cases)("with %s makes no call above the supported sets", async (_label, caps, forbidden) => {
      const fake = new FakeExcel({ "Đơn vị 0": [["x"]] });
      await writeReport(fake.ctx, makeModel(), caps, memoryOwnershipStore(), {
        highlights: [{ sheet: "Đơn vị 0", cell: "A1", severity: "error" }],
      });
      await writeReport(
        fake.ctx,
        makeModel(),
        caps,
        memoryOwnershipStore({ version: 1, sheets: { "tong-hop": "Tổng hợp" }, highlightSheets: ["Đơn vị 0"] }),
      );
      for (const call of forbidden) expect(fake.calls).not.toContain(call);
      expect(fake.sheet("Tổng hợp").cell("B6").formula).toBe("=SUM(B4:B5)");
    });
  });
});

describe("writeReport when the ownership record cannot be saved", () => {
  it("still writes the report and says what to do", async () => {
    const fake = new FakeExcel();
    const ownership = { ...memoryOwnershipStore(), write: async () => Promise.reject(new Error("offline")) };
    const result = await writeReport(fake.ctx, makeModel(1), ALL_CAPS, ownership);
    expect(fake.sheet("Tổng hợp").cell("B4").value).toBe(3);
    expect(result.notes).toEqual([{ key: "record-not-saved", params: {} }]);
  });
});

describe("writeReport when the officer replaced an owned sheet", () => {
  it("leaves a same-named sheet alone when its A1 is not what the add-in wrote", async () => {
    const fake = new FakeExcel();
    const ownership = memoryOwnershipStore();
    await writeReport(fake.ctx, makeModel(1), ALL_CAPS, ownership);
    // The officer deletes the add-in's sheet and pastes last year's summary under the same name.
    fake.sheets = fake.sheets.filter((s) => s.name !== "Tổng hợp");
    fake.addSheet("Tổng hợp", [["TỔNG HỢP NĂM 2023 (bản đã gửi tỉnh)", 17]]);
    const result = await writeReport(fake.ctx, makeModel(1), ALL_CAPS, ownership);
    expect(fake.sheet("Tổng hợp").grid()).toEqual([["TỔNG HỢP NĂM 2023 (bản đã gửi tỉnh)", 17]]);
    expect(result.sheetNames["tong-hop"]).toBe("Tổng hợp (2)");
    expect(result.notes).toHaveLength(1);
    expect(ownership.current.sheets["tong-hop"]).toBe("Tổng hợp (2)");
    // And the run after that reuses "Tổng hợp (2)".
    const third = await writeReport(fake.ctx, makeModel(1), ALL_CAPS, ownership);
    expect(third.sheetNames["tong-hop"]).toBe("Tổng hợp (2)");
    expect(fake.sheets.filter((s) => s.name.startsWith("Tổng hợp"))).toHaveLength(2);
  });
});

describe("writeReport on protected sheets (issue 12, findings 1 and 5)", () => {
  const TEMPLATE_PROTECTION = {
    allowFormatColumns: true,
    allowFormatRows: true,
    allowAutoFilter: true,
    allowSort: true,
  };

  it("skips highlights on a protected officer's sheet with a note instead of failing the run, and records ownership", async () => {
    const fake = new FakeExcel({ "Đơn vị 0": [["x"]], "Đơn vị 1": [["y"]] });
    fake.sheet("Đơn vị 0").isProtected = true;
    fake.sheet("Đơn vị 0").protectedWith = TEMPLATE_PROTECTION;
    const ownership = memoryOwnershipStore();
    const highlights = [
      { sheet: "Đơn vị 0", cell: "A1", severity: "error" as const },
      { sheet: "Đơn vị 1", cell: "A1", severity: "warning" as const },
    ];
    const result = await writeReport(fake.ctx, makeModel(1), ALL_CAPS, ownership, { highlights });
    expect(fake.sheet("Đơn vị 0").cfs).toEqual([]);
    expect(fake.sheet("Đơn vị 1").cfs).toHaveLength(1);
    expect(result.highlighted).toBe(1);
    expect(result.notes).toEqual([{ key: "protected-no-highlights", params: { sheet: "Đơn vị 0" } }]);
    expect(ownership.current.sheets["kiem-tra"]).toBe("Kiểm tra");
    // The next run reuses the add-in's sheets: no "Kiểm tra (2)".
    const again = await writeReport(fake.ctx, makeModel(1), ALL_CAPS, ownership, { highlights });
    expect(again.sheetNames["kiem-tra"]).toBe("Kiểm tra");
    expect(fake.sheets.map((s) => s.name).filter((n) => n.includes("(2)"))).toEqual([]);
    expect(result.syncs).toBeLessThanOrEqual(8);
  });

  it("records the new sheets as the add-in's before the big write, so a failed write does not orphan them", async () => {
    const fake = new FakeExcel();
    const ownership = memoryOwnershipStore();
    const sync = fake.context.sync;
    let calls = 0;
    fake.context.sync = async () => {
      // The big write (the second sync of a first run) fails after its sheets were added.
      if (++calls === 2) fake.failAtSync("boom");
      return sync();
    };
    await expect(writeReport(fake.ctx, makeModel(1), ALL_CAPS, ownership)).rejects.toThrow(/boom/);
    expect(fake.findSheet("Tổng hợp")).toBeDefined();
    expect(ownership.current.sheets["tong-hop"]).toBe("Tổng hợp");
    fake.context.sync = sync;
    const again = await writeReport(fake.ctx, makeModel(1), ALL_CAPS, ownership);
    expect(again.sheetNames["tong-hop"]).toBe("Tổng hợp");
    expect(fake.sheet("Tổng hợp").cell("B4").value).toBe(3);
  });

  it("unprotects only what is protected (the 2026 regression threw on unprotected sheets)", async () => {
    const fake = new FakeExcel();
    const ownership = memoryOwnershipStore();
    await writeReport(fake.ctx, makeModel(1), ALL_CAPS, ownership);
    fake.unprotectFailsWhenUnprotected = true;
    // The officer protected "Tổng hợp" without a password: the add-in may take it back.
    fake.sheet("Tổng hợp").isProtected = true;
    fake.sheet("Tổng hợp").protectedWith = {};
    const again = await writeReport(fake.ctx, makeModel(2), ALL_CAPS, ownership);
    expect(again.notes).toEqual([]);
    expect(fake.sheet("Kiểm tra").grid()).toHaveLength(3);
    expect(fake.sheet("Tổng hợp").cell("B4").value).toBe(3);
  });

  it("reports an owned sheet protected with a password and writes the others instead of aborting", async () => {
    const fake = new FakeExcel();
    const ownership = memoryOwnershipStore();
    await writeReport(fake.ctx, makeModel(1), ALL_CAPS, ownership);
    const before = fake.sheet("Tổng hợp").grid();
    fake.sheet("Tổng hợp").isProtected = true;
    fake.sheet("Tổng hợp").protectedWith = { password: "bí mật" };
    const again = await writeReport(fake.ctx, makeModel(2), ALL_CAPS, ownership);
    expect(again.notes).toEqual([{ key: "owned-sheet-password", params: { sheet: "Tổng hợp" } }]);
    expect(noteMessage(again.notes[0] as Note, "vi")).toMatch(/“Tổng hợp”.*mật khẩu/);
    expect(fake.sheet("Tổng hợp").grid()).toEqual(before);
    expect(fake.sheet("Kiểm tra").grid()).toHaveLength(3);
    expect(ownership.current.sheets["tong-hop"]).toBe("Tổng hợp");
    expect(again.syncs).toBeLessThanOrEqual(8);
  });
});
