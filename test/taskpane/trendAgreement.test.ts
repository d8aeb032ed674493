import { describe, expect, it } from "@jest/globals";
import { renderConsolidationSummary } from "../../src/cli/consolidateSummary";
import { FIELDS } from "../../src/core/catalogue/dimensions";
import { consolidate } from "../../src/core/consolidate/consolidate";
import { buildTrendSheet } from "../../src/core/report/buildTrendSheet";
import type { SheetModel } from "../../src/core/sheet/model";
import { buildChartConfigs } from "../../src/taskpane/charts/chartConfigs";
import { createTranslator } from "../../src/taskpane/i18n";
import { sumPhaseByField } from "../../src/taskpane/summary";
import { OPTIONS, results, submission } from "../core/consolidate/fixtures";

// Two communes over 2022–2025 (nobody reported 2023), the run going on to 2026 with no report yet.
const SUBS = [
  submission({
    source: "a22.xlsx",
    unitCode: "A",
    unitName: "Xã A",
    year: 2022,
    counts: [
      ["kinh-te", "xa", "tap-the", 3, 10],
      ["van-hoa-xa-hoi", "huyen", "ca-nhan", 1, 2],
    ],
  }),
  submission({
    source: "a24.xlsx",
    order: 1,
    unitCode: "A",
    unitName: "Xã A",
    year: 2024,
    counts: [
      ["kinh-te", "xa", "tap-the", 2, 12],
      ["khac", "tinh", "tap-the", 4, 4],
    ],
  }),
  submission({
    source: "b24.xlsx",
    order: 2,
    unitCode: "B",
    unitName: "Xã B",
    year: 2024,
    counts: [["kinh-te", "huyen", "ca-nhan", 5, 5]],
  }),
  submission({
    source: "b25.xlsx",
    order: 3,
    unitCode: "B",
    unitName: "Xã B",
    year: 2025,
    counts: [
      ["kinh-te", "xa", "ca-nhan", 1, 6],
      ["quoc-phong-an-ninh", "tinh", "tap-the", 2, 2],
    ],
  }),
];
const PHASE = { from: 2021, to: 2025 };
const OPTS = { ...OPTIONS, years: { from: 2022, to: 2026 }, phases: [PHASE] };
const C = consolidate(results(...SUBS), OPTS);
const SHEET = buildTrendSheet(C);
const CHARTS = buildChartConfigs(C, [PHASE], createTranslator("vi"), "vi");

/** The year rows of the sheet's table titled `title`: year → the category values (total column left out). */
function table(sheet: SheetModel, title: string): Map<string, (number | null)[]> {
  const top = sheet.rows.findIndex((row) => row[0]?.v === title);
  const width = (sheet.rows[top + 1] ?? []).filter((cell) => cell !== null).length - 2;
  const rows = new Map<string, (number | null)[]>();
  for (let r = top + 2; /^\d{4}$/.test(String(sheet.rows[r]?.[0]?.v)); r++) {
    const row = sheet.rows[r] ?? [];
    rows.set(
      String(row[0]?.v),
      row.slice(1, 1 + width).map((cell) => (cell === null ? null : Number(cell.v))),
    );
  }
  return rows;
}

/** A chart's values as year → one value per dataset. */
function chart(key: string): Map<string, (number | null)[]> {
  const config = CHARTS.find((c) => c.key === key)?.config;
  const labels = config?.data.labels ?? [];
  return new Map(labels.map((year, i) => [year, config?.data.datasets.map((d) => d.data[i] ?? null) ?? []]));
}

/** The sheet's rows for the years with data, the only ones the charts show. */
function withData(rows: Map<string, (number | null)[]>): Map<string, (number | null)[]> {
  return new Map([...rows].filter(([, values]) => values.some((v) => v !== null)));
}

describe("the trend sheet, the pane's charts and the summaries agree", () => {
  it("on the years: the sheet keeps 2023 blank, the charts leave it out, both stop at 2025", () => {
    const sheet = table(SHEET.sheet, "Lũy kế theo lĩnh vực");
    expect([...sheet.keys()]).toEqual(["2022", "2023", "2024", "2025"]);
    expect(sheet.get("2023")).toEqual([null, null, null, null, null]);
    expect([...chart("cumulative-by-field").keys()]).toEqual(["2022", "2024", "2025"]);
  });

  it("on cumulative and new by field, and cumulative by level and by type", () => {
    const cumulative = withData(table(SHEET.sheet, "Lũy kế theo lĩnh vực"));
    expect(cumulative.get("2024")).toEqual([17, 0, 0, 0, 4]);
    expect(chart("cumulative-by-field")).toEqual(cumulative);
    expect(chart("new-by-field")).toEqual(withData(table(SHEET.sheet, "Mới trong năm theo lĩnh vực")));
    expect(chart("by-level")).toEqual(withData(table(SHEET.sheet, "Lũy kế theo cấp công nhận")));
    expect(chart("by-type")).toEqual(withData(table(SHEET.sheet, "Lũy kế theo loại")));
  });

  it("on the phase: the pane's phase table, the phase chart and the sheet's new per year summed over the phase", () => {
    const pane = sumPhaseByField(
      C,
      PHASE,
      FIELDS.map((f) => f.code),
    ).map((r) => r.new);
    const phaseChart = CHARTS.find((c) => c.key === "phases")?.config.data.datasets[0]?.data;
    const sheetNew = [...table(SHEET.sheet, "Mới trong năm theo lĩnh vực").values()].reduce<number[]>(
      (sum, row) => sum.map((s, i) => s + (row[i] ?? 0)),
      [0, 0, 0, 0, 0],
    );
    expect(pane).toEqual([11, 1, 2, 0, 4]);
    expect(phaseChart).toEqual(pane);
    expect(sheetNew).toEqual(pane);
  });

  it("on the latest year's totals the CLI summary prints", () => {
    const text = renderConsolidationSummary(C, "vi", null);
    const printed = FIELDS.map((f) =>
      (new RegExp(`${f.vi}\\s+(\\d+) /\\s+(\\d+)`).exec(text) ?? []).slice(1).map(Number),
    );
    const latest = (title: string) => table(SHEET.sheet, title).get("2025") ?? [];
    expect(text).toContain("Tổng năm 2025");
    expect(printed).toEqual(
      FIELDS.map((_, i) => [latest("Mới trong năm theo lĩnh vực")[i], latest("Lũy kế theo lĩnh vực")[i]]),
    );
  });

  it("on the reform break: after 2024 in the sheet's charts and the pane's", () => {
    expect(SHEET.charts.map((c) => c.breakAfter)).toEqual(["2024", "2024", "2024"]);
    expect(CHARTS.filter((c) => c.key !== "phases").map((c) => c.config.options?.plugins?.reformBreak)).toEqual(
      CHARTS.filter((c) => c.key !== "phases").map(() => ({
        after: "2024",
        label: "1/7/2025: sắp xếp đơn vị hành chính",
      })),
    );
  });
});
