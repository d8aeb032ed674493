import { describe, expect, it } from "@jest/globals";
import { summarizeConversions } from "../../../src/core/encoding/summarizeConversions";

describe("summarizeConversions", () => {
  it("counts the cells and keeps the first as the example", () => {
    expect(
      summarizeConversions([
        { encoding: "tcvn3", before: "Tæng", after: "Tổng" },
        { encoding: "tcvn3", before: "Míi", after: "Mới" },
      ]),
    ).toEqual({ count: 2, encoding: "TCVN3", before: "Tæng", after: "Tổng" });
  });

  it("names every encoding met, in order", () => {
    expect(
      summarizeConversions([
        { encoding: "vni", before: "Daân", after: "Dân" },
        { encoding: "tcvn3", before: "Tæng", after: "Tổng" },
        { encoding: "vni", before: "Vieät", after: "Việt" },
      ])?.encoding,
    ).toBe("VNI, TCVN3");
  });

  it("accepts display names as the encoding", () => {
    expect(summarizeConversions([{ encoding: "TCVN3", before: "a", after: "b" }])?.encoding).toBe("TCVN3");
  });

  it("returns null when nothing was converted", () => {
    expect(summarizeConversions([])).toBeNull();
  });
});
