import { describe, expect, it } from "@jest/globals";
import fc from "fast-check";
import { parseA1, parseA1Range, quoteSheetName, rectToA1, splitAddress, toA1, toA1Range } from "../../src/core/_lib/a1";

describe("A1 addresses", () => {
  it("round-trips every cell of the sheet grid", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1_048_575 }), fc.integer({ min: 0, max: 16_383 }), (row, col) => {
        expect(parseA1(toA1(row, col))).toEqual({ row, col });
      }),
    );
  });

  it("reads anchored and lower-case addresses, and refuses what is not an address", () => {
    expect(parseA1("$ab$12")).toEqual({ row: 11, col: 27 });
    expect(parseA1("XFD1048576")).toEqual({ row: 1_048_575, col: 16_383 });
    for (const bad of ["", "A", "12", "A0B", "ABCD1", "R1C1", "A0", "A$", "$$A1", "A12345678"])
      expect([bad, parseA1(bad)]).toEqual([bad, null]);
  });

  it("reads ranges with corners in any order, and single cells", () => {
    expect(parseA1Range("M12:B3")).toEqual({ top: 2, left: 1, bottom: 11, right: 12 });
    expect(parseA1Range("D9")).toEqual({ top: 8, left: 3, bottom: 8, right: 3 });
    expect(toA1Range(2, 1, 11, 12)).toBe("B3:M12");
    expect(parseA1Range("B3:")).toBeNull();
  });

  it("reads sheet-qualified ranges and quotes sheet names both ways", () => {
    expect(parseA1Range("'Bà ''Tư'''!B3:M12")).toEqual({ top: 2, left: 1, bottom: 11, right: 12 });
    expect(splitAddress("'Bà ''Tư'''!D9")).toEqual({ sheet: "Bà 'Tư'", range: "D9" });
    expect(splitAddress("D9")).toEqual({ sheet: null, range: "D9" });
    expect(splitAddress(`${quoteSheetName("Tổng hợp 'x'")}!A1`).sheet).toBe("Tổng hợp 'x'");
    expect(rectToA1({ top: 2, left: 1, bottom: 11, right: 12 })).toBe("B3:M12");
    expect(rectToA1({ top: 0, left: 0, bottom: 0, right: 0 })).toBe("A1");
  });
});
