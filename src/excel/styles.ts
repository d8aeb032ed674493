import type { CellStyle } from "../core";

/** How a named cell style looks in Excel. Applied only to the add-in's own sheets. */
export interface ExcelStyle {
  readonly fill?: string;
  readonly bold?: boolean;
  readonly italic?: boolean;
  readonly color?: string;
  readonly size?: number;
  readonly borders?: boolean;
  readonly wrap?: boolean;
  readonly align?: "Left" | "Center" | "Right";
}

export const EXCEL_STYLES: Readonly<Record<CellStyle, ExcelStyle>> = {
  title: { bold: true, size: 14, color: "#1F3864" },
  subtitle: { italic: true, size: 11 },
  note: { italic: true, color: "#595959" },
  header: { bold: true, fill: "#D9E1F2", borders: true, wrap: true, align: "Center" },
  label: { bold: true, borders: true, wrap: true },
  text: { borders: true },
  number: { borders: true },
  total: { bold: true, fill: "#F2F2F2", borders: true },
  input: { fill: "#FFF2CC", borders: true },
  "severity-error": { fill: "#FFC7CE", color: "#9C0006" },
  "severity-warning": { fill: "#FFEB9C", color: "#9C5700" },
  "severity-info": { fill: "#DDEBF7" },
  "state-on-time": { fill: "#C6EFCE", color: "#006100", align: "Center" },
  "state-late": { fill: "#FFEB9C", color: "#9C5700", align: "Center" },
  "state-missing": { fill: "#FFC7CE", color: "#9C0006", align: "Center" },
  "state-rejected": { fill: "#F4B084", color: "#833C0B", align: "Center" },
  "state-not-expected": { fill: "#EDEDED", color: "#808080", align: "Center" },
  "status-superseded": { italic: true, color: "#808080" },
};

const BORDER_SIDES = ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight", "InsideVertical", "InsideHorizontal"] as const;

/** Queues the formatting of one named style on a range (ExcelApi 1.1 members only). */
export function applyStyle(range: Excel.Range, style: CellStyle, size: { rows: number; columns: number }): void {
  const s = EXCEL_STYLES[style];
  const format = range.format;
  if (s.fill) format.fill.color = s.fill;
  if (s.bold !== undefined) format.font.bold = s.bold;
  if (s.italic !== undefined) format.font.italic = s.italic;
  if (s.color) format.font.color = s.color;
  if (s.size) format.font.size = s.size;
  if (s.wrap) format.wrapText = true;
  if (s.align) format.horizontalAlignment = s.align;
  if (s.borders) {
    // Inside borders only exist on ranges of more than one row/column.
    const sides = BORDER_SIDES.filter((side) => (side !== "InsideVertical" || size.columns > 1) && (side !== "InsideHorizontal" || size.rows > 1));
    for (const side of sides) format.borders.getItem(side).style = "Continuous";
  }
}
