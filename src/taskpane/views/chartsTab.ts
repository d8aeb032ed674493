/**
 * "Biểu đồ": the trend charts (Chart.js, loaded lazily on first view), the completeness heatmap (a coloured HTML
 * grid), "Chèn biểu đồ vào sổ tính" (native charts through the workbook port) and "Lưu ảnh PNG".
 */
import { type CompletenessRow, type CompletenessState, type Consolidation, unitYearKey } from "../../core";
import type { Chart } from "chart.js";
import type { App } from "../app";
import { buildChartConfigs, type ChartEntry } from "../charts/chartConfigs";
import { el, replaceChildren } from "../dom";
import type { MessageKey, Translate } from "../i18n";

const STATE_KEYS: Record<CompletenessState, MessageKey> = {
  "on-time": "stateOnTime",
  late: "stateLate",
  missing: "stateMissing",
  rejected: "stateRejected",
};
const STATE_MARKS: Record<CompletenessState, string> = { "on-time": "✓", late: "!", missing: "–", rejected: "✗" };

/**
 * The completeness grid: one row per unit, one column per year, each cell coloured by state.
 *
 * @param rows - completeness rows of the consolidation
 * @param years - the run's years
 * @param t - translator
 * @returns the table
 */
export function renderHeatmap(
  rows: readonly CompletenessRow[],
  years: readonly number[],
  t: Translate,
): HTMLTableElement {
  const units = new Map<string, string>();
  for (const row of rows) units.set(row.unitCode ?? row.unitName, row.unitName);
  const stateOf = new Map(rows.map((r) => [unitYearKey(r.unitCode ?? r.unitName, r.year), r.state]));
  const head = el(
    "tr",
    {},
    el("th", { scope: "col" }, t("unit")),
    ...years.map((y) => el("th", { scope: "col" }, String(y).slice(2))),
  );
  const body = [...units.entries()].map(([key, name]) =>
    el(
      "tr",
      {},
      el("th", { scope: "row", class: "unit-name", title: name }, name),
      ...years.map((y) => {
        const state = stateOf.get(unitYearKey(key, y));
        return state
          ? el(
              "td",
              { class: `heat heat-${state}`, title: `${name} · ${y}: ${t(STATE_KEYS[state])}`, "data-state": state },
              STATE_MARKS[state],
            )
          : el("td", { class: "heat heat-none" }, "");
      }),
    ),
  );
  const legend = el(
    "caption",
    { class: "heat-legend" },
    ...(Object.keys(STATE_KEYS) as CompletenessState[]).map((s) =>
      el("span", { class: `heat-key heat-${s}` }, `${STATE_MARKS[s]} ${t(STATE_KEYS[s])}`),
    ),
  );
  return el("table", { class: "heatmap", id: "heatmap" }, legend, el("thead", {}, head), el("tbody", {}, ...body));
}

function savePng(chart: Chart, name: string): void {
  const link = el("a", { href: chart.toBase64Image("image/png", 1), download: `${name}.png` });
  document.body.appendChild(link);
  link.click();
  link.remove();
}

export function createChartsTab(app: App): {
  panel: HTMLElement;
  update: () => void;
  shown: () => void;
  hidden: () => void;
} {
  const t = app.t;
  const insert = el("button", { type: "button", class: "button primary", id: "insert-charts" }, t("insertCharts"));
  insert.addEventListener("click", () => void app.insertCharts());
  const area = el("div", { class: "charts", "aria-live": "polite" });
  // "Theo số liệu báo cáo" / "Quy về đơn vị hiện nay": shown when the registry records mergers.
  const viewButtons = (["reported", "rebased"] as const).map((view) => {
    const button = el(
      "button",
      { type: "button", class: "segment", "data-view": view, "aria-pressed": "false" },
      t(view === "rebased" ? "trendRebased" : "trendReported"),
    );
    button.addEventListener("click", () => app.setTrendView(view));
    return button;
  });
  const viewToggle = el(
    "div",
    { class: "trend-view", id: "trend-view" },
    el("div", { class: "segmented", role: "group", "aria-label": t("trendViewLabel") }, ...viewButtons),
    el("p", { class: "hint" }, t("trendViewNote")),
  );
  viewToggle.hidden = true;
  const panel = el("section", {}, el("div", { class: "actions" }, insert), viewToggle, area);
  let drawn: Consolidation | null = null;
  let drawnView: string | null = null;
  let visible = false;
  let charts: Chart[] = [];

  const draw = async (): Promise<void> => {
    const c = app.state.consolidation;
    const view = app.state.trendView;
    const mergers = c?.units.some((u) => (u.successors?.length ?? 0) > 0) ?? false;
    viewToggle.hidden = !mergers;
    for (const button of viewButtons) button.setAttribute("aria-pressed", String(button.dataset["view"] === view));
    if (!visible || (c === drawn && view === drawnView)) return;
    drawn = c;
    drawnView = view;
    for (const chart of charts) chart.destroy();
    charts = [];
    if (!c || c.totals.length === 0) {
      replaceChildren(area, el("p", { class: "empty" }, t("nothingToConsolidate")));
      return;
    }
    replaceChildren(area, el("p", { class: "loading" }, t("chartsLoading")));
    const entries: ChartEntry[] = buildChartConfigs(
      c,
      app.state.options.phases,
      t,
      app.deps.lang,
      mergers ? view : "reported",
    );
    const slots = entries.map((entry) => {
      const canvas = el("canvas", { "data-chart": entry.key, role: "img", "aria-label": entry.title });
      const png = el("button", { type: "button", class: "button subtle small", "data-png": entry.key }, t("savePng"));
      return {
        entry,
        canvas,
        png,
        figure: el(
          "figure",
          { class: "chart" },
          el("div", { class: entry.key === "by-unit" ? "chart-box tall" : "chart-box" }, canvas),
          png,
        ),
      };
    });
    const { drawCharts } = await import(/* webpackChunkName: "charts" */ "../charts/drawCharts");
    if (drawn !== c || drawnView !== view) return;
    replaceChildren(
      area,
      ...slots.map((s) => s.figure),
      el(
        "figure",
        { class: "chart" },
        el("figcaption", {}, t("chartCompleteness")),
        el("div", { class: "table-scroll" }, renderHeatmap(c.completeness, c.years, t)),
      ),
    );
    charts = drawCharts(slots);
    slots.forEach((slot, i) =>
      slot.png.addEventListener("click", () => charts[i] && savePng(charts[i] as Chart, slot.entry.key)),
    );
  };

  const fail = (error: unknown): void =>
    app.say(t("failed", { reason: error instanceof Error ? error.message : String(error) }), "error");
  return {
    panel,
    update: () => {
      insert.disabled = !app.state.model || app.state.busy;
      void draw().catch(fail);
    },
    shown: () => {
      visible = true;
      void draw().catch(fail);
    },
    // Charts are drawn only while the tab is shown (a hidden canvas has no size); changes wait for the next visit.
    hidden: () => {
      visible = false;
    },
  };
}
