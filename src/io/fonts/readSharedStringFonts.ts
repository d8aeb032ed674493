import { encodingFromFont } from "../../core";
import { nextTag, readAttributes } from "./scanXml";

/**
 * Reads the rich-text run fonts of xl/sharedStrings.xml. For each shared string (by index) whose
 * runs say something about the font: the first run font that is a legacy Vietnamese font, or ""
 * when every run names a font and none is legacy (the text is shown in Unicode fonts whatever the
 * cell's own font). Strings without runs, or with runs that inherit the cell font, are absent.
 * A part without any `<rFont` costs one `indexOf`.
 *
 * @param xml - the text of xl/sharedStrings.xml
 * @returns legacy font ("" = none) by shared-string index
 * @example
 * readSharedStringFonts('<sst><si><r><rPr><rFont val=".VnTimeH"/></rPr><t>x</t></r></si></sst>').get(0) //=> ".VnTimeH"
 */
export function readSharedStringFonts(xml: string): Map<number, string> {
  const fonts = new Map<number, string>();
  if (!xml.includes("rFont")) return fonts;
  let index = -1;
  let legacy = "";
  let runs = 0;
  let inheriting = false;
  let runFont: string | null = null;
  let inRun = false;
  for (let tag = nextTag(xml, 0); tag; tag = nextTag(xml, tag.end)) {
    if (tag.name === "si") {
      if (!tag.closing) {
        index++;
        legacy = "";
        runs = 0;
        inheriting = false;
      }
      if ((tag.closing || tag.selfClosing) && runs > 0 && (legacy || !inheriting)) fonts.set(index, legacy);
    } else if (tag.name === "r" && index >= 0) {
      if (!tag.closing && !tag.selfClosing) {
        inRun = true;
        runFont = null;
      } else if (tag.closing && inRun) {
        inRun = false;
        runs++;
        if (runFont === null) inheriting = true;
        else if (!legacy && encodingFromFont(runFont)) legacy = runFont.trim();
      }
    } else if (tag.name === "rFont" && inRun && !tag.closing) {
      runFont = readAttributes(xml, tag).get("val") ?? null;
    }
  }
  return fonts;
}
