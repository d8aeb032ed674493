import { combinationKey } from "../catalogue/combinationKey";
import type { Consolidation } from "../consolidate/types";
import type { RunOptions } from "../types";
import { SheetGrid } from "./_lib/sheetGrid";
import { FORM_WIDTH, writeFormBlock } from "./_lib/writeFormBlock";
import { SHEET_NAMES, type SheetModel } from "../sheet/model";

/** The legend of "–" and "≥ N", added to the note when the sheet shows either. */
const UNKNOWN_LEGEND =
  " “–”: chưa biết (bảng của đơn vị không có cột này; không tính là 0). “≥ N”: tổng còn thiếu số chưa biết, N là tổng các số đã biết.";

function yearLine(c: Consolidation, year: number): string {
  const rows = c.completeness.filter((r) => r.year === year);
  const count = (state: string) => rows.filter((r) => r.state === state).length;
  const expected = c.units.filter((u) => u.expectedYears.includes(year)).length;
  return `Đơn vị phải báo cáo: ${expected} · Đúng hạn: ${count("on-time")} · Trễ hạn: ${count("late")} · Bị trả lại: ${count("rejected")} · Chưa nộp: ${count("missing")}`;
}

/**
 * Describes the "Tổng hợp" sheet: the chosen year's totals in the form's own shape (fields ×
 * level / type / measure, total row and columns), then one block per phase (new summed over the
 * phase, cumulative of its last year with data). An unknown count shows "–", a sum over some unknown
 * counts "≥ N", explained in the note line when the sheet has either.
 *
 * @param c - the consolidation
 * @param options - run options (phases)
 * @param year - the year to show
 * @returns the sheet model, key "tong-hop"
 * @example
 * buildSummarySheet(c, defaultOptions(2026), 2024).rows[0]?.[0]?.v //=> "TỔNG HỢP KẾT QUẢ PHONG TRÀO THI ĐUA “DÂN VẬN KHÉO” NĂM 2024"
 */
export function buildSummarySheet(c: Consolidation, options: RunOptions, year: number): SheetModel {
  const grid = new SheetGrid();
  const last = FORM_WIDTH - 1;
  const line = (r: number, text: string, style: "title" | "subtitle" | "note") => {
    grid.set(r, 0, { v: text });
    grid.merge(r, 0, r, last);
    grid.style(r, 0, r, last, style);
  };
  line(0, `TỔNG HỢP KẾT QUẢ PHONG TRÀO THI ĐUA “DÂN VẬN KHÉO” NĂM ${year}`, "title");
  line(1, yearLine(c, year), "subtitle");
  const shown = [
    ...c.totals.filter((t) => t.year === year),
    ...c.phaseTotals.filter((p) => options.phases.some((ph) => ph.from === p.from && ph.to === p.to)),
  ];
  const unknown = shown.some((t) => t.new === null || t.cumulative === null || t.partial !== undefined);
  line(
    2,
    `Mới trong năm: cộng số mới của các đơn vị trong năm. Lũy kế: cộng lũy kế của các đơn vị trong năm (không cộng dồn qua các năm).${unknown ? UNKNOWN_LEGEND : ""}`,
    "note",
  );
  const yearTotals = new Map(
    c.totals.filter((t) => t.year === year).map((t) => [combinationKey(t.field, t.level, t.type), t]),
  );
  let row = writeFormBlock(grid, 4, (f, l, t) => yearTotals.get(combinationKey(f, l, t)) ?? { new: 0, cumulative: 0 });
  for (const phase of options.phases) {
    const rows = c.phaseTotals.filter((p) => p.from === phase.from && p.to === phase.to);
    const cumulativeYear = rows[0]?.cumulativeYear ?? null;
    const note = cumulativeYear === null ? "chưa có số liệu" : `lũy kế tính đến năm ${cumulativeYear}`;
    row += 1;
    line(
      row,
      `Giai đoạn ${phase.from}–${phase.to}: số mới cộng các năm ${phase.from}–${phase.to}; ${note}`,
      "subtitle",
    );
    const byKey = new Map(rows.map((p) => [combinationKey(p.field, p.level, p.type), p]));
    row = writeFormBlock(grid, row + 1, (f, l, t) => byKey.get(combinationKey(f, l, t)) ?? { new: 0, cumulative: 0 });
  }
  return {
    key: "tong-hop",
    name: SHEET_NAMES["tong-hop"],
    rows: grid.rectangle(FORM_WIDTH),
    merges: grid.merges,
    styles: grid.styles,
    columnWidths: [5, 38, ...Array<number>(FORM_WIDTH - 2).fill(10)],
    freeze: { rows: 7, columns: 2 },
    landscape: true,
  };
}
