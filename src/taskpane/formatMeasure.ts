import type { MeasureCode, MeasureCounts } from "../core";
import { formatCount } from "./dom";

/**
 * One measure of some counts as the pane shows it, as the report sheets do: "–" when unknown (never 0),
 * "≥ N" when the sum left out unknown counts, else the number.
 *
 * @param counts - the counts (a trend breakdown, a phase total…)
 * @param measure - which measure
 * @param lang - number format language
 * @returns the text
 * @example
 * formatMeasure({ new: 1234, cumulative: null, partial: ["new"] }, "new", "vi") //=> "≥ 1.234"
 */
export function formatMeasure(counts: MeasureCounts, measure: MeasureCode, lang: "vi" | "en"): string {
  const value = counts[measure];
  if (value === null) return "–";
  return counts.partial?.includes(measure) ? `≥ ${formatCount(value, lang)}` : formatCount(value, lang);
}
