import type { RunOptions } from "./types";

/** The first report year the tool consolidates by default (the 2016–2020 term). */
export const FIRST_REPORT_YEAR = 2016;

/** Years in one term (giai đoạn): 2016–2020, 2021–2025, 2026–2030… */
export const TERM_YEARS = 5;

/**
 * The default phases: the five-year terms from 2016 up to the term that holds `currentYear`.
 *
 * @param currentYear - the current year, read from the clock by the caller (never by core)
 * @returns the terms, oldest first (at least 2016–2020)
 * @example
 * defaultPhases(2026) //=> [{ from: 2016, to: 2020 }, { from: 2021, to: 2025 }, { from: 2026, to: 2030 }]
 */
export function defaultPhases(currentYear: number): RunOptions["phases"] {
  const phases: { from: number; to: number }[] = [];
  for (let from = FIRST_REPORT_YEAR; from === FIRST_REPORT_YEAR || from <= currentYear; from += TERM_YEARS) {
    phases.push({ from, to: from + TERM_YEARS - 1 });
  }
  return phases;
}

/**
 * The default options for a run in `currentYear`: report years from 2016 to the current year (a report
 * of a later year, or of a year before 2016, is out of range), deadline 30/10, and the terms up to the
 * current one as phases. Core never reads the clock: the CLI, the task pane, the ribbon and the preview
 * pass the year in.
 *
 * @param currentYear - the current year, from the caller's clock
 * @returns complete options
 * @example
 * defaultOptions(2026).years //=> { from: 2016, to: 2026 }
 */
export function defaultOptions(currentYear: number): RunOptions {
  const year = Math.trunc(currentYear);
  return {
    years: { from: FIRST_REPORT_YEAR, to: Math.max(FIRST_REPORT_YEAR, year) },
    deadline: { day: 30, month: 10 },
    phases: defaultPhases(year),
  };
}
