import type { ChartSpec } from "../core";
import type { Batcher } from "./batcher";

const CHART_TYPES: Readonly<Record<ChartSpec["type"], Excel.ChartType>> = {
  line: "LineMarkers" as Excel.ChartType,
  "stacked-column": "ColumnStacked" as Excel.ChartType,
  "clustered-column": "ColumnClustered" as Excel.ChartType,
};

/**
 * Queues one native chart: when a chart named `spec.key` is already on the sheet (made by an
 * earlier run, maybe restyled or moved by the officer) its source data and titles are updated in
 * place; otherwise a chart is added, named, titled and placed. The chart reads the series table on
 * the sheet, so edits to it show in the chart. ExcelApi 1.1 members only.
 *
 * @param batcher - collects the operations
 * @param sheet - the chart sheet ("Xu hướng")
 * @param spec - the chart
 * @param existing - the sheet's charts, loaded with their names (empty for a new sheet)
 */
export function queueChart(
  batcher: Batcher,
  sheet: Excel.Worksheet,
  spec: ChartSpec,
  existing: readonly Excel.Chart[],
): void {
  const found = existing.find((chart) => chart.name === spec.key);
  batcher.add(600, () => {
    const source = sheet.getRange(spec.source);
    let chart: Excel.Chart;
    if (found) {
      chart = found;
      chart.setData(source, "Columns");
    } else {
      chart = sheet.charts.add(CHART_TYPES[spec.type], source, "Columns");
      chart.name = spec.key;
      chart.setPosition(spec.anchor);
      chart.width = spec.width;
      chart.height = spec.height;
    }
    chart.title.text = spec.title;
    if (spec.yAxisTitle) chart.axes.valueAxis.title.text = spec.yAxisTitle;
  });
}
