/**
 * The officer's settings (deadline, year range, phases): validated, and kept in the webview's local storage.
 * Only what the officer changed from the defaults is saved, so settings left at their defaults follow the
 * calendar: the year range keeps ending at the current year and a new term's phase is added when it starts.
 *
 * In the core (pure: the storage is passed in) because two runtimes read them: the task pane, which saves them, and
 * the ribbon's function file, whose "Kiểm tra" uses the officer's saved deadline and years. Both pages of the add-in
 * come from the same origin, so they see the same localStorage ("Persist add-in state and settings",
 * https://learn.microsoft.com/office/dev/add-ins/develop/persisting-add-in-state-and-settings); where storage is
 * blocked or empty, the defaults of the current year apply.
 */
import { defaultOptions } from "./options";
import type { RunOptions } from "./types";

const STORAGE_KEY = "dvk.settings.v2";
/** Earlier versions saved every form value, defaults included. */
const LEGACY_STORAGE_KEY = "dvk.settings.v1";
/** The defaults of those versions (2016–2025, two terms): a legacy record holding them kept the defaults, it chose nothing. */
const LEGACY_DEFAULTS: Partial<SettingsForm> = { to: "2025", phases: "2016-2020\n2021-2025" };

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

export type SettingsResult =
  { readonly ok: true; readonly options: RunOptions } | { readonly ok: false; readonly reason: SettingsProblem };

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
  if (from === null || to === null || from < 1990 || to > 2100 || from > to)
    return { ok: false, reason: { key: "badYears", params: {} } };
  const phases: { from: number; to: number }[] = [];
  for (const line of form.phases.split(/\r?\n/)) {
    if (!line.trim()) continue;
    const match = /^\s*(\d{4})\s*[-–—]\s*(\d{4})\s*$/.exec(line);
    if (!match) return { ok: false, reason: { key: "badPhase", params: { line: line.trim() } } };
    const phase = { from: Number(match[1]), to: Number(match[2]) };
    if (phase.from > phase.to) return { ok: false, reason: { key: "badPhaseOrder", params: { line: line.trim() } } };
    phases.push(phase);
  }
  return { ok: true, options: { deadline: { day, month }, years: { from, to }, phases } };
}

/**
 * The form values that show the given options.
 *
 * @param options - run options
 * @returns form values
 * @example
 * toSettingsForm(defaultOptions(2026)).phases //=> "2016-2020\n2021-2025\n2026-2030"
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

/** Minimal storage interface (the page's localStorage in the pane and the ribbon). */
export interface KeyValueStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

const FORM_KEYS = ["day", "month", "from", "to", "phases"] as const;

/** The saved record's form values, keeping only string values of known keys. */
function readRecord(text: string | null | undefined): Partial<SettingsForm> | null {
  if (!text) return null;
  const parsed = JSON.parse(text) as unknown;
  if (typeof parsed !== "object" || parsed === null) return null;
  const record: Partial<Record<(typeof FORM_KEYS)[number], string>> = {};
  for (const key of FORM_KEYS) {
    const value = (parsed as Record<string, unknown>)[key];
    if (typeof value === "string") record[key] = value;
  }
  return record;
}

/**
 * Loads saved options over the defaults of the current year; the defaults when nothing (or something
 * unreadable) was saved. A record of an earlier version that still held that version's default year range
 * end (2025) or phases (2016–2020, 2021–2025) gets today's defaults for them instead.
 *
 * @param store - where settings are kept
 * @param currentYear - the current year, from the clock
 * @returns the options
 * @example
 * loadSettings(null, 2026).years //=> { from: 2016, to: 2026 }
 */
export function loadSettings(store: KeyValueStore | null, currentYear: number): RunOptions {
  const defaults = defaultOptions(currentYear);
  try {
    let saved = readRecord(store?.getItem(STORAGE_KEY));
    if (!saved) {
      const legacy = readRecord(store?.getItem(LEGACY_STORAGE_KEY));
      saved =
        legacy &&
        Object.fromEntries(
          Object.entries(legacy).filter(([key, value]) => LEGACY_DEFAULTS[key as keyof SettingsForm] !== value),
        );
    }
    if (!saved) return defaults;
    const result = parseSettings({ ...toSettingsForm(defaults), ...saved });
    return result.ok ? result.options : defaults;
  } catch {
    return defaults;
  }
}

/**
 * Saves options as form values (so a newer version can re-validate them), keeping only those that differ
 * from the defaults of the current year: a range that ends at the current year, or the default phases, are
 * not pinned and follow the calendar.
 *
 * @param store - where settings are kept
 * @param options - the options to keep
 * @param currentYear - the current year, from the clock
 * @example
 * saveSettings(storage, { ...defaultOptions(2026), deadline: { day: 15, month: 11 } }, 2026); // saves day and month only
 */
export function saveSettings(store: KeyValueStore | null, options: RunOptions, currentYear: number): void {
  const form = toSettingsForm(options);
  const defaults = toSettingsForm(defaultOptions(currentYear));
  const changed = Object.fromEntries(
    FORM_KEYS.filter((key) => form[key] !== defaults[key]).map((key) => [key, form[key]]),
  );
  try {
    store?.setItem(STORAGE_KEY, JSON.stringify(changed));
  } catch {
    // Storage may be disabled in some webviews: the settings then last for this session only.
  }
}
