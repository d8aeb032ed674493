/**
 * Tone marks (Vietnamese "dấu thanh") in their combining form, mapped to the digit used in keys
 * (the VNI typing convention: 1 sắc, 2 huyền, 3 hỏi, 4 ngã, 5 nặng).
 */
const TONE_DIGIT: Readonly<Record<string, string>> = {
  "\u0301": "1",
  "\u0300": "2",
  "\u0309": "3",
  "\u0303": "4",
  "\u0323": "5",
};

const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/gu;
const SYLLABLE = /[\p{L}\p{M}]+/gu;
const NOT_WORD = /[^\p{L}\p{M}\p{N}]+/gu;

const CACHE_LIMIT = 20_000;
const cache = new Map<string, string>();

/**
 * Moves the tone mark of a syllable to its end as a digit, so "hoà" and "hòa", "thuỷ" and "thủy"
 * get the same key whatever tone-placement style the typist used.
 */
function toneToEnd(syllable: string): string {
  let tone = "";
  const bare = syllable.replace(TONE_MARKS, (mark) => {
    tone = TONE_DIGIT[mark] ?? "";
    return "";
  });
  return bare.normalize("NFC") + tone;
}

/**
 * The one canonical key used to compare labels and names however they were typed: Unicode NFC,
 * case-folded, tone placement made irrelevant (oa/oe/uy), dashes, punctuation and runs of spaces
 * reduced to single spaces. Other diacritics (â ă ê ô ơ ư đ) are kept, so distinct words stay distinct.
 *
 * @param text - any label or name
 * @returns the match key (empty string for blank input)
 * @example
 * matchKey("Văn hoá – Xã hội") === matchKey("văn hóa, xã hội") //=> true
 * matchKey("  VH-XH ") //=> "vh xh"
 */
export function matchKey(text: string): string {
  const known = cache.get(text);
  if (known !== undefined) return known;
  const folded = text.normalize("NFC").toLowerCase().normalize("NFD");
  const key = folded.replace(SYLLABLE, toneToEnd).replace(NOT_WORD, " ").trim();
  // The same few labels recur in every sheet of every file: remember recent keys, bounded.
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(text, key);
  return key;
}
