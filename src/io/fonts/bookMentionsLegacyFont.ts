import { encodingFromFont } from "../../core";
import { mentionsLegacyFont } from "./readStyleFonts";

/** The parts of a SheetJS workbook this check reads (present in its output, absent from its typings). */
interface ParsedStyles {
  readonly Styles?: { readonly Fonts?: readonly { readonly name?: unknown }[] };
  readonly Strings?: readonly { readonly r?: unknown }[];
}

/**
 * Fast path for the font reader, at no parsing cost: SheetJS already read styles.xml (its font
 * list) and the shared strings (each rich string's raw runs) while parsing the workbook. False
 * means no font of the workbook and no rich-text run is a legacy Vietnamese font, so nothing
 * else needs to be inflated or scanned.
 *
 * @param book - the workbook returned by `XLSX.read` (any value is accepted)
 * @returns true when a legacy font may be in use
 * @example
 * bookMentionsLegacyFont({ Styles: { Fonts: [{ name: ".VnTime" }] } }) //=> true
 */
export function bookMentionsLegacyFont(book: unknown): boolean {
  if (typeof book !== "object" || book === null) return false;
  const { Styles, Strings } = book as ParsedStyles;
  const fonts = Array.isArray(Styles?.Fonts) ? Styles.Fonts : [];
  if (fonts.some((f) => typeof f?.name === "string" && encodingFromFont(f.name) !== null)) return true;
  const strings = Array.isArray(Strings) ? Strings : [];
  return strings.some((s) => typeof s?.r === "string" && s.r.includes("rFont") && mentionsLegacyFont(s.r));
}
