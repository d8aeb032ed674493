/** Renders a report-model sheet (or a raw source sheet) as an HTML table, text through text nodes only. */
import {
  type CellValue,
  listCells,
  parseA1Range,
  type RawSheet,
  type RenderCell,
  type SheetModel,
  toA1,
} from "../../core";
import { el } from "../dom";

function formatModelValue(
  v: string | number | boolean | null,
  fmt: string | undefined,
  number: Intl.NumberFormat,
): string {
  if (v === null) return "";
  if (typeof v === "number") {
    if (fmt && fmt.includes("%")) return `${number.format(v * 100)}%`;
    // A quoted literal before the number, e.g. '"≥ "#,##0' for a total with unknown counts left out.
    return `${/^"([^"]*)"/.exec(fmt ?? "")?.[1] ?? ""}${number.format(v)}`;
  }
  return String(v);
}

/**
 * A report-model sheet as a table: merges become row/col spans, styles become `s-<style>` classes.
 *
 * @param sheet - the sheet model
 * @param lang - number format language
 * @returns the table element
 */
export function renderSheetModel(sheet: SheetModel, lang: "vi" | "en"): HTMLTableElement {
  const number = new Intl.NumberFormat(lang === "vi" ? "vi-VN" : "en-GB", { maximumFractionDigits: 2 });
  // Links are shown as their labels; the cell's main style (its last run) becomes its class.
  const cells = new Map<string, RenderCell>(listCells(sheet, () => null).map((cell) => [cell.address, cell]));
  const covered = new Set<string>();
  const spans = new Map<string, { rows: number; cols: number }>();
  for (const merge of sheet.merges) {
    const b = parseA1Range(merge);
    if (!b) continue;
    spans.set(`${b.top},${b.left}`, { rows: b.bottom - b.top + 1, cols: b.right - b.left + 1 });
    for (let r = b.top; r <= b.bottom; r++)
      for (let c = b.left; c <= b.right; c++) if (r !== b.top || c !== b.left) covered.add(`${r},${c}`);
  }
  const width = sheet.rows.reduce((n, row) => Math.max(n, row.length), 0);
  const table = el("table", { class: "sheet-table", "data-sheet": sheet.name });
  const body = el("tbody");
  sheet.rows.forEach((row, r) => {
    const tr = el("tr");
    for (let c = 0; c < width; c++) {
      const key = `${r},${c}`;
      if (covered.has(key)) continue;
      const cell = row[c] ?? null;
      const style = cells.get(toA1(r, c))?.styles.at(-1);
      const span = spans.get(key);
      const td = el(
        "td",
        {
          "data-cell": toA1(r, c),
          class: style ? `s-${style}` : false,
          rowspan: span && span.rows > 1 ? span.rows : false,
          colspan: span && span.cols > 1 ? span.cols : false,
        },
        cell ? formatModelValue(cell.v, cell.fmt, number) : "",
      );
      tr.appendChild(td);
    }
    body.appendChild(tr);
  });
  table.appendChild(body);
  return table;
}

function formatRawValue(v: CellValue): string {
  if (v === null) return "";
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v === "object") return v.error;
  return String(v);
}

/**
 * A source sheet as a grid with column letters and row numbers; each cell carries its A1 address in `data-cell`.
 *
 * @param sheet - the raw sheet
 * @param selected - A1 address or range to mark selected, if any
 * @returns the table element
 */
export function renderRawSheet(sheet: RawSheet, selected: string | null): HTMLTableElement {
  const origin = sheet.origin ?? { r: 0, c: 0 };
  const width = sheet.rows.reduce((n, row) => Math.max(n, row.length), 0) + origin.c;
  const table = el("table", { class: "sheet-table raw", "data-sheet": sheet.name });
  const head = el("tr", {}, el("th", { class: "corner" }, ""));
  for (let c = 0; c < width; c++) head.appendChild(el("th", { scope: "col" }, toA1(0, c).replace(/\d+$/, "")));
  const body = el("tbody", {}, head);
  const height = sheet.rows.length + origin.r;
  const box = selected ? parseA1Range(selected) : null;
  for (let r = 0; r < height; r++) {
    const tr = el("tr", {}, el("th", { scope: "row" }, String(r + 1)));
    for (let c = 0; c < width; c++) {
      const value = sheet.rows[r - origin.r]?.[c - origin.c] ?? null;
      const address = toA1(r, c);
      const isSelected = box !== null && r >= box.top && r <= box.bottom && c >= box.left && c <= box.right;
      tr.appendChild(
        el(
          "td",
          {
            "data-cell": address,
            class: isSelected ? "selected" : false,
            "aria-selected": isSelected ? "true" : false,
          },
          formatRawValue(value),
        ),
      );
    }
    body.appendChild(tr);
  }
  table.appendChild(body);
  return table;
}
