/** The officer's settings (deadline, year range, phases): validated, and kept in the webview's local storage. */
import { DEFAULT_OPTIONS } from "../core/options";
import type { RunOptions } from "../core/types";

const STORAGE_KEY = "dvk.settings.v1";

/** The editable part of the options, as entered in the form. */
export interface SettingsForm {
  readonly day: string;
  readonly month: string;
  readonly from: string;
  readonly to: string;
  /** One phase per line, "2016-2020" or "2016–2020". */
  readonly phases: string;
}

/** What is wrong with the form: a message key of i18n.ts and its values (the view translates it). */
export interface SettingsProblem {
  readonly key: "badDay" | "badMonth" | "badYears" | "badPhase" | "badPhaseOrder";
  readonly params: Readonly<Record<string, string>>;
}

export type SettingsResult = { readonly ok: true; readonly options: RunOptions } | { readonly ok: false; readonly reason: SettingsProblem };

function toInt(text: string): number | null {
  const trimmed = text.trim();
  return /^\d{1,4}$/.test(trimmed) ? Number(trimmed) : null;
}

/**
 * Reads the settings form into run options, or says what is wrong.
 *
 * @param form - the raw form values
 * @returns the options, or the reason they are invalid
 * @example
 * parseSettings({ day: "30", month: "10", from: "2016", to: "2025", phases: "2016-2020\n2021-2025" }).ok //=> true
 */
export function parseSettings(form: SettingsForm): SettingsResult {
  const day = toInt(form.day);
  const month = toInt(form.month);
  const from = toInt(form.from);
  const to = toInt(form.to);
  if (day === null || day < 1 || day > 31) return { ok: false, reason: { key: "badDay", params: {} } };
  if (month === null || month < 1 || month > 12) return { ok: false, reason: { key: "badMonth", params: {} } };
  if (from === null || to === null || from < 1990 || to > 2100 || from > to) return { ok: false, reason: { key: "badYears", params: {} } };
  const phases: { from: number; to: number }[] = [];
  for (const line of form.phases.split(/\r?\n/)) {
    if (!line.trim()) continue;
    const match = /^\s*(\d{4})\s*[-–—]\s*(\d{4})\s*$/.exec(line);
    if (!match) return { ok: false, reason: { key: "badPhase", params: { line: line.trim() } } };
    const phase = { from: Number(match[1]), to: Number(match[2]) };
    if (phase.from > phase.to) return { ok: false, reason: { key: "badPhaseOrder", params: { line: line.trim() } } };
    phases.push(phase);
  }
  return { ok: true, options: { ...DEFAULT_OPTIONS, deadline: { day, month }, years: { from, to }, phases } };
}

/**
 * The form values that show the given options.
 *
 * @param options - run options
 * @returns form values
 * @example
 * toSettingsForm(DEFAULT_OPTIONS).phases //=> "2016-2020\n2021-2025"
 */
export function toSettingsForm(options: RunOptions): SettingsForm {
  return {
    day: String(options.deadline.day),
    month: String(options.deadline.month),
    from: String(options.years.from),
    to: String(options.years.to),
    phases: options.phases.map((p) => `${p.from}-${p.to}`).join("\n"),
  };
}

/** Minimal storage interface (window.localStorage in the pane). */
export interface KeyValueStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

/**
 * Loads saved options; defaults when nothing (or something unreadable) was saved.
 *
 * @param store - where settings are kept
 * @returns the options
 */
export function loadSettings(store: KeyValueStore | null): RunOptions {
  try {
    const text = store?.getItem(STORAGE_KEY);
    if (!text) return DEFAULT_OPTIONS;
    const saved = JSON.parse(text) as Partial<SettingsForm>;
    const result = parseSettings({ ...toSettingsForm(DEFAULT_OPTIONS), ...saved });
    return result.ok ? result.options : DEFAULT_OPTIONS;
  } catch {
    return DEFAULT_OPTIONS;
  }
}

/** Saves options (as form values, so a newer version can re-validate them). */
export function saveSettings(store: KeyValueStore | null, options: RunOptions): void {
  try {
    store?.setItem(STORAGE_KEY, JSON.stringify(toSettingsForm(options)));
  } catch {
    // Storage may be disabled in some webviews: the settings then last for this session only.
  }
}
