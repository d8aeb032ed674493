import { describe, expect, it } from "@jest/globals";
import { buildChartConfigs } from "../../src/taskpane/charts/chartConfigs";
import { createTranslator } from "../../src/taskpane/i18n";
import { consolidationOf } from "./fixtures";

const t = createTranslator("vi");
const charts = buildChartConfigs(
  consolidationOf(),
  [
    { from: 2016, to: 2020 },
    { from: 2021, to: 2025 },
  ],
  t,
  "vi",
);
const byKey = (key: string) => charts.find((c) => c.key === key);

describe("buildChartConfigs", () => {
  it("returns the five charts in order with their chart types", () => {
    expect(charts.map((c) => [c.key, c.config.type])).toEqual([
      ["cumulative-by-field", "line"],
      ["new-by-field", "bar"],
      ["by-level", "bar"],
      ["by-type", "bar"],
      ["phases", "bar"],
    ]);
  });
  it("uses only the years that have totals as categories", () => {
    expect(byKey("cumulative-by-field")?.config.data.labels).toEqual(["2016", "2017"]);
  });
  it("sums cumulative over levels and types per field (6 cells each)", () => {
    const first = byKey("cumulative-by-field")?.config.data.datasets[0];
    expect([first?.label, first?.data]).toEqual(["Kinh tế", [6, 12]]);
  });
  it("stacks new per year by field", () => {
    const config = byKey("new-by-field")?.config;
    expect(config?.options?.scales?.x?.stacked).toBe(true);
    expect(config?.data.datasets.map((d) => d.data)).toEqual([
      [6, 6],
      [6, 6],
      [6, 6],
      [6, 6],
      [6, 6],
    ]);
  });
  it("splits cumulative by level (10 cells per level) and by type (15 per type)", () => {
    expect(byKey("by-level")?.config.data.datasets.map((d) => [d.label, d.data])).toEqual([
      ["Cấp xã", [10, 20]],
      ["Cấp huyện", [10, 20]],
      ["Cấp tỉnh", [10, 20]],
    ]);
    expect(byKey("by-type")?.config.data.datasets.map((d) => d.data)).toEqual([
      [15, 30],
      [15, 30],
    ]);
  });
  it("compares phases by field with new models", () => {
    expect(byKey("phases")?.config.data.datasets.map((d) => [d.label, d.data])).toEqual([
      ["2016–2020", [30, 6, 6, 6, 6]],
      ["2021–2025", [0, 0, 0, 0, 0]],
    ]);
  });
  it("formats axis numbers the Vietnamese way", () => {
    const ticks = byKey("new-by-field")?.config.options?.scales?.y?.ticks as { callback: (v: number) => string };
    expect(ticks.callback(12345)).toBe("12.345");
  });
  it("titles every chart in Vietnamese", () => {
    expect(charts.map((c) => c.title)).toContain("Lũy kế theo lĩnh vực");
  });
});
