import { describe, expect, it } from "@jest/globals";
import type { Chart } from "chart.js";
import type { Consolidation, SeriesPoint, UnitSummary } from "../../src/core/consolidate/types";
import { buildTrendSeries } from "../../src/core/consolidate/buildTrendSeries";
import { buildChartConfigs, buildUnitChart } from "../../src/taskpane/charts/chartConfigs";
import { breakPixel, reformBreakFor, reformBreakPlugin } from "../../src/taskpane/charts/reformBreak";
import { createTranslator } from "../../src/taskpane/i18n";
import { consolidationOf, totalsFor } from "./fixtures";

const t = createTranslator("vi");
const LABEL = "1/7/2025: sắp xếp đơn vị hành chính";

describe("reformBreakFor", () => {
  it("marks the break after 2024 only when 2024 and 2025 are both shown", () => {
    expect(reformBreakFor(["2023", "2024", "2025"], LABEL)).toEqual({ after: "2024", label: LABEL });
    expect(reformBreakFor(["2023", "2024"], LABEL)).toBeUndefined();
    expect(reformBreakFor(["2024", "2026"], LABEL)).toBeUndefined();
  });
});

describe("breakPixel", () => {
  it("is halfway between the 2024 and 2025 categories", () => {
    expect(breakPixel(["2023", "2024", "2025"], "2024", (i) => 40 + i * 60)).toBe(130);
    expect(breakPixel(["2023", "2024"], "2024", (i) => i)).toBeNull();
  });
});

/** A chart as far as the plugin uses it, with a context that records what is drawn. */
function fakeChart(labels: string[], width = 400) {
  const calls: string[] = [];
  const ctx = {
    save: () => calls.push("save"),
    restore: () => calls.push("restore"),
    beginPath: () => undefined,
    moveTo: (x: number, y: number) => calls.push(`moveTo ${x},${y}`),
    lineTo: (x: number, y: number) => calls.push(`lineTo ${x},${y}`),
    stroke: () => calls.push("stroke"),
    setLineDash: (d: number[]) => calls.push(`dash ${d.join(",")}`),
    measureText: (text: string) => ({ width: text.length * 5 }),
    fillText: (text: string, x: number, y: number) => calls.push(`text ${text} @${x},${y}`),
    textAlign: "",
  };
  const chart = {
    ctx,
    data: { labels },
    chartArea: { top: 10, bottom: 200, left: 30, right: width },
    scales: { x: { getPixelForValue: (i: number) => 50 + i * 100 } },
  };
  return { chart: chart as unknown as Chart<"line" | "bar">, calls, ctx };
}

describe("reformBreakPlugin", () => {
  const draw = (chart: Chart<"line" | "bar">, options: object) =>
    (reformBreakPlugin.afterDatasetsDraw as (c: Chart<"line" | "bar">, a: unknown, o: object) => void)(
      chart,
      {},
      options,
    );

  it("draws a dashed vertical line between 2024 and 2025 with its label", () => {
    const { chart, calls, ctx } = fakeChart(["2023", "2024", "2025"], 2000);
    draw(chart, { after: "2024", label: LABEL });
    expect(calls).toEqual([
      "save",
      "dash 5,4",
      "moveTo 200,10",
      "lineTo 200,200",
      "stroke",
      "dash ",
      `text ${LABEL} @204,8`,
      "restore",
    ]);
    expect(ctx.textAlign).toBe("left");
  });
  it("puts the label left of the line when it does not fit on the right (narrow pane)", () => {
    const { chart, calls, ctx } = fakeChart(["2023", "2024", "2025"], 300);
    draw(chart, { after: "2024", label: LABEL });
    expect(ctx.textAlign).toBe("right");
    expect(calls.find((c) => c.startsWith("text"))).toBe(`text ${LABEL} @${30 + LABEL.length * 5},8`);
  });
  it("draws nothing on a chart without the option or without 2025", () => {
    const a = fakeChart(["2023", "2024", "2025"]);
    draw(a.chart, {});
    const b = fakeChart(["2023", "2024"]);
    draw(b.chart, { after: "2024", label: LABEL });
    expect([...a.calls, ...b.calls]).toEqual([]);
  });
});

/** Two communes merged into M01 on 1/7/2025: A01 and A02 report 2023–2024, M01 reports 2025. */
function merged(): Consolidation {
  const units: UnitSummary[] = [
    { key: "code:a01", code: "A01", name: "Xã A", inRegistry: true, successors: ["M01"], expectedYears: [2023, 2024] },
    { key: "code:a02", code: "A02", name: "Xã B", inRegistry: true, successors: ["M01"], expectedYears: [2023, 2024] },
    { key: "code:m01", code: "M01", name: "Xã Mới", inRegistry: true, expectedYears: [2025] },
  ];
  const point = (unitKey: string, year: number, cumulative: number): SeriesPoint => ({
    unitKey,
    year,
    field: "kinh-te",
    level: "xa",
    type: "tap-the",
    new: 1,
    cumulative,
    submissionId: `${unitKey}#${year}`,
  });
  const series = [
    point("code:a01", 2023, 3),
    point("code:a01", 2024, 4),
    point("code:a02", 2023, 5),
    point("code:a02", 2024, 6),
    point("code:m01", 2025, 12),
  ];
  return consolidationOf({ units, series, years: [2023, 2024, 2025], totals: totalsFor([2023, 2024, 2025]) });
}

describe("the per-unit trend chart", () => {
  it("as reported: the merged communes end in 2024 and the new one starts in 2025", () => {
    const chart = buildUnitChart(buildTrendSeries(merged()).units, [2023, 2024, 2025], t, "vi", "reported");
    expect(chart?.config.data.datasets.map((d) => [d.label, d.data])).toEqual([
      ["Xã A", [3, 4, null]],
      ["Xã B", [5, 6, null]],
      ["Xã Mới", [null, null, 12]],
    ]);
    expect(chart?.title).toBe("Lũy kế theo đơn vị — Theo số liệu báo cáo");
  });
  it("re-based on today's units: the merged communes' history continues under their successor", () => {
    const chart = buildUnitChart(buildTrendSeries(merged()).units, [2023, 2024, 2025], t, "vi", "rebased");
    expect(chart?.config.data.datasets.map((d) => [d.label, d.data])).toEqual([["Xã Mới", [8, 10, 12]]]);
    expect(chart?.title).toBe("Lũy kế theo đơn vị — Quy về đơn vị hiện nay");
  });
  it("is left out when no unit has data", () => {
    expect(buildUnitChart(buildTrendSeries(consolidationOf()).units, [2016, 2017], t, "vi", "reported")).toBeNull();
  });
  it("every chart over 2024–2025 carries the break; the phase comparison does not", () => {
    const charts = buildChartConfigs(merged(), [{ from: 2021, to: 2025 }], t, "vi", "rebased");
    expect(
      charts.map((c) => [
        c.key,
        (c.config.options?.plugins as { reformBreak?: unknown } | undefined)?.reformBreak ?? null,
      ]),
    ).toEqual([
      ["cumulative-by-field", { after: "2024", label: LABEL }],
      ["new-by-field", { after: "2024", label: LABEL }],
      ["by-level", { after: "2024", label: LABEL }],
      ["by-type", { after: "2024", label: LABEL }],
      ["by-unit", { after: "2024", label: LABEL }],
      ["phases", null],
    ]);
    expect(
      charts.map((c) => (c.config.options?.layout as { padding?: { top?: number } } | undefined)?.padding?.top ?? 0),
    ).toEqual([14, 14, 14, 14, 14, 0]);
  });
});
