/** The preview's view of the in-memory workbook: sheet tabs and the active sheet as an HTML table. */
import { el, replaceChildren } from "../taskpane/dom";
import type { Translate } from "../taskpane/i18n";
import { parseA1Range, toA1Range } from "../core";
import { renderRawSheet, renderSheetModel } from "../taskpane/views/sheetTable";
import type { MemorySheet, MemoryWorkbook } from "./memoryWorkbookPort";

export function createSheetView(workbook: MemoryWorkbook, t: Translate, lang: "vi" | "en"): HTMLElement {
  const tabs = el("div", { class: "sheet-tabs", role: "toolbar", "aria-label": t("sheetViewTitle") });
  const body = el("div", { class: "sheet-body", id: "sheet-body" });
  const charts = el("div", { class: "sheet-charts" });
  // Clicking a cell of a source sheet selects it, shift+click extends to a range (what "Chuyển mã sang Unicode" uses).
  let anchor: string | null = null;
  body.addEventListener("click", (event) => {
    const cell = (event.target as Element | null)?.closest?.("table.raw td[data-cell]");
    const address = cell?.getAttribute("data-cell");
    if (!address) return;
    if (event.shiftKey && anchor) {
      const a = parseA1Range(anchor);
      const b = parseA1Range(address);
      if (a && b)
        return workbook.select(
          toA1Range(
            Math.min(a.top, b.top),
            Math.min(a.left, b.left),
            Math.max(a.bottom, b.bottom),
            Math.max(a.right, b.right),
          ),
        );
    }
    anchor = address;
    workbook.select(address);
  });
  const root = el(
    "aside",
    { class: "sheet-view", id: "sheet-view", "aria-label": t("sheetViewTitle") },
    el("h2", {}, t("sheetViewTitle")),
    tabs,
    charts,
    body,
  );

  // The workbook's own sheets and the report sheets are tabs; imported files' sheets (hundreds, kept by reference and
  // read again when shown) go in a list that is kept between renders and only gets the new sheets' options.
  const heading = el("option", { value: "" });
  const select = el("select", { class: "select", id: "source-copy-select", "aria-label": t("sourceCopies") }, heading);
  select.addEventListener("change", () => select.value && workbook.activate(select.value));
  const listed = new Set<string>();
  const isCopy = (s: MemorySheet): boolean => s.kind === "source" && s.source !== workbook.workbookName;

  let drawn: unknown[] = [];
  const render = (): void => {
    let count = 0;
    for (const sheet of workbook.sheets) {
      if (!isCopy(sheet)) continue;
      count++;
      if (listed.has(sheet.id)) continue;
      listed.add(sheet.id);
      select.appendChild(el("option", { value: sheet.id }, sheet.name));
    }
    heading.textContent = `${t("sourceCopies")} (${count})`;
    select.value = workbook.active && listed.has(workbook.active) ? workbook.active : "";
    replaceChildren(
      tabs,
      ...workbook.sheets
        .filter((s) => !isCopy(s))
        .map((sheet) => {
          const button = el(
            "button",
            {
              type: "button",
              class: "sheet-tab",
              "data-sheet-id": sheet.id,
              "aria-pressed": String(sheet.id === workbook.active),
            },
            sheet.name,
          );
          button.addEventListener("click", () => workbook.activate(sheet.id));
          return button;
        }),
      count ? select : null,
    );
    const active = workbook.sheets.find((s) => s.id === workbook.active);
    // An imported file's sheet is read again when shown: null until then.
    const raw = active?.kind === "source" ? workbook.rawOf(active) : null;
    // The active sheet's table is drawn again only when it, its values, the selection or the charts changed (not
    // when another file was added).
    const key = [active, raw, workbook.selection, workbook.charts];
    if (key.every((k, i) => k === drawn[i])) return;
    drawn = key;
    replaceChildren(
      charts,
      ...(active?.id === "output:xu-huong"
        ? workbook.charts.map((c) =>
            el("p", { class: "chart-note", "data-chart-key": c.key }, `${t("chartLabel")}: ${c.title} (${c.source})`),
          )
        : []),
    );
    if (!active) {
      replaceChildren(body, el("p", { class: "empty" }, t("sheetViewEmpty")));
      return;
    }
    const table =
      active.kind !== "source"
        ? renderSheetModel(active.model, lang)
        : raw
          ? renderRawSheet(raw, workbook.selection)
          : el("p", { class: "empty" }, t("sheetReading"));
    replaceChildren(body, el("h3", { class: "sheet-name" }, active.name), el("div", { class: "table-scroll" }, table));
    body.querySelector(".selected")?.scrollIntoView({ block: "nearest", inline: "nearest" });
  };
  workbook.onChange(render);
  render();
  return root;
}
