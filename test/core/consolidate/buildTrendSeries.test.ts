import { describe, expect, it } from "@jest/globals";
import { buildTrendSeries } from "../../../src/core/consolidate/buildTrendSeries";
import { consolidate } from "../../../src/core/consolidate/consolidate";
import { OPTIONS, results, submission } from "./fixtures";

// Communes A and B: A reports 2023 and 2025 (not 2024), B 2025 only; C's 2025 report is rejected.
const SUBS = [
  submission({
    source: "a23.xlsx",
    unitCode: "A",
    unitName: "Xã A",
    year: 2023,
    reportDate: "2023-10-01",
    counts: [
      ["kinh-te", "xa", "tap-the", 3, 10],
      ["van-hoa-xa-hoi", "huyen", "ca-nhan", 1, 2],
    ],
  }),
  submission({
    source: "a25.xlsx",
    order: 1,
    unitCode: "A",
    unitName: "Xã A",
    year: 2025,
    reportDate: "2025-11-02",
    counts: [["kinh-te", "xa", "tap-the", 2, 12]],
  }),
  submission({
    source: "b25.xlsx",
    order: 2,
    unitCode: "B",
    unitName: "Xã B",
    year: 2025,
    reportDate: "2025-10-30",
    counts: [["quoc-phong-an-ninh", "tinh", "ca-nhan", 1, 1]],
  }),
  submission({ source: "c25.xlsx", order: 3, unitCode: "C", unitName: "Xã C", year: 2025, status: "rejected" }),
];
const OPTS = { ...OPTIONS, years: { from: 2022, to: 2026 }, phases: [{ from: 2021, to: 2025 }] };
const trend = buildTrendSeries(consolidate(results(...SUBS), OPTS));

describe("buildTrendSeries", () => {
  it("covers the run's years up to the last year with data, null counts where a year has none", () => {
    expect(trend.years.map((y) => [y.year, y.counts?.total ?? null])).toEqual([
      [2022, null],
      [2023, { new: 4, cumulative: 12 }],
      [2024, null],
      [2025, { new: 3, cumulative: 13 }],
    ]);
  });

  it("breaks a year down by field, level and type, cumulative as that year's stock", () => {
    const y2025 = trend.years.find((y) => y.year === 2025)?.counts;
    expect([y2025?.byField["kinh-te"], y2025?.byField["quoc-phong-an-ninh"], y2025?.byField["van-hoa-xa-hoi"]]).toEqual(
      [
        { new: 2, cumulative: 12 },
        { new: 1, cumulative: 1 },
        { new: 0, cumulative: 0 },
      ],
    );
    expect([y2025?.byLevel.xa, y2025?.byLevel.tinh, y2025?.byType["ca-nhan"]]).toEqual([
      { new: 2, cumulative: 12 },
      { new: 1, cumulative: 1 },
      { new: 1, cumulative: 1 },
    ]);
  });

  it("says how complete each year is", () => {
    expect(trend.years.find((y) => y.year === 2025)?.completeness).toEqual({
      "on-time": 1,
      late: 1,
      rejected: 1,
      missing: 0,
    });
  });

  it("sums the phases by field: new over the years, cumulative of the last year with data", () => {
    expect(trend.phases.map((p) => [p.from, p.to, p.cumulativeYear, p.byField["kinh-te"]])).toEqual([
      [2021, 2025, 2025, { new: 5, cumulative: 12 }],
    ]);
  });

  it("gives every year of the run when no year has data, and no re-based units without mergers", () => {
    const empty = buildTrendSeries(consolidate([], { ...OPTS, years: { from: 2024, to: 2025 } }));
    expect(empty.years.map((y) => [y.year, y.counts])).toEqual([
      [2024, null],
      [2025, null],
    ]);
    expect(trend.units.rebased).toBeNull();
    expect(trend.units.reported.map((r) => [r.unitCode, r.year, r.cumulative])).toEqual([
      ["A", 2023, 12],
      ["A", 2025, 12],
      ["B", 2025, 1],
    ]);
  });
});
