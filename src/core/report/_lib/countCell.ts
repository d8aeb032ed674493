import type { MeasureCode, MeasureCounts } from "../../types";
import type { ModelCell } from "../../sheet/model";
import { UNKNOWN_COUNT_TEXT } from "../../store/storeColumns";
import { COUNT_FORMAT, PARTIAL_COUNT_FORMAT } from "../labels";

/**
 * The report cell of one measure of some counts: the number; "–" when unknown (or nothing, where a chart
 * reads the range: Excel plots a text cell as 0 but leaves a gap for a blank one), never 0; a partial sum
 * (some counts unknown) as its known part formatted "≥ N". A formula is kept only when the number is known.
 *
 * @param counts - the counts (a total row, a trend breakdown…)
 * @param measure - which of its measures
 * @param options - `formula`: the product's formula giving the number; `unknown`: "dash" (default) or "blank"
 * @returns the model cell, or null for a blank unknown
 * @example
 * countCell({ new: null, cumulative: 5 }, "new") //=> { v: "–" }
 * countCell({ new: 2, cumulative: 17, partial: ["new"] }, "new") //=> { v: 2, fmt: '"≥ "#,##0' }
 */
export function countCell(
  counts: MeasureCounts,
  measure: MeasureCode,
  options: { readonly formula?: string; readonly unknown?: "dash" | "blank" } = {},
): ModelCell | null {
  const value = counts[measure];
  if (value === null) return options.unknown === "blank" ? null : { v: UNKNOWN_COUNT_TEXT };
  const fmt = counts.partial?.includes(measure) ? PARTIAL_COUNT_FORMAT : COUNT_FORMAT;
  return options.formula === undefined ? { v: value, fmt } : { v: value, f: options.formula, fmt };
}
