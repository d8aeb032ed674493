import type { LegacyEncoding } from "./legacyEncoding";
import { TCVN3_TO_UNICODE } from "./tcvn3Table";
import { VNI_PAIRS, VNI_SINGLES, VNI_TONE_BYTES } from "./vniTable";
import { withTone } from "./vietnameseLetters";

function invert(table: ReadonlyMap<string, string>): Map<string, string> {
  const inverse = new Map<string, string>();
  // First entry wins: the tables list the canonical (case-matched) form first.
  for (const [legacy, letter] of table) if (!inverse.has(letter)) inverse.set(letter, legacy);
  return inverse;
}

const FROM_UNICODE_TCVN3 = invert(TCVN3_TO_UNICODE);

function buildVniInverse(): Map<string, string> {
  const inverse = invert(new Map([...VNI_SINGLES, ...VNI_PAIRS]));
  for (const [byte, letter] of VNI_SINGLES) {
    if (!/[ơưƠƯ]/u.test(letter)) continue;
    const upper = letter === letter.toUpperCase();
    for (const [mark, tone] of VNI_TONE_BYTES) {
      const markIsUpper = mark === mark.toUpperCase();
      if (markIsUpper === upper && !inverse.has(withTone(letter, tone)))
        inverse.set(withTone(letter, tone), byte + mark);
    }
  }
  return inverse;
}

const FROM_UNICODE_VNI = buildVniInverse();

/**
 * Writes Unicode Vietnamese the way a legacy font stores it (as Windows-1252 characters): the inverse
 * of `convertLegacyText`, used to build legacy test data and sample files. TCVN3 has no uppercase toned
 * letters: with `uppercase: true` the text is lowercased first (as typed for .VnTimeH); otherwise such
 * letters are left as they are.
 *
 * @param text - Unicode text
 * @param encoding - "tcvn3" or "vni"
 * @param opts - `uppercase: true` to encode for an all-capital TCVN3 font
 * @returns the legacy text
 * @example
 * encodeLegacyText("Cộng hòa", "tcvn3") //=> "Céng hßa"
 * encodeLegacyText("Việt Nam", "vni") //=> "Vieät Nam"
 */
export function encodeLegacyText(
  text: string,
  encoding: LegacyEncoding,
  opts: { readonly uppercase?: boolean } = {},
): string {
  const source = opts.uppercase ? text.normalize("NFC").toLowerCase() : text.normalize("NFC");
  const table = encoding === "tcvn3" ? FROM_UNICODE_TCVN3 : FROM_UNICODE_VNI;
  let out = "";
  for (const char of source) out += table.get(char) ?? char;
  return out;
}
