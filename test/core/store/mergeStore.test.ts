import { describe, expect, it } from "@jest/globals";
import { consolidate } from "../../../src/core/consolidate/consolidate";
import { mergeStore } from "../../../src/core/store/mergeStore";
import { defaultOptions } from "../../../src/core/options";
import type { StoreRow } from "../../../src/core/store/storeRow";
import { makeSubmission } from "./fixtures";

const T1 = "2024-12-01T08:00:00.000Z";
const T2 = "2024-12-05T09:30:00.000Z";
const T3 = "2024-12-09T10:00:00.000Z";

function summary(rows: readonly StoreRow[]): [string, string, number | null, string, string | null][] {
  return rows.map((r) => [r.source, r.field, r.new, r.status, r.supersededAt]);
}

describe("mergeStore", () => {
  it("adds one active row per entry of an accepted submission", () => {
    const rows = mergeStore([], [makeSubmission()], T1);
    expect(summary(rows)).toEqual([
      ["a.xlsx", "kinh-te", 1, "active", null],
      ["a.xlsx", "van-hoa-xa-hoi", 2, "active", null],
    ]);
    expect(rows.every((r) => r.importedAt === T1 && r.year === 2024 && r.cellRange === "A7:M14")).toBe(true);
  });

  it("replaces a unit-year's active rows with a corrected file and keeps the old ones as superseded with the time", () => {
    const first = mergeStore([], [makeSubmission()], T1);
    const corrected = makeSubmission({
      source: "a-sua.xlsx",
      id: "a-sua.xlsx#2024",
      reportDate: "2024-11-25",
      base: 5,
    });
    const rows = mergeStore(first, [corrected], T2);
    expect(summary(rows)).toEqual([
      ["a.xlsx", "kinh-te", 1, "superseded", T2],
      ["a.xlsx", "van-hoa-xa-hoi", 2, "superseded", T2],
      ["a-sua.xlsx", "kinh-te", 5, "active", null],
      ["a-sua.xlsx", "van-hoa-xa-hoi", 6, "active", null],
    ]);
    expect(rows[0]?.importedAt).toBe(T1);
    expect(rows[2]?.importedAt).toBe(T2);
  });

  it("is idempotent: re-running with the same inputs gives the same rows", () => {
    const corrected = makeSubmission({ source: "a-sua.xlsx", reportDate: "2024-11-25", base: 5 });
    const once = mergeStore([], [makeSubmission(), corrected], T1);
    const twice = mergeStore(once, [makeSubmission(), corrected], T2);
    const thrice = mergeStore(twice, [corrected, makeSubmission()], T3);
    expect(twice).toEqual(once);
    expect(thrice).toEqual(once);
    expect(once.filter((r) => r.status === "superseded")).toHaveLength(2);
  });

  it("does not flip back when only the older file is seen again", () => {
    const corrected = makeSubmission({ source: "a-sua.xlsx", reportDate: "2024-11-25", base: 5 });
    const store = mergeStore(mergeStore([], [makeSubmission()], T1), [corrected], T2);
    expect(mergeStore(store, [makeSubmission()], T3)).toEqual(store);
  });

  it("keeps an older file imported after a newer one as superseded, not active", () => {
    const newer = makeSubmission({ source: "moi.xlsx", reportDate: "2024-12-01", base: 7 });
    const older = makeSubmission({ source: "cu.xlsx", reportDate: "2024-11-01", base: 3 });
    const rows = mergeStore(mergeStore([], [newer], T1), [older], T2);
    expect(summary(rows)).toEqual([
      ["moi.xlsx", "kinh-te", 7, "active", null],
      ["moi.xlsx", "van-hoa-xa-hoi", 8, "active", null],
      ["cu.xlsx", "kinh-te", 3, "superseded", T2],
      ["cu.xlsx", "van-hoa-xa-hoi", 4, "superseded", T2],
    ]);
  });

  it("picks the latest by report date, then by order, within one run", () => {
    const a = makeSubmission({ source: "x.xlsx", reportDate: "2024-11-20", order: 1, base: 2 });
    const b = makeSubmission({ source: "y.xlsx", reportDate: "2024-11-20", order: 0, base: 3 });
    const rows = mergeStore([], [a, b], T1);
    expect(rows.filter((r) => r.status === "active").map((r) => r.source)).toEqual(["x.xlsx", "x.xlsx"]);
    expect(rows.filter((r) => r.status === "superseded").map((r) => r.source)).toEqual(["y.xlsx", "y.xlsx"]);
  });

  it("keeps unit-years apart: another year or another unit never supersedes", () => {
    const y2023 = makeSubmission({ year: 2023, sheet: "2023", base: 4 });
    const other = makeSubmission({ unitName: "Xã Bình Minh", source: "b.xlsx", base: 9 });
    const rows = mergeStore(mergeStore([], [makeSubmission()], T1), [y2023, other], T2);
    expect(rows.every((r) => r.status === "active")).toBe(true);
    expect(rows).toHaveLength(6);
  });

  it("identifies a unit by code when present, else by its normalised name", () => {
    const byName = mergeStore([], [makeSubmission({ unitName: "Xã Hòa An" })], T1);
    const respelled = makeSubmission({ unitName: "xã hoà an", source: "c.xlsx", base: 2 });
    expect(mergeStore(byName, [respelled], T2).filter((r) => r.status === "superseded")).toHaveLength(2);
    const coded = mergeStore([], [makeSubmission({ unitCode: "X01", unitName: "Tên cũ" })], T1);
    const renamed = makeSubmission({ unitCode: "x01", unitName: "Tên mới", source: "d.xlsx", base: 3 });
    expect(
      mergeStore(coded, [renamed], T2)
        .filter((r) => r.status === "active")
        .map((r) => r.unitName),
    ).toEqual(["Tên mới", "Tên mới"]);
  });

  it("keeps one active version of a unit-year that consolidation treats as one unit ('Tân An' then 'Xã Tân An')", () => {
    const bare = makeSubmission({
      unitName: "Tân An",
      source: "tan-an.xlsx",
      id: "tan-an.xlsx#2024",
      reportDate: "2024-11-01",
      base: 2,
    });
    const kinded = makeSubmission({
      unitName: "Xã Tân An",
      source: "xa-tan-an.xlsx",
      id: "xa-tan-an.xlsx#2024",
      reportDate: "2024-11-20",
      base: 4,
    });
    const store = mergeStore(mergeStore([], [bare], T1), [kinded], T2);
    const report = consolidate(
      [bare, kinded].map((s) => ({ source: s.source, submissions: [s], issues: [] })),
      defaultOptions(2025),
    );
    expect(report.submissions.map((s) => [s.source, s.status])).toEqual([
      ["tan-an.xlsx", "superseded"],
      ["xa-tan-an.xlsx", "accepted"],
    ]);
    expect([...new Set(store.filter((r) => r.status === "active").map((r) => r.source))]).toEqual(["xa-tan-an.xlsx"]);
  });

  it("does not store rejected submissions", () => {
    expect(mergeStore([], [makeSubmission({ status: "rejected" })], T1)).toEqual([]);
  });

  it("never drops a row: every existing row is still there", () => {
    let store: StoreRow[] = [];
    for (let i = 0; i < 5; i++)
      store = mergeStore(
        store,
        [makeSubmission({ source: `v${i}.xlsx`, reportDate: `2024-11-2${i}`, base: i })],
        `2024-12-0${i + 1}T00:00:00.000Z`,
      );
    expect(store).toHaveLength(10);
    expect(store.filter((r) => r.status === "active").map((r) => r.source)).toEqual(["v4.xlsx", "v4.xlsx"]);
    expect(new Set(store.filter((r) => r.status === "superseded").map((r) => r.supersededAt)).size).toBe(4);
  });

  it("does not mutate its inputs", () => {
    const existing = mergeStore([], [makeSubmission()], T1);
    const snapshot = structuredClone(existing);
    const incoming = [makeSubmission({ source: "z.xlsx", base: 8 })];
    const incomingSnapshot = structuredClone(incoming);
    mergeStore(existing, incoming, T2);
    expect(existing).toEqual(snapshot);
    expect(incoming).toEqual(incomingSnapshot);
  });
});
