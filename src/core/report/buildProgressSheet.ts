import type { CompletenessState, Consolidation } from "../consolidate/types";
import type { RunOptions } from "../types";
import { SheetGrid } from "./_lib/sheetGrid";
import { STATE_LABELS } from "./labels";
import { SHEET_NAMES, type SheetModel } from "../sheet/model";

const COUNTED: readonly CompletenessState[] = ["on-time", "late", "rejected", "missing"];
/** 0-based row of the header. */
const HEADER_ROW = 3;

/**
 * Describes the "Tiến độ nộp" sheet: one row per unit, one column per year with the state (Đúng hạn,
 * Trễ hạn, Bị trả lại, Chưa nộp, or Không phải nộp for a year the unit did not exist), styled per
 * state; per-unit counts at the right, a row counting units that reported per year, and a legend.
 *
 * @param c - the consolidation
 * @param options - run options (deadline)
 * @returns the sheet model, key "tien-do"
 * @example
 * buildProgressSheet(c, defaultOptions(2026)).rows[4]?.[3]?.v //=> "Đúng hạn"
 */
export function buildProgressSheet(c: Consolidation, options: RunOptions): SheetModel {
  const grid = new SheetGrid();
  const firstYear = 3;
  const firstCount = firstYear + c.years.length;
  const last = firstCount + COUNTED.length - 1;
  grid.set(0, 0, { v: "TIẾN ĐỘ NỘP BÁO CÁO" });
  grid.merge(0, 0, 0, last);
  grid.style(0, 0, 0, last, "title");
  grid.set(1, 0, {
    v: `Hạn nộp: ngày ${options.deadline.day}/${options.deadline.month} của năm báo cáo. Số đơn vị: ${c.units.length}.`,
  });
  grid.merge(1, 0, 1, last);
  grid.style(1, 0, 1, last, "subtitle");
  ["STT", "Mã đơn vị", "Tên đơn vị", ...c.years.map(String), ...COUNTED.map((s) => STATE_LABELS[s].vi)].forEach(
    (h, i) => grid.set(HEADER_ROW, i, { v: h }),
  );
  grid.style(HEADER_ROW, 0, HEADER_ROW, last, "header");
  const stateOf = new Map(
    c.completeness.map((row) => [`${row.unitCode ?? ""}\u0000${row.unitName}\u0000${row.year}`, row.state]),
  );
  c.units.forEach((unit, i) => {
    const r = HEADER_ROW + 1 + i;
    grid.set(r, 0, { v: i + 1 });
    grid.set(r, 1, unit.code ? { v: unit.code } : null);
    grid.set(r, 2, { v: unit.name });
    const tally = new Map<CompletenessState, number>();
    c.years.forEach((year, yi) => {
      const state = stateOf.get(`${unit.code ?? ""}\u0000${unit.name}\u0000${year}`);
      const label = STATE_LABELS[state ?? "not-expected"];
      if (state) tally.set(state, (tally.get(state) ?? 0) + 1);
      grid.set(r, firstYear + yi, { v: label.vi });
      grid.style(r, firstYear + yi, r, firstYear + yi, label.style);
    });
    COUNTED.forEach((state, si) => grid.set(r, firstCount + si, { v: tally.get(state) ?? 0, fmt: "#,##0" }));
  });
  if (c.units.length > 0) {
    grid.style(HEADER_ROW + 1, 0, HEADER_ROW + c.units.length, 2, "text");
    grid.style(HEADER_ROW + 1, firstCount, HEADER_ROW + c.units.length, last, "number");
  }
  const summary = HEADER_ROW + 1 + c.units.length;
  grid.set(summary, 0, { v: "Số đơn vị đã nộp (đúng hạn + trễ hạn)" });
  grid.merge(summary, 0, summary, 2);
  c.years.forEach((year, yi) => {
    const sent = c.completeness.filter(
      (row) => row.year === year && (row.state === "on-time" || row.state === "late"),
    ).length;
    grid.set(summary, firstYear + yi, { v: sent, fmt: "#,##0" });
  });
  grid.style(summary, 0, summary, last, "total");
  const legend = summary + 2;
  grid.set(legend, 1, { v: "Chú thích:" });
  grid.style(legend, 1, legend, 1, "label");
  (["on-time", "late", "rejected", "missing", "not-expected"] as const).forEach((state, i) => {
    grid.set(legend + 1 + i, 1, { v: STATE_LABELS[state].vi });
    grid.style(legend + 1 + i, 1, legend + 1 + i, 1, STATE_LABELS[state].style);
  });
  return {
    key: "tien-do",
    name: SHEET_NAMES["tien-do"],
    rows: grid.rectangle(last + 1),
    merges: grid.merges,
    styles: grid.styles,
    columnWidths: [6, 14, 30, ...c.years.map(() => 14), ...COUNTED.map(() => 11)],
    freeze: { rows: HEADER_ROW + 1, columns: 3 },
    landscape: true,
  };
}
