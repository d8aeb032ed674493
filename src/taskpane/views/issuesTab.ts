/** "Kiểm tra": issues grouped by submission, filtered by severity; an issue with a cell leads to it. */
import { issueMessage, type Severity } from "../../core";
import type { App } from "../app";
import { el, replaceChildren } from "../dom";
import { aliasFromIssue } from "../engine";
import { groupIssues } from "../summary";
import { createMoreButton, LIST_PAGE } from "./createMoreButton";

const SEVERITY_KEYS = { error: "severityError", warning: "severityWarning", info: "severityInfo" } as const;

export function createIssuesTab(app: App): { panel: HTMLElement; update: () => void } {
  const t = app.t;
  const filter = el("select", { id: "severity-filter", class: "select" });
  for (const [value, label] of [
    ["all", t("filterAll")],
    ["error", t("severityError")],
    ["warning", t("severityWarning")],
    ["info", t("severityInfo")],
  ] as const) {
    filter.appendChild(el("option", { value }, label));
  }
  filter.addEventListener("change", () => app.setSeverity(filter.value as Severity | "all"));
  const list = el("div", { class: "issue-groups" });
  const panel = el(
    "section",
    {},
    el("div", { class: "field-row" }, el("label", { for: "severity-filter" }, t("filterLabel")), filter),
    list,
  );

  // A page of groups at a time ("Hiện thêm"); drawn again only when the results, the consolidation, the filter or
  // the busy state changed, not on every file's progress, and only while the tab is shown (grouping every file's
  // issues once per frame while files are read was most of what the page allocated: 325 of 558 MB for 1,000 files).
  // Selecting the tab draws it (mountPane).
  let limit = LIST_PAGE;
  let drawn: unknown[] = [];
  const update = (): void => {
    filter.value = app.state.severity;
    if (panel.hidden) return;
    const key = [app.state.resultsVersion, app.state.consolidation, app.state.severity, app.state.busy, limit];
    if (key.every((k, i) => k === drawn[i])) return;
    drawn = key;
    const groups = groupIssues(app.results(), app.state.consolidation, app.state.severity);
    if (groups.length === 0) {
      replaceChildren(list, el("p", { class: "empty" }, t("noIssues")));
      return;
    }
    replaceChildren(
      list,
      ...groups.slice(0, limit).map((group) => {
        const title =
          group.sheet === null
            ? `${group.source} — ${t("fileIssues")}`
            : `${group.unitName ?? t("unknownUnit")} · ${group.year ?? t("unknownYear")}`;
        const items = group.issues.map((issue) => {
          const message = issueMessage(issue, app.deps.lang);
          const badge = el("span", { class: `severity severity-${issue.severity}` }, t(SEVERITY_KEYS[issue.severity]));
          // An unknown label with a suggestion: one click adds the alias to "Danh mục" (text only, never HTML).
          const alias = aliasFromIssue(issue);
          let useAlias: HTMLButtonElement | null = null;
          if (alias) {
            useAlias = el(
              "button",
              { type: "button", class: "button small alias-button", "data-alias": alias.text },
              t("useAlias", { suggestion: String(issue.params["suggestion"]), label: alias.text }),
            );
            useAlias.disabled = app.state.busy;
            useAlias.addEventListener("click", () => void app.confirmAlias(issue));
          }
          if (issue.sheet && issue.cell) {
            const button = el(
              "button",
              {
                type: "button",
                class: "issue-link",
                "data-code": issue.code,
                "data-cell": issue.cell,
                title: t("goToCell", { cell: issue.cell }),
              },
              badge,
              el("span", { class: "message" }, message),
              el("span", { class: "cell-ref" }, issue.cell),
            );
            button.addEventListener("click", () => void app.goTo(issue));
            return el("li", { class: "issue" }, button, useAlias);
          }
          return el(
            "li",
            { class: "issue", "data-code": issue.code },
            el("div", { class: "issue-static" }, badge, el("span", { class: "message" }, message)),
            useAlias,
          );
        });
        return el(
          "details",
          { class: "issue-group", open: true, "data-source": group.source, "data-sheet": group.sheet ?? "" },
          el(
            "summary",
            {},
            el("span", { class: "group-title" }, title),
            el("span", { class: "group-count" }, String(group.issues.length)),
          ),
          group.sheet === null ? null : el("p", { class: "source" }, `${group.source} › ${group.sheet}`),
          el("ul", { class: "issue-list" }, ...items),
        );
      }),
      createMoreButton(t, groups.length - limit, () => {
        limit += LIST_PAGE;
        update();
      }),
    );
  };
  return { panel, update };
}
