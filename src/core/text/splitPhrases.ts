/** A run of words: a known phrase (with its meaning) or one unknown word. */
export interface PhraseSegment<T> {
  /** The meaning of the phrase, or undefined for an unknown word. */
  readonly value: T | undefined;
  /** Index of the first word and one past the last, in the word list given. */
  readonly start: number;
  readonly end: number;
}

const LONGEST = new WeakMap<ReadonlyMap<string, unknown>, number>();

/** The number of words of a vocabulary's longest phrase, counted once per vocabulary. */
function longestPhrase(phrases: ReadonlyMap<string, unknown>): number {
  let longest = LONGEST.get(phrases);
  if (longest === undefined) {
    longest = 1;
    for (const key of phrases.keys()) longest = Math.max(longest, key.split(" ").length);
    LONGEST.set(phrases, longest);
  }
  return longest;
}

/**
 * Splits a list of word keys into known phrases, the longest phrase first wherever it stands (as a
 * reader takes in "an toàn xã hội" whole before pairing "QP" with "an"), then shorter ones in the
 * words left, left to right on equal length: "mô hình điển hình" with the phrases "mô hình" and
 * "điển hình" gives two segments. Words no phrase covers become one-word segments without a value.
 *
 * @param words - word keys (e.g. a `matchKey` split on spaces)
 * @param phrases - phrase key (words joined by one space) → meaning
 * @returns the segments, in order
 * @example
 * splitPhrases(["12", "mô", "hi2nh"], new Map([["mô hi2nh", "noun"]])).map((s) => s.value) //=> [undefined, "noun"]
 */
export function splitPhrases<T>(words: readonly string[], phrases: ReadonlyMap<string, T>): PhraseSegment<T>[] {
  const longest = Math.min(longestPhrase(phrases), words.length);
  const taken: (PhraseSegment<T> | undefined)[] = new Array<PhraseSegment<T> | undefined>(words.length);
  for (let n = longest; n >= 1; n--) {
    for (let i = 0; i + n <= words.length; i++) {
      if (taken.slice(i, i + n).some((t) => t !== undefined)) continue;
      const value = phrases.get(words.slice(i, i + n).join(" "));
      if (value === undefined) continue;
      const segment = { value, start: i, end: i + n };
      taken.fill(segment, i, i + n);
    }
  }
  const segments: PhraseSegment<T>[] = [];
  for (let i = 0; i < words.length;) {
    const segment = taken[i] ?? { value: undefined, start: i, end: i + 1 };
    segments.push(segment);
    i = segment.end;
  }
  return segments;
}
