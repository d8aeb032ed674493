import { describe, expect, it } from "@jest/globals";
import fc from "fast-check";
import { splitPhrases, type PhraseSegment } from "../../../src/core/text/splitPhrases";

/** The rule as stated, by brute force: every length from the longest down, left to right, free words only. */
function reference<T>(words: readonly string[], phrases: ReadonlyMap<string, T>): PhraseSegment<T>[] {
  const taken: (PhraseSegment<T> | undefined)[] = new Array(words.length);
  for (let n = words.length; n >= 1; n--) {
    for (let i = 0; i + n <= words.length; i++) {
      if (taken.slice(i, i + n).some((t) => t !== undefined)) continue;
      const value = phrases.get(words.slice(i, i + n).join(" "));
      if (value !== undefined) taken.fill({ value, start: i, end: i + n }, i, i + n);
    }
  }
  const out: PhraseSegment<T>[] = [];
  for (let i = 0; i < words.length;) {
    const segment = taken[i] ?? { value: undefined, start: i, end: i + 1 };
    out.push(segment);
    i = segment.end;
  }
  return out;
}

const word = fc.constantFrom("an", "ninh", "xa4", "hô5i", "qp", "văn", "hoa1", "kinh", "tê1", "12");

describe("splitPhrases", () => {
  it("takes the longest phrase wherever it stands, then shorter ones left to right", () => {
    const phrases = new Map([
      ["an ninh", "qp-an"],
      ["an toa2n xa4 hô5i", "qp-an"],
      ["xa4 hô5i", "vh-xh"],
      ["qp", "qp-an"],
    ]);
    const words = "qp an toa2n xa4 hô5i".split(" ");
    expect(splitPhrases(words, phrases).map((s) => [s.value, s.start, s.end])).toEqual([
      ["qp-an", 0, 1],
      ["qp-an", 1, 5],
    ]);
  });

  it("splits exactly as the stated rule does, for any words and any vocabulary", () => {
    const vocabulary = fc.uniqueArray(
      fc.array(word, { minLength: 1, maxLength: 4 }).map((w) => w.join(" ")),
      {
        maxLength: 12,
      },
    );
    fc.assert(
      fc.property(fc.array(word, { maxLength: 12 }), vocabulary, (words, keys) => {
        const phrases = new Map(keys.map((key, i) => [key, i]));
        expect(splitPhrases(words, phrases)).toEqual(reference(words, phrases));
      }),
      { numRuns: 2000 },
    );
  });
});
