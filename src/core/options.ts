import type { RunOptions } from "./types";

/** The defaults: years 2016–2025, deadline 30/10, phases 2016–2020 and 2021–2025. */
export const DEFAULT_OPTIONS: RunOptions = {
  years: { from: 2016, to: 2025 },
  deadline: { day: 30, month: 10 },
  phases: [
    { from: 2016, to: 2020 },
    { from: 2021, to: 2025 },
  ],
};

/**
 * Fills in every option the caller left out with its default.
 *
 * @param partial - the options given (any subset)
 * @returns complete options
 * @example
 * resolveOptions({ years: { from: 2020, to: 2024 } }).deadline //=> { day: 30, month: 10 }
 */
export function resolveOptions(partial: Partial<RunOptions> = {}): RunOptions {
  return { ...DEFAULT_OPTIONS, ...partial };
}
