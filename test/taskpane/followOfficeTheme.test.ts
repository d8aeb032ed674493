// Issue 12, finding 10: the pane follows Office's theme while it is open, where the host can tell it, and never
// throws where it cannot (Excel has no documented theme event; Excel on the web gives no officeTheme).
import { describe, expect, it } from "@jest/globals";
import { followOfficeTheme, type ThemeEventsHost } from "../../src/taskpane/followOfficeTheme";
import type { OfficeThemeLike } from "../../src/taskpane/theme";

/** An Office whose document raises the given event (status "succeeded") or refuses it ("failed"). */
function officeWith(eventName: string | null, accept = true) {
  let handler: ((args?: { officeTheme?: OfficeThemeLike }) => void) | null = null;
  const context: { officeTheme?: OfficeThemeLike; document: NonNullable<ThemeEventsHost["context"]>["document"] } = {
    officeTheme: { bodyBackgroundColor: "#ffffff" },
    document: {
      addHandlerAsync: (type, h, callback) => {
        if (type !== "documentThemeChanged") throw new Error("This event isn't supported");
        if (accept) handler = h;
        callback?.({ status: accept ? "succeeded" : "failed" });
      },
    },
  };
  const office: ThemeEventsHost = { EventType: eventName ? { [eventName]: "documentThemeChanged" } : {}, context };
  return { office, context, fire: (args?: { officeTheme?: OfficeThemeLike }) => handler?.(args) };
}

function scheme(matches = false) {
  const listeners: (() => void)[] = [];
  return {
    matches,
    addEventListener: (_type: "change", listener: () => void) => void listeners.push(listener),
    change(to: boolean) {
      this.matches = to;
      for (const l of listeners) l();
    },
  };
}

describe("followOfficeTheme", () => {
  it("re-applies the theme when Office raises DocumentThemeChanged", () => {
    const host = officeWith("DocumentThemeChanged");
    const applied: boolean[] = [];
    expect(followOfficeTheme(host.office, null, (dark) => applied.push(dark))).toEqual(["DocumentThemeChanged"]);
    host.context.officeTheme = { isDarkTheme: true };
    host.fire();
    host.fire({ officeTheme: { bodyBackgroundColor: "#f3f3f3" } });
    expect(applied).toEqual([true, false]);
  });

  it("registers nothing, and throws nothing, where office.js has no theme event (Excel) or addHandlerAsync", () => {
    const applied: boolean[] = [];
    expect(followOfficeTheme(officeWith(null).office, null, (dark) => applied.push(dark))).toEqual([]);
    expect(followOfficeTheme({ EventType: { DocumentThemeChanged: "x" }, context: {} }, null, () => undefined)).toEqual(
      [],
    );
    expect(followOfficeTheme(undefined, null, () => undefined)).toEqual([]);
    // An office.js that throws for an event its host lacks.
    expect(() =>
      followOfficeTheme(
        { ...officeWith("DocumentThemeChanged").office, EventType: { DocumentThemeChanged: "other" } },
        null,
        () => undefined,
      ),
    ).not.toThrow();
    // A host that refuses the registration in its callback.
    expect(() =>
      followOfficeTheme(officeWith("DocumentThemeChanged", false).office, null, () => undefined),
    ).not.toThrow();
    expect(applied).toEqual([]);
  });

  it("follows the webview's colour scheme when Office gives no theme (Excel on the web)", () => {
    const query = scheme(false);
    const applied: boolean[] = [];
    const web: ThemeEventsHost = { EventType: {}, context: { document: {} } };
    expect(followOfficeTheme(web, query, (dark) => applied.push(dark))).toEqual(["prefers-color-scheme"]);
    query.change(true);
    query.change(false);
    expect(applied).toEqual([true, false]);
  });

  it("prefers Office's theme over the colour scheme when Office gives one", () => {
    const host = officeWith(null);
    host.context.officeTheme = { isDarkTheme: true };
    const query = scheme(false);
    const applied: boolean[] = [];
    followOfficeTheme(host.office, query, (dark) => applied.push(dark));
    query.change(false);
    expect(applied).toEqual([true]);
  });

  it("re-reads Office's theme when the pane comes back into focus or view (desktop Excel has no theme event)", () => {
    const host = officeWith(null);
    const listeners: Record<string, (() => void)[]> = {};
    const target = { addEventListener: (type: string, l: () => void) => void (listeners[type] ??= []).push(l) };
    const applied: boolean[] = [];
    expect(followOfficeTheme(host.office, null, (dark) => applied.push(dark), [target])).toEqual(["focus"]);
    listeners.focus?.forEach((l) => l()); // nothing changed: no repaint
    host.context.officeTheme = { bodyBackgroundColor: "#262626" }; // the officer chose "Black" in File › Account
    listeners.visibilitychange?.forEach((l) => l());
    listeners.focus?.forEach((l) => l());
    host.context.officeTheme = { bodyBackgroundColor: "#ffffff" };
    listeners.focus?.forEach((l) => l());
    expect(applied).toEqual([true, false]);
    // Without an Office theme (Excel on the web) focus tells nothing: not followed.
    expect(followOfficeTheme({ context: {} }, null, () => undefined, [target])).toEqual([]);
  });
});
