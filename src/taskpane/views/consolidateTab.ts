/** "Tổng hợp": year and phase selectors, the consolidated table, and writing the report sheets. */
import { FIELDS, sumMeasures } from "../../core";
import type { App } from "../app";
import { el, replaceChildren } from "../dom";
import { formatMeasure } from "../formatMeasure";
import { sumPhaseByField } from "../summary";
import { renderSheetModel } from "./sheetTable";

export function createConsolidateTab(
  app: App,
  extraActions: readonly HTMLElement[] = [],
): { panel: HTMLElement; update: () => void } {
  const t = app.t;
  const lang = app.deps.lang;
  const year = el("select", { id: "year-select", class: "select" });
  year.addEventListener("change", () => app.setYear(year.value === "" ? null : Number(year.value)));
  const phase = el("select", { id: "phase-select", class: "select" });
  phase.addEventListener("change", () => app.setPhase(Number(phase.value)));
  const run = el("button", { type: "button", class: "button", id: "consolidate" }, t("consolidateButton"));
  run.addEventListener("click", () => app.recompute());
  const write = el("button", { type: "button", class: "button primary", id: "write-report" }, t("writeReport"));
  write.addEventListener("click", () => void app.writeReport());
  const template = el("button", { type: "button", class: "button subtle", id: "insert-template" }, t("insertTemplate"));
  template.addEventListener("click", () => void app.insertTemplate());
  const phaseTable = el("div", { class: "phase-totals" });
  const table = el("div", { class: "table-scroll", id: "consolidated-table" });
  const panel = el(
    "section",
    {},
    el("div", { class: "field-row" }, el("label", { for: "year-select" }, t("yearLabel")), year),
    el("div", { class: "field-row" }, el("label", { for: "phase-select" }, t("phaseLabel")), phase),
    el("div", { class: "actions" }, run, write, ...extraActions, template),
    phaseTable,
    table,
  );

  let optionsKey = "";
  // The tables are drawn again only when the consolidation, the model or the phase changed.
  let drawnPhase: unknown[] = [];
  let drawnModel: unknown = undefined;
  const update = (): void => {
    const { options, consolidation, model } = app.state;
    // Rebuild the selectors only when the options change, so focus and the open list survive re-renders.
    const key = JSON.stringify([options.years, options.phases]);
    if (key !== optionsKey) {
      optionsKey = key;
      replaceChildren(year, el("option", { value: "" }, t("allYears")));
      for (let y = options.years.to; y >= options.years.from; y--)
        year.appendChild(el("option", { value: String(y) }, String(y)));
      replaceChildren(phase, ...options.phases.map((p, i) => el("option", { value: String(i) }, `${p.from}–${p.to}`)));
    }
    year.value = app.state.year === null ? "" : String(app.state.year);
    phase.value = String(app.state.phaseIndex);
    write.disabled = !model || app.state.busy;

    const selectedPhase = options.phases[app.state.phaseIndex];
    const phaseKey = [consolidation, selectedPhase];
    if (phaseKey.some((k, i) => k !== drawnPhase[i])) {
      drawnPhase = phaseKey;
      renderPhase();
    }
    if (model !== drawnModel) {
      drawnModel = model;
      const sheet = model?.sheets.find((s) => s.key === "tong-hop") ?? model?.sheets[0];
      replaceChildren(
        table,
        sheet ? renderSheetModel(sheet, lang) : el("p", { class: "empty" }, t("nothingToConsolidate")),
      );
    }
  };

  const renderPhase = (): void => {
    const { options, consolidation } = app.state;
    const selectedPhase = options.phases[app.state.phaseIndex];
    if (consolidation && selectedPhase) {
      const rows = sumPhaseByField(
        consolidation,
        selectedPhase,
        FIELDS.map((f) => f.code),
      );
      const total = sumMeasures(rows);
      replaceChildren(
        phaseTable,
        el("h2", {}, `${t("phaseTotals")} ${selectedPhase.from}–${selectedPhase.to}`),
        el(
          "table",
          { class: "compact-table", id: "phase-table" },
          el(
            "tbody",
            {},
            ...rows.map((r) =>
              el(
                "tr",
                {},
                el("th", { scope: "row" }, FIELDS.find((f) => f.code === r.field)?.[lang] ?? r.field),
                el("td", {}, formatMeasure(r, "new", lang)),
              ),
            ),
            el(
              "tr",
              { class: "total" },
              el("th", { scope: "row" }, t("total")),
              el("td", {}, formatMeasure(total, "new", lang)),
            ),
          ),
        ),
      );
    } else {
      replaceChildren(phaseTable);
    }
  };
  return { panel, update };
}
