/**
 * Issue 14 §1: a count can be unknown (the table has no column for it). Unknown stays unknown — never 0 — from
 * validation through consolidation, trends, the store and the report; a sum over partly unknown counts is marked
 * partial (its number is then a lower bound).
 */
import { describe, expect, it } from "@jest/globals";
import { buildTrendSeries } from "../../../src/core/consolidate/buildTrendSeries";
import { consolidate } from "../../../src/core/consolidate/consolidate";
import { defaultOptions } from "../../../src/core/options";
import { buildReportModel } from "../../../src/core/report/buildReportModel";
import { buildStoreSheet } from "../../../src/core/store/buildStoreSheet";
import { mergeStore } from "../../../src/core/store/mergeStore";
import { parseStoreSheet } from "../../../src/core/store/parseStoreSheet";
import { submissionsFromStore } from "../../../src/core/store/submissionsFromStore";
import type { CellValue, RawSheet, Submission } from "../../../src/core/types";
import { buildForm, sampleCounts } from "../_fixtures/buildForm";
import { submissionOf } from "../_fixtures/helpers";
import { OPTIONS, results, submission } from "../consolidate/fixtures";
import { cellAt } from "../report/cellAt";

const KT_XA_TT = (t: { field: string; level: string; type: string }) =>
  t.field === "kinh-te" && t.level === "xa" && t.type === "tap-the";

/** A form that gives only "Lũy kế" columns. */
function cumulativeOnly(): Submission {
  return submissionOf(buildForm(sampleCounts(), { measures: ["cumulative"] }).sheet, defaultOptions(2025));
}

describe("validation keeps unknown", () => {
  it("accepts a table with cumulative only, its new counts unknown (null), with a warning per missing column", () => {
    const sub = cumulativeOnly();
    expect(sub.status).toBe("accepted");
    expect(sub.entries.every((e) => e.new === null && e.cells.new === null)).toBe(true);
    expect(sub.entries.find(KT_XA_TT)?.cumulative).toBe(24);
    const missing = sub.issues.filter((i) => i.code === "missing-measure-column");
    expect(missing).toHaveLength(6);
    expect(missing.every((i) => i.severity === "warning")).toBe(true);
  });
});

describe("consolidation keeps unknown", () => {
  const known = submission({ source: "a.xlsx", unitCode: "A", counts: [["kinh-te", "xa", "tap-the", 2, 12]] });
  const unknownNew = submission({
    source: "b.xlsx",
    unitCode: "B",
    order: 1,
    counts: [["kinh-te", "xa", "tap-the", null, 5]],
  });

  it("a year whose only report has no new counts has unknown new totals, not 0", () => {
    const c = consolidate(results(unknownNew), OPTIONS);
    const total = c.totals.find((t) => t.year === 2024 && KT_XA_TT(t));
    expect(total).toMatchObject({ new: null, cumulative: 5 });
    expect(total?.partial).toBeUndefined();
  });

  it("a total over one known and one unknown count is partial, its number the known part", () => {
    const c = consolidate(results(known, unknownNew), OPTIONS);
    const total = c.totals.find((t) => t.year === 2024 && KT_XA_TT(t));
    expect(total).toMatchObject({ new: 2, cumulative: 17, partial: ["new"] });
    const phase = c.phaseTotals.find((p) => p.from === 2022 && KT_XA_TT(p));
    expect(phase).toMatchObject({ new: 2, cumulative: 17, partial: ["new"] });
  });

  it("trends carry unknown and partial through every breakdown", () => {
    const alone = buildTrendSeries(consolidate(results(unknownNew), OPTIONS));
    const y2024 = alone.years.find((y) => y.year === 2024)?.counts;
    // Every other combination of the unit is a known 0, so the sums are partial, not unknown.
    expect(y2024?.total).toEqual({ new: 0, cumulative: 5, partial: ["new"] });
    expect(y2024?.byField["kinh-te"]).toEqual({ new: 0, cumulative: 5, partial: ["new"] });
    expect(y2024?.byField["khac"]).toEqual({ new: 0, cumulative: 0 });
    const both = buildTrendSeries(consolidate(results(known, unknownNew), OPTIONS));
    expect(both.years.find((y) => y.year === 2024)?.counts?.byLevel.xa).toEqual({
      new: 2,
      cumulative: 17,
      partial: ["new"],
    });
  });

  it("a year-on-year check never compares with an unknown count", () => {
    const before = submission({
      source: "p.xlsx",
      unitCode: "B",
      year: 2023,
      counts: [["kinh-te", "xa", "tap-the", 1, 3]],
    });
    const c = consolidate(results(before, unknownNew), OPTIONS);
    // 3 → 5 with new unknown is not a jump: the new count that would explain it is not known.
    expect(c.issues.filter((i) => i.code === "cumulative-jump")).toEqual([]);
  });
});

describe("the store keeps unknown apart from 0", () => {
  const asRaw = (model: ReturnType<typeof buildStoreSheet>): RawSheet => ({
    name: model.name,
    rows: model.rows.map((r) => r.map((c): CellValue => (c === null ? null : c.v))),
  });

  it("round-trips an unknown count through the Dữ liệu sheet as “–”, and a 0 as 0", () => {
    const sub = submission({ counts: [["kinh-te", "xa", "tap-the", null, 5]] });
    const rows = mergeStore([], [sub], "t1");
    const sheet = buildStoreSheet(rows);
    const raw = asRaw(sheet);
    const kt = raw.rows.find((r) => r[3] === "Kinh tế" && r[4] === "Cấp xã" && r[5] === "Mô hình tập thể");
    expect(kt?.slice(6, 8)).toEqual(["–", 5]);
    const parsed = parseStoreSheet(raw);
    expect(parsed.unreadableRows).toEqual([]);
    expect(parsed.rows).toEqual(rows);
    const back = submissionsFromStore(parsed.rows)[0];
    expect(back?.entries.find(KT_XA_TT)).toMatchObject({ new: null, cumulative: 5 });
    expect(back?.entries.find((e) => e.field === "khac")).toMatchObject({ new: 0, cumulative: 0 });
  });

  it("still reads an old store, written before unknown existed (numbers only)", () => {
    const raw = asRaw(buildStoreSheet(mergeStore([], [submission({})], "t1")));
    const parsed = parseStoreSheet(raw);
    expect(parsed.unreadableRows).toEqual([]);
    expect(parsed.rows.every((r) => r.new === 0 && r.cumulative === 0)).toBe(true);
  });

  it("reads a hand-typed “-” as unknown but keeps a blank count cell out as unreadable", () => {
    const raw = asRaw(buildStoreSheet(mergeStore([], [submission({})], "t1")));
    const edited = raw.rows.map((r, i) =>
      i === 1 ? [...r.slice(0, 6), "-", ...r.slice(7)] : i === 2 ? [...r.slice(0, 6), null, ...r.slice(7)] : r,
    );
    const parsed = parseStoreSheet({ ...raw, rows: edited });
    expect(parsed.rows[0]?.new).toBeNull();
    expect(parsed.unreadableRows).toEqual([3]);
  });
});

describe("the report shows unknown as “–” and partial totals as “≥ N”", () => {
  const known = submission({ source: "a.xlsx", unitCode: "A", counts: [["kinh-te", "xa", "tap-the", 2, 12]] });
  const unknownNew = submission({
    source: "b.xlsx",
    unitCode: "B",
    order: 1,
    counts: [["kinh-te", "xa", "tap-the", null, 5]],
  });

  it("Tổng hợp: an unknown count is “–”, never 0, and the totals over it are marked partial", () => {
    const c = consolidate(results(unknownNew), OPTIONS);
    const sheet = buildReportModel(c, OPTIONS, { year: 2024 }).sheets[0]!;
    // Row 8 is Kinh tế, column C is cấp xã – tập thể – mới, D its lũy kế; O/P the row totals; row 13 the total row.
    expect(cellAt(sheet, "C8")).toMatchObject({ v: "–" });
    expect(cellAt(sheet, "D8")).toMatchObject({ v: 5 });
    expect(cellAt(sheet, "O8")).toMatchObject({ v: 0, fmt: '"≥ "#,##0' });
    // The column's other fields are known zeros: its total is "≥ 0", still a SUM.
    expect(cellAt(sheet, "C13")).toMatchObject({ v: 0, f: "SUM(C8:C12)", fmt: '"≥ "#,##0' });
    expect(cellAt(sheet, "E8")).toMatchObject({ v: 0, fmt: "#,##0" });
    expect(String(cellAt(sheet, "A3")?.v)).toContain("≥");
  });

  it("Tổng hợp: a total over unknown counts only is “–”, without a formula", () => {
    const nothingNew = submission({ source: "c.xlsx", unitCode: "C" });
    const c = consolidate(
      results({ ...nothingNew, entries: nothingNew.entries.map((e) => ({ ...e, new: null })) }),
      OPTIONS,
    );
    const sheet = buildReportModel(c, OPTIONS, { year: 2024 }).sheets[0]!;
    expect(cellAt(sheet, "C13")).toEqual({ v: "–" });
    expect(cellAt(sheet, "O13")).toEqual({ v: "–" });
    expect(cellAt(sheet, "P13")).toEqual({ v: 0, f: "SUM(P8:P12)", fmt: "#,##0" });
  });

  it("Tổng hợp: the sum over a known and an unknown count is the known part, marked “≥”", () => {
    const c = consolidate(results(known, unknownNew), OPTIONS);
    const sheet = buildReportModel(c, OPTIONS, { year: 2024 }).sheets[0]!;
    expect(cellAt(sheet, "C8")).toMatchObject({ v: 2, fmt: '"≥ "#,##0' });
    expect(cellAt(sheet, "D8")).toMatchObject({ v: 17, fmt: "#,##0" });
  });

  it("Dữ liệu shows “–” for the unknown count", () => {
    const c = consolidate(results(unknownNew), OPTIONS);
    const data = buildReportModel(c, OPTIONS).sheets.find((s) => s.key === "du-lieu")!;
    const row = data.rows.find((r) => r[3]?.v === "Kinh tế" && r[4]?.v === "Cấp xã" && r[5]?.v === "Mô hình tập thể");
    expect(row?.[6]?.v).toBe("–");
  });

  it("Xu hướng: a partial sum shows “≥ N”", () => {
    const c = consolidate(results(known, unknownNew), OPTIONS);
    const trend = buildReportModel(c, OPTIONS).sheets.find((s) => s.key === "xu-huong")!;
    const cells = trend.rows.flat().filter((cell) => cell?.fmt === '"≥ "#,##0');
    expect(cells.length).toBeGreaterThan(0);
  });
});
