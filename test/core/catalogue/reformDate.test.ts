import { describe, expect, it } from "@jest/globals";
import { findReformBreak } from "../../../src/core/catalogue/findReformBreak";
import { REFORM_DATE_TEXT, isAfterReform } from "../../../src/core/catalogue/reformDate";
import { pickTemplateLevels } from "../../../src/core/report/pickTemplateLevels";

describe("the 1/7/2025 reform", () => {
  it("prints as 1/7/2025", () => {
    expect(REFORM_DATE_TEXT).toBe("1/7/2025");
  });

  it("lies wholly before the report years from 2026 on: the 2025 report still covers districts", () => {
    expect([2024, 2025, 2026, 2030].map(isAfterReform)).toEqual([false, false, true, true]);
    expect([2025, 2026].map((y) => pickTemplateLevels(y).map((l) => l.code))).toEqual([
      ["xa", "huyen", "tinh"],
      ["xa", "tinh"],
    ]);
  });

  it("breaks a series after 2024 only when 2024 is directly followed by 2025", () => {
    expect([
      findReformBreak([2023, 2024, 2025, 2026]),
      findReformBreak([2024]),
      findReformBreak([2024, 2026]),
      findReformBreak([2025, 2026]),
      findReformBreak([]),
    ]).toEqual([2024, undefined, undefined, undefined, undefined]);
  });
});
