// Issue 12, finding 2: the task pane and the ribbon's function file are two runtimes, each with its own copy of the
// document settings where the add-in records the sheets it owns. Alternating them must neither lose a record nor
// leave the other runtime working from a stale one.
import { afterEach, beforeEach, describe, expect, it } from "@jest/globals";
import {
  buildReportModel,
  consolidate,
  defaultOptions,
  type KeyValueStore,
  type RawSheet,
  saveSettings,
  validateWorkbook,
} from "../../src/core";
import { RIBBON_ACTIONS } from "../../src/commands/ribbonActions";
import { createOfficeWorkbookPort } from "../../src/taskpane/officeWorkbookPort";
import { buildForm, sampleCounts, withCount } from "../core/_fixtures/buildForm";
import { FakeExcel } from "../excel/fakeExcel";
import type { FakeRuntimeSettings } from "../excel/fakeSettings";

const OPTIONS = defaultOptions(new Date().getFullYear());

function addRawSheet(fake: FakeExcel, sheet: RawSheet): void {
  const data = fake.addSheet(sheet.name, []);
  sheet.rows.forEach((row, r) =>
    row.forEach((v, c) => {
      if (v === null || v === "" || v instanceof Date) return;
      data.at((sheet.origin?.r ?? 0) + r, (sheet.origin?.c ?? 0) + c).value = typeof v === "object" ? v.error : v;
    }),
  );
}

/** Office globals of one Excel window: `settings` is whichever runtime's copy is running now. */
function installOffice(fake: FakeExcel): { use(settings: FakeRuntimeSettings): void; restore(): void } {
  const g = globalThis as unknown as { Excel?: unknown; Office?: unknown };
  const saved = { Excel: g.Excel, Office: g.Office };
  let current: FakeRuntimeSettings = fake.document.openRuntime();
  g.Excel = { run: fake.run };
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
    use: (settings) => (current = settings),
    restore: () => {
      g.Excel = saved.Excel;
      g.Office = saved.Office;
    },
  };
}

/** The pane's "Tổng hợp": read the workbook through the port, validate, consolidate, write through the port. */
async function paneConsolidate(): Promise<readonly string[]> {
  const port = createOfficeWorkbookPort();
  const snapshot = await port.readSnapshot();
  const result = validateWorkbook(snapshot.workbook, OPTIONS);
  const model = buildReportModel(consolidate([result], OPTIONS), OPTIONS);
  const written = await port.writeReport(model, [...result.issues, ...result.submissions.flatMap((s) => s.issues)]);
  return written.sheets;
}

describe("the pane and the ribbon alternating (issue 12, finding 2)", () => {
  let fake: FakeExcel;
  let office: ReturnType<typeof installOffice>;
  beforeEach(() => {
    fake = new FakeExcel();
    addRawSheet(
      fake,
      buildForm(withCount(sampleCounts(), "kinh-te", "xa", "tap-the", "new", -1), {
        sheetName: "Xã An Bình",
        unit: "Xã An Bình",
        year: OPTIONS.years.to - 1,
      }).sheet,
    );
    office = installOffice(fake);
  });
  afterEach(() => office.restore());

  it("keeps one sheet per report and the whole record when the ribbon checks while the pane is open", async () => {
    const pane = fake.document.openRuntime();
    const ribbon = fake.document.openRuntime();

    office.use(pane);
    const first = await paneConsolidate();
    expect(first).toContain("Kiểm tra");

    office.use(ribbon);
    await expect(RIBBON_ACTIONS.dvkValidate?.()).resolves.toEqual({ kind: "done" });
    office.use(pane);
    await paneConsolidate();
    office.use(ribbon);
    await RIBBON_ACTIONS.dvkValidate?.();

    // No "(2)" copies: each runtime knew what the other had written.
    expect(fake.sheets.map((s) => s.name).filter((n) => /\(\d+\)$/.test(n))).toEqual([]);
    // The record saved in the workbook still lists every sheet the pane wrote, as a new runtime (Excel reopened) sees it.
    const reopened = fake.document.openRuntime().get("dvk.ownership") as { sheets: Record<string, string> };
    expect(Object.values(reopened.sheets).sort()).toEqual([...first].sort());
  });

  it("does not let the pane's stale copy overwrite what the ribbon recorded", async () => {
    const pane = fake.document.openRuntime();
    const ribbon = fake.document.openRuntime();
    office.use(ribbon);
    await RIBBON_ACTIONS.dvkValidate?.();
    expect(fake.findSheet("Kiểm tra")).toBeDefined();

    office.use(pane);
    const written = await paneConsolidate();
    expect(written).toContain("Kiểm tra");
    expect(fake.findSheet("Kiểm tra (2)")).toBeUndefined();
    const reopened = fake.document.openRuntime().get("dvk.ownership") as { sheets: Record<string, string> };
    expect(reopened.sheets["kiem-tra"]).toBe("Kiểm tra");
  });
});

/** The webview's localStorage, shared by the pane and the function file (pages of the same add-in origin). */
function installStorage(): { store: KeyValueStore; restore(): void } {
  const data = new Map<string, string>();
  const store: KeyValueStore = { getItem: (k) => data.get(k) ?? null, setItem: (k, v) => void data.set(k, v) };
  Object.defineProperty(globalThis, "localStorage", { value: store, configurable: true, writable: true });
  return { store, restore: () => delete (globalThis as { localStorage?: unknown }).localStorage };
}

/** The codes listed on the "Kiểm tra" sheet. */
function listedCodes(fake: FakeExcel): string[] {
  return [...fake.sheet("Kiểm tra").cells.values()]
    .map((c) => String(c.value ?? ""))
    .filter((v) => /^[a-z-]+$/.test(v));
}

describe("the ribbon's Kiểm tra with the officer's settings saved in the pane", () => {
  const year = new Date().getFullYear();
  let fake: FakeExcel;
  let office: ReturnType<typeof installOffice>;
  beforeEach(() => {
    fake = new FakeExcel();
    addRawSheet(fake, buildForm(sampleCounts(), { sheetName: "Xã An Bình", unit: "Xã An Bình", year: year - 1 }).sheet);
    office = installOffice(fake);
  });
  afterEach(() => office.restore());

  it("validates with the years the officer saved in the pane, as the pane does", async () => {
    const storage = installStorage();
    try {
      // In the pane's Cài đặt the officer limits the report years to the 2016–2020 term.
      saveSettings(storage.store, { ...defaultOptions(year), years: { from: 2016, to: 2020 } }, year);
      await expect(RIBBON_ACTIONS.dvkValidate?.()).resolves.toEqual({ kind: "done" });
      expect(listedCodes(fake)).toContain("year-out-of-range");
    } finally {
      storage.restore();
    }
  });

  it("falls back to the defaults of the current year when nothing is saved or storage is blocked", async () => {
    const storage = installStorage();
    try {
      await RIBBON_ACTIONS.dvkValidate?.();
      expect(listedCodes(fake)).not.toContain("year-out-of-range");
    } finally {
      storage.restore();
    }
    Object.defineProperty(globalThis, "localStorage", {
      configurable: true,
      get: () => {
        throw new Error("SecurityError: storage is disabled");
      },
    });
    try {
      await RIBBON_ACTIONS.dvkValidate?.();
      expect(listedCodes(fake)).not.toContain("year-out-of-range");
    } finally {
      delete (globalThis as { localStorage?: unknown }).localStorage;
    }
  });
});
