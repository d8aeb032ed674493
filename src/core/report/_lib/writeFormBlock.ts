import { columnLetters } from "../../_lib/a1";
import { FIELDS, LEVELS, MEASURES, TYPES } from "../../catalogue/dimensions";
import { sumMeasures } from "../../consolidate/sumMeasures";
import type { FieldCode, LevelCode, MeasureCode, MeasureCounts, TypeCode } from "../../types";
import { countCell } from "./countCell";
import type { SheetGrid } from "./sheetGrid";

/** Counts of one (field, level, type); null where unknown, `partial` where a sum left unknown counts out. */
export type CountLookup = (field: FieldCode, level: LevelCode, type: TypeCode) => MeasureCounts;

/** Columns of the form block: STT, Lĩnh vực, then level × type × measure, then the two total columns. */
export const FORM_WIDTH = 2 + LEVELS.length * TYPES.length * MEASURES.length + 2;

/**
 * 0-based column of one (level, type, measure) count in the form block.
 *
 * @param levelIndex - index in LEVELS
 * @param typeIndex - index in TYPES
 * @param measureIndex - index in MEASURES
 * @returns the 0-based column
 * @example
 * formColumn(1, 1, 1) //=> 9 (column J: cấp huyện, cá nhân, lũy kế)
 */
export function formColumn(levelIndex: number, typeIndex: number, measureIndex: number): number {
  return 2 + (levelIndex * TYPES.length + typeIndex) * MEASURES.length + measureIndex;
}

function writeHeader(grid: SheetGrid, top: number): void {
  const last = FORM_WIDTH - 1;
  grid.set(top, 0, { v: "STT" });
  grid.set(top, 1, { v: "Lĩnh vực" });
  grid.merge(top, 0, top + 2, 0);
  grid.merge(top, 1, top + 2, 1);
  LEVELS.forEach((level, li) => {
    grid.set(top, formColumn(li, 0, 0), { v: level.vi });
    grid.merge(top, formColumn(li, 0, 0), top, formColumn(li, TYPES.length - 1, MEASURES.length - 1));
    TYPES.forEach((type, ti) => {
      grid.set(top + 1, formColumn(li, ti, 0), { v: type.vi });
      grid.merge(top + 1, formColumn(li, ti, 0), top + 1, formColumn(li, ti, MEASURES.length - 1));
      MEASURES.forEach((measure, mi) => grid.set(top + 2, formColumn(li, ti, mi), { v: measure.vi }));
    });
  });
  grid.set(top, last - 1, { v: "Tổng cộng" });
  grid.merge(top, last - 1, top, last);
  MEASURES.forEach((measure, mi) => {
    grid.set(top + 1, last - 1 + mi, { v: measure.vi });
    grid.merge(top + 1, last - 1 + mi, top + 2, last - 1 + mi);
  });
  grid.style(top, 0, top + 2, last, "header");
}

/**
 * Writes one block in the shape of Mẫu 01-DVK: a three-row merged header (level / type / measure),
 * one row per field, total columns and a "Tổng cộng" row as SUM formulas with their values. An unknown count
 * is "–" (never 0); a total over some unknown counts shows the known part as "≥ N", and one over only unknown
 * counts is "–" without a formula (`countCell`). SUM skips the "–" text, so the formulas stay right.
 *
 * @param grid - the sheet being laid out
 * @param top - 0-based row of the block's first header row
 * @param counts - the counts to show
 * @returns the 0-based row after the block
 * @example
 * writeFormBlock(grid, 4, () => ({ new: 0, cumulative: 0 })) //=> 13 (3 header rows, 5 fields, total row)
 */
export function writeFormBlock(grid: SheetGrid, top: number, counts: CountLookup): number {
  const last = FORM_WIDTH - 1;
  writeHeader(grid, top);
  const first = top + 3;
  const totalRow = first + FIELDS.length;
  // Per field row, the counts of each level × type in column order.
  const byRow = FIELDS.map((field) =>
    LEVELS.flatMap((level) => TYPES.map((type) => counts(field.code, level.code, type.code))),
  );
  const rowSums = byRow.map((parts) => sumMeasures(parts));
  FIELDS.forEach((field, fi) => {
    const r = first + fi;
    grid.set(r, 0, { v: fi + 1 });
    grid.set(r, 1, { v: field.vi });
    LEVELS.forEach((_l, li) =>
      TYPES.forEach((_t, ti) => {
        const value = byRow[fi]?.[li * TYPES.length + ti] ?? { new: 0, cumulative: 0 };
        MEASURES.forEach((measure, mi) => grid.set(r, formColumn(li, ti, mi), countCell(value, measure.code)));
      }),
    );
    MEASURES.forEach((measure, mi) => {
      const cells = LEVELS.flatMap((_l, li) =>
        TYPES.map((_t, ti) => `${columnLetters(formColumn(li, ti, mi))}${r + 1}`),
      );
      const sum = rowSums[fi] ?? { new: 0, cumulative: 0 };
      grid.set(r, last - 1 + mi, countCell(sum, measure.code, { formula: `SUM(${cells.join(",")})` }));
    });
  });
  grid.set(totalRow, 0, { v: "Tổng cộng" });
  grid.merge(totalRow, 0, totalRow, 1);
  const columnSum = (c: number): MeasureCounts => {
    if (c >= last - 1) return sumMeasures(rowSums);
    const index = Math.floor((c - 2) / MEASURES.length);
    return sumMeasures(byRow.map((parts) => parts[index] ?? { new: 0, cumulative: 0 }));
  };
  for (let c = 2; c <= last; c++) {
    const letter = columnLetters(c);
    const measure = (MEASURES[c >= last - 1 ? c - (last - 1) : (c - 2) % MEASURES.length] as { code: MeasureCode })
      .code;
    grid.set(
      totalRow,
      c,
      countCell(columnSum(c), measure, { formula: `SUM(${letter}${first + 1}:${letter}${totalRow})` }),
    );
  }
  grid.style(first, 0, totalRow - 1, 0, "text");
  grid.style(first, 1, totalRow - 1, 1, "label");
  grid.style(first, 2, totalRow - 1, last, "number");
  grid.style(totalRow, 0, totalRow, last, "total");
  return totalRow + 1;
}
