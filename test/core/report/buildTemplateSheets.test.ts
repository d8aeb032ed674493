import { describe, expect, it } from "@jest/globals";
import { buildTemplateSheets } from "../../../src/core/report/buildTemplateSheets";
import { validateWorkbook, DEFAULT_OPTIONS } from "../../../src/core";

describe("buildTemplateSheets", () => {
  it("gives the counts form then the model list, pre-filled with the unit and year", () => {
    const sheets = buildTemplateSheets({ unitName: "Xã A", year: 2024 });
    expect(sheets.map((s) => [s.key, s.name])).toEqual([
      ["mau-01", "Mẫu 01-DVK"],
      ["mau-02", "Mẫu 02-DVK"],
    ]);
    const text = sheets[0]!.rows.flat().map((c) => c?.v);
    expect(text).toContain("Xã A");
    expect(text).toContain(2024);
  });

  it("reads back, both sheets together, as one accepted empty submission with no list mismatch", () => {
    const raw = buildTemplateSheets({ unitName: "Xã A", year: 2024 }).map((s) => ({ name: s.name, rows: s.rows.map((r) => r.map((c) => (c ? c.v : null))) }));
    const result = validateWorkbook({ source: "mau.xlsx", sheets: raw }, DEFAULT_OPTIONS);
    expect(result.submissions.map((s) => [s.sheet, s.status])).toEqual([["Mẫu 01-DVK", "accepted"]]);
    expect(result.submissions[0]!.issues.filter((i) => i.severity !== "info")).toEqual([]);
  });
});
