import { describe, expect, it } from "@jest/globals";
import { toGrid } from "../../../src/core/parse/grid";
import { cleanCellText } from "../../../src/core/text/cleanCellText";

describe("cleanCellText", () => {
  it("returns NFC text", () => {
    const nfd = "Văn hóa – Xã hội".normalize("NFD");
    expect(cleanCellText(nfd)).toEqual({ text: "Văn hóa – Xã hội" });
    expect(cleanCellText(nfd).text).toHaveLength("Văn hóa – Xã hội".length);
  });

  it("leaves Unicode text in a Unicode font alone", () => {
    expect(cleanCellText("Kinh tế", "Times New Roman")).toEqual({ text: "Kinh tế" });
  });
});

describe("toGrid", () => {
  it("cleans every string once, addresses cells from the origin and spreads merged labels", () => {
    const grid = toGrid({
      name: "S",
      origin: { r: 2, c: 1 },
      rows: [
        ["Cấp xã".normalize("NFD"), null, 5],
        [" Mới ", "Lũy kế", { error: "#REF!" }],
      ],
      merges: [{ s: { r: 2, c: 1 }, e: { r: 2, c: 2 } }],
    });
    expect([grid.height, grid.width]).toEqual([2, 3]);
    expect(grid.address(0, 0)).toBe("B3");
    expect(grid.text(0, 0)).toBe("Cấp xã");
    expect(grid.text(0, 1)).toBe("");
    expect(grid.label(0, 1)).toBe("Cấp xã");
    expect(grid.text(1, 0)).toBe("Mới");
    expect(grid.text(0, 2)).toBe("");
    expect(grid.value(0, 2)).toBe(5);
    expect(grid.value(9, 9)).toBeNull();
    expect(grid.conversions).toEqual([]);
  });

  it("ignores merges outside the data and huge merged areas", () => {
    const grid = toGrid({
      name: "S",
      rows: [["a", null]],
      merges: [{ s: { r: 0, c: 0 }, e: { r: 1048575, c: 16383 } }],
    });
    expect(grid.label(0, 1)).toBe("");
  });
});
