import { describe, expect, it } from "@jest/globals";
import fc from "fast-check";
import { FIELD_CODES, LEVEL_CODES, TYPE_CODES } from "../../../src/core/catalogue/dimensions";
import { consolidate } from "../../../src/core/consolidate/consolidate";
import type { TotalRow } from "../../../src/core/consolidate/types";
import type { Submission } from "../../../src/core/types";
import { type Count, OPTIONS, results, submission } from "./fixtures";

const count: fc.Arbitrary<Count> = fc.tuple(
  fc.constantFrom(...FIELD_CODES),
  fc.constantFrom(...LEVEL_CODES),
  fc.constantFrom(...TYPE_CODES),
  fc.nat(50),
  fc.nat(500),
);

/** A set of submissions for units named with the given prefix, years within the options. */
function unitSet(prefix: string): fc.Arbitrary<Submission[]> {
  return fc
    .array(
      fc.record({
        unit: fc.integer({ min: 0, max: 3 }),
        year: fc.integer({ min: OPTIONS.years.from, max: OPTIONS.years.to }),
        day: fc.integer({ min: 1, max: 28 }),
        counts: fc.array(count, { maxLength: 4 }),
        rejected: fc.boolean(),
      }),
      { maxLength: 8 },
    )
    .map((specs) =>
      specs.map((s, i) =>
        submission({
          source: `${prefix}${i}.xlsx`,
          order: i,
          unitName: `Xã ${prefix}${s.unit}`,
          year: s.year,
          reportDate: `${s.year}-10-${String(s.day).padStart(2, "0")}`,
          counts: s.counts,
          status: s.rejected ? "rejected" : "accepted",
        }),
      ),
    );
}

function byKey(rows: readonly TotalRow[]): Map<string, { new: number | null; cumulative: number | null }> {
  return new Map(
    rows.map((t) => [`${t.year}|${t.field}|${t.level}|${t.type}`, { new: t.new, cumulative: t.cumulative }]),
  );
}

describe("consolidate (properties)", () => {
  it("totals of two disjoint sets of units = the sum of their separate totals", () => {
    fc.assert(
      fc.property(unitSet("A"), unitSet("B"), (a, b) => {
        const union = byKey(
          consolidate(results(...a, ...b.map((s) => ({ ...s, order: s.order + 100 }))), OPTIONS).totals,
        );
        const left = byKey(consolidate(results(...a), OPTIONS).totals);
        const right = byKey(consolidate(results(...b), OPTIONS).totals);
        const keys = new Set([...left.keys(), ...right.keys()]);
        expect([...union.keys()].sort()).toEqual([...keys].sort());
        for (const key of keys) {
          const l = left.get(key) ?? { new: 0, cumulative: 0 };
          const r = right.get(key) ?? { new: 0, cumulative: 0 };
          // The generated counts are all known (never null).
          const sum = (x: number | null, y: number | null) => (x as number) + (y as number);
          expect(union.get(key)).toEqual({ new: sum(l.new, r.new), cumulative: sum(l.cumulative, r.cumulative) });
        }
      }),
      { numRuns: 60 },
    );
  });

  it("adding a superseded duplicate (earlier date, other numbers) never changes totals", () => {
    fc.assert(
      fc.property(unitSet("A"), fc.nat(20), fc.array(count, { maxLength: 4 }), (subs, pick, counts) => {
        const accepted = subs.filter((s) => s.status === "accepted");
        fc.pre(accepted.length > 0);
        const target = accepted[pick % accepted.length] as Submission;
        const duplicate = submission({
          source: "dup.xlsx",
          order: -1,
          unitName: target.unitName,
          year: target.year,
          reportDate: `${target.year}-01-01`,
          counts,
        });
        const before = consolidate(results(...subs), OPTIONS);
        const after = consolidate(results(duplicate, ...subs), OPTIONS);
        expect(after.totals).toEqual(before.totals);
        expect(after.phaseTotals).toEqual(before.phaseTotals);
        expect(after.submissions[0]?.status).toBe("superseded");
      }),
      { numRuns: 60 },
    );
  });
});
