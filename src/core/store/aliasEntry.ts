import type { DimensionMember } from "../catalogue/dimensions";
import { FIELDS, LEVELS, MEASURES, TYPES } from "../catalogue/dimensions";
import type { AliasTable } from "../types";

/** The dimensions an alias can belong to. */
export type AliasDimension = keyof AliasTable;

/** One row of the "Danh mục" sheet: a spelling seen in reports and the canonical code it means. */
export interface AliasEntry {
  readonly dimension: AliasDimension;
  /** The label as written in the reports. */
  readonly text: string;
  readonly code: string;
}

/** Vietnamese group names shown in the sheet, in order. */
export const ALIAS_DIMENSIONS: readonly {
  readonly dimension: AliasDimension;
  readonly vi: string;
  readonly members: readonly DimensionMember<string>[];
}[] = [
  { dimension: "field", vi: "Lĩnh vực", members: FIELDS },
  { dimension: "level", vi: "Cấp công nhận", members: LEVELS },
  { dimension: "type", vi: "Loại", members: TYPES },
  { dimension: "measure", vi: "Chỉ tiêu", members: MEASURES },
];

/** Column headings of the "Danh mục" sheet (row 1). */
export const ALIAS_COLUMNS = ["Nhóm", "Cách ghi trong báo cáo", "Hiểu là"] as const;
