/**
 * Issue 14 §2: a consolidated table — one row per unit, fields across with level × type × measure under —
 * reads as one submission per unit, to the same numbers and totals as the per-unit forms it is made from.
 */
import { describe, expect, it } from "@jest/globals";
import { consolidate } from "../../../src/core/consolidate/consolidate";
import { defaultOptions } from "../../../src/core/options";
import { parseUnitTable } from "../../../src/core/parse/table/parseUnitTable";
import type { RawSheet, WorkbookResult } from "../../../src/core/types";
import { validateWorkbook } from "../../../src/core/validate/validateWorkbook";
import { type FormCounts, buildForm, sampleCounts } from "../_fixtures/buildForm";
import { type UnitRowSpec, buildUnitTable } from "../_fixtures/buildUnitTable";
import { flatten, numbersOf, only } from "../_fixtures/helpers";

const OPTIONS = defaultOptions(2025);
const UNITS = ["Xã Thượng Lâm", "Xã Yên Hoa", "Thị trấn Na Hang"];

/** Different, deterministic counts per unit (cumulative ≥ new everywhere). */
function countsOf(seed: number): FormCounts {
  const counts = structuredClone(sampleCounts()) as FormCounts;
  for (const byLevel of Object.values(counts))
    for (const byType of Object.values(byLevel ?? {}))
      for (const pair of Object.values(byType ?? {})) {
        pair!.new = (pair!.new as number) + seed;
        pair!.cumulative = (pair!.cumulative as number) + 2 * seed;
      }
  return counts;
}

const ROWS: UnitRowSpec[] = UNITS.map((name, i) => ({ name, counts: countsOf(i) }));

/** The per-unit canonical forms the table is made from, validated. */
function formsOf(rows: readonly UnitRowSpec[], measures?: ("new" | "cumulative")[]): WorkbookResult[] {
  return rows.map((r) =>
    validateWorkbook(
      {
        source: `${r.name}.xlsx`,
        sheets: [buildForm(r.counts, { unit: r.name, unitCode: null, ...(measures ? { measures } : {}) }).sheet],
      },
      OPTIONS,
    ),
  );
}

function tableOf(sheet: RawSheet, source = "tong-hop-2023.xlsx"): WorkbookResult {
  return validateWorkbook({ source, sheets: [sheet] }, OPTIONS);
}

/** Totals as comparable tuples. */
function totalsOf(results: readonly WorkbookResult[]): unknown[] {
  return consolidate(results, OPTIONS).totals.map((t) => JSON.stringify(t));
}

describe("a consolidated table reads as one submission per unit", () => {
  it("fields across with level × type × measure under: same numbers and totals as the units' forms", () => {
    const table = tableOf(buildUnitTable(ROWS).sheet);
    expect(table.issues).toEqual([]);
    expect(table.submissions.map((s) => [s.unitName, s.year, s.status])).toEqual(
      UNITS.map((u) => [u, 2023, "accepted"]),
    );
    const forms = formsOf(ROWS);
    table.submissions.forEach((s, i) => expect(numbersOf(s)).toEqual(numbersOf(forms[i]!.submissions[0]!)));
    expect(totalsOf([table])).toEqual(totalsOf(forms));
  });

  it("each number keeps its own cell as provenance, and each unit its own submission id", () => {
    const built = buildUnitTable(ROWS);
    const subs = tableOf(built.sheet).submissions;
    const entry = subs[1]!.entries.find(
      (e) => e.field === "quoc-phong-an-ninh" && e.level === "huyen" && e.type === "ca-nhan",
    );
    expect(entry?.cells).toEqual({
      new: built.cell(1, "quoc-phong-an-ninh", "huyen", "ca-nhan", "new"),
      cumulative: built.cell(1, "quoc-phong-an-ninh", "huyen", "ca-nhan", "cumulative"),
    });
    expect(new Set(subs.map((s) => s.id)).size).toBe(3);
  });

  it.each([
    ["level over field over type over measure", ["level", "field", "type", "measure"]],
    ["measure over type over level over field", ["measure", "type", "level", "field"]],
  ] as const)("reads the headers in any order (%s), unmerged", (_name, order) => {
    const table = tableOf(buildUnitTable(ROWS, { order, merges: false }).sheet);
    expect(table.submissions.map((s) => s.status)).toEqual(["accepted", "accepted", "accepted"]);
    expect(totalsOf([table])).toEqual(totalsOf(formsOf(ROWS)));
  });

  it("reads a unit column headed 'Xã, phường, thị trấn' and a year from the title", () => {
    const sheet = buildUnitTable(ROWS, {
      unitHeader: "Xã, phường, thị trấn",
      title: "TỔNG HỢP MÔ HÌNH DÂN VẬN KHÉO CÁC XÃ NĂM 2021",
    }).sheet;
    const subs = tableOf(sheet).submissions;
    expect(subs.map((s) => [s.unitName, s.year])).toEqual(UNITS.map((u) => [u, 2021]));
  });

  it("a year column gives each row its year: one table holds several years of the same units", () => {
    const rows: UnitRowSpec[] = [
      { ...ROWS[0]!, year: 2022 },
      { ...ROWS[1]!, year: 2022 },
      { ...ROWS[0]!, counts: countsOf(5), year: 2023 },
    ];
    const table = tableOf(
      buildUnitTable(rows, { yearColumn: true, title: "BẢNG TỔNG HỢP MÔ HÌNH DÂN VẬN KHÉO" }).sheet,
    );
    expect(table.submissions.map((s) => [s.unitName, s.year, s.status])).toEqual([
      [UNITS[0], 2022, "accepted"],
      [UNITS[1], 2022, "accepted"],
      [UNITS[0], 2023, "accepted"],
    ]);
    expect(table.submissions.flatMap((s) => only(s.issues, "value-dropped"))).toEqual([]);
    expect(numbersOf(table.submissions[2]!)).toEqual(
      numbersOf(formsOf([{ ...ROWS[0]!, counts: countsOf(5) }])[0]!.submissions[0]!),
    );
  });

  it("a table with only cumulative, the measure named by the title, keeps new unknown", () => {
    const built = buildUnitTable(ROWS, {
      order: ["field", "level", "type"],
      measures: ["cumulative"],
      title: "TỔNG HỢP SỐ MÔ HÌNH DÂN VẬN KHÉO LŨY KẾ ĐẾN NĂM 2023",
    });
    const table = tableOf(built.sheet);
    expect(table.submissions.map((s) => s.status)).toEqual(["accepted", "accepted", "accepted"]);
    const forms = formsOf(ROWS, ["cumulative"]);
    table.submissions.forEach((s, i) => {
      expect(s.entries.every((e) => e.new === null)).toBe(true);
      expect(numbersOf(s)).toEqual(numbersOf(forms[i]!.submissions[0]!));
    });
    expect(totalsOf([table])).toEqual(totalsOf(forms));
  });

  it("a total row is checked against the unit rows and never counted", () => {
    const sum = (m: "new" | "cumulative") =>
      ROWS.reduce((s, r) => s + (r.counts["kinh-te"]!.xa!["tap-the"]![m] as number), 0);
    const good: UnitRowSpec = {
      name: "Tổng cộng",
      counts: countsOf(0),
      override: { "kinh-te|xa|tap-the|new": sum("new"), "kinh-te|xa|tap-the|cumulative": sum("cumulative") + 1 },
    };
    const built = buildUnitTable([...ROWS, good]);
    const table = tableOf(built.sheet);
    expect(table.submissions).toHaveLength(3);
    expect(totalsOf([table])).toEqual(totalsOf(formsOf(ROWS)));
    // Only the cells that differ from the units' sum are told; the right one (new) is not.
    const mismatches = table.issues.filter((i) => i.code === "unit-table-total-mismatch");
    expect(mismatches.map((i) => i.cell)).toContain(built.cell(3, "kinh-te", "xa", "tap-the", "cumulative"));
    expect(mismatches.map((i) => i.cell)).not.toContain(built.cell(3, "kinh-te", "xa", "tap-the", "new"));
    expect(
      mismatches.find((i) => i.cell === built.cell(3, "kinh-te", "xa", "tap-the", "cumulative"))?.params,
    ).toMatchObject({
      stated: sum("cumulative") + 1,
      sum: sum("cumulative"),
    });
  });

  it("rows of sub-units ('-' under a unit) are details: compared with their unit, never counted", () => {
    const rows: UnitRowSpec[] = [
      ROWS[0]!,
      // The first detail repeats its unit's numbers; the second adds 1 to one cell, so only that cell disagrees.
      { name: "- Thôn Nà Khá", counts: ROWS[0]!.counts },
      { name: "- Thôn Bản Tường", counts: {}, override: { "kinh-te|xa|tap-the|new": 1 } },
      ROWS[1]!,
      ROWS[2]!,
    ];
    const built = buildUnitTable(rows);
    const table = tableOf(built.sheet);
    expect(table.submissions.map((s) => s.unitName)).toEqual(UNITS);
    expect(totalsOf([table])).toEqual(totalsOf(formsOf(ROWS)));
    const first = table.submissions[0]!;
    expect(only(first.issues, "detail-rows-mismatch")).toEqual([
      [built.cell(0, "kinh-te", "xa", "tap-the", "new"), "detail-rows-mismatch"],
    ]);
    expect(first.status).toBe("accepted");
  });

  it("an indented row under a unit is a sub-unit detail, not a unit of its own", () => {
    const rows: UnitRowSpec[] = [
      ROWS[0]!,
      { name: "   Chi bộ thôn Nà Khá", counts: ROWS[0]!.counts },
      ROWS[1]!,
      ROWS[2]!,
    ];
    const table = tableOf(buildUnitTable(rows).sheet);
    expect(table.submissions.map((s) => s.unitName)).toEqual(UNITS);
    expect(only(table.submissions[0]!.issues, "detail-rows-mismatch")).toEqual([]);
    expect(totalsOf([table])).toEqual(totalsOf(formsOf(ROWS)));
  });

  it("one bad cell rejects that row's unit-year, not the table, reported at the row's cell", () => {
    const rows = ROWS.map((r, i) => (i === 1 ? { ...r, override: { "van-hoa-xa-hoi|tinh|ca-nhan|new": "nhiều" } } : r));
    const built = buildUnitTable(rows);
    const table = tableOf(built.sheet);
    expect(table.submissions.map((s) => s.status)).toEqual(["accepted", "rejected", "accepted"]);
    const errors = table.submissions[1]!.issues.filter((i) => i.severity === "error");
    expect(errors.map((i) => i.cell)).toEqual([built.cell(1, "van-hoa-xa-hoi", "tinh", "ca-nhan", "new")]);
    expect(table.submissions[0]!.issues.filter((i) => i.severity !== "info")).toEqual([]);
  });
});

describe("what is not a consolidated table", () => {
  it("a table without a unit column is not a unit table", () => {
    const sheet = buildUnitTable(ROWS, { unitHeader: "Ghi chú" }).sheet;
    expect(parseUnitTable(sheet, "x.xlsx")).toBeNull();
  });

  it("the form is not a unit table, and reads as before", () => {
    const form = buildForm(sampleCounts());
    expect(parseUnitTable(form.sheet, "x.xlsx")).toBeNull();
    const result = validateWorkbook({ source: "x.xlsx", sheets: [form.sheet] }, OPTIONS);
    expect(result.submissions).toHaveLength(1);
    expect(result.submissions[0]!.id).toBe("x.xlsx#Mẫu 01-DVK");
  });

  it("an ambiguous field column ('Kinh tế – Văn hóa') is not read: an error at its header, its numbers dropped, never counted", () => {
    const built = buildUnitTable(ROWS, { labels: { "kinh-te": "Kinh tế – Văn hóa" } });
    const table = tableOf(built.sheet);
    const sub = table.submissions[0]!;
    expect(sub.status).toBe("rejected");
    expect(only(sub.issues, "ambiguous-field")).toEqual([["C3", "ambiguous-field"]]);
    expect(only(sub.issues, "value-dropped").map(([cell]) => cell)).toContain(
      built.cell(0, "kinh-te", "xa", "tap-the", "cumulative"),
    );
    expect(sub.entries.filter((e) => e.field === "kinh-te").every((e) => e.cells.new === null)).toBe(true);
    expect(flatten(table.issues)).toEqual([]);
  });
});
