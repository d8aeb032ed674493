import { describe, expect, it } from "@jest/globals";
import { buildStoreSheet } from "../../../src/core/store/buildStoreSheet";
import { mergeStore } from "../../../src/core/store/mergeStore";
import { parseStoreSheet } from "../../../src/core/store/parseStoreSheet";
import type { CellValue, RawSheet } from "../../../src/core/types";
import { makeSubmission } from "./fixtures";

function asRawSheet(model: ReturnType<typeof buildStoreSheet>): RawSheet {
  return { name: model.name, rows: model.rows.map((r) => r.map((c): CellValue => (c === null ? null : c.v))) };
}

describe("buildStoreSheet / parseStoreSheet", () => {
  it("round-trips store rows, superseded ones included", () => {
    const rows = mergeStore(
      mergeStore([], [makeSubmission({ unitCode: "001" })], "t1"),
      [makeSubmission({ unitCode: "001", source: "b.xlsx", base: 4 })],
      "t2",
    );
    const parsed = parseStoreSheet(asRawSheet(buildStoreSheet(rows)));
    expect(parsed.recognised).toBe(true);
    expect(parsed.unreadableRows).toEqual([]);
    expect(parsed.rows).toEqual(rows);
  });

  it("greys superseded rows and freezes the header", () => {
    const rows = mergeStore(
      mergeStore([], [makeSubmission()], "t1"),
      [makeSubmission({ source: "b.xlsx", base: 4 })],
      "t2",
    );
    const sheet = buildStoreSheet(rows);
    expect(sheet.styles.filter((s) => s.style === "status-superseded").map((s) => s.range)).toEqual(["A2:O2", "A3:O3"]);
    expect(sheet.freeze).toEqual({ rows: 1, columns: 0 });
  });

  it("lists rows it cannot read instead of guessing", () => {
    const sheet = asRawSheet(buildStoreSheet(mergeStore([], [makeSubmission()], "t1")));
    const edited = { ...sheet, rows: [...sheet.rows, ["2024", null, "x", "Không rõ"], [null, ""]] };
    const parsed = parseStoreSheet(edited);
    expect(parsed.rows).toHaveLength(2);
    expect(parsed.unreadableRows).toEqual([4]);
    expect(parsed.unreadableCells).toEqual([["2024", null, "x", "Không rõ"]]);
  });

  it("keeps unreadable rows through a rewrite, and reads the rewrite back the same", () => {
    const rows = mergeStore([], [makeSubmission()], "t1");
    const sheet = asRawSheet(buildStoreSheet(rows));
    const edited = { ...sheet, rows: [...sheet.rows, ["ghi chú tay", 5]] };
    const first = parseStoreSheet(edited);
    const rewritten = asRawSheet(buildStoreSheet(first.rows, first.unreadableCells));
    expect(rewritten.rows.slice(-1)).toEqual([["ghi chú tay", 5]]);
    const second = parseStoreSheet(rewritten);
    expect([second.rows, second.unreadableCells]).toEqual([rows, [["ghi chú tay", 5]]]);
  });

  it("does not recognise a sheet without the store header", () => {
    expect(parseStoreSheet({ name: "Dữ liệu", rows: [["Ghi chú của cán bộ"]] })).toEqual({
      rows: [],
      unreadableRows: [],
      unreadableCells: [],
      recognised: false,
    });
  });
});
