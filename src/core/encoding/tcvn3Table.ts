import { MARKED_BASES, TONE_MARKS, VOWELS, withTone } from "./vietnameseLetters";

/**
 * TCVN 5712:1993 VN3 ("TCVN3", the ABC fonts .VnTime, .VnArial…), written from the standard's layout:
 * ASCII is unchanged; the upper half holds 67 lowercase letters, 7 uppercase base letters and the
 * no-break space (0xA0, unchanged). There are no uppercase toned letters: capitals come from the
 * all-capital fonts (.VnTimeH…), which draw the lowercase codes as capitals.
 *
 * Codes are the byte values; a cell read as Windows-1252/Latin-1 text holds them as U+00A1–U+00FF.
 *
 * glibc's TCVN5712-1 (what `iconv` offers) is VN1, a superset: the 67 lowercase letters, the 7 uppercase
 * base letters and 0xA0 sit at the same codes (the tests check every one against iconv), and VN1 adds
 * the 60 uppercase toned letters at 0x01 0x02 0x04–0x06 0x11–0x17, 0x80–0x9F, 0xAF 0xBA 0xBF 0xC0–0xC5
 * 0xCD 0xD9–0xDB 0xE0 0xF0 0xFF, and combining tone marks at 0xB0–0xB4. VN3 leaves all of these
 * unassigned (in the ABC fonts 0x80–0x9F draw the Windows-1252 punctuation “ ” – …), so they are not
 * decoded here: a dash in a .VnTime cell stays a dash.
 */

/** Marked base letters: lowercase ă â ê ô ơ ư đ at 0xA8–0xAE, uppercase Ă Â Ê Ô Ơ Ư Đ at 0xA1–0xA7. */
const BASE_CODES: readonly (readonly [lower: number, upper: number])[] = [
  [0xa8, 0xa1], // ă Ă
  [0xa9, 0xa2], // â Â
  [0xaa, 0xa3], // ê Ê
  [0xab, 0xa4], // ô Ô
  [0xac, 0xa5], // ơ Ơ
  [0xad, 0xa6], // ư Ư (0xAD reads as a soft hyphen)
  [0xae, 0xa7], // đ Đ
];

/** Toned lowercase vowels: for each vowel of `VOWELS`, the codes for huyền, hỏi, ngã, sắc, nặng. */
const TONED_CODES: readonly (readonly number[])[] = [
  [0xb5, 0xb6, 0xb7, 0xb8, 0xb9], // a
  [0xbb, 0xbc, 0xbd, 0xbe, 0xc6], // ă
  [0xc7, 0xc8, 0xc9, 0xca, 0xcb], // â
  [0xcc, 0xce, 0xcf, 0xd0, 0xd1], // e
  [0xd2, 0xd3, 0xd4, 0xd5, 0xd6], // ê
  [0xd7, 0xd8, 0xdc, 0xdd, 0xde], // i
  [0xdf, 0xe1, 0xe2, 0xe3, 0xe4], // o
  [0xe5, 0xe6, 0xe7, 0xe8, 0xe9], // ô
  [0xea, 0xeb, 0xec, 0xed, 0xee], // ơ
  [0xef, 0xf1, 0xf2, 0xf3, 0xf4], // u
  [0xf5, 0xf6, 0xf7, 0xf8, 0xf9], // ư
  [0xfa, 0xfb, 0xfc, 0xfd, 0xfe], // y
];

function buildTable(): ReadonlyMap<string, string> {
  const table = new Map<string, string>();
  MARKED_BASES.forEach((letter, i) => {
    const [lower, upper] = BASE_CODES[i] ?? [0, 0];
    table.set(String.fromCharCode(lower), letter);
    table.set(String.fromCharCode(upper), letter.toUpperCase());
  });
  VOWELS.forEach((vowel, i) => {
    TONE_MARKS.forEach((tone, t) => {
      const code = TONED_CODES[i]?.[t] ?? 0;
      table.set(String.fromCharCode(code), withTone(vowel, tone));
    });
  });
  return table;
}

/** TCVN3 code (as the Latin-1 character it reads as) → Unicode letter; 74 entries. */
export const TCVN3_TO_UNICODE: ReadonlyMap<string, string> = buildTable();
