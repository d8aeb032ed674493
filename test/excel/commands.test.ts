import { describe, expect, it, jest } from "@jest/globals";
import { buildListTemplateSheet } from "../../src/core/report/buildListTemplateSheet";
import { buildTemplateSheet } from "../../src/core/report/buildTemplateSheet";
import { ALL_CAPS, MIN_CAPS } from "../../src/excel/caps";
import type { Note } from "../../src/excel/noteCatalogue";
import { noteMessage } from "../../src/excel/noteMessage";
import { goToCell } from "../../src/excel/goToCell";
import { applyLegacyConversion, previewLegacyConversion } from "../../src/excel/legacyConversion";
import { memoryOwnershipStore, settingsOwnershipStore } from "../../src/excel/ownership";
import { FakeSettingsDocument } from "./fakeSettings";
import { insertTemplate, openTemplateAsNewWorkbook } from "../../src/excel/template";
import { FakeExcel } from "./fakeExcel";

describe("goToCell", () => {
  it("activates the sheet and selects the cell in one sync", async () => {
    const fake = new FakeExcel({ A: [["x"]], "Xã B": [["y"]] });
    expect(await goToCell(fake.ctx, "Xã B", "D9")).toBe(true);
    expect([fake.activeSheet, fake.selection?.sheet, fake.syncCount]).toEqual(["Xã B", "Xã B", 1]);
  });
  it("returns false for a sheet that no longer exists", async () => {
    expect(await goToCell(new FakeExcel({ A: [] }).ctx, "Đã xóa", "A1")).toBe(false);
  });
});

describe("legacy conversion of the selected range", () => {
  const upper = (text: string) => text.toUpperCase();

  it("previews only text cells that would change, writing nothing", async () => {
    const fake = new FakeExcel({
      S: [
        ["abc", 5, "ABC"],
        ["x", null, "=A1"],
      ],
    });
    fake.sheet("S").cell("C2").formula = "=A1";
    fake.select("S", "A1:C2");
    const preview = await previewLegacyConversion(fake.ctx, upper);
    expect(preview.changes).toEqual([
      { address: "A1", before: "abc", after: "ABC" },
      { address: "A2", before: "x", after: "X" },
    ]);
    expect(preview.sheet).toBe("S");
    expect(fake.sheet("S").cell("A1").value).toBe("abc");
    expect(fake.syncCount).toBe(1);
  });

  it("uses core's converter by default (TCVN3 to Unicode)", async () => {
    const fake = new FakeExcel({ S: [["Céng hßa x· héi chñ nghÜa ViÖt Nam"]] });
    fake.select("S", "A1");
    const preview = await previewLegacyConversion(fake.ctx);
    expect(preview.changes[0]?.after).toBe("Cộng hòa xã hội chủ nghĩa Việt Nam");
  });

  it("applies only the previewed cells that still hold the previewed text, keeping text as text", async () => {
    const fake = new FakeExcel({ S: [["a", "b", "c", "keep"]] });
    fake.select("S", "A1:D1");
    const preview = await previewLegacyConversion(fake.ctx, (t) =>
      t === "a" ? "=A" : t === "b" ? "-2" : t === "c" ? "C" : t,
    );
    fake.sheet("S").cell("C1").value = "edited meanwhile";
    const result = await applyLegacyConversion(fake.ctx, preview);
    expect(result).toEqual({ written: 2, skipped: ["'S'!C1"] });
    const s = fake.sheet("S");
    expect(["A1", "B1", "C1", "D1"].map((a) => [s.cell(a).value, s.cell(a).formula])).toEqual([
      ["=A", null],
      ["-2", null],
      ["edited meanwhile", null],
      ["keep", null],
    ]);
  });
});

describe("insertTemplate", () => {
  it("inserts Mẫu 01-DVK with merges, SUM totals, validation and protection", async () => {
    const fake = new FakeExcel({ "Xã A": [["x"]] });
    const result = await insertTemplate(fake.ctx, buildTemplateSheet({ unitName: "Xã Hòa An", year: 2025 }), ALL_CAPS);
    const s = fake.sheet(result.name);
    expect(result).toEqual({ name: "Mẫu 01-DVK", names: ["Mẫu 01-DVK"], notes: [], syncs: 2 });
    expect(s.cell("C5").value).toBe("Xã Hòa An");
    expect(s.cell("C18").formula).toBe("=SUM(C13:C17)");
    expect(s.cell("N18").formula).toBe("=SUM(N13:N17)");
    expect(s.merges.length).toBeGreaterThan(10);
    expect(s.validations.map((v) => v.rule)).toEqual([
      { wholeNumber: { formula1: 0, operator: "GreaterThanOrEqualTo" } },
    ]);
    expect(s.isProtected).toBe(true);
    expect([s.cell("C13").locked, s.cell("C5").locked, s.cell("B13").locked]).toEqual([false, false, true]);
    expect(fake.activeSheet).toBe("Mẫu 01-DVK");
  });

  it("never replaces a filled-in template and needs no features above 1.1", async () => {
    const fake = new FakeExcel({ "Mẫu 01-DVK": [["đã điền"]] });
    const result = await insertTemplate(fake.ctx, buildTemplateSheet(), MIN_CAPS);
    expect(result.name).toBe("Mẫu 01-DVK (2)");
    expect(fake.sheet("Mẫu 01-DVK").grid()).toEqual([["đã điền"]]);
    expect(
      fake.calls.filter((c) => ["dataValidation", "protection", "merge", "format.protection"].includes(c)),
    ).toEqual([]);
    expect(fake.sheet(result.name).cell("C18").formula).toBe("=SUM(C13:C17)");
    expect(result.notes).toHaveLength(3);
  });
});

describe("insertTemplate with the Mẫu 02-DVK list", () => {
  it("inserts both sheets in order in the same two syncs and activates Mẫu 01-DVK", async () => {
    const fake = new FakeExcel({ "Xã A": [["x"]] });
    const result = await insertTemplate(fake.ctx, [buildTemplateSheet(), buildListTemplateSheet()], ALL_CAPS);
    expect(result).toEqual({ name: "Mẫu 01-DVK", names: ["Mẫu 01-DVK", "Mẫu 02-DVK"], notes: [], syncs: 2 });
    expect(fake.sheets.map((s) => s.name)).toEqual(["Xã A", "Mẫu 01-DVK", "Mẫu 02-DVK"]);
    const list = fake.sheet("Mẫu 02-DVK");
    expect(["A4", "B4", "F4", "A5", "A24"].map((a) => list.cell(a).value)).toEqual([
      "STT",
      "Tên mô hình, điển hình",
      "Năm công nhận",
      1,
      20,
    ]);
    expect(list.isProtected).toBe(false);
    expect(fake.activeSheet).toBe("Mẫu 01-DVK");
    expect(list.validations.map((v) => v.rule)).toEqual([
      { wholeNumber: { formula1: 0, operator: "GreaterThanOrEqualTo" } },
      { list: { inCellDropDown: true, source: "Tập thể,Cá nhân" } },
      {
        list: {
          inCellDropDown: true,
          source: "Kinh tế,Văn hóa – Xã hội,Quốc phòng – An ninh,Xây dựng Đảng và hệ thống chính trị,Lĩnh vực khác",
        },
      },
      { list: { inCellDropDown: true, source: "Cấp xã,Cấp huyện,Cấp tỉnh" } },
      { list: { inCellDropDown: true, source: "Đang duy trì,Đã dừng" } },
    ]);
    expect(list.validations[1]?.errorAlert).toMatchObject({ style: "Information" });
  });

  it("needs no features above 1.1 for the pair either", async () => {
    const fake = new FakeExcel();
    const result = await insertTemplate(fake.ctx, [buildTemplateSheet(), buildListTemplateSheet()], MIN_CAPS);
    expect(result.names).toEqual(["Mẫu 01-DVK", "Mẫu 02-DVK"]);
    expect(
      fake.calls.filter((c) => ["dataValidation", "protection", "merge", "format.protection"].includes(c)),
    ).toEqual([]);
    expect(fake.sheet("Mẫu 02-DVK").cell("B4").value).toBe("Tên mô hình, điển hình");
  });

  it("gives each sheet the next free name, and says so", async () => {
    const fake = new FakeExcel({ "Mẫu 02-DVK": [["đã điền"]] });
    const result = await insertTemplate(fake.ctx, [buildTemplateSheet(), buildListTemplateSheet()], ALL_CAPS);
    expect(result.names).toEqual(["Mẫu 01-DVK", "Mẫu 02-DVK (2)"]);
    expect(result.notes).toEqual([
      { key: "template-name-taken", params: { wanted: "Mẫu 02-DVK", used: "Mẫu 02-DVK (2)" } },
    ]);
    expect(noteMessage(result.notes[0] as Note, "vi")).toBe(
      "Đã có trang “Mẫu 02-DVK”; mẫu mới được tạo ở trang “Mẫu 02-DVK (2)”.",
    );
    expect(fake.sheet("Mẫu 02-DVK").grid()).toEqual([["đã điền"]]);
  });
});

describe("openTemplateAsNewWorkbook", () => {
  it("opens the workbook where ExcelApi 1.8 exists", async () => {
    const create = jest.fn(async (_b: string) => undefined);
    expect(await openTemplateAsNewWorkbook("UEsDBA==", ALL_CAPS, create)).toEqual({ opened: true, note: null });
    expect(create).toHaveBeenCalledWith("UEsDBA==");
  });
  it("does not call createWorkbook below 1.8 and says why", async () => {
    const create = jest.fn(async (_b: string) => undefined);
    const result = await openTemplateAsNewWorkbook("UEsDBA==", MIN_CAPS, create);
    expect(result.opened).toBe(false);
    expect(result.note).toEqual({ key: "no-new-workbook", params: {} });
    expect(noteMessage(result.note as Note, "vi")).toMatch(/Tạo mẫu báo cáo/);
    expect(create).not.toHaveBeenCalled();
  });
});

describe("settingsOwnershipStore", () => {
  it("round-trips the record through document settings and saves it", async () => {
    const document = new FakeSettingsDocument();
    const store = settingsOwnershipStore(document.openRuntime());
    expect(store.read()).toEqual({ version: 1, sheets: {}, highlightSheets: [] });
    await store.write({ version: 1, sheets: { "tong-hop": "Tổng hợp (2)" }, highlightSheets: ["Xã A"] });
    expect(document.saves).toBe(1);
    expect(store.read().sheets["tong-hop"]).toBe("Tổng hợp (2)");
    expect(settingsOwnershipStore(document.openRuntime()).read().sheets["tong-hop"]).toBe("Tổng hợp (2)");
  });

  it("ignores a malformed record and reports a failed save", async () => {
    const document = new FakeSettingsDocument();
    document.saved = JSON.stringify({ "dvk.ownership": { version: 7 } });
    document.failSaves = true;
    const store = settingsOwnershipStore(document.openRuntime());
    expect(store.read().sheets).toEqual({});
    await expect(store.write(memoryOwnershipStore().read())).rejects.toThrow("could not be saved");
  });

  it("sees, after refresh, what another runtime saved, and merges instead of overwriting it", async () => {
    const document = new FakeSettingsDocument();
    const pane = settingsOwnershipStore(document.openRuntime());
    const ribbon = settingsOwnershipStore(document.openRuntime());
    const paneRecord = pane.read();
    await ribbon.write({ ...ribbon.read(), sheets: { "kiem-tra": "Kiểm tra" }, highlightSheets: ["Xã A"] });
    expect(pane.read().sheets).toEqual({});
    await pane.write({ ...paneRecord, sheets: { "tong-hop": "Tổng hợp" } });
    await ribbon.refresh();
    expect(ribbon.read()).toMatchObject({
      sheets: { "kiem-tra": "Kiểm tra", "tong-hop": "Tổng hợp" },
      highlightSheets: ["Xã A"],
    });
  });
});
