import { describe, expect, it } from "@jest/globals";
import { DEFAULT_OPTIONS } from "../../src/core/options";
import { loadSettings, parseSettings, saveSettings, toSettingsForm } from "../../src/taskpane/settings";

const good = { day: "15", month: "11", from: "2018", to: "2024", phases: "2018-2020\n2021–2024\n" };

describe("parseSettings", () => {
  it("returns options from valid form values", () => {
    const result = parseSettings(good);
    expect(result).toEqual({ ok: true, options: { ...DEFAULT_OPTIONS, deadline: { day: 15, month: 11 }, years: { from: 2018, to: 2024 }, phases: [{ from: 2018, to: 2020 }, { from: 2021, to: 2024 }] } });
  });
  it("rejects a month of 13", () => {
    expect(parseSettings({ ...good, month: "13" })).toEqual({ ok: false, reason: { key: "badMonth", params: {} } });
  });
  it("rejects a year range that runs backwards", () => {
    expect(parseSettings({ ...good, from: "2025", to: "2016" }).ok).toBe(false);
  });
  it("rejects a phase line it cannot read, naming it", () => {
    expect(parseSettings({ ...good, phases: "2016 đến 2020" })).toEqual({ ok: false, reason: { key: "badPhase", params: { line: "2016 đến 2020" } } });
  });
  it("rejects a phase that runs backwards", () => {
    expect(parseSettings({ ...good, phases: "2020-2016" })).toEqual({ ok: false, reason: { key: "badPhaseOrder", params: { line: "2020-2016" } } });
  });
});

describe("loadSettings / saveSettings", () => {
  it("round-trips options through the store", () => {
    const data = new Map<string, string>();
    const store = { getItem: (k: string) => data.get(k) ?? null, setItem: (k: string, v: string) => void data.set(k, v) };
    const result = parseSettings(good);
    if (!result.ok) throw new Error("fixture");
    saveSettings(store, result.options);
    expect(loadSettings(store)).toEqual(result.options);
  });
  it("returns the defaults when nothing or garbage was saved", () => {
    expect(loadSettings(null)).toEqual(DEFAULT_OPTIONS);
    expect(loadSettings({ getItem: () => "{not json", setItem: () => undefined })).toEqual(DEFAULT_OPTIONS);
  });
  it("shows the defaults in the form", () => {
    expect(toSettingsForm(DEFAULT_OPTIONS)).toEqual({ day: "30", month: "10", from: "2016", to: "2025", phases: "2016-2020\n2021-2025" });
  });
});
