/** A run of words: a known phrase (with its meaning) or one unknown word. */
export interface PhraseSegment<T> {
  /** The meaning of the phrase, or undefined for an unknown word. */
  readonly value: T | undefined;
  /** Index of the first word and one past the last, in the word list given. */
  readonly start: number;
  readonly end: number;
}

/** Per vocabulary: each phrase's first word → the word counts of the phrases it starts, longest first. */
const STARTS = new WeakMap<ReadonlyMap<string, unknown>, ReadonlyMap<string, readonly number[]>>();

/** Indexes a vocabulary's phrases by their first word, once per vocabulary. */
function phraseStarts(phrases: ReadonlyMap<string, unknown>): ReadonlyMap<string, readonly number[]> {
  let starts = STARTS.get(phrases);
  if (starts === undefined) {
    const lengths = new Map<string, Set<number>>();
    for (const key of phrases.keys()) {
      const words = key.split(" ");
      const first = words[0] as string;
      let set = lengths.get(first);
      if (!set) lengths.set(first, (set = new Set()));
      set.add(words.length);
    }
    starts = new Map([...lengths].map(([word, set]) => [word, [...set].sort((x, y) => y - x)]));
    STARTS.set(phrases, starts);
  }
  return starts;
}

/** True when none of words[from, to) is taken yet. */
function isFree(taken: readonly unknown[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (taken[i] !== undefined) return false;
  return true;
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
  // Every phrase that occurs, found from its first word (only the lengths phrases starting there have).
  const starts = phraseStarts(phrases);
  const found: PhraseSegment<T>[] = [];
  for (let i = 0; i < words.length; i++) {
    for (const n of starts.get(words[i] as string) ?? []) {
      if (i + n > words.length) continue;
      const value = phrases.get(n === 1 ? (words[i] as string) : words.slice(i, i + n).join(" "));
      if (value !== undefined) found.push({ value, start: i, end: i + n });
    }
  }
  // Longest first wherever it stands, then left to right; a phrase overlapping a taken word is dropped.
  found.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const taken = new Array<PhraseSegment<T> | undefined>(words.length);
  for (const segment of found)
    if (isFree(taken, segment.start, segment.end)) taken.fill(segment, segment.start, segment.end);
  const segments: PhraseSegment<T>[] = [];
  for (let i = 0; i < words.length;) {
    const segment = taken[i] ?? { value: undefined, start: i, end: i + 1 };
    segments.push(segment);
    i = segment.end;
  }
  return segments;
}
