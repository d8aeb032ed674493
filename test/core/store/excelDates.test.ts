import { describe, expect, it } from "@jest/globals";
import { excelSerialToDate } from "../../../src/core/_lib/excelSerialToDate";
import { isDateNumberFormat } from "../../../src/core/_lib/isDateNumberFormat";

describe("excelSerialToDate", () => {
  it("returns the calendar day at UTC midnight", () => {
    expect(excelSerialToDate(45224)?.toISOString()).toBe("2023-10-25T00:00:00.000Z");
    expect(excelSerialToDate(45224.75)?.toISOString()).toBe("2023-10-25T00:00:00.000Z");
    expect(excelSerialToDate(1)?.toISOString()).toBe("1900-01-01T00:00:00.000Z");
    expect(excelSerialToDate(61)?.toISOString()).toBe("1900-03-01T00:00:00.000Z");
  });

  it("supports the 1904 date system", () => {
    expect(excelSerialToDate(43762, true)?.toISOString()).toBe("2023-10-25T00:00:00.000Z");
  });

  it("returns null for serials that are not dates", () => {
    expect([0, -1, 60, Number.NaN, 3e6].map((n) => excelSerialToDate(n))).toEqual([null, null, null, null, null]);
  });
});

describe("isDateNumberFormat", () => {
  it("accepts date formats", () => {
    expect(["dd/mm/yyyy", "d-m-yy", "[$-42A]dd.mm.yyyy", "mmm yyyy", "m/d/yyyy h:mm"].map(isDateNumberFormat)).toEqual([
      true,
      true,
      true,
      true,
      true,
    ]);
  });
  it("rejects numbers, text, times and quoted letters", () => {
    expect(["General", "@", "#,##0", "0.00", "h:mm:ss", '0 "ngày"', "[Red]0"].map(isDateNumberFormat)).toEqual([
      false,
      false,
      false,
      false,
      false,
      false,
      false,
    ]);
  });
});
