import { describe, expect, it } from "@jest/globals";
import { defaultOptions } from "../../src/core/options";
import { loadSettings, parseSettings, saveSettings, toSettingsForm, type KeyValueStore } from "../../src/core";

const good = { day: "15", month: "11", from: "2018", to: "2024", phases: "2018-2020\n2021–2024\n" };

function memoryStore(initial: Record<string, string> = {}): KeyValueStore & { data: Map<string, string> } {
  const data = new Map(Object.entries(initial));
  return { data, getItem: (k) => data.get(k) ?? null, setItem: (k, v) => void data.set(k, v) };
}

describe("parseSettings", () => {
  it("returns options from valid form values", () => {
    const result = parseSettings(good);
    expect(result).toEqual({
      ok: true,
      options: {
        deadline: { day: 15, month: 11 },
        years: { from: 2018, to: 2024 },
        phases: [
          { from: 2018, to: 2020 },
          { from: 2021, to: 2024 },
        ],
      },
    });
  });
  it("rejects a month of 13", () => {
    expect(parseSettings({ ...good, month: "13" })).toEqual({ ok: false, reason: { key: "badMonth", params: {} } });
  });
  it("rejects a year range that runs backwards", () => {
    expect(parseSettings({ ...good, from: "2025", to: "2016" }).ok).toBe(false);
  });
  it("rejects a phase line it cannot read, naming it", () => {
    expect(parseSettings({ ...good, phases: "2016 đến 2020" })).toEqual({
      ok: false,
      reason: { key: "badPhase", params: { line: "2016 đến 2020" } },
    });
  });
  it("rejects a phase that runs backwards", () => {
    expect(parseSettings({ ...good, phases: "2020-2016" })).toEqual({
      ok: false,
      reason: { key: "badPhaseOrder", params: { line: "2020-2016" } },
    });
  });
});

describe("loadSettings / saveSettings", () => {
  it("round-trips options through the store", () => {
    const store = memoryStore();
    const result = parseSettings(good);
    if (!result.ok) throw new Error("fixture");
    saveSettings(store, result.options, 2026);
    expect(loadSettings(store, 2026)).toEqual(result.options);
    expect(loadSettings(store, 2030)).toEqual(result.options);
  });

  it("returns the defaults of the current year when nothing or garbage was saved", () => {
    expect(loadSettings(null, 2026)).toEqual(defaultOptions(2026));
    expect(loadSettings(null, 2027).years).toEqual({ from: 2016, to: 2027 });
    expect(loadSettings({ getItem: () => "{not json", setItem: () => undefined }, 2026)).toEqual(defaultOptions(2026));
  });

  it("shows the current year's defaults in the form", () => {
    expect(toSettingsForm(loadSettings(null, 2026))).toEqual({
      day: "30",
      month: "10",
      from: "2016",
      to: "2026",
      phases: "2016-2020\n2021-2025\n2026-2030",
    });
  });

  it("saves only what differs from the defaults, so a range ending at the current year follows the calendar", () => {
    const store = memoryStore();
    saveSettings(store, { ...defaultOptions(2026), deadline: { day: 15, month: 11 } }, 2026);
    expect(loadSettings(store, 2026)).toEqual({ ...defaultOptions(2026), deadline: { day: 15, month: 11 } });
    expect(loadSettings(store, 2031)).toEqual({ ...defaultOptions(2031), deadline: { day: 15, month: 11 } });
    expect(loadSettings(store, 2031).phases.at(-1)).toEqual({ from: 2031, to: 2035 });
  });

  it("keeps a year range the officer ended before the current year", () => {
    const store = memoryStore();
    saveSettings(store, { ...defaultOptions(2026), years: { from: 2016, to: 2023 } }, 2026);
    expect(loadSettings(store, 2027).years).toEqual({ from: 2016, to: 2023 });
  });

  it("reads a record of the earlier version: its old defaults (to 2025, two terms) follow the calendar, its choices stay", () => {
    const legacy = JSON.stringify({ day: "30", month: "10", from: "2016", to: "2025", phases: "2016-2020\n2021-2025" });
    expect(loadSettings(memoryStore({ "dvk.settings.v1": legacy }), 2026)).toEqual(defaultOptions(2026));
    const chosen = JSON.stringify({ day: "15", month: "11", from: "2018", to: "2024", phases: "2016-2020\n2021-2025" });
    expect(loadSettings(memoryStore({ "dvk.settings.v1": chosen }), 2026)).toEqual({
      ...defaultOptions(2026),
      deadline: { day: 15, month: 11 },
      years: { from: 2018, to: 2024 },
    });
  });

  it("prefers what was saved by this version over an earlier version's record", () => {
    const store = memoryStore({
      "dvk.settings.v1": JSON.stringify({ day: "1", month: "9", from: "2016", to: "2025", phases: "" }),
    });
    saveSettings(store, { ...defaultOptions(2026), deadline: { day: 20, month: 10 } }, 2026);
    expect(loadSettings(store, 2026).deadline).toEqual({ day: 20, month: 10 });
  });
});
