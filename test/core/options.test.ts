import { describe, expect, it } from "@jest/globals";
import { defaultOptions, defaultPhases } from "../../src/core/options";
import { validateWorkbook } from "../../src/core/validate/validateWorkbook";
import { buildForm, sampleCounts } from "./_fixtures/buildForm";

/** The year issues of a commune's report of `year`, validated with the defaults of `currentYear`. */
function yearCodes(year: number, currentYear: number): string[] {
  const form = buildForm(sampleCounts(), { year, title: null, placeDate: null, reportDate: null });
  const result = validateWorkbook({ source: "xa-thuong-lam.xlsx", sheets: [form.sheet] }, defaultOptions(currentYear));
  return (result.submissions[0]?.issues ?? []).map((i) => i.code);
}

describe("defaultOptions", () => {
  it("runs the year range from 2016 to the current year", () => {
    expect(defaultOptions(2026).years).toEqual({ from: 2016, to: 2026 });
    expect(defaultOptions(2031).years).toEqual({ from: 2016, to: 2031 });
    expect(defaultOptions(2026).deadline).toEqual({ day: 30, month: 10 });
  });

  it("accepts the current year's report and rejects only a later year or one before 2016", () => {
    expect(yearCodes(2026, 2026)).toEqual([]);
    expect(yearCodes(2016, 2026)).toEqual([]);
    expect(yearCodes(2027, 2026)).toEqual(["year-out-of-range"]);
    expect(yearCodes(2015, 2026)).toEqual(["year-out-of-range"]);
    expect(yearCodes(2027, 2027)).toEqual([]);
  });

  it("never gives a range that ends before it starts, whatever the clock says", () => {
    expect(defaultOptions(2010).years).toEqual({ from: 2016, to: 2016 });
  });
});

describe("defaultPhases", () => {
  it("lists the five-year terms up to the one holding the current year", () => {
    expect(defaultPhases(2026)).toEqual([
      { from: 2016, to: 2020 },
      { from: 2021, to: 2025 },
      { from: 2026, to: 2030 },
    ]);
    expect(defaultPhases(2025)).toEqual([
      { from: 2016, to: 2020 },
      { from: 2021, to: 2025 },
    ]);
    expect(defaultPhases(2031).at(-1)).toEqual({ from: 2031, to: 2035 });
    expect(defaultPhases(2016)).toEqual([{ from: 2016, to: 2020 }]);
  });
});
