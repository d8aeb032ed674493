import { describe, expect, it } from "@jest/globals";
import { countValue, readCount } from "../../../src/core/parse/parseCount";
import type { CellValue } from "../../../src/core/types";

const read = (value: CellValue) => readCount(value, typeof value === "string" ? value.normalize("NFC") : "");

describe("readCount", () => {
  it("reads numbers as they are", () => {
    expect(read(12)).toEqual({ kind: "number", value: 12 });
    expect(read(7.5)).toEqual({ kind: "number", value: 7.5 });
  });

  it("reads blank cells as blank", () => {
    expect(read(null)).toEqual({ kind: "blank" });
    expect(read("   ")).toEqual({ kind: "blank" });
  });

  it.each([
    [" 7 ", 7],
    ["07", 7],
    ["1.277", 1277],
    ["1 277", 1277],
    ["12.345.678", 12345678],
    ["1\u00a0277", 1277],
    ["-3", -3],
    ["-", 0],
  ])("reads the text %p as %p and keeps the original text", (text, value) => {
    expect(read(text)).toEqual({ kind: "number", value, text });
  });

  it.each([
    ["12 mô hình", 12],
    ["03 MH", 3],
    ["5 (cá nhân)", 5],
    ["07 điển hình", 7],
    ["1.277 mô hình", 1277],
    ["12MH", 12],
    ["2 gương điển hình", 2],
    ["4 Mô Hình", 4],
  ])("reads the count with words %p as %p and keeps the text", (text, value) => {
    expect(read(text)).toEqual({ kind: "number", value, text });
  });

  it.each([
    "khoảng 5",
    "trên 10",
    "hơn 10",
    "gần 10",
    "5-6",
    "5 – 6",
    "10 trở lên",
    "5+",
    "~5",
    "5?",
    "5 mô hình 6 cá nhân",
    "12 mô hình mới",
    "(5) mô hình",
    "5 (MH",
    "12 hình mô",
    "1,5",
    "1.27",
    "1.2770",
    "1 27",
    "7.5",
    "1.277.12",
    "abc",
  ])("reads %p as not a number", (text) => {
    expect(read(text)).toEqual({ kind: "not-a-number", text: text.trim() });
  });

  it("reads booleans and dates as not a number", () => {
    expect(read(true)).toEqual({ kind: "not-a-number", text: "true" });
    expect(read(new Date(Date.UTC(2023, 0, 5)))).toEqual({ kind: "not-a-number", text: "2023-01-05" });
  });

  it("reads formula errors as objects or as text", () => {
    expect(read({ error: "#REF!" })).toEqual({ kind: "formula-error", error: "#REF!" });
    expect(read("#N/A")).toEqual({ kind: "formula-error", error: "#N/A" });
  });

  it("gives 0 for anything that is not a number", () => {
    expect(countValue(read("khoảng 12"))).toBe(0);
    expect(countValue(read(null))).toBe(0);
    expect(countValue(read("1.277"))).toBe(1277);
  });
});
