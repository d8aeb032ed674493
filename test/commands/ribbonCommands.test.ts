// The ribbon's function commands: every manifest FunctionName has an action, Kiểm tra writes only the add-in's
// "Kiểm tra" sheet, and the notices shown to the officer are complete in both languages.
import { describe, expect, it } from "@jest/globals";
import { readFileSync } from "node:fs";
import path from "node:path";
import { chooseLanguage, defaultOptions, parseA1Range, type RawSheet } from "../../src/core";
import { noticeQuery, noticeText, parseNoticeQuery, type NoticeKey } from "../../src/commands/notices";
import { noteMessage } from "../../src/excel/noteMessage";
import type { Note } from "../../src/excel/noteCatalogue";
import {
  insertTemplateInWorkbook,
  RIBBON_ACTIONS,
  validateInWorkbook,
  WORKBOOK_SOURCE,
} from "../../src/commands/ribbonActions";
import { ALL_CAPS, MIN_CAPS } from "../../src/excel/caps";
import { memoryOwnershipStore } from "../../src/excel/ownership";
import { buildForm, sampleCounts, withCount } from "../core/_fixtures/buildForm";
import { FakeExcel } from "../excel/fakeExcel";

const OPTIONS = defaultOptions(2026);
const manifest = readFileSync(path.resolve(__dirname, "..", "..", "manifest.xml"), "utf8");

function addRawSheet(fake: FakeExcel, sheet: RawSheet): void {
  const data = fake.addSheet(sheet.name, []);
  sheet.rows.forEach((row, r) =>
    row.forEach((v, c) => {
      if (v === null || v === "" || v instanceof Date) return;
      data.at((sheet.origin?.r ?? 0) + r, (sheet.origin?.c ?? 0) + c).value = typeof v === "object" ? v.error : v;
    }),
  );
}

describe("manifest ↔ function file", () => {
  it("has an action for every ExecuteFunction in the manifest, and no other", () => {
    const names = [...manifest.matchAll(/<FunctionName>([^<]+)<\/FunctionName>/g)].map((m) => m[1]);
    expect(names.length).toBe(3);
    expect(Object.keys(RIBBON_ACTIONS).sort()).toEqual([...names].sort());
  });

  it("sends consolidation to the task pane", async () => {
    await expect(RIBBON_ACTIONS.dvkConsolidate?.()).resolves.toEqual({ kind: "notice", key: "open-pane-consolidate" });
  });
});

describe("Kiểm tra from the ribbon (validateInWorkbook)", () => {
  const bad = buildForm(withCount(sampleCounts(), "kinh-te", "xa", "tap-the", "new", -1), {
    sheetName: "Xã An Bình",
    unit: "Xã An Bình",
    year: 2024,
  });

  it("writes only the Kiểm tra sheet and highlights the bad cell (ExcelApi 1.6)", async () => {
    const fake = new FakeExcel();
    addRawSheet(fake, bad.sheet);
    const store = memoryOwnershipStore();
    const outcome = await validateInWorkbook(fake.ctx, ALL_CAPS, store, OPTIONS);
    expect(outcome).toEqual({ kind: "done" });
    expect(fake.sheets.map((s) => s.name)).toEqual(["Xã An Bình", "Kiểm tra"]);
    expect(store.current.sheets["kiem-tra"]).toBe("Kiểm tra");
    const texts = [...fake.sheet("Kiểm tra").cells.values()].map((c) => String(c.value ?? ""));
    expect(texts).toContain("negative-count");
    expect(texts).toContain(bad.cell("kinh-te", "xa", "tap-the", "new"));
    const cfs = fake.sheet("Xã An Bình").cfs;
    expect(cfs.map((cf) => cf.range)).toContainEqual(parseA1Range(bad.cell("kinh-te", "xa", "tap-the", "new")));
  });

  it("lists problems without highlighting on ExcelApi 1.1", async () => {
    const fake = new FakeExcel();
    addRawSheet(fake, bad.sheet);
    await validateInWorkbook(fake.ctx, MIN_CAPS, memoryOwnershipStore(), OPTIONS);
    expect(fake.sheets.map((s) => s.name)).toEqual(["Xã An Bình", "Kiểm tra"]);
    expect(fake.sheet("Xã An Bình").cfs).toEqual([]);
  });

  it("never touches an officer's own sheet named Kiểm tra", async () => {
    const fake = new FakeExcel({ "Kiểm tra": [["ghi chú của cán bộ"]] });
    addRawSheet(fake, bad.sheet);
    await validateInWorkbook(fake.ctx, ALL_CAPS, memoryOwnershipStore(), OPTIONS);
    expect(fake.sheet("Kiểm tra").at(0, 0).value).toBe("ghi chú của cán bộ");
    expect(fake.sheets.length).toBe(3);
  });

  it("asks the officer to open the pane when the workbook has no report sheet", async () => {
    const fake = new FakeExcel({ "Trang tính1": [["Danh sách cán bộ"], ["Nguyễn Văn A"]] });
    const outcome = await validateInWorkbook(fake.ctx, ALL_CAPS, memoryOwnershipStore(), OPTIONS);
    expect(outcome).toEqual({ kind: "notice", key: "no-submissions" });
    expect(fake.sheets.map((s) => s.name)).toEqual(["Trang tính1"]);
  });

  it("tells the officer what it could not do: a protected sheet left without highlights, a password on its own sheet", async () => {
    const fake = new FakeExcel();
    addRawSheet(fake, bad.sheet);
    const store = memoryOwnershipStore();
    fake.ctx.workbook.worksheets.getItem("Xã An Bình").protection.protect();
    await fake.ctx.sync();
    const first = await validateInWorkbook(fake.ctx, ALL_CAPS, store, OPTIONS);
    expect(first).toEqual({
      kind: "notice",
      key: "validate-notes",
      notes: [{ key: "protected-no-highlights", params: { sheet: "Xã An Bình" } }],
    });
    (
      fake.ctx.workbook.worksheets.getItem("Kiểm tra").protection as unknown as { protect(o: unknown, p: string): void }
    ).protect({}, "mật khẩu");
    await fake.ctx.sync();
    const second = await validateInWorkbook(fake.ctx, ALL_CAPS, store, OPTIONS);
    expect(second).toEqual({
      kind: "notice",
      key: "validate-notes",
      notes: expect.arrayContaining([{ key: "owned-sheet-password", params: { sheet: "Kiểm tra" } }]),
    });
  });

  it("names this workbook in issues", () => {
    expect(WORKBOOK_SOURCE).toBe("Sổ làm việc hiện tại");
  });
});

describe("Tạo mẫu báo cáo from the ribbon (insertTemplateInWorkbook)", () => {
  it("inserts a new Mẫu 01-DVK sheet next to a filled-in one, and says where", async () => {
    const fake = new FakeExcel({ "Mẫu 01-DVK": [["đã điền"]] });
    const outcome = await insertTemplateInWorkbook(fake.ctx, ALL_CAPS, 2026);
    expect(fake.sheets.map((s) => s.name)).toEqual(["Mẫu 01-DVK", "Mẫu 01-DVK (2)", "Mẫu 02-DVK"]);
    expect(fake.sheet("Mẫu 01-DVK").at(0, 0).value).toBe("đã điền");
    expect(outcome).toEqual({
      kind: "notice",
      key: "template-notes",
      notes: expect.arrayContaining([
        { key: "template-name-taken", params: { wanted: "Mẫu 01-DVK", used: "Mẫu 01-DVK (2)" } },
      ]),
    });
  });

  it("finishes silently when there is nothing to note", async () => {
    const fake = new FakeExcel({ "Trang tính1": [] });
    await expect(insertTemplateInWorkbook(fake.ctx, ALL_CAPS, 2026)).resolves.toEqual({ kind: "done" });
    expect(fake.sheets.map((s) => s.name)).toEqual(["Trang tính1", "Mẫu 01-DVK", "Mẫu 02-DVK"]);
    const texts = [...fake.sheet("Mẫu 01-DVK").cells.values()].map((c) => String(c.value ?? ""));
    expect(texts.some((t) => t.includes("DÂN VẬN KHÉO"))).toBe(true);
    expect(fake.sheet("Mẫu 02-DVK").cell("B4").value).toBe("Tên mô hình, điển hình");
    expect(fake.activeSheet).toBe("Mẫu 01-DVK");
  });

  it("fills in the year it is given and lays out that year's levels: Cấp huyện up to 2025, none from 2026", async () => {
    const levelHeaders = async (year: number) => {
      const fake = new FakeExcel({ "Trang tính1": [] });
      await insertTemplateInWorkbook(fake.ctx, ALL_CAPS, year);
      const sheet = fake.sheet("Mẫu 01-DVK");
      expect(sheet.cell("C7").value).toBe(year);
      return ["C10", "G10", "K10"].map((a1) => sheet.cell(a1).value ?? null);
    };
    expect(await levelHeaders(2025)).toEqual(["Cấp xã", "Cấp huyện", "Cấp tỉnh"]);
    expect(await levelHeaders(2026)).toEqual(["Cấp xã", "Cấp tỉnh", null]);
  });

  it("notes what ExcelApi 1.1 cannot do", async () => {
    const outcome = await insertTemplateInWorkbook(new FakeExcel().ctx, MIN_CAPS, 2026);
    expect(outcome).toEqual({
      kind: "notice",
      key: "template-notes",
      notes: expect.arrayContaining([{ key: "template-no-validation", params: {} }]),
    });
  });
});

describe("notices", () => {
  const keys: NoticeKey[] = ["no-submissions", "open-pane-consolidate", "template-notes", "validate-notes", "failed"];

  it("tells the officer in Vietnamese to open the task pane for what the ribbon cannot do", () => {
    for (const key of ["no-submissions", "open-pane-consolidate", "template-notes"] as const)
      expect(noticeText(key, "vi").text).toContain("Mở ngăn tác vụ để");
    for (const key of keys) {
      expect(noticeText(key, "vi").title).not.toBe(noticeText(key, "en").title);
      expect(noticeText(key, "en").text.length).toBeGreaterThan(20);
    }
  });

  it("round-trips through the dialog's query string", () => {
    for (const key of keys)
      expect(parseNoticeQuery(noticeQuery(key, "en"))).toEqual({ key, lang: "en", details: [], more: 0 });
    expect(parseNoticeQuery(noticeQuery("failed", "vi", ["Lỗi của Excel."]))?.details).toEqual(["Lỗi của Excel."]);
    expect(parseNoticeQuery("?notice=%3Cscript%3E")).toBeNull();
    expect(parseNoticeQuery("")).toBeNull();
  });

  it("lists every note whole: the ones that fit, then how many more, never one cut in the middle", () => {
    const notes: Note[] = Array.from({ length: 30 }, (_, i) => ({
      key: "protected-no-highlights",
      params: { sheet: `Xã số ${i + 1} của huyện An Bình` },
    }));
    const lines = notes.map((n) => noteMessage(n, "vi"));
    const parsed = parseNoticeQuery(noticeQuery("validate-notes", "vi", lines));
    expect(parsed?.details.length).toBeGreaterThan(2);
    // Each line shown is a whole note, in order; the rest are counted.
    expect(parsed?.details).toEqual(lines.slice(0, parsed?.details.length));
    expect((parsed?.details.length ?? 0) + (parsed?.more ?? 0)).toBe(30);
    expect(noticeText("validate-notes", "vi").more.replace("{count}", String(parsed?.more))).toMatch(/lưu ý khác/);
    // Three short notes (the usual case) are all listed, with nothing counted as left out.
    expect(parseNoticeQuery(noticeQuery("validate-notes", "en", lines.slice(0, 3)))).toMatchObject({
      details: lines.slice(0, 3),
      more: 0,
    });
    // Only a single detail longer than the dialog can carry (an Excel error message) is shortened.
    expect(parseNoticeQuery(noticeQuery("failed", "vi", ["x".repeat(5000)]))?.details[0]?.endsWith("…")).toBe(true);
  });

  it("chooses the language as the pane does (one function in src/core): Vietnamese unless Office runs in another language", () => {
    expect(chooseLanguage("en-US")).toBe("en");
    expect(chooseLanguage("fr-FR")).toBe("en");
    expect(chooseLanguage("vi-VN")).toBe("vi");
    expect(chooseLanguage(undefined)).toBe("vi");
  });
});

describe("the ribbon while the officer types in a cell (issue 12, finding 6)", () => {
  it("waits for the cell edit instead of failing: every Excel.run passes delayForCellEdit", async () => {
    const fake = new FakeExcel();
    const g = globalThis as unknown as { Excel?: unknown; Office?: unknown };
    const saved = { Excel: g.Excel, Office: g.Office };
    g.Excel = { run: fake.run };
    g.Office = {
      context: {
        requirements: { isSetSupported: () => true },
        document: { settings: fake.document.openRuntime() },
      },
    };
    try {
      fake.cellEditMode = true;
      await RIBBON_ACTIONS.dvkCreateTemplate?.();
      fake.cellEditMode = true;
      await RIBBON_ACTIONS.dvkValidate?.();
      expect(fake.runs).toEqual([{ delayForCellEdit: true }, { delayForCellEdit: true }]);
      expect(fake.findSheet("Kiểm tra")).toBeDefined();
    } finally {
      g.Excel = saved.Excel;
      g.Office = saved.Office;
    }
  });
});
