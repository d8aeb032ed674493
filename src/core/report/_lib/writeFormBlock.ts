import { columnLetters } from "../../_lib/a1";
import { FIELDS, LEVELS, MEASURES, TYPES } from "../../catalogue/dimensions";
import type { FieldCode, LevelCode, TypeCode } from "../../types";
import { COUNT_FORMAT } from "../labels";
import type { SheetGrid } from "./sheetGrid";

/** Counts of one (field, level, type). */
export type CountLookup = (field: FieldCode, level: LevelCode, type: TypeCode) => { new: number; cumulative: number };

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
 * one row per field, total columns and a "Tổng cộng" row as SUM formulas with their values.
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
  const columnSums = Array<number>(FORM_WIDTH).fill(0);
  FIELDS.forEach((field, fi) => {
    const r = first + fi;
    grid.set(r, 0, { v: fi + 1 });
    grid.set(r, 1, { v: field.vi });
    const rowSums = [0, 0];
    LEVELS.forEach((level, li) =>
      TYPES.forEach((type, ti) => {
        const value = counts(field.code, level.code, type.code);
        [value.new, value.cumulative].forEach((v, mi) => {
          const c = formColumn(li, ti, mi);
          grid.set(r, c, { v, fmt: COUNT_FORMAT });
          rowSums[mi] = (rowSums[mi] ?? 0) + v;
          columnSums[c] = (columnSums[c] ?? 0) + v;
        });
      }),
    );
    MEASURES.forEach((_, mi) => {
      const cells = LEVELS.flatMap((_l, li) =>
        TYPES.map((_t, ti) => `${columnLetters(formColumn(li, ti, mi))}${r + 1}`),
      );
      const c = last - 1 + mi;
      grid.set(r, c, { v: rowSums[mi] ?? 0, f: cells.join("+"), fmt: COUNT_FORMAT });
      columnSums[c] = (columnSums[c] ?? 0) + (rowSums[mi] ?? 0);
    });
  });
  const totalRow = first + FIELDS.length;
  grid.set(totalRow, 0, { v: "Tổng cộng" });
  grid.merge(totalRow, 0, totalRow, 1);
  for (let c = 2; c <= last; c++) {
    const letter = columnLetters(c);
    grid.set(totalRow, c, {
      v: columnSums[c] ?? 0,
      f: `SUM(${letter}${first + 1}:${letter}${totalRow})`,
      fmt: COUNT_FORMAT,
    });
  }
  grid.style(first, 0, totalRow - 1, 0, "text");
  grid.style(first, 1, totalRow - 1, 1, "label");
  grid.style(first, 2, totalRow - 1, last, "number");
  grid.style(totalRow, 0, totalRow, last, "total");
  return totalRow + 1;
}
