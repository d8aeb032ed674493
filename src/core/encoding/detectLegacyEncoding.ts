import { convertLegacyText } from "./convertLegacyText";
import { encodingFromFont } from "./encodingFromFont";
import { isVietnameseSyllable } from "./isVietnameseSyllable";
import type { LegacyEncoding } from "./legacyEncoding";
import { TCVN3_TO_UNICODE } from "./tcvn3Table";
import { VIETNAMESE_LETTERS } from "./vietnameseLetters";

/**
 * Letters only Unicode Vietnamese has (ă đ ĩ ũ ơ ư, the U+1EA0–U+1EF9 block, combining tone marks).
 * Legacy text read as Windows-1252 never contains them, so their presence means the cell is Unicode.
 */
const UNICODE_VIETNAMESE =
  /[\u0102\u0103\u0110\u0111\u0128\u0129\u0168\u0169\u01a0\u01a1\u01af\u01b0\u1ea0-\u1ef9]|\p{Mn}/u;
/** Latin-1 characters, where all legacy codes live. */
const LATIN1_UPPER = /[\u00a1-\u00ff]/u;
const WORDS = /[\p{L}\p{M}]+/gu;
const LETTER = /^\p{L}$/u;
/** TCVN3 codes that are not letters when read as Latin-1 (© for â, · for ã, ¸ for á…). */
const TCVN3_SYMBOLS: ReadonlySet<string> = new Set([...TCVN3_TO_UNICODE.keys()].filter((c) => !LETTER.test(c)));

/** How a conversion changes the words of a text. */
interface ConversionScore {
  /** Words that read as Vietnamese only after the conversion. */
  readonly gained: number;
  /** Some gained word has two letters or more (a lone "×" → "ì" or "«" → "ô" proves nothing). */
  readonly wordy: boolean;
  /** Changed words that do not read as Vietnamese after the conversion. */
  readonly lost: number;
  readonly changed: number;
  /** Share of the words of the converted text (abbreviations aside) that are Vietnamese syllables. */
  readonly validShare: number;
  /** Some gained word shows a sign only legacy text has (see `STRONG_SIGNAL`). */
  readonly strong: boolean;
  readonly converted: string;
}

function wordsOf(text: string): string[] {
  return text.match(WORDS) ?? [];
}

/** Lowercase, UPPERCASE or Titlecase: a capital after a small letter ("ViÖt", "ẹN") is mojibake. */
function hasPlausibleCase(word: string): boolean {
  const rest = word.slice(1);
  return rest === rest.toLowerCase() || word === word.toUpperCase();
}

/** A token that reads as Unicode Vietnamese: only Vietnamese letters, every word a well-cased syllable. */
function readsAsVietnamese(token: string): boolean {
  const words = wordsOf(token);
  const foreign = Array.from(token).some((c) => c > "\u007f" && !VIETNAMESE_LETTERS.has(c));
  return !foreign && words.length > 0 && words.every((w) => hasPlausibleCase(w) && isVietnameseSyllable(w));
}

/**
 * Whether the words a conversion produced read as Vietnamese, with no legacy sign left. Words it left alone ("BC" in
 * "43-BC/§U" → "43-BC/ĐU") are not judged: codes and abbreviations sit beside legacy text.
 */
function newWordsReadAsVietnamese(before: string, after: string): boolean {
  const old = new Set(wordsOf(before));
  const fresh = wordsOf(after).filter((w) => !old.has(w));
  // A Latin-1 sign left over ("®Ị") means the other encoding was meant.
  const leftover = Array.from(after).some((c) => LATIN1_UPPER.test(c) && !VIETNAMESE_LETTERS.has(c));
  return !leftover && fresh.length > 0 && fresh.every((w) => hasPlausibleCase(w) && isVietnameseSyllable(w));
}

/** ASCII abbreviations and initials ("DVK", "UBND", the "T" and "M" of "T/M") say nothing about the language. */
function isNeutralWord(word: string): boolean {
  return /^[A-Za-z]+$/u.test(word) && (word.length === 1 || word === word.toUpperCase());
}

/**
 * Signs that only legacy text shows: a TCVN3 code that is a symbol in Unicode glued to a letter
 * ("D©n", "x·"), or a VNI mark byte that no European spelling puts after a vowel ("Daân", "hoøa").
 */
const STRONG_SIGNAL: Readonly<Record<LegacyEncoding, (token: string) => boolean>> = {
  tcvn3: (token) => {
    const chars = Array.from(token);
    return chars.some(
      (c, i) => TCVN3_SYMBOLS.has(c) && (LETTER.test(chars[i - 1] ?? "") || LETTER.test(chars[i + 1] ?? "")),
    );
  },
  vni: (token) => /[aeouyAEOUYôöÔÖ][âêøõäåãëüÂÊØÕÄÅÃËÜ]/u.test(token),
};

function scoreConversion(text: string, encoding: LegacyEncoding): ConversionScore {
  let gained = 0;
  let lost = 0;
  let changed = 0;
  let strong = false;
  let wordy = false;
  const converted = text
    .split(/(\s+)/u)
    .map((token) => {
      const after = convertLegacyText(token, encoding);
      if (after === token) return token;
      changed++;
      if (!newWordsReadAsVietnamese(token, after)) lost++;
      else if (!readsAsVietnamese(token)) {
        gained++;
        strong ||= STRONG_SIGNAL[encoding](token);
        wordy ||= wordsOf(after).some((w) => w.length > 1);
      }
      return after;
    })
    .join("");
  const words = wordsOf(converted).filter((w) => !isNeutralWord(w));
  const validShare = words.length === 0 ? 0 : words.filter(isVietnameseSyllable).length / words.length;
  return { gained, wordy, lost, changed, validShare, strong, converted };
}

/**
 * A conversion is accepted only when it turns words into Vietnamese and breaks (almost) none: a wrong
 * conversion is worse than a missed one. One gained word is enough only if it shows a strong legacy
 * sign or the result uses letters that exist only in Vietnamese (so "µm" never becomes "àm").
 */
function isConvincing(score: ConversionScore): boolean {
  // One unreadable word (a foreign name, a typo) is tolerated per four words that became Vietnamese.
  if (!score.wordy || score.lost * 4 > score.gained || score.validShare < 0.6) return false;
  return score.gained >= 2 || score.strong || UNICODE_VIETNAMESE.test(score.converted);
}

/** How much better a reading is; a strong legacy sign breaks a tie ("coäng" is VNI "cộng", not TCVN3 "coọng"). */
function meritOf(score: ConversionScore): number {
  return score.gained - score.lost + (score.strong ? 0.5 : 0);
}

/**
 * Decides whether a cell's text is in a legacy Vietnamese encoding. A TCVN3 or VNI font name decides
 * (unless the text is plainly Unicode Vietnamese); otherwise the text itself is tried in each encoding
 * and the conversion kept only when the result reads as Vietnamese where the original did not.
 *
 * @param text - the cell text as stored
 * @param font - the cell's font name, when known
 * @returns "tcvn3", "vni", or null when the text should be left alone
 * @example
 * detectLegacyEncoding("Céng hßa x· héi") //=> "tcvn3"
 * detectLegacyEncoding("Vieät Nam") //=> "vni"
 * detectLegacyEncoding("Noël à Paris") //=> null
 */
export function detectLegacyEncoding(text: string, font?: string): LegacyEncoding | null {
  if (UNICODE_VIETNAMESE.test(text)) return null;
  const fromFont = encodingFromFont(font);
  if (fromFont) return fromFont.encoding;
  if (!LATIN1_UPPER.test(text)) return null;
  const candidates = (["tcvn3", "vni"] as const)
    .map((encoding) => ({ encoding, score: scoreConversion(text, encoding) }))
    .filter(({ score }) => isConvincing(score))
    .map(({ encoding, score }) => ({ encoding, merit: meritOf(score) }))
    .sort((a, b) => b.merit - a.merit);
  const [best, second] = candidates;
  if (!best) return null;
  // Both readings equally good: leave the text alone rather than guess.
  if (second && second.merit === best.merit) return null;
  return best.encoding;
}
