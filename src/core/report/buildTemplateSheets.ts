import { buildListTemplateSheet } from "./buildListTemplateSheet";
import { buildTemplateSheet, type TemplateInfo } from "./buildTemplateSheet";
import type { SheetModel } from "./model";

/**
 * The blank report template the units fill in: the Mẫu 01-DVK counts form, then the Mẫu 02-DVK list of
 * models. Every entry point (ribbon, task pane, preview) inserts exactly these sheets.
 *
 * @param info - unit and year to pre-fill (optional)
 * @returns the two sheet models, in tab order
 * @example
 * buildTemplateSheets({ year: 2025 }).map((s) => s.key) //=> ["mau-01", "mau-02"]
 */
export function buildTemplateSheets(info: TemplateInfo = {}): SheetModel[] {
  return [buildTemplateSheet(info), buildListTemplateSheet(info)];
}
