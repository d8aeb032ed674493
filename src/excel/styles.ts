import type { Look } from "../core";

const BORDER_SIDES = ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight", "InsideVertical", "InsideHorizontal"] as const;
const HORIZONTAL = { left: "Left", center: "Center", right: "Right" } as const;
const VERTICAL = { top: "Top", middle: "Center" } as const;

/**
 * Queues the formatting of a palette look (core's `PALETTE`) on a range, ExcelApi 1.1 members only.
 * Only the properties the look sets are written, so looks applied in turn compose like core's `composeLook`.
 */
export function applyLook(range: Excel.Range, look: Look, size: { rows: number; columns: number }): void {
  const format = range.format;
  if (look.fill) format.fill.color = look.fill;
  if (look.bold !== undefined) format.font.bold = look.bold;
  if (look.italic !== undefined) format.font.italic = look.italic;
  if (look.underline) format.font.underline = "Single";
  if (look.color) format.font.color = look.color;
  if (look.size) format.font.size = look.size;
  if (look.wrap) format.wrapText = true;
  if (look.align) format.horizontalAlignment = HORIZONTAL[look.align];
  if (look.valign) format.verticalAlignment = VERTICAL[look.valign];
  if (look.borders) {
    // Inside borders only exist on ranges of more than one row/column.
    const sides = BORDER_SIDES.filter(
      (side) => (side !== "InsideVertical" || size.columns > 1) && (side !== "InsideHorizontal" || size.rows > 1),
    );
    for (const side of sides) format.borders.getItem(side).style = "Continuous";
  }
}
