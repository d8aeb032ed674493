import { describe, expect, it } from "@jest/globals";
import { buildTemplateSheets } from "../../../src/core/report/buildTemplateSheets";
import { validateWorkbook, defaultOptions } from "../../../src/core";

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

  it.each([2024, 2026])(
    "reads back (%i), both sheets together, as one accepted empty submission with no list mismatch",
    (year) => {
      const raw = buildTemplateSheets({ unitName: "Xã A", year }).map((s) => ({
        name: s.name,
        rows: s.rows.map((r) => r.map((c) => (c ? c.v : null))),
      }));
      const result = validateWorkbook({ source: "mau.xlsx", sheets: raw }, defaultOptions(2026));
      expect(result.submissions.map((s) => [s.sheet, s.status])).toEqual([["Mẫu 01-DVK", "accepted"]]);
      expect(result.submissions[0]!.issues.filter((i) => i.severity !== "info")).toEqual([]);
    },
  );
});
