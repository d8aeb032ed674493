import { buildListTemplateSheet } from "./buildListTemplateSheet";
import { buildTemplateSheet, type TemplateInfo } from "./buildTemplateSheet";
import type { SheetModel } from "../sheet/model";

/**
 * The blank report template the units fill in: the Mẫu 01-DVK counts form, then the Mẫu 02-DVK list of
 * models. Every entry point (ribbon, task pane, preview) inserts exactly these sheets, for the current year's
 * report (the year read from the clock there): from the 2026 report on the form has no "Cấp huyện" group
 * (`pickTemplateLevels`); the list keeps "Cấp huyện" among its levels, for models recognised before the reform.
 *
 * @param info - unit and year to pre-fill (optional; the year also decides the form's level groups)
 * @returns the two sheet models, in tab order
 * @example
 * buildTemplateSheets({ year: 2025 }).map((s) => s.key) //=> ["mau-01", "mau-02"]
 */
export function buildTemplateSheets(info: TemplateInfo = {}): SheetModel[] {
  return [buildTemplateSheet(info), buildListTemplateSheet(info)];
}
