import { encodingFromFont } from "../../core";
import { nextTag, readAttributes } from "./scanXml";

/** What styles.xml says about fonts: the font of each cell format (`s` index) that uses a legacy font. */
export interface StyleFonts {
  /** Legacy font name by cell-format index (`<cellXfs>` position); absent for every other format. */
  readonly legacyByXf: ReadonlyMap<number, string>;
}

function isSpace(c: string): boolean {
  return c === " " || c === "\t" || c === "\n" || c === "\r";
}

/**
 * Cheap pre-check, one `indexOf` pass: does any `val` attribute of the part start with "." or
 * "VNI" (the only way a legacy font name can appear)? False means no legacy font for sure.
 *
 * @param xml - the text of xl/styles.xml
 * @returns true when a legacy font name may be present
 * @example
 * mentionsLegacyFont('<name val="Calibri"/>') //=> false
 */
export function mentionsLegacyFont(xml: string): boolean {
  for (let at = xml.indexOf("val", 0); at >= 0; at = xml.indexOf("val", at + 3)) {
    let p = at + 3;
    while (isSpace(xml.charAt(p))) p++;
    if (xml.charAt(p) !== "=") continue;
    p++;
    while (isSpace(xml.charAt(p))) p++;
    if (xml.charAt(p) !== '"' && xml.charAt(p) !== "'") continue;
    if (xml.charAt(p + 1) === "." || xml.slice(p + 1, p + 4).toLowerCase() === "vni") return true;
  }
  return false;
}

/**
 * Reads the font name of each `<fonts>` entry and the font of each `<cellXfs>` format from
 * xl/styles.xml, keeping only the formats whose font is a legacy Vietnamese font (TCVN3 ".VnTime…",
 * VNI "VNI-…"). A part without any such font name costs one `indexOf` pass.
 *
 * @param xml - the text of xl/styles.xml
 * @returns the legacy font of each cell format that has one (empty map when none)
 * @example
 * readStyleFonts('<fonts><font><name val=".VnTime"/></font></fonts><cellXfs><xf fontId="0"/></cellXfs>').legacyByXf.get(0) //=> ".VnTime"
 */
export function readStyleFonts(xml: string): StyleFonts {
  const legacyByXf = new Map<number, string>();
  if (!mentionsLegacyFont(xml)) return { legacyByXf };
  const fonts: string[] = [];
  let section: "" | "fonts" | "cellXfs" = "";
  let fontName: string | null = null;
  let xfIndex = 0;
  for (let tag = nextTag(xml, 0); tag; tag = nextTag(xml, tag.end)) {
    if (tag.name === "fonts" || tag.name === "cellXfs") {
      section = tag.closing || tag.selfClosing ? "" : tag.name;
      continue;
    }
    if (section === "fonts" && tag.name === "font") {
      if (!tag.closing) fontName = "";
      if (tag.closing || tag.selfClosing) {
        fonts.push(fontName ?? "");
        fontName = null;
      }
    } else if (section === "fonts" && tag.name === "name" && fontName === "" && !tag.closing) {
      fontName = readAttributes(xml, tag).get("val") ?? "";
    } else if (section === "cellXfs" && tag.name === "xf" && !tag.closing) {
      const fontId = Number(readAttributes(xml, tag).get("fontId") ?? "0");
      const font = Number.isInteger(fontId) ? fonts[fontId] : undefined;
      if (font !== undefined && encodingFromFont(font)) legacyByXf.set(xfIndex, font.trim());
      xfIndex++;
    }
  }
  return { legacyByXf };
}
