import type { LegacyEncoding } from "./legacyEncoding";

/** What a font name says about the encoding of the text shown in it. */
export interface FontEncoding {
  readonly encoding: LegacyEncoding;
  /** An all-capital TCVN3 font (.VnTimeH, .VnArialH…): lowercase codes are drawn as capitals. */
  readonly uppercase: boolean;
}

/**
 * Reads the legacy encoding off a font name: TCVN3 (ABC) fonts start with "." (.VnTime, .VnArial),
 * their all-capital variants also end in "H" (.VnTimeH); VNI fonts start with "VNI-" (VNI-Times).
 *
 * @param font - the font name, as the file reader or the Office adapter reports it
 * @returns the encoding, or null for any other font (or none)
 * @example
 * encodingFromFont(".VnTimeH") //=> { encoding: "tcvn3", uppercase: true }
 * encodingFromFont("VNI-Times") //=> { encoding: "vni", uppercase: false }
 * encodingFromFont("Times New Roman") //=> null
 */
export function encodingFromFont(font: string | undefined): FontEncoding | null {
  const name = font?.trim() ?? "";
  if (/^\.\S/u.test(name)) return { encoding: "tcvn3", uppercase: name.endsWith("H") };
  if (/^vni[-\s]/iu.test(name)) return { encoding: "vni", uppercase: false };
  return null;
}
