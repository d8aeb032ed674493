/**
 * Vietnamese syllable structure: (initial consonant) + vowel nucleus + (final consonant), one tone.
 * Permissive where spelling varies, strict where mojibake fails: used to tell converted legacy text
 * that reads as Vietnamese from text that does not.
 */

const TONES = /[\u0300\u0301\u0303\u0309\u0323]/gu;
const TONE = /^[\u0300\u0301\u0303\u0309\u0323]$/u;
/** sắc and nặng: the only tones a syllable ending in c, ch, p, t can carry. */
const STOP_TONES = new Set(["\u0301", "\u0323"]);

/** Initial consonants, longest first, and none. */
const INITIALS = [..."ngh ng nh ch gh gi kh ph qu th tr b c d đ g h k l m n p r s t v x".split(" "), ""];
const FINALS = ["ng", "nh", "ch", "c", "m", "n", "p", "t", ""];
const STOP_FINALS = new Set(["c", "ch", "p", "t"]);

/** Nucleus → which finals it takes: "open" none, "closed" one required, "any" either. */
type FinalRule = "open" | "closed" | "any";
const NUCLEI_BY_RULE: Readonly<Record<FinalRule, string>> = {
  any: "a e ê i o ô ơ u ư y oa oe uê uy",
  closed: "ă â iê yê uô ươ oă uâ oo uyê",
  open: "ai ao au ay âu ây eo êu ia iu oi ôi ơi ua ui uơ ưa ưi ưu oai oay oao oeo uây uôi ươi ươu uya uyu iêu yêu",
};
const NUCLEI: ReadonlyMap<string, FinalRule> = new Map(
  (Object.keys(NUCLEI_BY_RULE) as FinalRule[]).flatMap((rule) =>
    NUCLEI_BY_RULE[rule].split(" ").map((nucleus) => [nucleus, rule] as const),
  ),
);
/** Nuclei that take the palatal finals ch and nh. */
const PALATAL_NUCLEI = new Set(["a", "ê", "i", "y", "oa", "uê", "uy"]);
/** Front nuclei that never take the velar finals c and ng (they spell ch, nh instead: "tính", not "tíng"). */
const NO_VELAR_NUCLEI = new Set(["ê", "i", "y", "uê", "uy"]);

/**
 * Where the tone may sit in a nucleus: on the marked vowel (the last one of ươ), else on the last
 * vowel before a final consonant, else on the first of two vowels or the middle of three; oa, oe, uy
 * take either (the old "hòa" and new "hoà" styles). A tone elsewhere ("teỏ") is how a wrong decoding shows.
 */
function toneSlots(nucleus: string, hasFinal: boolean): readonly number[] {
  const vowels = Array.from(nucleus);
  if (vowels.length === 1) return [0];
  const marked = vowels.flatMap((v, i) => ("ăâêôơư".includes(v) ? [i] : []));
  if (marked.length > 0) return marked.slice(-1);
  if (hasFinal) return [vowels.length - 1];
  if (nucleus === "oa" || nucleus === "oe" || nucleus === "uy") return [0, 1];
  return vowels.length === 3 ? [1] : [0];
}

function isRhyme(rhyme: string, tone: string, tonePosition: number): boolean {
  for (const final of FINALS) {
    if (!rhyme.endsWith(final)) continue;
    const nucleus = rhyme.slice(0, rhyme.length - final.length);
    const rule = NUCLEI.get(nucleus);
    if (rule === undefined) continue;
    if (final === "" ? rule === "closed" : rule === "open") continue;
    if ((final === "ch" || final === "nh") && !PALATAL_NUCLEI.has(nucleus)) continue;
    if ((final === "c" || final === "ng") && NO_VELAR_NUCLEI.has(nucleus)) continue;
    if (STOP_FINALS.has(final) && tone !== "" && !STOP_TONES.has(tone)) continue;
    if (STOP_FINALS.has(final) && tone === "") continue;
    if (tone !== "" && !toneSlots(nucleus, final !== "").includes(tonePosition)) continue;
    // oo only spells loanwords (xoong, boong, soóc): no tone but sắc.
    if (nucleus === "oo" && tone !== "" && tone !== "\u0301") continue;
    return true;
  }
  return false;
}

/** Index of the letter carrying the tone mark in a decomposed syllable (-1 without a tone). */
function toneLetterIndex(nfd: string): number {
  let letters = 0;
  for (const char of nfd) {
    if (TONE.test(char)) return letters - 1;
    if (!/\p{M}/u.test(char)) letters++;
  }
  return -1;
}

/**
 * Tells whether a word is a well-formed Vietnamese syllable (any case, NFC or NFD).
 *
 * @param word - one word, letters only
 * @returns true for syllables such as "Việt", "nghĩa", "khuya"; false for "café", "Müller", "hßa", "teỏ"
 * @example
 * isVietnameseSyllable("Cộng") //=> true
 * isVietnameseSyllable("Céng") //=> true (a possible spelling: "xẻng" rhymes with it)
 * isVietnameseSyllable("ViÖt") //=> false
 */
export function isVietnameseSyllable(word: string): boolean {
  const known = MEMO.get(word);
  if (known !== undefined) return known;
  if (MEMO.size >= MEMO_LIMIT) MEMO.clear();
  const valid = checkSyllable(word);
  MEMO.set(word, valid);
  return valid;
}

/** Words repeat across the cells of a workbook: remember recent answers (bounded, results only). */
const MEMO = new Map<string, boolean>();
const MEMO_LIMIT = 20_000;

function checkSyllable(word: string): boolean {
  const nfd = word.normalize("NFD").toLowerCase();
  const tones = nfd.match(TONES) ?? [];
  if (tones.length > 1) return false;
  const tone = tones[0] ?? "";
  const bare = nfd.replace(TONES, "").normalize("NFC");
  if (!/^[a-zăâđêôơư]+$/u.test(bare) || /[fjwz]/u.test(bare)) return false;
  const toneIndex = toneLetterIndex(nfd);
  return INITIALS.some(
    (initial) => bare.startsWith(initial) && isRhyme(bare.slice(initial.length), tone, toneIndex - initial.length),
  );
}
