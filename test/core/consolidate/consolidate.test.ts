import { describe, expect, it } from "@jest/globals";
import { consolidate } from "../../../src/core/consolidate/consolidate";
import type { Consolidation, TotalRow } from "../../../src/core/consolidate/types";
import { issueMessage } from "../../../src/core/issues/makeIssue";
import type { FieldCode, LevelCode, TypeCode } from "../../../src/core/types";
import { OPTIONS, deepFreeze, results, submission } from "./fixtures";

function total(
  c: Consolidation,
  year: number,
  field: FieldCode,
  level: LevelCode,
  type: TypeCode,
): TotalRow | undefined {
  return c.totals.find((t) => t.year === year && t.field === field && t.level === level && t.type === type);
}

describe("consolidate", () => {
  describe("resubmissions", () => {
    it("keeps the later report date and supersedes the earlier one, naming the winner", () => {
      const early = submission({
        source: "a1.xlsx",
        order: 1,
        reportDate: "2024-09-01",
        counts: [["kinh-te", "xa", "tap-the", 1, 10]],
      });
      const late = submission({
        source: "a2.xlsx",
        order: 0,
        reportDate: "2024-09-15",
        counts: [["kinh-te", "xa", "tap-the", 2, 11]],
      });
      const c = consolidate(results(early, late), OPTIONS);
      expect(c.submissions.map((s) => [s.id, s.status])).toEqual([
        ["a1.xlsx#Sheet1", "superseded"],
        ["a2.xlsx#Sheet1", "accepted"],
      ]);
      const info = c.submissions[0]?.issues.find((i) => i.code === "superseded-submission");
      expect(info?.severity).toBe("info");
      expect(info?.params).toEqual({ year: 2024, unit: "Xã A", winner: "a2.xlsx#Sheet1" });
      expect(issueMessage(info!)).toBe("Báo cáo năm 2024 của Xã A đã được thay bằng báo cáo mới hơn (a2.xlsx#Sheet1).");
      expect(total(c, 2024, "kinh-te", "xa", "tap-the")).toMatchObject({ new: 2, cumulative: 11 });
    });

    it("breaks a report-date tie by the order the files were given", () => {
      const first = submission({ source: "a1.xlsx", order: 0, counts: [["kinh-te", "xa", "tap-the", 1, 10]] });
      const second = submission({ source: "a2.xlsx", order: 1, counts: [["kinh-te", "xa", "tap-the", 3, 12]] });
      const c = consolidate(results(second, first), OPTIONS);
      expect(c.submissions.map((s) => s.status)).toEqual(["accepted", "superseded"]);
      expect(total(c, 2024, "kinh-te", "xa", "tap-the")?.new).toBe(3);
    });

    it("ranks an undated report below a dated one", () => {
      const undated = submission({
        source: "a1.xlsx",
        order: 5,
        reportDate: null,
        counts: [["kinh-te", "xa", "tap-the", 9, 9]],
      });
      const dated = submission({
        source: "a2.xlsx",
        order: 0,
        reportDate: "2024-01-02",
        counts: [["kinh-te", "xa", "tap-the", 1, 1]],
      });
      const c = consolidate(results(undated, dated), OPTIONS);
      expect(c.submissions.map((s) => s.status)).toEqual(["superseded", "accepted"]);
    });

    it("never lets a rejected submission replace an accepted one", () => {
      const ok = submission({
        source: "a1.xlsx",
        order: 0,
        reportDate: "2024-09-01",
        counts: [["kinh-te", "xa", "tap-the", 1, 10]],
      });
      const bad = submission({
        source: "a2.xlsx",
        order: 1,
        reportDate: "2024-10-20",
        status: "rejected",
        counts: [["kinh-te", "xa", "tap-the", 50, 50]],
      });
      const c = consolidate(results(ok, bad), OPTIONS);
      expect(c.submissions.map((s) => s.status)).toEqual(["accepted", "rejected"]);
      expect(c.issues.filter((i) => i.code === "superseded-submission")).toEqual([]);
      expect(total(c, 2024, "kinh-te", "xa", "tap-the")).toMatchObject({ new: 1, cumulative: 10 });
    });

    it("identifies a unit by code before name, and by name key when there is no code", () => {
      const coded = submission({
        source: "a1.xlsx",
        unitCode: "X01",
        unitName: "Xã Tân Hoà",
        reportDate: "2024-09-01",
      });
      const sameByName = submission({ source: "a2.xlsx", unitName: "xã  tân hòa", reportDate: "2024-09-02" });
      const otherCode = submission({
        source: "a3.xlsx",
        unitCode: "X02",
        unitName: "Xã Tân Hoà",
        reportDate: "2024-09-03",
      });
      const c = consolidate(results(coded, sameByName, otherCode), OPTIONS);
      // "Xã Tân Hoà" carries two codes, so the uncoded report stays a separate (name-keyed) unit.
      expect(c.submissions.map((s) => s.status)).toEqual(["accepted", "accepted", "accepted"]);
      const two = consolidate(results(coded, sameByName), OPTIONS);
      // The kind prefix does not matter either: "Tân Hòa" is the same unit as "Xã Tân Hoà".
      const bare = submission({ source: "a4.xlsx", unitName: "Tân Hòa", reportDate: "2024-09-04" });
      expect(consolidate(results(coded, bare), OPTIONS).submissions.map((s) => s.status)).toEqual([
        "superseded",
        "accepted",
      ]);
      expect(two.submissions.map((s) => s.status)).toEqual(["superseded", "accepted"]);
      expect(two.unitOf["a2.xlsx#Sheet1"]).toBe("code:X01");
    });
  });

  describe("unit names", () => {
    it("keeps a town and a commune of the same name apart", () => {
      const town = submission({ source: "tt.xlsx", unitName: "Thị trấn Yên Hòa" });
      const commune = submission({ source: "xa.xlsx", unitName: "Xã Yên Hòa" });
      const c = consolidate(results(town, commune), OPTIONS);
      expect(c.submissions.map((s) => s.status)).toEqual(["accepted", "accepted"]);
      expect(c.units.map((u) => u.key)).toEqual(["name:thi-tran:yên hoa2", "name:xa:yên hoa2"]);
    });

    it("matches a name stating no kind to the one unit with that name, and not when two share it", () => {
      const commune = submission({ source: "xa.xlsx", unitName: "xã Tân Hoà", reportDate: "2024-09-01" });
      const bare = submission({ source: "bare.xlsx", unitName: "Tân Hòa", reportDate: "2024-09-02" });
      expect(consolidate(results(commune, bare), OPTIONS).submissions.map((s) => s.status)).toEqual([
        "superseded",
        "accepted",
      ]);
      const town = submission({ source: "tt.xlsx", unitName: "TT. Tân Hòa", reportDate: "2024-09-03" });
      const c = consolidate(results(commune, bare, town), OPTIONS);
      expect(c.submissions.map((s) => s.status)).toEqual(["accepted", "accepted", "accepted"]);
      expect(new Set(Object.values(c.unitOf)).size).toBe(3);
    });
  });

  describe("totals", () => {
    it("sums new and cumulative over the units of one year", () => {
      const a = submission({
        source: "a.xlsx",
        unitName: "Xã A",
        counts: [["van-hoa-xa-hoi", "huyen", "ca-nhan", 2, 7]],
      });
      const b = submission({
        source: "b.xlsx",
        unitName: "Xã B",
        counts: [["van-hoa-xa-hoi", "huyen", "ca-nhan", 3, 5]],
      });
      const c = consolidate(results(a, b), OPTIONS);
      expect(total(c, 2024, "van-hoa-xa-hoi", "huyen", "ca-nhan")).toEqual({
        year: 2024,
        field: "van-hoa-xa-hoi",
        level: "huyen",
        type: "ca-nhan",
        new: 5,
        cumulative: 12,
      });
      expect(c.totals).toHaveLength(5 * 3 * 2);
    });

    it("never adds cumulative counts across years", () => {
      const y23 = submission({
        source: "a23.xlsx",
        year: 2023,
        reportDate: "2023-10-01",
        counts: [["kinh-te", "xa", "tap-the", 4, 10]],
      });
      const y24 = submission({ source: "a24.xlsx", year: 2024, counts: [["kinh-te", "xa", "tap-the", 3, 13]] });
      const c = consolidate(results(y23, y24), OPTIONS);
      expect(total(c, 2023, "kinh-te", "xa", "tap-the")).toMatchObject({ new: 4, cumulative: 10 });
      expect(total(c, 2024, "kinh-te", "xa", "tap-the")).toMatchObject({ new: 3, cumulative: 13 });
      expect([...new Set(c.totals.map((t) => t.year))]).toEqual([2023, 2024]);
    });

    it("sums phases: new over the phase's years, cumulative of its last year with data", () => {
      const subs = [
        submission({
          source: "a20.xlsx",
          year: 2020,
          reportDate: "2020-10-01",
          counts: [["kinh-te", "xa", "tap-the", 2, 2]],
        }),
        submission({
          source: "a21.xlsx",
          year: 2021,
          reportDate: "2021-10-01",
          counts: [["kinh-te", "xa", "tap-the", 3, 5]],
        }),
        submission({
          source: "a22.xlsx",
          year: 2022,
          reportDate: "2022-10-01",
          counts: [["kinh-te", "xa", "tap-the", 1, 6]],
        }),
        submission({
          source: "a23.xlsx",
          year: 2023,
          reportDate: "2023-10-01",
          counts: [["kinh-te", "xa", "tap-the", 4, 10]],
        }),
      ];
      const c = consolidate(results(...subs), OPTIONS);
      const phase = (from: number) =>
        c.phaseTotals.find((p) => p.from === from && p.field === "kinh-te" && p.level === "xa" && p.type === "tap-the");
      expect(phase(2020)).toMatchObject({ from: 2020, to: 2021, new: 5, cumulative: 5, cumulativeYear: 2021 });
      // 2024 has no data yet: the phase's cumulative is that of 2023, and says so.
      expect(phase(2022)).toMatchObject({ from: 2022, to: 2024, new: 5, cumulative: 10, cumulativeYear: 2023 });
    });
  });

  describe("time series", () => {
    it("warns when a unit's cumulative falls, naming both years", () => {
      const y23 = submission({
        source: "a23.xlsx",
        year: 2023,
        reportDate: "2023-10-01",
        counts: [["kinh-te", "xa", "tap-the", 4, 10]],
      });
      const y24 = submission({ source: "a24.xlsx", year: 2024, counts: [["kinh-te", "xa", "tap-the", 0, 8]] });
      const c = consolidate(results(y23, y24), OPTIONS);
      const warnings = c.issues.filter((i) => i.code === "cumulative-decreased");
      expect(
        warnings.map((i) => [
          i.source,
          i.cell,
          i.params.year,
          i.params.previousYear,
          i.params.cumulative,
          i.params.previous,
        ]),
      ).toEqual([["a24.xlsx", "E9", 2024, 2023, 8, 10]]);
      expect(c.submissions[1]?.issues.map((i) => i.code)).toEqual(["cumulative-decreased"]);
      expect(c.submissions[1]?.status).toBe("accepted");
    });

    it("warns when cumulative exceeds last year's plus this year's new", () => {
      const y23 = submission({
        source: "a23.xlsx",
        year: 2023,
        reportDate: "2023-10-01",
        counts: [["kinh-te", "xa", "tap-the", 4, 10]],
      });
      const y24 = submission({ source: "a24.xlsx", year: 2024, counts: [["kinh-te", "xa", "tap-the", 2, 15]] });
      const c = consolidate(results(y23, y24), OPTIONS);
      expect(c.issues.filter((i) => i.code === "cumulative-jump").map((i) => i.params)).toEqual([
        {
          field: { vi: "Kinh tế", en: "Economy" },
          level: { vi: "Cấp xã", en: "Commune level" },
          type: { vi: "Mô hình tập thể", en: "Collective models" },
          year: 2024,
          previousYear: 2023,
          cumulative: 15,
          expected: 12,
          cell: "E9",
        },
      ]);
    });

    it("accepts cumulative = last year's + new, and does not compare across a missing year", () => {
      const y22 = submission({
        source: "a22.xlsx",
        year: 2022,
        reportDate: "2022-10-01",
        counts: [["kinh-te", "xa", "tap-the", 4, 50]],
      });
      const y23 = submission({
        source: "a23.xlsx",
        year: 2023,
        reportDate: "2023-10-01",
        counts: [["kinh-te", "xa", "tap-the", 4, 54]],
      });
      const gap = submission({
        source: "a25.xlsx",
        year: 2025 - 0,
        reportDate: "2025-10-01",
        counts: [["kinh-te", "xa", "tap-the", 0, 1]],
      });
      const c = consolidate(results(y22, y23, gap), { ...OPTIONS, years: { from: 2020, to: 2025 } });
      expect(c.issues.filter((i) => i.severity === "warning")).toEqual([]);
    });

    it("compares with the winning submission, not a superseded one", () => {
      const old23 = submission({
        source: "old23.xlsx",
        year: 2023,
        reportDate: "2023-09-01",
        counts: [["kinh-te", "xa", "tap-the", 0, 100]],
      });
      const new23 = submission({
        source: "new23.xlsx",
        year: 2023,
        reportDate: "2023-10-01",
        counts: [["kinh-te", "xa", "tap-the", 0, 10]],
      });
      const y24 = submission({ source: "a24.xlsx", year: 2024, counts: [["kinh-te", "xa", "tap-the", 1, 11]] });
      const c = consolidate(results(old23, new23, y24), OPTIONS);
      expect(c.issues.filter((i) => i.severity === "warning")).toEqual([]);
    });
  });

  describe("completeness", () => {
    it("marks on-time, late, rejected and missing for every unit seen", () => {
      const subs = [
        submission({ source: "a.xlsx", unitName: "Xã A", year: 2024, reportDate: "2024-10-30" }),
        submission({ source: "b.xlsx", unitName: "Xã B", year: 2024, reportDate: "2024-10-31" }),
        submission({ source: "c.xlsx", unitName: "Xã C", year: 2024, status: "rejected" }),
        submission({ source: "a23.xlsx", unitName: "Xã A", year: 2023, reportDate: null }),
      ];
      const c = consolidate(results(...subs), { ...OPTIONS, years: { from: 2023, to: 2024 } });
      expect(c.completeness.map((r) => [r.unitName, r.year, r.state])).toEqual([
        ["Xã A", 2023, "on-time"],
        ["Xã A", 2024, "on-time"],
        ["Xã B", 2023, "missing"],
        ["Xã B", 2024, "late"],
        ["Xã C", 2023, "missing"],
        ["Xã C", 2024, "rejected"],
      ]);
    });

    it("counts a unit on time when a superseded report met the deadline", () => {
      const first = submission({ source: "a1.xlsx", reportDate: "2024-10-01" });
      const fix = submission({ source: "a2.xlsx", reportDate: "2024-11-15" });
      const c = consolidate(results(first, fix), { ...OPTIONS, years: { from: 2024, to: 2024 } });
      expect(c.completeness.map((r) => r.state)).toEqual(["on-time"]);
    });

    it("uses the registry: units expected only in the years they existed, unknown units warned", () => {
      const units = [
        { code: "X1", name: "Xã Một", validTo: "2025-06-30" },
        { code: "X2", name: "Xã Hai", validTo: "2025-06-30" },
        { code: "M1", name: "Xã Mới", validFrom: "2025-07-01" },
      ];
      const subs = [
        submission({ source: "x1.xlsx", unitName: "xã một", year: 2024 }),
        submission({
          source: "m1.xlsx",
          unitCode: "M1",
          unitName: "Xã Mới (sau sáp nhập)",
          year: 2025,
          reportDate: "2025-10-10",
        }),
        submission({ source: "z.xlsx", unitName: "Xã Hia", year: 2025, reportDate: "2025-10-10" }),
      ];
      const c = consolidate(results(...subs), { ...OPTIONS, years: { from: 2024, to: 2025 } }, { units });
      expect(c.completeness.map((r) => [r.unitCode, r.year, r.state])).toEqual([
        ["X1", 2024, "on-time"],
        ["X2", 2024, "missing"],
        ["M1", 2025, "on-time"],
        [null, 2025, "on-time"],
      ]);
      const unknown = c.issues.filter((i) => i.code === "unknown-unit");
      expect(unknown.map((i) => [i.source, i.params.unit, i.params.suggestion])).toEqual([
        ["z.xlsx", "Xã Hia", "Xã Hai"],
      ]);
      expect(c.units.map((u) => [u.key, u.name, u.inRegistry, u.expectedYears])).toEqual([
        ["code:X1", "Xã Một", true, [2024]],
        ["code:X2", "Xã Hai", true, [2024]],
        ["code:M1", "Xã Mới", true, [2025]],
        ["name:xa:hia", "Xã Hia", false, [2025]],
      ]);
    });
  });

  describe("purity", () => {
    it("does not mutate its inputs", () => {
      const input = deepFreeze(
        results(
          submission({ source: "a1.xlsx", reportDate: "2024-09-01" }),
          submission({ source: "a2.xlsx", reportDate: "2024-09-02" }),
        ),
      );
      const before = JSON.stringify(input);
      const c = consolidate(input, OPTIONS);
      expect(JSON.stringify(input)).toBe(before);
      expect(c.submissions[0]?.status).toBe("superseded");
      expect(input[0]?.submissions[0]?.status).toBe("accepted");
    });

    it("keeps file-level issues and returns plain JSON-safe data", () => {
      const fileIssue = {
        code: "no-submission-table" as const,
        severity: "error" as const,
        source: "empty.xlsx",
        sheet: null,
        cell: null,
        params: {},
      };
      const c = consolidate([{ source: "empty.xlsx", submissions: [], issues: [fileIssue] }], OPTIONS);
      expect(c.issues).toEqual([fileIssue]);
      expect(JSON.parse(JSON.stringify(c))).toEqual(c);
    });
  });
});
