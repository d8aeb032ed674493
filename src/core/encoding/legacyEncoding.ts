/** A legacy Vietnamese font encoding the converter understands. */
export type LegacyEncoding = "tcvn3" | "vni";

/** Display names used in issue messages. */
export const LEGACY_ENCODING_NAMES: Readonly<Record<LegacyEncoding, string>> = {
  tcvn3: "TCVN3",
  vni: "VNI",
};

/** Options for converting legacy text. */
export interface ConvertLegacyOptions {
  /**
   * The text was shown in an all-capital TCVN3 font (.VnTimeH, .VnArialH…), which draws every
   * lowercase code, ASCII included, as a capital: decode to uppercase.
   */
  readonly uppercase?: boolean;
}
