/**
 * Chart.js configurations of the "Biểu đồ" tab as data, built from a consolidation. Pure: no Chart.js runtime here
 * (only its types), so this module is tested as data and stays out of the lazy chart chunk's registration.
 */
import {
  buildTrendSeries,
  type Consolidation,
  FIELDS,
  labelOf,
  type Lang,
  LEVELS,
  REFORM_DATE_TEXT,
  type TrendBreakdown,
  type TrendCounts,
  type TrendSeries,
  TYPES,
  unitYearKey,
} from "../../core";
import type { ChartConfiguration, TooltipItem } from "chart.js";
import type { Translate } from "../i18n";
import { reformBreakFor } from "./reformBreak";

/** Colours per field / level / type (Fluent 2 data-visualisation hues, readable on light and dark). */
export const FIELD_COLOURS: Readonly<Record<string, string>> = {
  "kinh-te": "#0F6CBD",
  "van-hoa-xa-hoi": "#107C10",
  "quoc-phong-an-ninh": "#C239B3",
  "xay-dung-he-thong-chinh-tri": "#CA5010",
  khac: "#8A8886",
};
const LEVEL_COLOURS = ["#4F6BED", "#0099BC", "#8764B8"];
const TYPE_COLOURS = ["#0F6CBD", "#E3008C"];
const PHASE_COLOURS = ["#5C2E91", "#038387", "#CA5010", "#4F6BED"];
/** Colours of the per-unit lines (cycled). */
const UNIT_COLOURS = [
  "#0F6CBD",
  "#107C10",
  "#C239B3",
  "#CA5010",
  "#038387",
  "#8764B8",
  "#986F0B",
  "#E3008C",
  "#4F6BED",
  "#8A8886",
  "#00B7C3",
  "#A4262C",
];

/** How units merged in the 1/7/2025 reform are shown: as reported, or rolled up into today's units. */
export type UnitView = "reported" | "rebased";

export interface ChartEntry {
  readonly key: "cumulative-by-field" | "new-by-field" | "by-level" | "by-type" | "by-unit" | "phases";
  readonly title: string;
  readonly config: ChartConfiguration<"line" | "bar", (number | null)[], string>;
}

/** The years of the trend that have data (charts start at the first year with data), with their counts. */
function yearsWithData(trend: TrendSeries): { year: number; counts: TrendBreakdown }[] {
  return trend.years.flatMap(({ year, counts }) => (counts ? [{ year, counts }] : []));
}

/** One measure of the counts `pick` reads, per year. */
function seriesOf(
  points: readonly { counts: TrendBreakdown }[],
  pick: (b: TrendBreakdown) => TrendCounts,
  measure: "new" | "cumulative",
): (number | null)[] {
  return points.map(({ counts }) => pick(counts)[measure]);
}

/** The reform break's plugin options for a chart over `labels`, with its label in the pane's language. */
function markFor(labels: readonly string[], t: Translate): ReturnType<typeof reformBreakFor> {
  return reformBreakFor(labels, t("reformBreak", { date: REFORM_DATE_TEXT }));
}

function numberFormat(lang: Lang): Intl.NumberFormat {
  return new Intl.NumberFormat(lang === "vi" ? "vi-VN" : "en-GB", { maximumFractionDigits: 0 });
}

function baseOptions(
  title: string,
  yTitle: string,
  lang: Lang,
  stacked: boolean,
  reformBreak?: ReturnType<typeof reformBreakFor>,
): ChartConfiguration<"line" | "bar", (number | null)[], string>["options"] {
  const format = numberFormat(lang);
  return {
    responsive: true,
    maintainAspectRatio: false,
    animation: false,
    interaction: { mode: "index", intersect: false },
    // Room above the plot for the reform break's label, so it never covers the data.
    ...(reformBreak ? { layout: { padding: { top: 14 } } } : {}),
    plugins: {
      title: { display: true, text: title },
      ...(reformBreak ? { reformBreak } : {}),
      legend: { position: "bottom", labels: { boxWidth: 10, font: { size: 11 } } },
      tooltip: {
        callbacks: {
          label: (item: TooltipItem<"line" | "bar">) =>
            `${item.dataset.label ?? ""}: ${item.parsed.y === null ? "–" : format.format(item.parsed.y)}`,
        },
      },
    },
    scales: {
      x: { stacked },
      y: {
        stacked,
        beginAtZero: true,
        title: { display: true, text: yTitle },
        ticks: { precision: 0, callback: (value: string | number) => format.format(Number(value)) },
      },
    },
  };
}

/**
 * The five trend charts of a consolidation: cumulative by field (lines), new per year by field (stacked columns),
 * cumulative by level and by type (stacked columns), and the phases compared by field (clustered columns). The
 * numbers come from `buildTrendSeries`, as the "Xu hướng" sheet's do.
 *
 * @param c - the consolidation
 * @param phases - the phases to compare
 * @param t - translator (titles)
 * @param lang - language of labels and number formats
 * @param view - units merged in the reform as reported, or rolled up into today's units
 * @returns the chart entries, in display order
 * @example
 * buildChartConfigs(c, [{ from: 2016, to: 2020 }], t, "vi")[0].config.type //=> "line"
 */
export function buildChartConfigs(
  c: Consolidation,
  phases: readonly { from: number; to: number }[],
  t: Translate,
  lang: Lang,
  view: UnitView = "reported",
): ChartEntry[] {
  const trend = buildTrendSeries(c);
  const points = yearsWithData(trend);
  const years = points.map((p) => p.year);
  const labels = years.map(String);
  const yTitle = t("models");
  // Every chart over the years marks the 1/7/2025 reform between 2024 and 2025.
  const mark = markFor(labels, t);
  const byUnit = buildUnitChart(trend.units, years, t, lang, view);
  const byField = (measure: "new" | "cumulative", line: boolean) =>
    FIELDS.map((f) => ({
      label: f[lang],
      data: seriesOf(points, (b) => b.byField[f.code], measure),
      backgroundColor: FIELD_COLOURS[f.code],
      borderColor: FIELD_COLOURS[f.code],
      ...(line ? { tension: 0.2, pointRadius: 3, fill: false, spanGaps: false } : {}),
    }));
  const phaseLabel = (p: { from: number; to: number }): string => `${p.from}–${p.to}`;
  return [
    {
      key: "cumulative-by-field",
      title: t("chartCumulativeByField"),
      config: {
        type: "line",
        data: { labels, datasets: byField("cumulative", true) },
        options: baseOptions(t("chartCumulativeByField"), yTitle, lang, false, mark),
      },
    },
    {
      key: "new-by-field",
      title: t("chartNewByField"),
      config: {
        type: "bar",
        data: { labels, datasets: byField("new", false) },
        options: baseOptions(t("chartNewByField"), yTitle, lang, true, mark),
      },
    },
    {
      key: "by-level",
      title: t("chartByLevel"),
      config: {
        type: "bar",
        data: {
          labels,
          datasets: LEVELS.map((l, i) => ({
            label: l[lang],
            data: seriesOf(points, (b) => b.byLevel[l.code], "cumulative"),
            backgroundColor: LEVEL_COLOURS[i % LEVEL_COLOURS.length],
          })),
        },
        options: baseOptions(t("chartByLevel"), yTitle, lang, true, mark),
      },
    },
    {
      key: "by-type",
      title: t("chartByType"),
      config: {
        type: "bar",
        data: {
          labels,
          datasets: TYPES.map((ty, i) => ({
            label: ty[lang],
            data: seriesOf(points, (b) => b.byType[ty.code], "cumulative"),
            backgroundColor: TYPE_COLOURS[i % TYPE_COLOURS.length],
          })),
        },
        options: baseOptions(t("chartByType"), yTitle, lang, true, mark),
      },
    },
    ...(byUnit ? [byUnit] : []),
    {
      key: "phases",
      title: t("chartPhases"),
      config: {
        type: "bar",
        data: {
          labels: FIELDS.map((f) => labelOf(FIELDS, f.code, lang)),
          datasets: phases.map((p, i) => ({
            label: phaseLabel(p),
            data: FIELDS.map((f) => {
              // A phase the consolidation does not hold shows 0 as before; an unknown count in one is a gap.
              const held = trend.phases.find((tp) => tp.from === p.from && tp.to === p.to);
              return held ? held.byField[f.code].new : 0;
            }),
            backgroundColor: PHASE_COLOURS[i % PHASE_COLOURS.length],
          })),
        },
        options: baseOptions(t("chartPhases"), yTitle, lang, false),
      },
    },
  ];
}

/**
 * Cumulative per unit over the years (lines): as reported, or re-based on today's units (each merged unit's series
 * added to its successor, so the new commune's line runs from 2016). Null when no unit has data.
 *
 * @param units - the trend's per-unit series (`buildTrendSeries(c).units`)
 * @param years - the years shown
 * @param t - translator
 * @param lang - number format language
 * @param view - as reported or re-based (as reported when the registry records no merger)
 * @returns the chart entry, or null
 * @example
 * buildUnitChart(buildTrendSeries(c).units, [2024, 2025], t, "vi", "rebased")?.config.type //=> "line"
 */
export function buildUnitChart(
  units: TrendSeries["units"],
  years: readonly number[],
  t: Translate,
  lang: Lang,
  view: UnitView,
): ChartEntry | null {
  const rows = (view === "rebased" ? units.rebased : null) ?? units.reported;
  if (rows.length === 0) return null;
  const names = new Map<string, string>();
  for (const row of rows) names.set(row.unitKey, row.unitName);
  const value = new Map(rows.map((r) => [unitYearKey(r.unitKey, r.year), r.cumulative]));
  const labels = years.map(String);
  const title = `${t("chartByUnit")} — ${t(view === "rebased" ? "trendRebased" : "trendReported")}`;
  return {
    key: "by-unit",
    title,
    config: {
      type: "line",
      data: {
        labels,
        datasets: [...names.entries()].map(([key, name], i) => ({
          label: name,
          data: years.map((y) => value.get(unitYearKey(key, y)) ?? null),
          borderColor: UNIT_COLOURS[i % UNIT_COLOURS.length],
          backgroundColor: UNIT_COLOURS[i % UNIT_COLOURS.length],
          tension: 0.2,
          pointRadius: 2,
          fill: false,
          spanGaps: false,
        })),
      },
      options: baseOptions(title, t("models"), lang, false, markFor(labels, t)),
    },
  };
}
