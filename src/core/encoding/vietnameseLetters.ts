/**
 * The Vietnamese alphabet as data, shared by the legacy-encoding tables and their tests.
 * Private to src/core/encoding.
 */

/** The five tone marks in the order TCVN3 lays them out: huyền, hỏi, ngã, sắc, nặng. */
export const TONE_MARKS = ["\u0300", "\u0309", "\u0303", "\u0301", "\u0323"] as const;

/** One of the five tone marks, as a combining character. */
export type ToneMark = (typeof TONE_MARKS)[number];

/** The twelve vowel letters that carry tones, lowercase. */
export const VOWELS = ["a", "ă", "â", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y"] as const;

/** Vowels with a circumflex, breve or horn, and đ: the letters beyond ASCII before tones. */
export const MARKED_BASES = ["ă", "â", "ê", "ô", "ơ", "ư", "đ"] as const;

/**
 * Puts a tone mark on a vowel and returns the precomposed (NFC) letter.
 *
 * @param vowel - a vowel letter, either case
 * @param tone - a combining tone mark
 * @returns the toned letter
 * @example
 * withTone("ô", "\u0323") //=> "ộ"
 */
export function withTone(vowel: string, tone: ToneMark): string {
  return (vowel + tone).normalize("NFC");
}

/** Every lowercase Vietnamese letter beyond ASCII: 7 marked bases and 60 toned vowels (67 in all). */
export const VIETNAMESE_LOWERCASE: readonly string[] = [
  ...MARKED_BASES,
  ...VOWELS.flatMap((vowel) => TONE_MARKS.map((tone) => withTone(vowel, tone))),
];

/** The same 67 letters in uppercase. */
export const VIETNAMESE_UPPERCASE: readonly string[] = VIETNAMESE_LOWERCASE.map((letter) => letter.toUpperCase());

/** Every Vietnamese letter beyond ASCII, both cases (134). */
export const VIETNAMESE_LETTERS: ReadonlySet<string> = new Set([...VIETNAMESE_LOWERCASE, ...VIETNAMESE_UPPERCASE]);
