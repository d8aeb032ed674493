import { describe, expect, it } from "@jest/globals";
import fc from "fast-check";
import { defaultOptions } from "../../../src/core/options";
import type { CellValue, RawSheet } from "../../../src/core/types";
import { validateWorkbook } from "../../../src/core/validate/validateWorkbook";
import { buildForm } from "../_fixtures/buildForm";

const WORDS = [
  "Cấp xã",
  "Cấp huyện",
  "Mô hình tập thể",
  "Điển hình cá nhân",
  "Mới trong năm",
  "Lũy kế",
  "Kinh tế",
  "VH-XH",
  "Tổng cộng",
  "Năm báo cáo:",
  "Đơn vị báo cáo:",
  "Ngày báo cáo:",
  "ngày 31 tháng 2 năm 2023",
  "DÂN VẬN KHÉO 2023",
  "1.277",
  "12 mô hình",
  "#REF!",
  "",
  " ",
];

const cell: fc.Arbitrary<CellValue> = fc.oneof(
  fc.constantFrom(...WORDS),
  fc.string({ maxLength: 12 }),
  fc.integer({ min: -5, max: 50_000 }),
  fc.double({ noNaN: false }),
  fc.constant(null),
  fc.boolean(),
  fc.date({ noInvalidDate: false }),
  fc.constantFrom({ error: "#REF!" }, { error: "#N/A" }),
);

const sheet: fc.Arbitrary<RawSheet> = fc.record({
  name: fc.string({ maxLength: 10 }),
  rows: fc.array(fc.array(cell, { maxLength: 14 }), { maxLength: 24 }),
  merges: fc.array(
    fc.record({ s: fc.record({ r: fc.nat(30), c: fc.nat(16) }), e: fc.record({ r: fc.nat(30), c: fc.nat(16) }) }),
    { maxLength: 4 },
  ),
});

describe("validateWorkbook on arbitrary grids", () => {
  it("never throws and always answers with submissions or a file-level issue", () => {
    fc.assert(
      fc.property(fc.array(sheet, { maxLength: 3 }), (sheets) => {
        const result = validateWorkbook({ source: "x.xlsx", sheets }, defaultOptions(2025));
        expect(result.submissions.length > 0 || result.issues.some((i) => i.code === "no-submission-table")).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it("never throws when cells of a real form are replaced at random", () => {
    const base = buildForm().sheet;
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(base.rows.length - 1), fc.nat(13), cell), { maxLength: 30 }), (edits) => {
        const rows = base.rows.map((row) => [...row]);
        for (const [r, c, v] of edits) rows[r]![c] = v;
        const result = validateWorkbook({ source: "x.xlsx", sheets: [{ ...base, rows }] }, defaultOptions(2025));
        for (const sub of result.submissions)
          expect(sub.status === "rejected").toBe(sub.issues.some((i) => i.severity === "error"));
      }),
      { numRuns: 300 },
    );
  });
});
