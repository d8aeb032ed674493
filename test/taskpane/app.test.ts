import { describe, expect, it } from "@jest/globals";
import { defaultOptions } from "../../src/core/options";
import type { ReportModel } from "../../src/core/sheet/model";
import type { RawWorkbook } from "../../src/core/types";
import type { ParseClient } from "../../src/io/browser/parseClient";
import { App, reasonOf, type FileInput } from "../../src/taskpane/app";
import { createTranslator } from "../../src/taskpane/i18n";
import { loadSettings } from "../../src/core";
import type { CellTarget, SourceReference, WorkbookPort } from "../../src/taskpane/workbookPort";
import { anIssue, submission } from "./fixtures";

/** A parser that "reads" each file into one accepted submission, or an unreadable-file issue for names starting with "bad". */
const parser = {
  parse: async (_bytes: Uint8Array, source: string, _options: unknown, order: number, keepSheets = false) =>
    source.startsWith("bad")
      ? {
          result: { source, submissions: [], issues: [anIssue(source, null, null, "unreadable-file")] },
          workbook: null,
        }
      : {
          result: { source, submissions: [submission(`${source}#2020`, { order, unitName: source })], issues: [] },
          workbook: keepSheets ? ({ source, sheets: [] } as RawWorkbook) : null,
          sheetNames: ["2020"],
        },
} as unknown as ParseClient;

function fakePort(): WorkbookPort & {
  written: { model: ReportModel; issues: number }[];
  kept: string[];
  goneTo: CellTarget[];
} {
  const port = {
    kind: "memory" as const,
    workbookName: "Sổ",
    written: [] as { model: ReportModel; issues: number }[],
    kept: [] as string[],
    goneTo: [] as CellTarget[],
    readSnapshot: async () => ({ workbook: { source: "Sổ", sheets: [] } as RawWorkbook, owned: {}, tooLarge: [] }),
    previewConversion: async () => ({ sheet: "Sổ", range: "A1", changes: [] }),
    applyConversion: async () => ({ written: 0, skipped: [] }),
    keepSourceReference: (ref: SourceReference) => void port.kept.push(ref.source),
    writeReport: async (model: ReportModel, issues: readonly unknown[] = []) => {
      port.written.push({ model, issues: issues.length });
      return { sheets: model.sheets.map((s) => s.name), notes: [] };
    },
    goToCell: async (target: CellTarget) => {
      port.goneTo.push(target);
      return target.source === "Sổ";
    },
    insertCharts: async (model: ReportModel) => model.charts.length,
    insertTemplate: async () => "Mẫu 01-DVK",
  };
  return port;
}

const input = (name: string): FileInput => ({
  name,
  size: 3,
  read: async (progress) => (progress(1), new Uint8Array([1, 2, 3])),
});
const makeApp = (port = fakePort()) => ({
  app: new App({ t: createTranslator("vi"), lang: "vi", port, parser, store: null, options: defaultOptions(2026) }),
  port,
});

describe("App", () => {
  it("reads every file, marks unreadable ones failed, and consolidates", async () => {
    const { app, port } = makeApp();
    await app.importFiles([input("a.xlsx"), input("bad.xlsx"), input("b.xlsx")]);
    expect(app.state.files.map((f) => [f.name, f.state, f.progress])).toEqual([
      ["a.xlsx", "done", 1],
      ["bad.xlsx", "failed", 1],
      ["b.xlsx", "done", 1],
    ]);
    expect(app.state.consolidation?.submissions.map((s) => s.id)).toEqual(["a.xlsx#2020", "b.xlsx#2020"]);
    expect(app.state.model?.sheets.length).toBeGreaterThan(0);
    expect(port.kept).toEqual(["a.xlsx", "b.xlsx"]);
    expect(app.state.message?.text).toBe("Đã đọc 3/3 tệp");
  });
  it("writes the report with the run's issues (for highlights) and says which sheets", async () => {
    const { app, port } = makeApp();
    await app.importFiles([input("a.xlsx"), input("bad.xlsx")]);
    await app.writeReport();
    expect(port.written).toHaveLength(1);
    expect(port.written[0]?.issues).toBe(1);
    expect(app.state.message?.kind).toBe("success");
    expect(app.state.message?.text).toMatch(/^Đã ghi \d+ trang: Tổng hợp/);
  });
  it("says where a cell of a picked file is when the workbook cannot show it", async () => {
    const { app } = makeApp();
    await app.goTo(anIssue("a.xlsx", "2020", "D9"));
    expect(app.state.message).toEqual({
      kind: "error",
      text: 'Ô D9 nằm ở trang "2020" của tệp a.xlsx (tệp đã chọn, không nằm trong sổ này): mở tệp đó để sửa.',
    });
  });
  it("shows a failure of the workbook as a message, never a stack", async () => {
    const port = fakePort();
    port.writeReport = async () => {
      throw new Error("RichApi.Error: The request payload size has exceeded the limit.\n    at stack line");
    };
    const { app } = makeApp(port);
    await app.importFiles([input("a.xlsx")]);
    await app.writeReport();
    expect(app.state.message?.text).toBe(
      "Không thực hiện được: RichApi.Error: The request payload size has exceeded the limit. Thử lại; nếu vẫn lỗi, hãy đóng và mở lại tiện ích.",
    );
    expect(app.state.busy).toBe(false);
  });
  it("refuses to write before anything was consolidated", async () => {
    const { app, port } = makeApp();
    await app.writeReport();
    expect(port.written).toEqual([]);
    expect(app.state.message?.text).toBe("Chưa có báo cáo được nhận để tổng hợp.");
  });
});

describe("reasonOf", () => {
  it("inserts the template for the current year's report, from its clock", async () => {
    const requests: unknown[] = [];
    const port = { ...fakePort(), insertTemplate: async (request: unknown) => (requests.push(request), "Mẫu 01-DVK") };
    const app = new App({
      t: createTranslator("vi"),
      lang: "vi",
      port,
      parser,
      store: null,
      options: defaultOptions(2026),
      now: () => "2026-12-03T09:00:00.000Z",
    });
    await app.insertTemplate();
    expect(requests).toEqual([{ year: 2026 }]);
  });

  it("saves settings relative to the current year's defaults, so a range ending this year follows the calendar", () => {
    const data = new Map<string, string>();
    const store = {
      getItem: (k: string) => data.get(k) ?? null,
      setItem: (k: string, v: string) => void data.set(k, v),
    };
    const app = new App({
      t: createTranslator("vi"),
      lang: "vi",
      port: fakePort(),
      parser,
      store,
      options: defaultOptions(2026),
      now: () => "2026-12-03T09:00:00.000Z",
    });
    app.setOptions({ ...defaultOptions(2026), deadline: { day: 15, month: 11 } });
    expect(loadSettings(store, 2027)).toEqual({ ...defaultOptions(2027), deadline: { day: 15, month: 11 } });
  });

  it("keeps only the first line of an error message", () => {
    expect(reasonOf(new Error("a.\nb"))).toBe("a");
    expect(reasonOf("x")).toBe("x");
  });
});
