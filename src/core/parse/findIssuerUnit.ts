import { matchKey } from "../text/matchKey";
import type { Grid } from "./grid";
import { readHeaderLabel } from "./headerVocabulary";
import { isDateLine } from "./isDateLine";
import { readUnitLine } from "./readUnitLine";

const TITLE_WORDS = [matchKey("báo cáo"), matchKey("Dân vận khéo")];
/** Cells of the right-hand block: the mottos and the place-and-date line. */
const RIGHT_BLOCK = [
  matchKey("Đảng Cộng sản Việt Nam"),
  matchKey("Cộng hòa xã hội chủ nghĩa"),
  matchKey("Độc lập Tự do Hạnh phúc"),
];

/** The row where the issuer block ends: the title, the first labelled field, or the table. */
function blockEnd(grid: Grid, tableTop: number): number {
  for (let r = 0; r < tableTop; r++) {
    for (let c = 0; c < grid.width; c++) {
      const text = grid.text(r, c);
      if (text === "") continue;
      const key = matchKey(text);
      if (key.startsWith(TITLE_WORDS[0] ?? "") || key.includes(TITLE_WORDS[1] ?? "") || readHeaderLabel(text)) return r;
    }
  }
  return tableTop;
}

/** The first column of the right-hand block (mottos, place and date), or the grid's width. */
function rightBlockColumn(grid: Grid, end: number): number {
  let column = grid.width;
  for (let r = 0; r < end; r++) {
    for (let c = 0; c < column; c++) {
      const text = grid.text(r, c);
      if (c > 0 && text !== "" && (isDateLine(text) || RIGHT_BLOCK.some((m) => matchKey(text).includes(m)))) column = c;
    }
  }
  return column;
}

/**
 * Finds the issuing body in a document's top-left issuer block (the lines above the title, left
 * of the mottos and the place-and-date line), as an officer reads it: the lowest line that names
 * a body is the issuer ("ĐẢNG BỘ HUYỆN YÊN HÒA" / "ĐẢNG ỦY XÃ YÊN LẠC" → "Xã Yên Lạc"); a line
 * naming only a department ("BAN DÂN VẬN", "VĂN PHÒNG") takes its place from the nearest line
 * above that names one ("HUYỆN ỦY YÊN HÒA" / "BAN DÂN VẬN" → "Ban Dân vận Huyện ủy Yên Hòa").
 * "*", "Số 12-BC/ĐU" and the mottos are not bodies.
 *
 * @param grid - the sheet
 * @param tableTop - the first grid row of the counts table
 * @returns the unit's readable name, the cell of the issuer line and the line(s) as written, or null
 * @example
 * findIssuerUnit(toGrid({ name: "S", rows: [["ĐẢNG BỘ HUYỆN YÊN HÒA"], ["ĐẢNG ỦY XÃ YÊN LẠC"], ["*"]] }), 3)?.name //=> "Xã Yên Lạc"
 */
export function findIssuerUnit(grid: Grid, tableTop: number): { name: string; cell: string; raw: string } | null {
  const end = blockEnd(grid, tableTop);
  const right = rightBlockColumn(grid, end);
  const lines: { text: string; cell: string }[] = [];
  for (let r = 0; r < end; r++) {
    for (let c = 0; c < right; c++) {
      const text = grid.text(r, c);
      if (text === "") continue;
      lines.push({ text, cell: grid.address(r, c) });
      break;
    }
  }
  for (let i = lines.length - 1; i >= 0; i--) {
    const line = lines[i];
    const body = line ? readUnitLine(line.text) : null;
    if (!line || !body) continue;
    if (body.placed) return { name: body.name, cell: line.cell, raw: line.text };
    for (let j = i - 1; j >= 0; j--) {
      const above = lines[j];
      const parent = above ? readUnitLine(above.text) : null;
      if (above && parent?.placed)
        return { name: `${body.name} ${parent.asParent}`, cell: line.cell, raw: `${above.text} – ${line.text}` };
    }
    return null;
  }
  return null;
}
