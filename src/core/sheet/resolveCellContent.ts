import { quoteSheetName } from "../_lib/a1";
import type { CellContent, LinkTarget } from "./cellContent";
import type { ModelCell } from "./model";

/** A string as a formula literal: quoted, inner quotes doubled. */
function literal(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

/**
 * The renderer-neutral content of a model cell: a formula when the model gives one, a HYPERLINK
 * formula for a link whose sheet is in the workbook, otherwise its value (a string is always text).
 *
 * @param cell - the model cell, or null for none
 * @param target - the actual name of a linked sheet, or null when it is not in the workbook
 * @returns what the cell holds
 * @example
 * resolveCellContent({ v: "D9", link: { sheet: "Dữ liệu", cell: "D9" } }, (s) => s)
 * //=> { kind: "link", sheet: "Dữ liệu", cell: "D9", label: "D9", formula: "HYPERLINK(\"#'Dữ liệu'!D9\",\"D9\")" }
 */
export function resolveCellContent(cell: ModelCell | null, target: LinkTarget): CellContent {
  if (!cell) return { kind: "empty" };
  if (cell.f !== undefined) return { kind: "formula", formula: cell.f, result: cell.v };
  const sheet = cell.link ? target(cell.link.sheet) : null;
  if (cell.link && sheet !== null) {
    const label = String(cell.v ?? cell.link.cell);
    const formula = `HYPERLINK(${literal(`#${quoteSheetName(sheet)}!${cell.link.cell}`)},${literal(label)})`;
    return { kind: "link", sheet, cell: cell.link.cell, label, formula };
  }
  if (typeof cell.v === "string") return { kind: "text", text: cell.v };
  if (cell.v === null) return { kind: "empty" };
  return { kind: "value", value: cell.v };
}
