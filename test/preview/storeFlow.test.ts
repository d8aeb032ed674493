import { describe, expect, it } from "@jest/globals";
import { defaultOptions } from "../../src/core/options";
import { parseStoreSheet } from "../../src/core/store/parseStoreSheet";
import type { RawSheet, RawWorkbook, RunOptions } from "../../src/core/types";
import { validateWorkbook } from "../../src/core/validate/validateWorkbook";
import type { ParseClient } from "../../src/io/browser/parseClient";
import { MemoryWorkbook } from "../../src/preview/memoryWorkbookPort";
import { App, type FileInput } from "../../src/taskpane/app";
import { createTranslator } from "../../src/taskpane/i18n";
import type { PortSnapshot } from "../../src/taskpane/workbookPort";
import { buildForm, sampleCounts, withCount } from "../core/_fixtures/buildForm";

/** Files by name; the parser validates them with the options it is given (so aliases count), like the worker. */
function parserOf(files: Map<string, RawWorkbook>): ParseClient {
  return {
    parse: async (_bytes: Uint8Array, source: string, options: RunOptions, order: number, keep = false) => {
      const workbook = files.get(source) ?? { source, sheets: [] };
      return { result: validateWorkbook(workbook, options, order), workbook: keep ? workbook : null };
    },
  } as unknown as ParseClient;
}

const input = (name: string): FileInput => ({
  name,
  size: 1,
  read: async (progress) => (progress(1), new Uint8Array([1])),
});

function form(
  source: string,
  unit: string,
  code: string,
  kinhTeNew = 2,
  extra: Parameters<typeof buildForm>[1] = {},
): RawWorkbook {
  const counts = withCount(sampleCounts(), "kinh-te", "xa", "tap-the", "new", kinhTeNew);
  return {
    source,
    sheets: [buildForm(counts, { sheetName: "2024", unit, unitCode: code, year: 2024, ...extra }).sheet],
  };
}

function session(port: MemoryWorkbook, files: Map<string, RawWorkbook>, now: string): App {
  return new App({
    t: createTranslator("vi"),
    lang: "vi",
    port,
    parser: parserOf(files),
    store: null,
    options: defaultOptions(2025),
    now: () => now,
  });
}

/** The "Dữ liệu" sheet of the memory workbook, read back as the store. */
function storeOf(port: MemoryWorkbook) {
  const sheet = port.sheets.find((s) => s.id === "output:du-lieu");
  if (!sheet || sheet.kind !== "output") throw new Error("no Dữ liệu");
  return parseStoreSheet({
    name: sheet.name,
    rows: sheet.model.rows.map((row) => row.map((c) => (c === null ? null : c.v))) as RawSheet["rows"],
  }).rows;
}

const kinhTeNew = (app: App) =>
  app.state.consolidation?.totals.filter((t) => t.field === "kinh-te").reduce((n, t) => n + (t.new ?? 0), 0);

describe("the pane's store flow on the in-memory workbook", () => {
  it("keeps A's rows as superseded, with the time, when the corrected A' is imported in a later session", async () => {
    const port = new MemoryWorkbook();
    const first = session(
      port,
      new Map([["xa-a.xlsx", form("xa-a.xlsx", "Xã A", "A01", 2)]]),
      "2024-12-01T08:00:00.000Z",
    );
    await first.importFiles([input("xa-a.xlsx")]);
    await first.writeReport();
    const once = storeOf(port);
    expect(once.length).toBeGreaterThan(0);
    expect(once.every((r) => r.status === "active" && r.importedAt === "2024-12-01T08:00:00.000Z")).toBe(true);

    const second = session(
      port,
      new Map([["xa-a-sua.xlsx", form("xa-a-sua.xlsx", "Xã A", "A01", 9)]]),
      "2024-12-05T09:30:00.000Z",
    );
    await second.importFiles([input("xa-a-sua.xlsx")]);
    await second.writeReport();
    const store = storeOf(port);
    const superseded = store.filter((r) => r.status === "superseded");
    expect(superseded).toHaveLength(once.length);
    expect(new Set(superseded.map((r) => `${r.source}|${r.supersededAt}`))).toEqual(
      new Set(["xa-a.xlsx|2024-12-05T09:30:00.000Z"]),
    );
    expect(new Set(store.filter((r) => r.status === "active").map((r) => r.source))).toEqual(
      new Set(["xa-a-sua.xlsx"]),
    );
    // The corrected numbers count, once: the stored A is superseded, not added.
    expect(kinhTeNew(second)).toBe(kinhTeNew(first)! + 7);
    expect(second.state.consolidation?.submissions.map((s) => [s.source, s.status])).toEqual([
      ["xa-a-sua.xlsx", "accepted"],
      ["xa-a.xlsx", "superseded"],
    ]);
  });

  it("writes the same sheets when the same run is written twice", async () => {
    const port = new MemoryWorkbook();
    const files = new Map([
      ["xa-a.xlsx", form("xa-a.xlsx", "Xã A", "A01")],
      ["xa-b.xlsx", form("xa-b.xlsx", "Xã B", "B01")],
    ]);
    const app = session(port, files, "2024-12-01T08:00:00.000Z");
    await app.importFiles([input("xa-a.xlsx"), input("xa-b.xlsx")]);
    await app.writeReport();
    const once = JSON.stringify(port.sheets);
    await app.writeReport();
    expect(JSON.stringify(port.sheets)).toBe(once);
    // A new session reading the same files at a later time changes nothing either.
    const again = session(port, files, "2024-12-09T08:00:00.000Z");
    await again.importFiles([input("xa-a.xlsx"), input("xa-b.xlsx")]);
    await again.writeReport();
    expect(JSON.stringify(port.sheets)).toBe(once);
    expect(port.sheets.map((s) => s.name)).toContain("Danh mục");
  });

  it("counts units imported in earlier sessions from the store", async () => {
    const port = new MemoryWorkbook();
    const first = session(port, new Map([["xa-a.xlsx", form("xa-a.xlsx", "Xã A", "A01")]]), "2024-12-01T08:00:00.000Z");
    await first.importFiles([input("xa-a.xlsx")]);
    await first.writeReport();
    const second = session(
      port,
      new Map([["xa-b.xlsx", form("xa-b.xlsx", "Xã B", "B01")]]),
      "2024-12-02T08:00:00.000Z",
    );
    await second.openWorkbook();
    expect(second.state.consolidation?.submissions.map((s) => s.unitName)).toEqual(["Xã A"]);
    await second.importFiles([input("xa-b.xlsx")]);
    expect(second.state.consolidation?.submissions.map((s) => [s.unitName, s.status])).toEqual([
      ["Xã B", "accepted"],
      ["Xã A", "accepted"],
    ]);
  });

  it("uses a 'Đơn vị' sheet of the workbook as the units registry, not as a submission", async () => {
    const port = new MemoryWorkbook();
    const registry: RawSheet = {
      name: "Đơn vị",
      rows: [
        ["Mã", "Tên đơn vị", "Loại", "Hiệu lực từ", "Hiệu lực đến", "Đơn vị kế thừa"],
        ["A01", "Xã A", "xã", null, "30/06/2025", "M01"],
        ["M01", "Xã Mới", "xã", "01/07/2025", null, null],
      ],
    };
    port.seed({ source: "so.xlsx", sheets: [registry, form("so.xlsx", "Xã A", "A01").sheets[0]!] });
    const app = session(port, new Map([["xa-a.xlsx", form("xa-a.xlsx", "Xã A", "A01")]]), "2024-12-01T08:00:00.000Z");
    await app.importFiles([input("xa-a.xlsx")]);
    await app.readOwnWorkbook();
    expect(app.state.units?.map((u) => u.code)).toEqual(["A01", "M01"]);
    expect(app.state.workbookResult?.submissions.map((s) => s.sheet)).toEqual(["2024"]);
    expect(app.state.consolidation?.issues.filter((i) => i.sheet === "Đơn vị")).toEqual([]);
    expect(app.state.consolidation?.units.find((u) => u.code === "A01")?.successors).toEqual(["M01"]);
  });

  it("lists sheets too large to read as a lasting note", async () => {
    const port = new MemoryWorkbook();
    const readSnapshot = port.readSnapshot.bind(port);
    port.readSnapshot = async (): Promise<PortSnapshot> => ({ ...(await readSnapshot()), tooLarge: ["Nhật ký"] });
    const app = session(port, new Map(), "2024-12-01T08:00:00.000Z");
    await app.readOwnWorkbook();
    expect(app.state.notices).toEqual([expect.stringContaining('"Nhật ký" quá lớn')]);
  });
});

describe("one-confirmation aliases", () => {
  it("adds the suggested alias to Danh mục, validates again, and later files use it", async () => {
    const port = new MemoryWorkbook();
    const odd = (source: string, unit: string, code: string) =>
      form(source, unit, code, 2, { fieldLabels: { khac: "Môi trường xanh" } });
    const files = new Map([
      ["xa-a.xlsx", odd("xa-a.xlsx", "Xã A", "A01")],
      ["xa-b.xlsx", odd("xa-b.xlsx", "Xã B", "B01")],
    ]);
    const app = session(port, files, "2024-12-01T08:00:00.000Z");
    await app.importFiles([input("xa-a.xlsx")]);
    const issue = app.state.consolidation?.issues.find((i) => i.code === "unknown-field");
    expect(issue?.params["label"]).toBe("Môi trường xanh");
    await app.confirmAlias(issue!);
    const aliasSheet = port.sheets.find((s) => s.id === "output:danh-muc");
    const rows = aliasSheet?.kind === "output" ? aliasSheet.model.rows.map((r) => r.map((c) => c?.v ?? null)) : [];
    expect(rows.some((r) => r[1] === "Môi trường xanh" && r[2] === issue?.params["suggestion"])).toBe(true);
    expect(app.state.consolidation?.issues.map((i) => i.code)).not.toContain("unknown-field");
    expect(app.state.message?.text).toContain("Danh mục");
    // The alias write did not take the officer away from the sheet they were on.
    expect(port.active).not.toBe("output:danh-muc");
    await app.importFiles([input("xa-b.xlsx")]);
    expect(app.state.consolidation?.issues.map((i) => i.code)).not.toContain("unknown-field");
    // A new session reads the alias back from the workbook.
    const later = session(port, files, "2024-12-02T08:00:00.000Z");
    await later.importFiles([input("xa-b.xlsx")]);
    expect(later.state.consolidation?.issues.map((i) => i.code)).not.toContain("unknown-field");
  });
});

describe("Chuyển mã sang Unicode in the preview", () => {
  it("shows what would change in the selected range and writes only after confirmation", async () => {
    const port = new MemoryWorkbook();
    port.seed({
      source: "so.xlsx",
      sheets: [
        {
          name: "Cũ",
          rows: [
            ["Céng hßa x· héi chñ nghÜa ViÖt Nam", 12],
            ["Xã Tân Hòa", "ViÖt Nam"],
          ],
        },
      ],
    });
    port.activate(port.sheets[0]!.id);
    port.select("A1:B1");
    const app = session(port, new Map(), "2024-12-01T08:00:00.000Z");
    await app.previewConversion();
    expect(app.state.conversion?.changes).toEqual([
      { address: "A1", before: "Céng hßa x· héi chñ nghÜa ViÖt Nam", after: "Cộng hòa xã hội chủ nghĩa Việt Nam" },
    ]);
    const raw = () => (port.sheets[0]?.kind === "source" ? (port.sheets[0].raw?.rows ?? []) : []);
    expect(raw()[0]?.[0]).toBe("Céng hßa x· héi chñ nghÜa ViÖt Nam");
    app.cancelConversion();
    expect(app.state.conversion).toBeNull();
    await app.previewConversion();
    await app.applyConversion();
    expect(raw()).toEqual([
      ["Cộng hòa xã hội chủ nghĩa Việt Nam", 12],
      ["Xã Tân Hòa", "ViÖt Nam"],
    ]);
    expect(app.state.message?.text).toBe("Đã chuyển mã 1 ô sang Unicode.");
  });

  it("converts the whole sheet when nothing is selected and skips a cell edited after the preview", async () => {
    const port = new MemoryWorkbook();
    port.seed({ source: "so.xlsx", sheets: [{ name: "Cũ", rows: [["ViÖt Nam"], ["Céng hßa"]] }] });
    port.activate(port.sheets[0]!.id);
    const preview = await port.previewConversion();
    expect(preview.changes.map((c) => c.address)).toEqual(["A1", "A2"]);
    port.seed({ source: "so.xlsx", sheets: [{ name: "Cũ", rows: [["ViÖt Nam"], ["đã sửa tay"]] }] });
    expect(await port.applyConversion(preview)).toEqual({ written: 1, skipped: ["A2"] });
  });
});

describe("inserting charts", () => {
  it("writes the store too, so Dữ liệu keeps the units imported in earlier sessions", async () => {
    const port = new MemoryWorkbook();
    const first = session(port, new Map([["xa-a.xlsx", form("xa-a.xlsx", "Xã A", "A01")]]), "2024-12-01T08:00:00.000Z");
    await first.importFiles([input("xa-a.xlsx")]);
    await first.writeReport();
    port.sheets = port.sheets.filter((s) => s.id !== "output:xu-huong");
    const second = session(
      port,
      new Map([["xa-b.xlsx", form("xa-b.xlsx", "Xã B", "B01")]]),
      "2024-12-02T08:00:00.000Z",
    );
    await second.importFiles([input("xa-b.xlsx")]);
    await second.insertCharts();
    expect(new Set(storeOf(port).map((r) => `${r.unitName}|${r.importedAt}`))).toEqual(
      new Set(["Xã A|2024-12-01T08:00:00.000Z", "Xã B|2024-12-02T08:00:00.000Z"]),
    );
  });
});
