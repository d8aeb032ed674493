import { describe, expect, it } from "@jest/globals";
import {
  defaultOptions,
  buildReportModel,
  consolidate,
  mergeStore,
  parseStoreSheet,
  readWorkbookMemory,
  withWorkbookSheets,
  type RawSheet,
} from "../../src/core";
import { validateWorkbook } from "../../src/core/validate/validateWorkbook";
import { ALL_CAPS, MIN_CAPS, type Caps } from "../../src/excel/caps";
import { highlightsFromIssues } from "../../src/excel/highlights";
import { memoryOwnershipStore, type OwnershipStore } from "../../src/excel/ownership";
import { readWorkbookSnapshot } from "../../src/excel/readSubmissionSheets";
import { writeReport } from "../../src/excel/writeReport";
import { buildForm, sampleCounts, withCount } from "../core/_fixtures/buildForm";
import { FakeExcel } from "./fakeExcel";
import { addTcvn3Sheet } from "./legacyFixtures";

const SOURCE = "bao-cao-huyen.xlsx";
const DAY_MS = 86_400_000;

/** Puts a core RawSheet into the fake as Excel would hold it: dates as serials with a date format. */
function addRawSheet(fake: FakeExcel, sheet: RawSheet): void {
  const data = fake.addSheet(sheet.name, []);
  sheet.rows.forEach((row, r) =>
    row.forEach((v, c) => {
      if (v === null || v === "") return;
      const cell = data.at((sheet.origin?.r ?? 0) + r, (sheet.origin?.c ?? 0) + c);
      if (v instanceof Date) {
        cell.value = (v.getTime() - Date.UTC(1899, 11, 30)) / DAY_MS;
        cell.numberFormat = "dd/mm/yyyy";
      } else if (typeof v === "object") cell.value = v.error;
      else cell.value = v;
    }),
  );
}

function workbookWith(k: number, negativeAt = -1, platform: "web" | "desktop" = "desktop"): FakeExcel {
  const fake = new FakeExcel({}, { platform });
  for (let i = 0; i < k; i++) {
    const counts = i === negativeAt ? withCount(sampleCounts(), "kinh-te", "xa", "tap-the", "new", -1) : sampleCounts();
    // Dated in its own year: a 2024 report dated 2023 is a year-mismatch warning (and a highlighted cell).
    addRawSheet(
      fake,
      buildForm(counts, {
        sheetName: `Xã ${i + 1}`,
        unit: `Xã Số ${i + 1}`,
        unitCode: `X${i + 1}`,
        year: 2024,
        reportDate: "20/10/2024",
        placeDate: "Na Hang, ngày 20 tháng 10 năm 2024",
      }).sheet,
    );
  }
  return fake;
}

/** What the task pane does on "Tổng hợp": read, validate, merge the store, consolidate, write. */
async function runPipeline(fake: FakeExcel, caps: Caps, ownership: OwnershipStore, now: string) {
  const snapshot = await readWorkbookSnapshot(fake.ctx, caps, ownership.read(), SOURCE);
  const memory = readWorkbookMemory(snapshot.owned);
  const options = { ...defaultOptions(2025), aliases: memory.aliases };
  const result = validateWorkbook(snapshot.workbook, options);
  const store = mergeStore(memory.storeRows, result.submissions, now);
  const c = consolidate([result], options);
  const model = withWorkbookSheets(buildReportModel(c, options, { now }), memory, store);
  const issues = [...result.issues, ...result.submissions.flatMap((s) => s.issues)];
  const written = await writeReport(fake.ctx, model, caps, ownership, {
    highlights: highlightsFromIssues(issues, SOURCE),
  });
  return { result, store, written, model };
}

describe("the in-workbook pipeline", () => {
  const syncsByK = new Map<number, [number, number]>();

  it.each([1, 10, 500])(
    "validates %i submission sheets and writes every output sheet and chart in at most 8 syncs",
    async (k) => {
      const fake = workbookWith(k, 0);
      const ownership = memoryOwnershipStore();
      const { result, written, model } = await runPipeline(fake, ALL_CAPS, ownership, "2024-12-01T08:00:00.000Z");
      expect(result.submissions).toHaveLength(k);
      expect(model.charts.length).toBeGreaterThan(0);
      expect(fake.sheet(written.sheetNames["xu-huong"] as string).charts).toHaveLength(model.charts.length);
      expect(fake.syncCount).toBeLessThanOrEqual(8);
      // Unicode sheets never trigger the font phase.
      expect(fake.calls).not.toContain("getCellProperties");
      // The second run also reads the store back and reuses charts: still bounded.
      const before = fake.syncCount;
      await runPipeline(fake, ALL_CAPS, ownership, "2024-12-02T08:00:00.000Z");
      expect(fake.syncCount - before).toBeLessThanOrEqual(8);
      syncsByK.set(k, [before, fake.syncCount - before]);
    },
    120_000,
  );

  it("writes the store and report for 1,000 submissions on Excel on the web: every request and response under 5 MB (UTF-8), at most 8 syncs", async () => {
    // Issue 13 §1: the same holds inside Excel. The web fake refuses a request or response over 5 MB of UTF-8.
    const fake = workbookWith(1000, -1, "web");
    const { result, store, written } = await runPipeline(
      fake,
      ALL_CAPS,
      memoryOwnershipStore(),
      "2024-12-01T08:00:00.000Z",
    );
    expect(result.submissions).toHaveLength(1000);
    expect(store).toHaveLength(1000 * 30); // 5 fields × 3 levels × 2 types per submission
    expect(fake.sheet(written.sheetNames["du-lieu"] as string).usedBox(true)?.bottom).toBeGreaterThanOrEqual(30_000);
    expect(fake.syncCount).toBeLessThanOrEqual(8);
  }, 240_000);

  it("makes a number of syncs that does not grow with the number of sheets, only with 4 MB of payload", () => {
    // Each run: 2 reads (names; every used range) + 3 writes (names; charts and highlight rules to update;
    // one write batch). At K = 500 the "Dữ liệu" store (15,000 rows) takes the payload past 4 MB, so the
    // write is split into two requests (Excel on the web rejects requests over 5 MB): one more sync.
    expect([...syncsByK.entries()]).toEqual([
      [1, [5, 5]],
      [10, [5, 5]],
      [500, [6, 6]],
    ]);
  });

  it("reads a TCVN3 sheet's fonts among 500 in one more sync, and still stays within 8", async () => {
    const old = buildForm(sampleCounts(), {
      sheetName: "Xã cũ",
      unit: "Xã Thượng Lâm",
      unitCode: "TL",
      year: 2024,
    }).sheet;
    const twinBook = workbookWith(499);
    addRawSheet(twinBook, old);
    await runPipeline(twinBook, ALL_CAPS, memoryOwnershipStore(), "2024-12-01T08:00:00.000Z");
    const fake = workbookWith(499);
    addTcvn3Sheet(fake, old);
    const { result } = await runPipeline(fake, ALL_CAPS, memoryOwnershipStore(), "2024-12-01T08:00:00.000Z");
    expect(fake.syncCount).toBe(twinBook.syncCount + 1);
    expect(fake.syncCount).toBeLessThanOrEqual(8);
    expect(fake.calls.filter((c) => c === "getCellProperties")).toHaveLength(1);
    const legacy = result.submissions.find((s) => s.sheet === "Xã cũ");
    expect(legacy?.unitName).toBe("Xã Thượng Lâm");
    expect(legacy?.issues.find((i) => i.code === "legacy-encoding-converted")?.params.after).toBe(
      "ĐẢNG BỘ HUYỆN NA HANG",
    );
    const twin = result.submissions.find((s) => s.sheet === "Xã 1");
    expect(legacy?.entries.map((e) => [e.field, e.level, e.type, e.new, e.cumulative])).toEqual(
      twin?.entries.map((e) => [e.field, e.level, e.type, e.new, e.cumulative]),
    );
  }, 120_000);

  it("is idempotent end to end: a second run leaves the same workbook", async () => {
    const fake = workbookWith(3, 1);
    const ownership = memoryOwnershipStore();
    await runPipeline(fake, ALL_CAPS, ownership, "2024-12-01T08:00:00.000Z");
    const once = JSON.stringify(fake.snapshot());
    const second = await runPipeline(fake, ALL_CAPS, ownership, "2024-12-01T08:00:00.000Z");
    expect(JSON.stringify(fake.snapshot())).toBe(once);
    expect(second.store.every((r) => r.status === "active")).toBe(true);
  });

  it("keeps the superseded rows in the workbook store when a corrected sheet is imported", async () => {
    const fake = workbookWith(2);
    const ownership = memoryOwnershipStore();
    await runPipeline(fake, ALL_CAPS, ownership, "2024-12-01T08:00:00.000Z");
    // The officer pastes the unit's corrected report over its sheet.
    fake.sheets = fake.sheets.filter((s) => s.name !== "Xã 1");
    addRawSheet(
      fake,
      buildForm(withCount(sampleCounts(), "kinh-te", "xa", "tap-the", "new", 9), {
        sheetName: "Xã 1",
        unit: "Xã Số 1",
        unitCode: "X1",
        year: 2024,
      }).sheet,
    );
    const { store } = await runPipeline(fake, ALL_CAPS, ownership, "2024-12-05T08:00:00.000Z");
    const superseded = store.filter((r) => r.status === "superseded");
    expect(superseded.length).toBeGreaterThan(0);
    expect(new Set(superseded.map((r) => `${r.unitName}|${r.supersededAt}`))).toEqual(
      new Set(["Xã Số 1|2024-12-05T08:00:00.000Z"]),
    );
    const reread = parseStoreSheet({ name: "Dữ liệu", rows: fake.sheet("Dữ liệu").grid() as RawSheet["rows"] });
    expect(reread.rows).toEqual(store);
  });

  it("keeps rows the officer typed into Dữ liệu that the store cannot read", async () => {
    const fake = workbookWith(1);
    const ownership = memoryOwnershipStore();
    await runPipeline(fake, ALL_CAPS, ownership, "2024-12-01T08:00:00.000Z");
    const data = fake.sheet("Dữ liệu");
    const last = data.usedBox(true)?.bottom ?? 0;
    data.at(last + 1, 0).value = "Ghi chú: xã gửi bản giấy ngày 3/12";
    const { store } = await runPipeline(fake, ALL_CAPS, ownership, "2024-12-02T08:00:00.000Z");
    const grid = fake.sheet("Dữ liệu").grid();
    expect(grid[grid.length - 1]?.[0]).toBe("Ghi chú: xã gửi bản giấy ngày 3/12");
    expect(store).toHaveLength(30);
  });

  it("learns a label the officer adds to Danh mục on the next run", async () => {
    const fake = new FakeExcel();
    addRawSheet(
      fake,
      buildForm(sampleCounts(), {
        sheetName: "Xã 1",
        unit: "Xã Số 1",
        unitCode: "X1",
        year: 2024,
        fieldLabels: { khac: "Môi trường xanh" },
      }).sheet,
    );
    const ownership = memoryOwnershipStore();
    const first = await runPipeline(fake, ALL_CAPS, ownership, "2024-12-01T08:00:00.000Z");
    expect(first.result.submissions[0]?.issues.map((i) => i.code)).toContain("unknown-field");
    const aliases = fake.sheet("Danh mục");
    aliases.at(1, 0).value = "Lĩnh vực";
    aliases.at(1, 1).value = "Môi trường xanh";
    aliases.at(1, 2).value = "Lĩnh vực khác";
    const second = await runPipeline(fake, ALL_CAPS, ownership, "2024-12-02T08:00:00.000Z");
    expect(second.result.submissions[0]?.issues.map((i) => i.code)).not.toContain("unknown-field");
    expect(fake.sheet("Danh mục").grid()[1]?.slice(0, 3)).toEqual(["Lĩnh vực", "Môi trường xanh", "Lĩnh vực khác"]);
  });

  it("highlights problem cells with removable rules and never changes the officer's own formatting", async () => {
    const fake = workbookWith(2, 0);
    const officer = fake.sheet("Xã 1");
    for (const cell of officer.cells.values()) {
      cell.fill = "#00FF00";
      cell.font = { bold: true, color: "#123456" };
    }
    officer.cfs.push({
      id: 999,
      type: "Custom",
      range: { top: 0, left: 0, bottom: 50, right: 50 },
      formula: "=A1>5",
      fill: "#0000FF",
      fontColor: null,
    });
    const formatting = () => [...officer.cells.values()].map((c) => [c.fill, c.font]);
    const before = JSON.stringify(formatting());
    const ownership = memoryOwnershipStore();
    const first = await runPipeline(fake, ALL_CAPS, ownership, "2024-12-01T08:00:00.000Z");
    expect(first.written.highlighted).toBeGreaterThan(0);
    const ours = () => officer.cfs.filter((cf) => cf.formula?.includes('"dvk-'));
    expect(ours().map((cf) => cf.fill)).toContain("#FFC7CE");
    const count = ours().length;
    await runPipeline(fake, ALL_CAPS, ownership, "2024-12-01T08:00:00.000Z");
    expect(ours()).toHaveLength(count);
    expect(officer.cfs.filter((cf) => cf.formula === "=A1>5")).toHaveLength(1);
    expect(JSON.stringify(formatting())).toBe(before);
    expect(ownership.read().highlightSheets).toEqual(["Xã 1"]);
  });

  it("below ExcelApi 1.6 makes no conditional-format call and lists problems only on Kiểm tra", async () => {
    const fake = workbookWith(2, 0);
    const { written } = await runPipeline(fake, MIN_CAPS, memoryOwnershipStore(), "2024-12-01T08:00:00.000Z");
    expect(fake.calls.filter((c) => c.startsWith("conditionalFormats"))).toEqual([]);
    expect(written.highlighted).toBe(0);
    expect(fake.sheet("Xã 1").cfs).toEqual([]);
    expect(fake.syncCount).toBeLessThanOrEqual(8);
  });
});
