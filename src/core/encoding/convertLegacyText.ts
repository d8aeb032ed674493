import type { ConvertLegacyOptions, LegacyEncoding } from "./legacyEncoding";
import { TCVN3_TO_UNICODE } from "./tcvn3Table";
import { VNI_PAIRS, VNI_SINGLES, VNI_TONE_BYTES } from "./vniTable";
import { withTone } from "./vietnameseLetters";

function convertTcvn3(text: string): string {
  let out = "";
  for (const char of text) out += TCVN3_TO_UNICODE.get(char) ?? char;
  return out;
}

function convertVni(text: string): string {
  let out = "";
  let i = 0;
  while (i < text.length) {
    const char = text.charAt(i);
    const pair = VNI_PAIRS.get(char + text.charAt(i + 1));
    if (pair !== undefined) {
      out += pair;
      i += 2;
      continue;
    }
    const single = VNI_SINGLES.get(char);
    // ơ and ư have single bytes of their own and take a tone byte after them.
    const tone = single !== undefined && /[ơưƠƯ]/u.test(single) ? VNI_TONE_BYTES.get(text.charAt(i + 1)) : undefined;
    out += tone !== undefined && single !== undefined ? withTone(single, tone) : (single ?? char);
    i += tone !== undefined ? 2 : 1;
  }
  return out;
}

/**
 * Converts text typed in a legacy Vietnamese font encoding (as read from the file, i.e. the
 * Windows-1252 characters of its bytes) to Unicode NFC. Characters that are not part of the encoding
 * are kept as they are, so ASCII, digits and punctuation pass through.
 *
 * @param text - the cell text as stored
 * @param encoding - "tcvn3" (TCVN 5712:1993 VN3, .VnTime…) or "vni" (VNI-Windows, VNI-Times…)
 * @param opts - `uppercase: true` for all-capital TCVN3 fonts (.VnTimeH…)
 * @returns the Unicode text
 * @example
 * convertLegacyText("Céng hßa x· héi chñ nghÜa ViÖt Nam", "tcvn3") //=> "Cộng hòa xã hội chủ nghĩa Việt Nam"
 * convertLegacyText("Coäng hoøa", "vni") //=> "Cộng hòa"
 * convertLegacyText("ñy ban", "tcvn3", { uppercase: true }) //=> "ỦY BAN"
 */
export function convertLegacyText(text: string, encoding: LegacyEncoding, opts: ConvertLegacyOptions = {}): string {
  const converted = (encoding === "tcvn3" ? convertTcvn3(text) : convertVni(text)).normalize("NFC");
  return opts.uppercase ? converted.toUpperCase() : converted;
}
