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
 */
// eslint-disable-next-line @typescript-eslint/no-unused-vars -- `font` drives legacy-encoding detection (helper "encodings")
export function cleanCellText(text: string, font?: string): CleanedText {
  return { text: text.normalize("NFC") };
}
