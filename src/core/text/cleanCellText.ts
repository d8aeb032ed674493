import { fixLegacyText } from "../encoding/fixLegacyText";
import { LEGACY_ENCODING_NAMES } from "../encoding/legacyEncoding";

/** A legacy-encoding conversion applied to one cell's text. */
export interface TextConversion {
  /** Name of the legacy encoding, e.g. "TCVN3" or "VNI". */
  readonly encoding: string;
  /** The text as it was stored in the cell. */
  readonly before: string;
}

/** A cell string made ready for use, with the conversion applied if any. */
export interface CleanedText {
  readonly text: string;
  readonly conversion?: TextConversion;
}

/**
 * The single point every cell string passes through before the reader uses it: Unicode NFC
 * (decomposed Vietnamese is common). Legacy TCVN3/VNI conversion plugs in here, decided per
 * cell from the font name where the reader knows it.
 *
 * @param text - the cell text as stored
 * @param font - the cell's font name, when the reader exposes it (e.g. ".VnTime", "VNI-Times")
 * @returns the cleaned text, and the conversion when one was applied
 * @example
 * cleanCellText("Kinh te\u0302\u0301").text //=> "Kinh tế"
 * cleanCellText("kinh tÕ", ".VnTime") //=> { text: "kinh tế", conversion: { encoding: "TCVN3", before: "kinh tÕ" } }
 */
export function cleanCellText(text: string, font?: string): CleanedText {
  const fixed = fixLegacyText(text, font);
  if (fixed.encoding === null) return { text: text.normalize("NFC") };
  return {
    text: fixed.text.normalize("NFC"),
    conversion: { encoding: LEGACY_ENCODING_NAMES[fixed.encoding], before: text },
  };
}
