// Issue 12: every scenario of the pane and the ribbon runs end to end on the strict fake — Excel on the desktop and
// Excel on the web (5 MB payloads in bytes) — through the real entry points (the pane's Office port, the ribbon's
// functions), asserting what the officer ends up with (sheets, ownership, highlights, notes) and that no Excel.run
// makes more than 8 syncs.
import { afterEach, beforeEach, describe, expect, it } from "@jest/globals";
import {
  buildReportModel,
  consolidate,
  defaultOptions,
  parseA1Range,
  type RawSheet,
  type ReportModel,
  validateWorkbook,
} from "../../src/core";
import { RIBBON_ACTIONS } from "../../src/commands/ribbonActions";
import { createOfficeWorkbookPort } from "../../src/taskpane/officeWorkbookPort";
import { buildForm, sampleCounts, withCount } from "../core/_fixtures/buildForm";
import { FakeExcel } from "../excel/fakeExcel";
import type { FakeRuntimeSettings } from "../excel/fakeSettings";

const YEAR = new Date().getFullYear();
const OPTIONS = defaultOptions(YEAR);
const MAX_SYNCS = 8;
const bad = buildForm(withCount(sampleCounts(), "kinh-te", "xa", "tap-the", "new", -1), {
  sheetName: "Xã An Bình",
  unit: "Xã An Bình",
  year: YEAR - 1,
});
const BAD_CELL = bad.cell("kinh-te", "xa", "tap-the", "new");

function addRawSheet(fake: FakeExcel, sheet: RawSheet): void {
  const data = fake.addSheet(sheet.name, []);
  sheet.rows.forEach((row, r) =>
    row.forEach((v, c) => {
      if (v === null || v === "" || v instanceof Date) return;
      data.at((sheet.origin?.r ?? 0) + r, (sheet.origin?.c ?? 0) + c).value = typeof v === "object" ? v.error : v;
    }),
  );
}

/** One Excel window: Office globals whose settings are the running runtime's copy; syncs counted per Excel.run. */
function installExcel(fake: FakeExcel) {
  const g = globalThis as unknown as { Excel?: unknown; Office?: unknown };
  const saved = { Excel: g.Excel, Office: g.Office };
  const pane = fake.document.openRuntime();
  const ribbon = fake.document.openRuntime();
  let current: FakeRuntimeSettings = pane;
  const syncsPerRun: number[] = [];
  g.Excel = {
    run: async (...args: Parameters<FakeExcel["run"]>) => {
      const before = fake.syncCount;
      try {
        return await fake.run(...args);
      } finally {
        syncsPerRun.push(fake.syncCount - before);
      }
    },
  };
  g.Office = {
    context: {
      displayLanguage: "vi-VN",
      requirements: { isSetSupported: () => true },
      document: {
        get settings() {
          return current;
        },
      },
    },
  };
  return {
    syncsPerRun,
    /** The ribbon's function, run in the function file's runtime. */
    ribbon: async (name: "dvkValidate" | "dvkCreateTemplate") => {
      current = ribbon;
      return RIBBON_ACTIONS[name]?.();
    },
    /** The pane's port, run in the pane's runtime. */
    pane: () => {
      current = pane;
      return createOfficeWorkbookPort("vi");
    },
    restore: () => {
      g.Excel = saved.Excel;
      g.Office = saved.Office;
    },
  };
}

/** The pane's "Tổng hợp": read the workbook, validate, consolidate, write (or insert the charts). */
async function paneConsolidate(
  excel: ReturnType<typeof installExcel>,
  how: "report" | "charts" = "report",
): Promise<{ sheets: readonly string[]; notes: readonly string[]; model: ReportModel }> {
  const port = excel.pane();
  const snapshot = await port.readSnapshot();
  const result = validateWorkbook(snapshot.workbook, OPTIONS);
  const model = buildReportModel(consolidate([result], OPTIONS), OPTIONS, { linkSources: [port.workbookName] });
  const issues = [...result.issues, ...result.submissions.flatMap((s) => s.issues)];
  if (how === "charts") {
    await port.insertCharts(model, issues);
    return { sheets: [], notes: [], model };
  }
  const written = await port.writeReport(model, issues);
  return { ...written, model };
}

/** What the add-in recorded as its own, as a new runtime (Excel reopened) reads it. */
function savedRecord(fake: FakeExcel): { sheets: Record<string, string>; highlightSheets: string[] } {
  return fake.document.openRuntime().get("dvk.ownership") as {
    sheets: Record<string, string>;
    highlightSheets: string[];
  };
}

const copies = (fake: FakeExcel): string[] => fake.sheets.map((s) => s.name).filter((n) => /\(\d+\)$/.test(n));

describe.each(["desktop", "web"] as const)("every scenario on the strict fake (Excel on the %s)", (platform) => {
  let fake: FakeExcel;
  let excel: ReturnType<typeof installExcel>;
  beforeEach(() => {
    fake = new FakeExcel({}, { platform });
    addRawSheet(fake, bad.sheet);
    excel = installExcel(fake);
  });
  afterEach(() => {
    excel.restore();
    expect(excel.syncsPerRun.length).toBeGreaterThan(0);
    for (const syncs of excel.syncsPerRun) expect(syncs).toBeLessThanOrEqual(MAX_SYNCS);
    expect(fake.brokenLinks()).toEqual([]);
  });

  it("validate from the ribbon: Kiểm tra written and owned, the bad cell highlighted", async () => {
    await expect(excel.ribbon("dvkValidate")).resolves.toEqual({ kind: "done" });
    expect(fake.sheets.map((s) => s.name)).toEqual(["Xã An Bình", "Kiểm tra"]);
    expect(savedRecord(fake).sheets["kiem-tra"]).toBe("Kiểm tra");
    expect(savedRecord(fake).highlightSheets).toEqual(["Xã An Bình"]);
    expect(fake.sheet("Xã An Bình").cfs.map((cf) => cf.range)).toContainEqual(parseA1Range(BAD_CELL));
  });

  it("consolidate in the pane: the report sheets written and owned, the bad cell highlighted, no note", async () => {
    const written = await paneConsolidate(excel);
    expect(written.sheets).toEqual(expect.arrayContaining(["Tổng hợp", "Kiểm tra", "Dữ liệu"]));
    expect(written.notes).toEqual([]);
    expect(Object.values(savedRecord(fake).sheets).sort()).toEqual([...written.sheets].sort());
    expect(fake.sheet("Xã An Bình").cfs.length).toBeGreaterThan(0);
  });

  it("insert charts in the pane, twice: the native charts once each, with their sheets", async () => {
    const { model } = await paneConsolidate(excel, "charts");
    await paneConsolidate(excel, "charts");
    const charts = fake.sheets.flatMap((s) => s.charts);
    expect(model.charts.length).toBeGreaterThan(0);
    expect(charts).toHaveLength(model.charts.length);
    expect(copies(fake)).toEqual([]);
  });

  it("template then validate: the protected template is skipped with a note, Kiểm tra still written and owned", async () => {
    await expect(excel.ribbon("dvkCreateTemplate")).resolves.toEqual({ kind: "done" });
    expect(fake.sheet("Mẫu 01-DVK").isProtected).toBe(true);
    const outcome = await excel.ribbon("dvkValidate");
    expect(fake.findSheet("Kiểm tra")).toBeDefined();
    expect(savedRecord(fake).sheets["kiem-tra"]).toBe("Kiểm tra");
    // The protected template has no highlight rule; the officer's bad form has.
    expect(fake.sheet("Mẫu 01-DVK").cfs).toEqual([]);
    expect(fake.sheet("Xã An Bình").cfs.length).toBeGreaterThan(0);
    expect(outcome).toEqual({
      kind: "notice",
      key: "validate-notes",
      notes: [{ key: "protected-no-highlights", params: { sheet: "Mẫu 01-DVK" } }],
    });
    // A second Kiểm tra rewrites the same sheet: ownership was recorded, so no "Kiểm tra (2)".
    await excel.ribbon("dvkValidate");
    expect(copies(fake)).toEqual([]);
  });

  it("re-run after the officer renamed the add-in's sheet: the renamed one is left as it is, a new one written", async () => {
    await paneConsolidate(excel);
    fake.sheet("Kiểm tra").name = "Kiểm tra tháng 10";
    const kept = JSON.stringify(fake.snapshot().find((s) => (s as { name: string }).name === "Kiểm tra tháng 10"));
    await excel.ribbon("dvkValidate");
    const again = await paneConsolidate(excel);
    expect(again.sheets).toContain("Kiểm tra");
    expect(JSON.stringify(fake.snapshot().find((s) => (s as { name: string }).name === "Kiểm tra tháng 10"))).toBe(
      kept,
    );
    expect(savedRecord(fake).sheets["kiem-tra"]).toBe("Kiểm tra");
    expect(copies(fake)).toEqual([]);
  });

  it("re-run after the officer protected sheets: an owned one is unprotected and rewritten, a password one noted", async () => {
    await paneConsolidate(excel);
    fake.sheet("Tổng hợp").isProtected = true;
    fake.sheet("Xã An Bình").isProtected = true;
    const again = await paneConsolidate(excel);
    expect(again.notes).toEqual([
      "Trang “Xã An Bình” đang được khóa (bảo vệ) nên các ô có lỗi không được tô màu; xem danh sách ở trang “Kiểm tra”.",
    ]);
    expect(fake.sheet("Tổng hợp").isProtected).toBe(false);
    fake.sheet("Kiểm tra").isProtected = true;
    fake.sheet("Kiểm tra").protectedWith = { password: "mật khẩu" };
    const outcome = await excel.ribbon("dvkValidate");
    expect(outcome).toEqual({
      kind: "notice",
      key: "validate-notes",
      notes: expect.arrayContaining([{ key: "owned-sheet-password", params: { sheet: "Kiểm tra" } }]),
    });
    expect(copies(fake)).toEqual([]);
    expect(savedRecord(fake).sheets["kiem-tra"]).toBe("Kiểm tra");
  });

  it("pane and ribbon alternating: one sheet per report, the whole record kept", async () => {
    const first = await paneConsolidate(excel);
    await excel.ribbon("dvkValidate");
    await excel.ribbon("dvkCreateTemplate");
    await paneConsolidate(excel);
    await excel.ribbon("dvkValidate");
    await paneConsolidate(excel, "charts");
    expect(copies(fake)).toEqual([]);
    expect(Object.values(savedRecord(fake).sheets).sort()).toEqual([...first.sheets].sort());
  });
});
