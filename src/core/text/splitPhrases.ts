/** A run of words: a known phrase (with its meaning) or one unknown word. */
export interface PhraseSegment<T> {
  /** The meaning of the phrase, or undefined for an unknown word. */
  readonly value: T | undefined;
  /** Index of the first word and one past the last, in the word list given. */
  readonly start: number;
  readonly end: number;
}

/**
 * Splits a list of word keys into known phrases, longest first, left to right: "mô hình điển hình"
 * with the phrases "mô hình" and "điển hình" gives two segments. Words no phrase covers become
 * one-word segments without a value.
 *
 * @param words - word keys (e.g. a `matchKey` split on spaces)
 * @param phrases - phrase key (words joined by one space) → meaning
 * @returns the segments, in order
 * @example
 * splitPhrases(["12", "mô", "hi2nh"], new Map([["mô hi2nh", "noun"]])).map((s) => s.value) //=> [undefined, "noun"]
 */
export function splitPhrases<T>(words: readonly string[], phrases: ReadonlyMap<string, T>): PhraseSegment<T>[] {
  let longest = 1;
  for (const key of phrases.keys()) longest = Math.max(longest, key.split(" ").length);
  const segments: PhraseSegment<T>[] = [];
  let i = 0;
  while (i < words.length) {
    let found: PhraseSegment<T> | null = null;
    for (let n = Math.min(longest, words.length - i); n >= 1 && !found; n--) {
      const value = phrases.get(words.slice(i, i + n).join(" "));
      if (value !== undefined) found = { value, start: i, end: i + n };
    }
    segments.push(found ?? { value: undefined, start: i, end: i + 1 });
    i = (found?.end ?? i + 1);
  }
  return segments;
}
