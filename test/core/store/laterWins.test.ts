import { describe, expect, it } from "@jest/globals";
import { compareRecency } from "../../../src/core/_lib/compareRecency";
import { consolidate } from "../../../src/core/consolidate/consolidate";
import { defaultOptions } from "../../../src/core/options";
import { mergeStore } from "../../../src/core/store/mergeStore";
import type { StoreRow } from "../../../src/core/store/storeRow";
import type { Submission } from "../../../src/core/types";
import { makeSubmission } from "./fixtures";

const DATES = [null, "2024-11-01", "2024-11-20"];
const ORDERS = [0, 1];

/** Every pair of versions of one unit-year: each date (or none) and order on either side, ties included. */
function pairs(): [Submission, Submission][] {
  const versions = (tag: string): Submission[] =>
    DATES.flatMap((reportDate) =>
      ORDERS.map((order) =>
        makeSubmission({ source: `${tag}.xlsx`, id: `${tag}.xlsx#2024`, reportDate, order, base: tag === "a" ? 1 : 5 }),
      ),
    );
  return versions("a").flatMap((a) => versions("b").map((b): [Submission, Submission] => [a, b]));
}

const reportWinner = (a: Submission, b: Submission): string | undefined =>
  consolidate(
    [a, b].map((s) => ({ source: s.source, submissions: [s], issues: [] })),
    defaultOptions(2025),
  ).submissions.find((s) => s.status === "accepted")?.source;

const storeWinner = (rows: readonly StoreRow[]): string[] => [
  ...new Set(rows.filter((r) => r.status === "active").map((r) => r.source)),
];

describe("later wins: one rule for the store and the report", () => {
  it("ranks a missing date earliest, then by order, and ties at equal date and order", () => {
    expect(compareRecency({ reportDate: null, order: 9 }, { reportDate: "2024-01-01", order: 0 })).toBeLessThan(0);
    expect(
      compareRecency({ reportDate: "2024-11-20", order: 0 }, { reportDate: "2024-11-01", order: 1 }),
    ).toBeGreaterThan(0);
    expect(
      compareRecency({ reportDate: "2024-11-20", order: 1 }, { reportDate: "2024-11-20", order: 0 }),
    ).toBeGreaterThan(0);
    expect(compareRecency({ reportDate: null, order: 1 }, { reportDate: null, order: 1 })).toBe(0);
  });

  it("picks the same winner in one run, for every pair of dates (or none) and orders, ties included", () => {
    for (const [a, b] of pairs()) {
      const expected = reportWinner(a, b);
      expect([
        a.reportDate,
        a.order,
        b.reportDate,
        b.order,
        storeWinner(mergeStore([], [a, b], "2024-12-01T08:00:00.000Z")),
      ]).toEqual([a.reportDate, a.order, b.reportDate, b.order, [expected]]);
    }
  });

  it("picks, for a file imported after another, what the report picks when it is given after it", () => {
    for (const [a, b] of pairs()) {
      const later = { ...b, order: a.order + 1 };
      const store = mergeStore(mergeStore([], [a], "2024-12-01T08:00:00.000Z"), [b], "2024-12-05T08:00:00.000Z");
      expect([a.reportDate, b.reportDate, storeWinner(store)]).toEqual([
        a.reportDate,
        b.reportDate,
        [reportWinner(a, later)],
      ]);
    }
  });

  it("keeps a dated version active when an undated file comes in later", () => {
    const dated = makeSubmission({ reportDate: "2024-11-20" });
    const undated = makeSubmission({
      source: "khong-ngay.xlsx",
      id: "khong-ngay.xlsx#2024",
      reportDate: null,
      base: 7,
    });
    const store = mergeStore(
      mergeStore([], [dated], "2024-12-01T08:00:00.000Z"),
      [undated],
      "2024-12-05T08:00:00.000Z",
    );
    expect(storeWinner(store)).toEqual(["a.xlsx"]);
    expect(store.filter((r) => r.source === "khong-ngay.xlsx").every((r) => r.status === "superseded")).toBe(true);
  });
});
