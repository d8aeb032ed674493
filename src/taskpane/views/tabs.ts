/**
 * Accessible tabs (WAI-ARIA tabs pattern, automatic activation): one tab stop for the tab list (roving tabindex),
 * Left/Right arrows move between tabs, Home/End jump to the first/last.
 */
import { el } from "../dom";

export interface TabSpec {
  readonly id: string;
  readonly label: string;
  readonly panel: HTMLElement;
}

export interface Tabs {
  readonly root: HTMLElement;
  select(id: string, focus?: boolean): void;
  readonly current: () => string;
}

/**
 * Index of the tab a key moves to, or null when the key is not a tab-navigation key.
 *
 * @param key - KeyboardEvent.key
 * @param index - the focused tab's index
 * @param count - number of tabs
 * @returns the new index or null
 * @example
 * nextTabIndex("ArrowRight", 4, 5) //=> 0
 */
export function nextTabIndex(key: string, index: number, count: number): number | null {
  switch (key) {
    case "ArrowRight":
      return (index + 1) % count;
    case "ArrowLeft":
      return (index - 1 + count) % count;
    case "Home":
      return 0;
    case "End":
      return count - 1;
    default:
      return null;
  }
}

/** Builds the tab list and panels; `onSelect` runs when a tab becomes active. */
export function createTabs(label: string, specs: readonly TabSpec[], onSelect: (id: string) => void): Tabs {
  const list = el("div", { role: "tablist", "aria-label": label, class: "tablist" });
  const buttons = specs.map((spec) => {
    const button = el(
      "button",
      {
        type: "button",
        role: "tab",
        id: `tab-${spec.id}`,
        "aria-controls": `panel-${spec.id}`,
        "aria-selected": "false",
        tabindex: "-1",
        class: "tab",
      },
      spec.label,
    );
    spec.panel.id = `panel-${spec.id}`;
    spec.panel.setAttribute("role", "tabpanel");
    spec.panel.setAttribute("aria-labelledby", `tab-${spec.id}`);
    spec.panel.setAttribute("tabindex", "0");
    spec.panel.classList.add("tabpanel");
    spec.panel.hidden = true;
    list.appendChild(button);
    return button;
  });
  let current = specs[0]?.id ?? "";

  const select = (id: string, focus = false): void => {
    specs.forEach((spec, i) => {
      const active = spec.id === id;
      const button = buttons[i] as HTMLButtonElement;
      button.setAttribute("aria-selected", String(active));
      button.tabIndex = active ? 0 : -1;
      spec.panel.hidden = !active;
      if (active && focus) button.focus();
    });
    current = id;
    onSelect(id);
  };

  buttons.forEach((button, i) => {
    button.addEventListener("click", () => select(specs[i]?.id ?? current));
    button.addEventListener("keydown", (event) => {
      const next = nextTabIndex(event.key, i, specs.length);
      if (next === null) return;
      event.preventDefault();
      select(specs[next]?.id ?? current, true);
    });
  });

  const root = el("div", { class: "tabs" }, list, ...specs.map((s) => s.panel));
  return { root, select, current: () => current };
}
