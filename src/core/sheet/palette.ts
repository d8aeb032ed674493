import type { CellStyle } from "./model";

/**
 * How a cell looks, as plain data every renderer maps onto its own API. Colours are "#RRGGBB".
 * Alignment and borders are part of the look; a renderer that cannot carry a property drops it.
 */
export interface Look {
  readonly fill?: string;
  readonly color?: string;
  readonly bold?: boolean;
  readonly italic?: boolean;
  readonly underline?: boolean;
  readonly size?: number;
  /** Thin borders around every cell of the range. */
  readonly borders?: boolean;
  readonly wrap?: boolean;
  readonly align?: "left" | "center" | "right";
  readonly valign?: "top" | "middle";
}

/** The report's typeface (Vietnamese administrative documents are set in Times New Roman). */
export const REPORT_FONT = "Times New Roman";

/** Default font size of report cells, in points. */
export const REPORT_FONT_SIZE = 11;

/** Thin border colour. */
export const BORDER_COLOR = "#8C8C8C";

const ERROR = { fill: "#FFC7CE", color: "#9C0006" } as const;
const WARNING = { fill: "#FFEB9C", color: "#9C5700" } as const;
const STATE = { borders: true, align: "center", valign: "middle" } as const;

/**
 * The one palette of the report: each named style's look. Every writer (add-in, CLI, preview
 * download, task-pane table) takes its colours from here, so a report looks the same wherever it is
 * written. Headers are "Blue, Accent 1, lighter 80%" (#D9E1F2) of the Office theme, kept apart from
 * the paler info blue (#DDEBF7) of "severity-info" cells.
 */
export const PALETTE: Readonly<Record<CellStyle, Look>> = {
  title: { bold: true, size: 14, color: "#1F3864", align: "center", valign: "middle" },
  subtitle: { bold: true, italic: true, align: "left", valign: "middle" },
  note: { italic: true, size: 10, color: "#595959", align: "left", valign: "middle" },
  header: { bold: true, fill: "#D9E1F2", borders: true, wrap: true, align: "center", valign: "middle" },
  label: { bold: true, borders: true, wrap: true, valign: "middle" },
  text: { borders: true, wrap: true, valign: "top" },
  number: { borders: true, align: "right", valign: "middle" },
  total: { bold: true, fill: "#F2F2F2", borders: true, valign: "middle" },
  input: { fill: "#FFF2CC", borders: true },
  "severity-error": { ...ERROR, ...STATE, bold: true },
  "severity-warning": { ...WARNING, ...STATE, bold: true },
  "severity-info": { fill: "#DDEBF7", color: "#1F4E79", ...STATE },
  "state-on-time": { fill: "#C6EFCE", color: "#006100", ...STATE },
  "state-late": { ...WARNING, ...STATE },
  "state-missing": { ...ERROR, ...STATE, bold: true },
  "state-rejected": { fill: "#F4B084", color: "#833C0B", ...STATE, bold: true },
  "state-not-expected": { fill: "#EDEDED", color: "#808080", ...STATE },
  "status-superseded": { italic: true, color: "#808080" },
};

/** The look added to a cell that links to another place in the workbook. */
export const LINK_LOOK: Look = { color: "#0563C1", underline: true };
