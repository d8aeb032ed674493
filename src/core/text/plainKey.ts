const MARKS = /\p{M}+/gu;
const NOT_WORD = /[^\p{L}\p{N}]+/gu;

/**
 * The key of a text written without Vietnamese diacritics: every mark dropped ("đ" → "d"),
 * case-folded, punctuation and runs of spaces reduced to single spaces. Used only to compare a
 * name typed without accents (file names, "Xa Yen Lac") with names written in full; text that
 * has its diacritics compares through `matchKey`, which keeps them.
 *
 * @param text - any text
 * @returns the key (empty string for blank input)
 * @example
 * plainKey("Xã Yên Lạc") === plainKey("xa-yen-lac") //=> true
 * plainKey("ĐẢNG ỦY") //=> "dang uy"
 */
export function plainKey(text: string): string {
  return text.normalize("NFD").replace(MARKS, "").replace(/đ/giu, "d").toLowerCase().replace(NOT_WORD, " ").trim();
}

/**
 * Whether a text is written without any Vietnamese diacritic (so only `plainKey` can compare it).
 *
 * @param text - any text
 * @returns true when no letter carries a mark and no "đ" occurs
 * @example
 * isWithoutDiacritics("Xa Yen Lac") //=> true
 * isWithoutDiacritics("Xã Yên Lạc") //=> false
 */
export function isWithoutDiacritics(text: string): boolean {
  return !/[\p{M}đĐ]/u.test(text.normalize("NFD"));
}
