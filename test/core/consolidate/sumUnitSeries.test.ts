import { describe, expect, it } from "@jest/globals";
import { consolidate } from "../../../src/core/consolidate/consolidate";
import { sumUnitSeries } from "../../../src/core/consolidate/sumUnitSeries";
import { buildTrendSheet } from "../../../src/core/report/buildTrendSheet";
import { valueAt } from "../report/cellAt";
import { OPTIONS, results, submission } from "./fixtures";

// Xã Một and Xã Hai merge into Xã Mới on 1/7/2025; Xã Mới's 2025 cumulative carries both histories.
const UNITS = [
  { code: "X1", name: "Xã Một", validTo: "2025-06-30", successors: ["M1"] },
  { code: "X2", name: "Xã Hai", validTo: "2025-06-30", successors: ["M1"] },
  { code: "M1", name: "Xã Mới", validFrom: "2025-07-01" },
];
const OPTS = { ...OPTIONS, years: { from: 2023, to: 2025 } };
const SUBS = [
  submission({
    source: "x1-23.xlsx",
    unitCode: "X1",
    year: 2023,
    reportDate: "2023-10-01",
    counts: [["kinh-te", "xa", "tap-the", 1, 10]],
  }),
  submission({
    source: "x1-24.xlsx",
    unitCode: "X1",
    year: 2024,
    counts: [
      ["kinh-te", "xa", "tap-the", 1, 11],
      ["khac", "tinh", "ca-nhan", 1, 1],
    ],
  }),
  submission({ source: "x2-24.xlsx", unitCode: "X2", year: 2024, counts: [["kinh-te", "xa", "tap-the", 2, 20]] }),
  submission({
    source: "m1-25.xlsx",
    unitCode: "M1",
    year: 2025,
    reportDate: "2025-10-01",
    counts: [["kinh-te", "xa", "tap-the", 3, 35]],
  }),
];
const C = consolidate(results(...SUBS), OPTS, { units: UNITS });

describe("sumUnitSeries", () => {
  it("sums each unit's year over fields, levels and types, as reported", () => {
    expect(sumUnitSeries(C, false).map((r) => [r.unitCode, r.year, r.new, r.cumulative])).toEqual([
      ["X1", 2023, 1, 10],
      ["X1", 2024, 2, 12],
      ["X2", 2024, 2, 20],
      ["M1", 2025, 3, 35],
    ]);
  });

  it("re-bases merged units on their successor", () => {
    expect(sumUnitSeries(C, true).map((r) => [r.unitCode, r.year, r.new, r.cumulative])).toEqual([
      ["M1", 2023, 1, 10],
      ["M1", 2024, 4, 32],
      ["M1", 2025, 3, 35],
    ]);
  });

  it("follows chains and stops on a cycle", () => {
    const chain = [
      { code: "A", name: "Xã A", successors: ["B"] },
      { code: "B", name: "Xã B", successors: ["A"] },
    ];
    const c = consolidate(
      results(submission({ source: "a.xlsx", unitCode: "A", counts: [["kinh-te", "xa", "tap-the", 1, 1]] })),
      OPTS,
      { units: chain },
    );
    expect(sumUnitSeries(c, true).map((r) => [r.unitCode, r.cumulative])).toEqual([["B", 1]]);
  });
});

describe("buildTrendSheet unit tables", () => {
  it("shows cumulative per unit as reported and re-based when the registry records mergers", () => {
    const s = buildTrendSheet(C).sheet;
    const column = s.rows.map((r) => r[0]?.v);
    const asReported = column.indexOf("Lũy kế theo đơn vị (như đã báo cáo)") + 1;
    expect(s.rows[asReported]?.map((c) => c?.v ?? null)).toEqual(["Đơn vị", "2023", "2024", "2025", null, null, null]);
    expect(s.rows.slice(asReported + 1, asReported + 4).map((r) => r.slice(0, 4).map((c) => c?.v ?? null))).toEqual([
      ["Xã Một", 10, 12, null],
      ["Xã Hai", null, 20, null],
      ["Xã Mới", null, null, 35],
    ]);
    const rebased = column.findIndex((v) => typeof v === "string" && v.startsWith("Lũy kế theo đơn vị hiện nay")) + 2;
    expect(s.rows[rebased]?.slice(0, 4).map((c) => c?.v)).toEqual(["Xã Mới", 10, 32, 35]);
    expect(valueAt(s, `A${rebased + 2}`)).toBeUndefined();
  });

  it("has no re-based table without mergers", () => {
    const plain = consolidate(results(...SUBS), OPTS);
    const titles = buildTrendSheet(plain).sheet.rows.map((r) => r[0]?.v);
    expect(titles).toContain("Lũy kế theo đơn vị (như đã báo cáo)");
    expect(titles.some((v) => typeof v === "string" && v.startsWith("Lũy kế theo đơn vị hiện nay"))).toBe(false);
  });
});
