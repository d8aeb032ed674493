import { toA1, toA1Range } from "../_lib/a1";
import { FIELDS, LEVELS, TYPES } from "../catalogue/dimensions";
import { findReformBreak } from "../catalogue/findReformBreak";
import { REFORM_DATE_TEXT } from "../catalogue/reformDate";
import { buildTrendSeries, type TrendBreakdown, type TrendCounts } from "../consolidate/buildTrendSeries";
import type { Consolidation } from "../consolidate/types";
import { SheetGrid } from "./_lib/sheetGrid";
import { writeUnitSeriesTable } from "./_lib/writeUnitSeriesTable";
import { sumMeasures } from "../consolidate/sumMeasures";
import { countCell } from "./_lib/countCell";
import { SHEET_NAMES, type ChartSpec, type SheetModel } from "../sheet/model";

type Measure = "new" | "cumulative";

/** One series table: a title, the category columns and where each reads its counts in a year's breakdown. */
interface TrendTable {
  readonly id: string;
  readonly title: string;
  readonly measure: Measure;
  readonly columns: readonly { readonly label: string; readonly pick: (b: TrendBreakdown) => TrendCounts }[];
  readonly chart?: { readonly title: string; readonly type: ChartSpec["type"] };
}

const TABLES: readonly TrendTable[] = [
  {
    id: "cumulative-by-field",
    title: "Lũy kế theo lĩnh vực",
    measure: "cumulative",
    columns: FIELDS.map((f) => ({ label: f.vi, pick: (b: TrendBreakdown) => b.byField[f.code] })),
    chart: { title: "Lũy kế mô hình, điển hình theo lĩnh vực", type: "line" },
  },
  {
    id: "new-by-field",
    title: "Mới trong năm theo lĩnh vực",
    measure: "new",
    columns: FIELDS.map((f) => ({ label: f.vi, pick: (b: TrendBreakdown) => b.byField[f.code] })),
    chart: { title: "Mô hình, điển hình mới trong năm theo lĩnh vực", type: "stacked-column" },
  },
  {
    id: "cumulative-by-level",
    title: "Lũy kế theo cấp công nhận",
    measure: "cumulative",
    columns: LEVELS.map((l) => ({ label: l.vi, pick: (b: TrendBreakdown) => b.byLevel[l.code] })),
    chart: { title: "Lũy kế theo cấp công nhận", type: "clustered-column" },
  },
  {
    id: "new-by-level",
    title: "Mới trong năm theo cấp công nhận",
    measure: "new",
    columns: LEVELS.map((l) => ({ label: l.vi, pick: (b: TrendBreakdown) => b.byLevel[l.code] })),
  },
  {
    id: "cumulative-by-type",
    title: "Lũy kế theo loại",
    measure: "cumulative",
    columns: TYPES.map((ty) => ({ label: ty.vi, pick: (b: TrendBreakdown) => b.byType[ty.code] })),
  },
  {
    id: "new-by-type",
    title: "Mới trong năm theo loại",
    measure: "new",
    columns: TYPES.map((ty) => ({ label: ty.vi, pick: (b: TrendBreakdown) => b.byType[ty.code] })),
  },
];

/** Column where charts are placed (right of the widest table). */
const CHART_COLUMN = 8;
/** Chart size in points, and the default row height used to stack charts without overlap. */
const CHART_WIDTH = 520;
const CHART_HEIGHT = 240;
const ROW_HEIGHT = 15;

/** Result of laying out the trend sheet: the sheet and the charts over its tables. */
export interface TrendSheet {
  readonly sheet: SheetModel;
  readonly charts: ChartSpec[];
}

/**
 * Describes the "Xu hướng" sheet: for every year of the run up to the last year with data (text
 * categories, blank where a year has no data) the series tables by field, by level and by type, new
 * and cumulative, each with a total column; plus the native charts over them (cumulative by field as
 * lines, new by field as stacked columns, cumulative by level). Chart sources leave out the total
 * column. When the years span 2024 and 2025 the charts mark the break of the 1/7/2025 reform after
 * 2024 (`findReformBreak`). The numbers come from `buildTrendSeries`, as the pane's charts do. Below, cumulative per unit as reported and, when the registry records mergers, re-based on
 * today's units.
 *
 * @param c - the consolidation
 * @returns the sheet model (key "xu-huong") and chart specs
 * @example
 * buildTrendSheet(c).charts[0]?.source //=> "A4:F15" for data 2016–2026
 */
export function buildTrendSheet(c: Consolidation): TrendSheet {
  const trend = buildTrendSeries(c);
  const years = trend.years.map((y) => y.year);
  const grid = new SheetGrid();
  const width = Math.max(...TABLES.map((t) => t.columns.length)) + 2;
  grid.set(0, 0, { v: "XU HƯỚNG THEO NĂM" });
  grid.merge(0, 0, 0, width - 1);
  grid.style(0, 0, 0, width - 1, "title");
  grid.set(1, 0, {
    v: "Năm chưa có báo cáo được chấp nhận, và số chưa biết (không tính là 0), để trống. “≥ N”: tổng còn thiếu số chưa biết. Lũy kế là số của từng năm, không cộng dồn qua các năm.",
  });
  grid.merge(1, 0, 1, width - 1);
  grid.style(1, 0, 1, width - 1, "note");
  const reformBreak = findReformBreak(years);
  const breakAfter = reformBreak === undefined ? undefined : String(reformBreak);
  const charts: ChartSpec[] = [];
  let row = 2;
  let chartRow = 2;
  for (const table of TABLES) {
    const title = row;
    const header = row + 1;
    const lastColumn = table.columns.length + 1;
    grid.set(title, 0, { v: table.title });
    grid.merge(title, 0, title, lastColumn);
    grid.style(title, 0, title, lastColumn, "subtitle");
    [{ label: "Năm" }, ...table.columns, { label: "Tổng cộng" }].forEach((col, i) =>
      grid.set(header, i, { v: col.label }),
    );
    grid.style(header, 0, header, lastColumn, "header");
    trend.years.forEach(({ year, counts }, i) => {
      const r = header + 1 + i;
      grid.set(r, 0, { v: String(year) });
      const picked = counts ? table.columns.map((col) => col.pick(counts)) : [];
      picked.forEach((value, ci) => grid.set(r, ci + 1, countCell(value, table.measure, { unknown: "blank" })));
      const formula = `SUM(${toA1(r, 1)}:${toA1(r, lastColumn - 1)})`;
      grid.set(
        r,
        lastColumn,
        counts ? countCell(sumMeasures(picked), table.measure, { formula, unknown: "blank" }) : null,
      );
    });
    const lastRow = header + years.length;
    grid.style(header + 1, 0, lastRow, 0, "label");
    if (years.length > 0) grid.style(header + 1, 1, lastRow, lastColumn, "number");
    if (table.chart) {
      charts.push({
        key: `xu-huong-${table.id}`,
        sheet: "xu-huong",
        title: table.chart.title,
        type: table.chart.type,
        source: toA1Range(header, 0, lastRow, lastColumn - 1),
        anchor: toA1(Math.max(title, chartRow), CHART_COLUMN),
        width: CHART_WIDTH,
        height: CHART_HEIGHT,
        yAxisTitle: "Số mô hình, điển hình",
        ...(breakAfter ? { breakAfter } : {}),
      });
    }
    if (table.chart) chartRow = Math.max(title, chartRow) + Math.ceil(CHART_HEIGHT / ROW_HEIGHT) + 1;
    row = lastRow + 2;
  }
  row = writeUnitSeriesTable(grid, row, "Lũy kế theo đơn vị (như đã báo cáo)", years, trend.units.reported) + 1;
  if (trend.units.rebased) {
    const title = `Lũy kế theo đơn vị hiện nay (số của đơn vị đã sáp nhập cộng vào đơn vị kế thừa; từ ${REFORM_DATE_TEXT} theo đơn vị mới)`;
    writeUnitSeriesTable(grid, row, title, years, trend.units.rebased);
  }
  const columns = Math.max(width, years.length + 1);
  return {
    sheet: {
      key: "xu-huong",
      name: SHEET_NAMES["xu-huong"],
      rows: grid.rectangle(columns),
      merges: grid.merges,
      styles: grid.styles,
      columnWidths: [
        Math.max(10, ...c.units.map((u) => Math.min(40, u.name.length + 2))),
        ...Array<number>(columns - 1).fill(16),
      ],
      freeze: { rows: 0, columns: 1 },
      landscape: true,
    },
    charts,
  };
}
