import { convertLegacyText } from "./convertLegacyText";
import { detectLegacyEncoding } from "./detectLegacyEncoding";
import { encodingFromFont } from "./encodingFromFont";
import type { LegacyEncoding } from "./legacyEncoding";

/** A cell's text after legacy-encoding repair. */
export interface FixedText {
  readonly text: string;
  /** The encoding the text was converted from, or null when it was left as it was. */
  readonly encoding: LegacyEncoding | null;
}

/**
 * Detects and converts one cell's legacy TCVN3/VNI text to Unicode NFC, deciding per cell (one
 * workbook may mix encodings). Text that needs no conversion comes back unchanged with a null encoding.
 *
 * @param text - the cell text as stored
 * @param font - the cell's font name, when known (".VnTimeH" decodes as capitals)
 * @returns the text to use, and the encoding it was converted from
 * @example
 * fixLegacyText("Céng hßa x· héi chñ nghÜa ViÖt Nam") //=> { text: "Cộng hòa xã hội chủ nghĩa Việt Nam", encoding: "tcvn3" }
 * fixLegacyText("céng hßa", ".VnTimeH") //=> { text: "CỘNG HÒA", encoding: "tcvn3" }
 * fixLegacyText("Café") //=> { text: "Café", encoding: null }
 */
export function fixLegacyText(text: string, font?: string): FixedText {
  const encoding = detectLegacyEncoding(text, font);
  if (encoding === null) return { text, encoding: null };
  const fromFont = encodingFromFont(font);
  const uppercase = fromFont?.encoding === encoding && fromFont.uppercase;
  const converted = convertLegacyText(text, encoding, { uppercase });
  return converted === text ? { text, encoding: null } : { text: converted, encoding };
}
