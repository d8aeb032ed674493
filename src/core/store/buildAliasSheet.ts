import { labelOf } from "../catalogue/dimensions";
import type { ModelCell, SheetModel } from "../sheet/model";
import { SHEET_NAMES } from "../sheet/model";
import type { CellValue } from "../types";
import { ALIAS_COLUMNS, ALIAS_DIMENSIONS, type AliasEntry } from "./aliasEntry";

const HOW_TO =
  "Thêm một dòng để dạy phần bổ trợ cách ghi mới: cột A là nhóm, cột B là cách ghi trong báo cáo, cột C là tên chuẩn (ví dụ: Lĩnh vực | KT-XH | Kinh tế).";

function keptCell(value: CellValue): ModelCell | null {
  if (value === null) return null;
  if (value instanceof Date) return { v: value.toISOString().slice(0, 10) };
  if (typeof value === "object") return { v: value.error };
  return { v: value };
}

/**
 * Describes the "Danh mục" sheet: the officer's alias table (group, spelling, canonical name), one
 * row per alias, and rows it could not read kept as they were. `parseAliasSheet` reads it back.
 *
 * @param entries - the aliases
 * @param kept - unreadable rows from `parseAliasSheet`, written back unchanged
 * @returns the sheet model, key "danh-muc"
 * @example
 * buildAliasSheet([{ dimension: "field", text: "KT-XH", code: "kinh-te" }]).rows[1]?.map((c) => c?.v)
 * //=> ["Lĩnh vực", "KT-XH", "Kinh tế"]
 */
export function buildAliasSheet(
  entries: readonly AliasEntry[],
  kept: readonly (readonly CellValue[])[] = [],
): SheetModel {
  const rows: (ModelCell | null)[][] = [[...ALIAS_COLUMNS.map((v) => ({ v })), null, { v: HOW_TO }]];
  for (const entry of entries) {
    const group = ALIAS_DIMENSIONS.find((d) => d.dimension === entry.dimension);
    if (!group) continue;
    rows.push([{ v: group.vi }, { v: entry.text }, { v: labelOf(group.members, entry.code) }]);
  }
  for (const cells of kept) rows.push(cells.map(keptCell));
  return {
    key: "danh-muc",
    name: SHEET_NAMES["danh-muc"],
    rows,
    merges: [],
    styles: [
      { range: "A1:C1", style: "header" },
      { range: "E1", style: "note" },
    ],
    columnWidths: [16, 40, 36, 2, 60],
    freeze: { rows: 1, columns: 0 },
  };
}
