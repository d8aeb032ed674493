import { LEGACY_ENCODING_NAMES, type LegacyEncoding } from "./legacyEncoding";

/** One converted cell: the encoding (code or display name), the stored text and the Unicode result. */
export interface LegacyConversion {
  readonly encoding: LegacyEncoding | string;
  readonly before: string;
  readonly after: string;
}

/** The parameters of the `legacy-encoding-converted` info issue. */
export interface ConversionSummary {
  readonly count: number;
  /** Display names of the encodings met, e.g. "TCVN3" or "TCVN3, VNI". */
  readonly encoding: string;
  readonly before: string;
  readonly after: string;
}

function displayName(encoding: string): string {
  return encoding in LEGACY_ENCODING_NAMES ? LEGACY_ENCODING_NAMES[encoding as LegacyEncoding] : encoding;
}

/**
 * Sums up a submission's converted cells for its one `legacy-encoding-converted` info issue: how many
 * cells, which encodings, and the first conversion as the example.
 *
 * @param conversions - the conversions, in reading order
 * @returns the issue parameters, or null when nothing was converted
 * @example
 * summarizeConversions([{ encoding: "tcvn3", before: "Tæng", after: "Tổng" }])
 * //=> { count: 1, encoding: "TCVN3", before: "Tæng", after: "Tổng" }
 */
export function summarizeConversions(conversions: readonly LegacyConversion[]): ConversionSummary | null {
  const [first] = conversions;
  if (!first) return null;
  const names = [...new Set(conversions.map((c) => displayName(c.encoding)))];
  return { count: conversions.length, encoding: names.join(", "), before: first.before, after: first.after };
}
