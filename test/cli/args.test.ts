import { describe, expect, it } from "@jest/globals";
import { defaultOptions } from "../../src/core";
import { parseCliArgs, parseDeadline, parseYears } from "../../src/cli/args";
import { helpText } from "../../src/cli/help";
import { UsageError } from "../../src/cli/usageError";

describe("parseCliArgs", () => {
  it("reads paths and options, defaulting to the run defaults of the current year", () => {
    const args = parseCliArgs("validate", ["a.xlsx", "dir", "--lang", "en", "--json", "-"], 2026);
    expect(args).toMatchObject({ paths: ["a.xlsx", "dir"], json: "-", lang: "en", force: false, out: null });
    expect(args?.run).toEqual(defaultOptions(2026));
    expect(args?.run.years).toEqual({ from: 2016, to: 2026 });
    expect(parseCliArgs("validate", ["x"], 2031)?.run.years).toEqual({ from: 2016, to: 2031 });
  });

  it("applies --deadline and --years", () => {
    const args = parseCliArgs(
      "consolidate",
      ["x", "--deadline", "15/11", "--years", "2020-2024", "--out", "r.xlsx", "--force", "--summary"],
      2026,
    );
    expect(args?.run.deadline).toEqual({ day: 15, month: 11 });
    expect(args?.run.years).toEqual({ from: 2020, to: 2024 });
    expect(args?.run.phases).toEqual(defaultOptions(2026).phases);
    expect(args).toMatchObject({ out: "r.xlsx", force: true, summary: true });
  });

  it("returns null for --help", () => expect(parseCliArgs("validate", ["--help"], 2026)).toBeNull());

  it.each([
    [["x", "--out", "r.xlsx"], "validate has no --out"],
    [["x", "--nope"], "unknown option"],
    [[], "no path"],
    [["x", "--lang"], "missing value"],
  ])("%j is a usage error (%s)", (argv) => {
    expect(() => parseCliArgs("validate", argv, 2026)).toThrow(UsageError);
  });
});

describe("parseDeadline / parseYears", () => {
  it.each([
    ["30/10", { day: 30, month: 10 }],
    ["1/1", { day: 1, month: 1 }],
    ["29/02", { day: 29, month: 2 }],
  ])("deadline %s", (text, expected) => expect(parseDeadline(text)).toEqual(expected));

  it.each(["31/04", "0/10", "30-10", "30/13", "abc"])("rejects deadline %s", (text) =>
    expect(() => parseDeadline(text)).toThrow(UsageError),
  );

  it.each([
    ["2016-2025", { from: 2016, to: 2025 }],
    ["2023", { from: 2023, to: 2023 }],
    ["2016–2020", { from: 2016, to: 2020 }],
  ])("years %s", (text, expected) => expect(parseYears(text)).toEqual(expected));

  it.each(["2025-2016", "16-25", "x", "2016-"])("rejects years %s", (text) =>
    expect(() => parseYears(text)).toThrow(UsageError),
  );

  it("usage errors carry both languages", () => {
    try {
      parseDeadline("x");
      throw new Error("no error");
    } catch (error) {
      expect(error).toBeInstanceOf(UsageError);
      expect((error as UsageError).vi).toMatch(/không hợp lệ/);
      expect((error as UsageError).en).toMatch(/invalid/);
    }
  });
});

describe("helpText", () => {
  it("names the default year range of the year it is shown in", () => {
    expect(helpText(2026)).toContain("2016-2026");
    expect(helpText(2027)).toContain("2016-2027");
    expect(helpText(2027)).not.toContain("2016-2026");
  });
  it("says --json replaces its file and --force is for the --out report, in both languages", () => {
    expect(helpText(2026)).toMatch(
      /--json FILE\|-\s+ghi kết quả JSON vào tệp \(ghi đè tệp đã có\)[\s\S]*replacing it if it exists/,
    );
    expect(helpText(2026)).toMatch(
      /--force\s+cho phép ghi đè tệp báo cáo --out[\s\S]*overwriting an existing --out report workbook/,
    );
  });
});
