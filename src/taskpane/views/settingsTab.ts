/** "Cài đặt": deadline, year range and phases, validated and saved in the webview's storage. */
import type { App } from "../app";
import { el } from "../dom";
import { parseSettings, toSettingsForm } from "../../core";

export function createSettingsTab(app: App): { panel: HTMLElement; update: () => void } {
  const t = app.t;
  const form = toSettingsForm(app.state.options);
  const input = (
    id: string,
    value: string,
    label: string,
    attrs: Record<string, string> = {},
  ): { field: HTMLElement; input: HTMLInputElement } => {
    const control = el("input", { id, value, class: "input", inputmode: "numeric", ...attrs });
    return { field: el("div", { class: "field" }, el("label", { for: id }, label), control), input: control };
  };
  const day = input("set-day", form.day, t("settingsDay"), { size: "2" });
  const month = input("set-month", form.month, t("settingsMonth"), { size: "2" });
  const from = input("set-from", form.from, t("settingsFrom"), { size: "4" });
  const to = input("set-to", form.to, t("settingsTo"), { size: "4" });
  const phases = el("textarea", { id: "set-phases", class: "input", rows: "3" }, form.phases);
  const save = el("button", { type: "submit", class: "button primary", id: "save-settings" }, t("settingsSave"));
  const formEl = el(
    "form",
    { class: "settings", novalidate: true },
    el("fieldset", {}, el("legend", {}, t("settingsDeadline")), el("div", { class: "inline" }, day.field, month.field)),
    el("fieldset", {}, el("legend", {}, t("settingsYears")), el("div", { class: "inline" }, from.field, to.field)),
    el("div", { class: "field" }, el("label", { for: "set-phases" }, t("settingsPhases")), phases),
    el("div", { class: "actions" }, save),
  );
  formEl.addEventListener("submit", (event) => {
    event.preventDefault();
    const result = parseSettings({
      day: day.input.value,
      month: month.input.value,
      from: from.input.value,
      to: to.input.value,
      phases: phases.value,
    });
    if (!result.ok)
      return app.say(t("settingsInvalid", { reason: t(result.reason.key, result.reason.params) }), "error");
    app.setOptions(result.options);
    app.say(t("settingsSaved"), "success");
  });
  return { panel: el("section", {}, formEl), update: () => undefined };
}
