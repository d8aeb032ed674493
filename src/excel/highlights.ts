import { parseA1Range, type Issue } from "../core";
import type { Batcher } from "./batcher";

/** One cell of an officer's sheet to highlight. */
export interface HighlightCell {
  readonly sheet: string;
  /** A1 address (a single cell or a small range). */
  readonly cell: string;
  readonly severity: "error" | "warning";
}

/**
 * The add-in's conditional-format rules are custom rules whose formula is always TRUE and carries a
 * marker string, e.g. `=N("dvk-loi")=0`: they are recognised (and only they are removed) on the next
 * run, whatever range they ended up on. The officer's own fills, fonts and rules are never touched.
 */
export const HIGHLIGHT_RULES = {
  error: { formula: '=N("dvk-loi")=0', fill: "#FFC7CE", font: "#9C0006" },
  warning: { formula: '=N("dvk-canh-bao")=0', fill: "#FFEB9C", font: "#9C5700" },
} as const;

const MARKER = '"dvk-';

/** True when a conditional format's formula is one of the add-in's highlight rules. */
export function isOwnHighlightFormula(formula: unknown): boolean {
  return typeof formula === "string" && formula.includes(MARKER);
}

/**
 * The cells to highlight for a run: issues with a cell, on sheets of this workbook, errors over
 * warnings when both point at one cell; info issues are not highlighted.
 *
 * @param issues - every issue of the run
 * @param source - the workbook's source name (issues from picked files are not in this workbook)
 * @returns one entry per cell
 */
export function highlightsFromIssues(issues: readonly Issue[], source: string): HighlightCell[] {
  const byCell = new Map<string, HighlightCell>();
  for (const issue of issues) {
    if (issue.source !== source || !issue.sheet || !issue.cell || issue.severity === "info") continue;
    if (!parseA1Range(issue.cell)) continue;
    const key = `${issue.sheet}\u0001${issue.cell}`;
    const known = byCell.get(key);
    if (!known || (known.severity === "warning" && issue.severity === "error"))
      byCell.set(key, { sheet: issue.sheet, cell: issue.cell, severity: issue.severity });
  }
  return [...byCell.values()];
}

/**
 * Queues the removal of the add-in's earlier rules among loaded conditional formats.
 * @requires ExcelApi 1.6
 */
export function queueRemoveHighlights(batcher: Batcher, formats: readonly Excel.ConditionalFormatCollection[]): void {
  for (const collection of formats) {
    for (const cf of collection.items) {
      const custom = cf.customOrNullObject;
      if (custom.isNullObject) continue;
      if (isOwnHighlightFormula(custom.rule.formula)) batcher.add(100, () => cf.delete());
    }
  }
}

/**
 * Queues one custom conditional format per highlighted cell.
 * @requires ExcelApi 1.6
 */
export function queueAddHighlights(
  batcher: Batcher,
  sheets: ReadonlyMap<string, Excel.Worksheet>,
  cells: readonly HighlightCell[],
): void {
  for (const target of cells) {
    const sheet = sheets.get(target.sheet.toLowerCase());
    if (!sheet) continue;
    const rule = HIGHLIGHT_RULES[target.severity];
    batcher.add(300, () => {
      const cf = sheet.getRange(target.cell).conditionalFormats.add("Custom" as Excel.ConditionalFormatType);
      cf.custom.rule.formula = rule.formula;
      cf.custom.format.fill.color = rule.fill;
      cf.custom.format.font.color = rule.font;
    });
  }
}
