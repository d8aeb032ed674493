import { describe, expect, it } from "@jest/globals";
import fc from "fast-check";
import { interpretLabel } from "../../../src/core/catalogue/interpretLabel";
import type { Dimension } from "../../../src/core/catalogue/resolveLabel";
import {
  FIELD_MEANINGS,
  LEVEL_MEANINGS,
  MEASURE_MEANINGS,
  type Meaning,
  TYPE_MEANINGS,
} from "../../../src/core/catalogue/vocabulary";

// Labels are generated from the vocabulary the way other hands write them: terms in any order,
// any separator, generic words, numbering, remarks, case and tone placement.
const SEPARATORS = [" - ", " – ", ", ", "/", " & ", " và ", "; "];
const GENERIC_LEADS: Readonly<Record<Dimension, readonly string[]>> = {
  field: ["", "Lĩnh vực ", "Công tác ", "Các mô hình thuộc lĩnh vực ", "Nhóm "],
  level: ["", "Cấp ", "Do cấp ", "Được "],
  type: ["", "Số ", "Số lượng "],
  measure: ["", "Số ", "Số lượng "],
};
const NUMBERING = ["", "1. ", "I. ", "a) ", "2) ", "IV - "];
const REMARKS = ["", " (nếu có)", " (ghi rõ)", " (mô hình)"];
const MEANINGS: Readonly<Record<Dimension, readonly Meaning<string>[]>> = {
  field: FIELD_MEANINGS,
  level: LEVEL_MEANINGS,
  type: TYPE_MEANINGS,
  measure: MEASURE_MEANINGS,
};

/** Vietnamese tone placement the other way round (hoà ↔ hòa, thuỷ ↔ thủy) and decomposed text. */
function retype(text: string, style: number): string {
  const moved = text.replace(/òa/gu, "oà").replace(/óa/gu, "oá").replace(/ủy/gu, "uỷ").replace(/ùy/gu, "uỳ");
  if (style === 0) return text;
  if (style === 1) return moved.toUpperCase();
  if (style === 2) return moved.normalize("NFD");
  return text.toLowerCase();
}

const labelOf = (dimension: Dimension, meaning: Meaning<string>) =>
  fc
    .record({
      terms: fc.shuffledSubarray([...meaning.strong], { minLength: 1, maxLength: 2 }),
      sep: fc.constantFrom(...SEPARATORS),
      lead: fc.constantFrom(...GENERIC_LEADS[dimension]),
      numbering: fc.constantFrom(...(dimension === "field" ? NUMBERING : [""])),
      remark: fc.constantFrom(...REMARKS),
      style: fc.integer({ min: 0, max: 3 }),
    })
    .map(({ terms, sep, lead, numbering, remark, style }) =>
      retype(`${numbering}${lead}${terms.join(sep)}${remark}`, style),
    );

describe("interpretLabel properties", () => {
  for (const dimension of ["field", "level", "type", "measure"] as const) {
    for (const meaning of MEANINGS[dimension]) {
      it(`reads every wording of ${dimension} ${meaning.code} (reordered, abbreviated, generic words, numbering, remarks, case, tone placement) as ${meaning.code}`, () => {
        fc.assert(
          fc.property(labelOf(dimension, meaning), (label) => {
            const reading = interpretLabel(dimension, label);
            return (reading.kind === "exact" || reading.kind === "interpreted") && reading.code === meaning.code;
          }),
          { numRuns: 300 },
        );
      });
    }
  }

  it("never reads a label naming two fields as one of them", () => {
    // The name words of each field: the first two terms of its vocabulary.
    const heads = FIELD_MEANINGS.map((m) => ({ code: m.code, words: m.strong.slice(0, 2) }));
    const pair = fc
      .tuple(fc.integer({ min: 0, max: heads.length - 1 }), fc.integer({ min: 1, max: heads.length - 1 }))
      .map(([a, shift]) => [heads[a]!, heads[(a + shift) % heads.length]!] as const);
    fc.assert(
      fc.property(
        pair,
        fc.constantFrom(...SEPARATORS),
        fc.constantFrom(...NUMBERING),
        fc.nat(),
        fc.nat(),
        (both, sep, numbering, i, j) => {
          const [a, b] = both;
          const label = `${numbering}${a.words[i % a.words.length]}${sep}${b.words[j % b.words.length]}`;
          const reading = interpretLabel("field", label);
          expect(reading.kind).toBe("ambiguous");
          if (reading.kind === "ambiguous") expect([...reading.candidates].sort()).toEqual([a.code, b.code].sort());
        },
      ),
      { numRuns: 400 },
    );
  });

  it("lets the officer's alias win over any interpretation", () => {
    fc.assert(
      fc.property(labelOf("field", FIELD_MEANINGS[0]!), (label) => {
        const aliases = { field: { [label]: "khac" as const } };
        const reading = interpretLabel("field", label, aliases);
        return reading.kind === "exact" && reading.code === "khac";
      }),
      { numRuns: 100 },
    );
  });
});
