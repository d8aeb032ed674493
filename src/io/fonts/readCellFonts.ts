import { parseA1, toA1 } from "../../core";
import { nextTag, readAttributes } from "./scanXml";

/** Where the legacy fonts of a sheet's cells come from. */
export interface FontSources {
  /** Legacy font by cell-format index (from styles.xml). */
  readonly legacyByXf: ReadonlyMap<number, string>;
  /** Legacy run font ("" = runs in Unicode fonts only) by shared-string index. */
  readonly sharedStrings: ReadonlyMap<number, string>;
  /** Cells at or beyond these 0-based bounds are ignored (the sheet is rejected by the caps anyway). */
  readonly maxRows: number;
  readonly maxColumns: number;
}

/** The text of the `<v>` element that follows a cell's start tag, if it comes before `</c>`. */
function valueAfter(xml: string, from: number): string | null {
  for (let tag = nextTag(xml, from); tag; tag = nextTag(xml, tag.end)) {
    if (tag.name === "v" && !tag.closing) {
      if (tag.selfClosing) return null;
      const close = xml.indexOf("<", tag.end);
      return close < 0 ? null : xml.slice(tag.end, close);
    }
    if (tag.name === "c" || tag.name === "row") return null;
  }
  return null;
}

const TEXT_TYPES = new Set(["s", "inlineStr", "str"]);

/**
 * Scans a worksheet part's `<c>` tags and returns the legacy font of each text cell (shared,
 * inline or formula string) shown in one: the cell format's font, overridden by the rich-text run
 * fonts of its shared string. Cells without `r` take the next position, as Excel does.
 *
 * @param xml - the text of the worksheet part
 * @param sources - fonts by cell format and by shared string, and the sheet caps
 * @returns font name by A1 address (sparse: only cells in a legacy font)
 * @example
 * readCellFonts('<row r="1"><c r="A1" s="1" t="s"><v>0</v></c></row>', { legacyByXf: new Map([[1, ".VnTime"]]), sharedStrings: new Map(), maxRows: 10, maxColumns: 10 }) //=> { A1: ".VnTime" }
 */
export function readCellFonts(xml: string, sources: FontSources): Record<string, string> {
  const fonts: Record<string, string> = {};
  let row = -1;
  let col = -1;
  let inSheetData = false;
  for (let tag = nextTag(xml, 0); tag; tag = nextTag(xml, tag.end)) {
    if (tag.name === "sheetData") {
      inSheetData = !tag.closing && !tag.selfClosing;
      continue;
    }
    if (!inSheetData || tag.closing) continue;
    if (tag.name === "row") {
      const r = Number(readAttributes(xml, tag).get("r"));
      row = Number.isInteger(r) && r > 0 ? r - 1 : row + 1;
      col = -1;
      continue;
    }
    if (tag.name !== "c") continue;
    const a = readAttributes(xml, tag);
    const at = parseA1(a.get("r") ?? "");
    if (at) {
      row = at.row;
      col = at.col;
    } else col++;
    const type = a.get("t") ?? "n";
    if (!TEXT_TYPES.has(type) || row < 0 || row >= sources.maxRows || col >= sources.maxColumns) continue;
    const s = Number(a.get("s") ?? "0");
    let font = sources.legacyByXf.get(s);
    if (type === "s" && sources.sharedStrings.size > 0 && !tag.selfClosing) {
      const value = valueAfter(xml, tag.end);
      const run = value === null ? undefined : sources.sharedStrings.get(Number(value.trim()));
      if (run !== undefined) font = run || undefined;
    }
    if (font) fonts[toA1(row, col)] = font;
  }
  return fonts;
}
