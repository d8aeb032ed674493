import { describe, expect, it } from "@jest/globals";
import { buildAliasSheet } from "../../../src/core/store/buildAliasSheet";
import { buildStoreSheet } from "../../../src/core/store/buildStoreSheet";
import { mergeStore } from "../../../src/core/store/mergeStore";
import { readWorkbookMemory, withWorkbookSheets } from "../../../src/core/store/workbookMemory";
import type { CellValue, RawSheet } from "../../../src/core/types";
import type { SheetModel } from "../../../src/core/sheet/model";
import { makeSubmission } from "./fixtures";

const raw = (m: SheetModel): RawSheet => ({
  name: m.name,
  rows: m.rows.map((r) => r.map((c): CellValue => (c === null ? null : c.v))),
});

describe("readWorkbookMemory / withWorkbookSheets", () => {
  const rows = mergeStore([], [makeSubmission()], "t1");
  const entries = [{ dimension: "field" as const, text: "KT", code: "kinh-te" }];

  it("reads the store and the aliases from the add-in's sheets", () => {
    const memory = readWorkbookMemory({
      "du-lieu": raw(buildStoreSheet(rows)),
      "danh-muc": raw(buildAliasSheet(entries)),
    });
    expect(memory.storeRows).toEqual(rows);
    expect(memory.aliasEntries).toEqual(entries);
    expect(Object.values(memory.aliases.field ?? {})).toEqual(["kinh-te"]);
  });

  it("replaces Dữ liệu with the store and puts Danh mục last, once", () => {
    const memory = readWorkbookMemory({});
    const other: SheetModel = { key: "tong-hop", name: "Tổng hợp", rows: [], merges: [], styles: [], columnWidths: [] };
    const oldData: SheetModel = { ...other, key: "du-lieu", name: "Dữ liệu" };
    const model = withWorkbookSheets({ sheets: [other, oldData], charts: [] }, memory, rows, entries);
    expect(model.sheets.map((s) => s.key)).toEqual(["tong-hop", "du-lieu", "danh-muc"]);
    expect(model.sheets[1]?.rows).toHaveLength(3);
    expect(withWorkbookSheets(model, memory, rows).sheets.map((s) => s.key)).toEqual([
      "tong-hop",
      "du-lieu",
      "danh-muc",
    ]);
  });
});
