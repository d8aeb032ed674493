import { matchKey } from "../text/matchKey";
import type { AliasTable, CellValue, RawSheet } from "../types";
import { ALIAS_COLUMNS, ALIAS_DIMENSIONS, type AliasEntry } from "./aliasEntry";

/** What the "Danh mục" sheet says. */
export interface ParsedAliases {
  readonly entries: AliasEntry[];
  /** The aliases as `RunOptions.aliases` wants them (keys are `matchKey` of the spelling). */
  readonly aliases: AliasTable;
  /** Rows that could not be read (unknown group or canonical name), as they were, to keep them. */
  readonly unreadableCells: CellValue[][];
  /** 1-based sheet row numbers of `unreadableCells`, in the same order (to point at them in issues). */
  readonly unreadableRows: number[];
  readonly recognised: boolean;
}

function text(value: CellValue | undefined): string {
  return typeof value === "string" || typeof value === "number" ? String(value).trim() : "";
}

/**
 * Reads the officer's alias table from the "Danh mục" sheet. Groups and canonical names match
 * however they are typed (`matchKey`); the canonical name may also be the code. Later rows win.
 *
 * @param sheet - the sheet's values from A1
 * @returns the entries, the alias table, unreadable rows and whether the header was recognised
 * @example
 * parseAliasSheet({ name: "Danh mục", rows: [["Nhóm", "Cách ghi trong báo cáo", "Hiểu là"], ["lĩnh vực", "KT-XH", "kinh tế"]] }).aliases
 * //=> { field: { "kt xh": "kinh-te" } }
 */
export function parseAliasSheet(sheet: RawSheet): ParsedAliases {
  const header = sheet.rows[0] ?? [];
  const recognised = ALIAS_COLUMNS.every((heading, i) => text(header[i]) === heading);
  const entries: AliasEntry[] = [];
  const unreadableCells: CellValue[][] = [];
  const unreadableRows: number[] = [];
  const table: Record<string, Record<string, string>> = {};
  if (!recognised) return { entries, aliases: {}, unreadableCells, unreadableRows, recognised };
  for (const [index, cells] of sheet.rows.entries()) {
    if (index === 0) continue;
    const [group, spelling, canonical] = [text(cells[0]), text(cells[1]), text(cells[2])];
    if (!group && !spelling && !canonical && cells.every((v) => v === null || text(v) === "")) continue;
    const dim = ALIAS_DIMENSIONS.find((d) => matchKey(d.vi) === matchKey(group));
    const member = dim?.members.find((m) => matchKey(m.vi) === matchKey(canonical) || m.code === canonical);
    const key = matchKey(spelling);
    if (!dim || !member || !key) {
      unreadableCells.push([...cells]);
      unreadableRows.push(index + 1 + (sheet.origin?.r ?? 0));
      continue;
    }
    entries.push({ dimension: dim.dimension, text: spelling, code: member.code });
    (table[dim.dimension] ??= {})[key] = member.code;
  }
  return { entries, aliases: table as AliasTable, unreadableCells, unreadableRows, recognised };
}
