/** Builds the pane (header, tabs, status bar with aria-live) inside a root element and wires it to the app state. */
import type { App } from "./app";
import { el, replaceChildren } from "./dom";
import { createChartsTab } from "./views/chartsTab";
import { createConsolidateTab } from "./views/consolidateTab";
import { createImportTab } from "./views/importTab";
import { createIssuesTab } from "./views/issuesTab";
import { createSettingsTab } from "./views/settingsTab";
import { createTabs } from "./views/tabs";

/** Extra controls the preview adds (sample loader, download). */
export interface PaneExtras {
  readonly importActions?: readonly HTMLElement[];
  readonly consolidateActions?: readonly HTMLElement[];
  readonly note?: string;
}

export function mountPane(root: HTMLElement, app: App, extras: PaneExtras = {}): void {
  const t = app.t;
  const importTab = createImportTab(app, extras.importActions);
  const issuesTab = createIssuesTab(app);
  const consolidateTab = createConsolidateTab(app, extras.consolidateActions);
  const chartsTab = createChartsTab(app);
  const settingsTab = createSettingsTab(app);
  const tabs = createTabs(
    t("tabsLabel"),
    [
      { id: "import", label: t("tabImport"), panel: importTab.panel },
      { id: "issues", label: t("tabIssues"), panel: issuesTab.panel },
      { id: "consolidate", label: t("tabConsolidate"), panel: consolidateTab.panel },
      { id: "charts", label: t("tabCharts"), panel: chartsTab.panel },
      { id: "settings", label: t("tabSettings"), panel: settingsTab.panel },
    ],
    (id) => {
      if (id === "issues") issuesTab.update();
      if (id === "charts") chartsTab.shown();
      else chartsTab.hidden();
    },
  );
  const status = el("div", { class: "status", role: "status", "aria-live": "polite", id: "status" });
  const notices = el("ul", { class: "notices", id: "notices", "aria-label": t("noticesLabel") });
  const header = el(
    "header",
    { class: "pane-header" },
    el("h1", {}, t("appTitle")),
    extras.note ? el("p", { class: "note" }, extras.note) : null,
  );
  replaceChildren(root, header, notices, tabs.root, status);
  root.setAttribute("aria-busy", "false");

  const update = (): void => {
    importTab.update();
    issuesTab.update();
    consolidateTab.update();
    chartsTab.update();
    settingsTab.update();
    replaceChildren(notices, ...app.state.notices.map((note) => el("li", { class: "notice" }, note)));
    notices.hidden = app.state.notices.length === 0;
    const message = app.state.message;
    status.className = `status${message ? ` status-${message.kind}` : ""}${app.state.busy ? " busy" : ""}`;
    status.textContent = app.state.busy ? t("working") : (message?.text ?? "");
    root.setAttribute("aria-busy", String(app.state.busy));
  };
  app.subscribe(update);
  tabs.select("import");
  update();
}
