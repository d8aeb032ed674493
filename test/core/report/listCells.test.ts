import { describe, expect, it } from "@jest/globals";
import { composeLook, listCells, PALETTE, resolveCellContent, type SheetModel } from "../../../src/core";

const SHEET: SheetModel = {
  key: "kiem-tra",
  name: "Kiểm tra",
  rows: [
    [{ v: "=1+1" }, { v: 3, f: "SUM(A2:A3)", fmt: "#,##0" }, { v: "D9", link: { sheet: "Bà 'Tư'", cell: "D9" } }],
    [{ v: 7, fmt: "#,##0" }, null, { v: "X", link: { sheet: "Không có", cell: "A1" } }],
  ],
  merges: [],
  styles: [
    { range: "A1:C1", style: "header" },
    { range: "A2:D2", style: "text" },
    { range: "A2", style: "severity-error" },
  ],
  columnWidths: [],
  countInputs: ["B2"],
  unlocked: ["A3"],
};
const target = (name: string) => (name === "Không có" ? null : name);

describe("listCells", () => {
  it("resolves every cell once: text, formula, link, value, style-only and input cells, row by row", () => {
    const cells = listCells(SHEET, target);
    expect(cells.map((c) => [c.address, c.content.kind, c.styles, c.input ?? null])).toEqual([
      ["A1", "text", ["header"], null],
      ["B1", "formula", ["header"], null],
      ["C1", "link", ["header"], null],
      ["A2", "value", ["text", "severity-error"], null],
      ["B2", "empty", ["text"], "count"],
      ["C2", "text", ["text"], null],
      ["D2", "empty", ["text"], null],
      ["A3", "empty", [], "open"],
    ]);
    expect(cells[1]).toMatchObject({ content: { formula: "SUM(A2:A3)", result: 3 }, numberFormat: "#,##0" });
    expect(cells[2]?.content).toEqual({
      kind: "link",
      sheet: "Bà 'Tư'",
      cell: "D9",
      label: "D9",
      formula: `HYPERLINK("#'Bà ''Tư'''!D9","D9")`,
    });
  });

  it("composes looks from the one palette, later runs winning, links underlined", () => {
    const [a1, , c1, a2] = listCells(SHEET, target);
    expect(a1?.look).toEqual(PALETTE.header);
    expect(c1?.look).toMatchObject({ fill: "#D9E1F2", bold: true, color: "#0563C1", underline: true });
    expect(a2?.look).toMatchObject({ fill: "#FFC7CE", color: "#9C0006", wrap: true, bold: true });
    expect(composeLook([], false)).toEqual({});
  });

  it("keeps a string as text whatever it starts with, and a link with no target as text", () => {
    expect(resolveCellContent({ v: "=1+1" }, target)).toEqual({ kind: "text", text: "=1+1" });
    expect(resolveCellContent({ v: 'Ô "D9"', link: { sheet: "S", cell: "D9" } }, target)).toMatchObject({
      formula: `HYPERLINK("#'S'!D9","Ô ""D9""")`,
    });
    expect(resolveCellContent({ v: "X", link: { sheet: "Không có", cell: "A1" } }, target)).toEqual({
      kind: "text",
      text: "X",
    });
    expect(resolveCellContent({ v: null }, target)).toEqual({ kind: "empty" });
    expect(resolveCellContent({ v: false }, target)).toEqual({ kind: "value", value: false });
  });
});
